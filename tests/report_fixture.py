"""A JSON report (the engine's contract, docs/report-format.md) with hostile
content, and a helper that stores it as a real check row.

The claims come from examples/seed-article.txt and the evidence sentences from
the bundled readouts (examples/readouts.jsonl, White House and China MFA
readouts of the January 26-27, 2024 Bangkok meetings); the hostile ones are
made up to attack the renderers: markup, quotes, commas, newlines, CJK text, a
spreadsheet formula, a javascript: URL and an empty evidence list.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from db.models import Article, Check, ClaimVerdict, EvidenceLink

WH_READOUT = ("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/01/27/"
              "readout-of-national-security-advisor-jake-sullivans-meeting-with-chinese-communist-party-"
              "politburo-member-director-of-the-office-of-the-foreign-affairs-commission-and-foreign-minister-wang-2/")
WH_TITLE = ("Readout of National Security Advisor Jake Sullivan’s Meeting with Chinese Communist Party Politburo "
            "Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi")
MFA_READOUT = "http://laoag.china-consulate.gov.cn/eng/lgxw/202401/t20240128_11234608.htm"
MFA_TITLE = "Wang Yi Holds Meetings with U.S. National Security Advisor Jake Sullivan"

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
CJK = "王毅说，台独是台海和平稳定的最大风险。"
ARTICLE_TITLE = f'Sullivan & Wang meet {SCRIPT} in "Bangkok", 曼谷'


def _evidence(source, side, url, title, published, sentence, start, score, terms):
    return {"source": source, "side": side, "url": url, "title": title, "published": published,
            "sentence": sentence, "start": start, "end": start + len(sentence), "score": score,
            "matched_terms": terms}


def sample_report(check_id: int = 1) -> dict[str, Any]:
    claims = [
        {
            "index": 0,
            "text": "The White House said the meeting was “part of an effort to maintain open lines of "
                    "communication and responsibly manage competition” agreed to by Biden and Xi.",
            "verdict": "supported", "confidence": 0.93, "reasons": [],
            "explanation": "The White House readout states the same point.",
            "attribution": "us-government", "attribution_phrase": "The White House said",
            "quotes": [{"text": "part of an effort to maintain open lines of communication and responsibly "
                                "manage competition", "grade": "verbatim",
                        "matched": "part of the effort to maintain open lines of communication and responsibly "
                                   "manage competition"}],
            "evidence": [_evidence(
                "whitehouse", "us-government", WH_READOUT, WH_TITLE, "2024-01-27T13:30:13Z",
                "This meeting was part of the effort to maintain open lines of communication and responsibly "
                "manage competition in the relationship as directed by the leaders.", 318, 0.91,
                ["meeting", "effort", "maintain", "open lines", "communication", "responsibly", "manage",
                 "competition"])],
        },
        {
            "index": 1,
            "text": "A senior U.S. official said Sullivan raised the issue with Wang during three days of "
                    "talks in Bangkok, Thailand.",
            "verdict": "contested", "confidence": 0.81, "reasons": ["number_mismatch"],
            "explanation": "The record says the talks ran January 26-27 (two days), not three days.",
            "attribution": "us-government", "attribution_phrase": "A senior U.S. official said",
            "quotes": [],
            "evidence": [
                _evidence("whitehouse", "us-government", WH_READOUT, WH_TITLE, "2024-01-27T13:30:13Z",
                          "National Security Advisor Jake Sullivan met on January 26-27 with Chinese Communist "
                          "Party Politburo Member, Director of the Office of the Foreign Affairs Commission, "
                          "and Foreign Minister Wang Yi in Bangkok to follow up on the Woodside Summit between "
                          "President Biden and President Xi last November.", 0, 0.77,
                          ["Sullivan", "Wang", "Bangkok"]),
                _evidence("china-mfa", "china-government", MFA_READOUT, MFA_TITLE, "2024-01-27T14:25:00Z",
                          "From January 26 to 27, 2024 local time, Member of the Political Bureau of the CPC "
                          "Central Committee and Director of the Office of the Central Commission for Foreign "
                          "Affairs Wang Yi held a new round of meetings with U.S. National Security Advisor "
                          "Jake Sullivan in Bangkok.", 0, 0.64, ["Sullivan", "Wang", "Bangkok"]),
            ],
        },
        {
            "index": 2,
            "text": f"The Chinese embassy said Wang told Sullivan {SCRIPT} that \"Taiwan independence\" was "
                    f"“the greatest risk”, {IMG}, and, in Chinese,\n{CJK}",
            "verdict": "contested", "confidence": 0.58, "reasons": ["misattributed", "brand_new_code"],
            "explanation": f"Explanation with markup {SCRIPT} & an ampersand.",
            "attribution": "china-government", "attribution_phrase": "The Chinese embassy said",
            "quotes": [
                {"text": "Taiwan independence", "grade": "verbatim", "matched": "Taiwan independence"},
                {"text": "the greatest risk", "grade": "close", "matched": f"the biggest risk {SCRIPT}"},
                {"text": IMG, "grade": "not_found", "matched": None},
            ],
            "evidence": [_evidence(
                "china-mfa", "china-government", "javascript:alert(document.cookie)", f"MFA {IMG} title",
                "2024-01-27T14:25:00Z",
                f"\"Taiwan independence\" poses the biggest risk to cross-Strait peace, {SCRIPT}, {CJK}",
                1210, 0.55, ["Taiwan independence", "risk", "台独", "<script>"])],
        },
        {
            "index": 3,
            "text": "=HYPERLINK(\"http://evil.example/\",\"click\"), said the paper, \"quoted\", with commas, "
                    "and\r\na Windows line break.",
            "verdict": "unsourced", "confidence": 0.9, "reasons": ["no_match"],
            "explanation": "Nothing in the record speaks to this point.",
            "attribution": "media", "attribution_phrase": "said the paper",
            "quotes": [{"text": "quoted", "grade": "not_found", "matched": None}],
            "evidence": [],
        },
        {
            "index": 4,
            "text": "The two leaders also discussed bilateral dialogue on artificial intelligence, which will "
                    "begin in the spring.",
            "verdict": "supported", "confidence": 0.72, "reasons": [],
            "explanation": "The White House readout says the two sides discussed a dialogue on AI in the spring.",
            "attribution": "none", "attribution_phrase": None,
            "quotes": [],
            "evidence": [_evidence(
                "whitehouse", "us-government", WH_READOUT, WH_TITLE, "2024-01-27T13:30:13Z",
                "They also discussed next steps towards holding a U.S.-China dialogue on AI in the spring.",
                940, 0.7, ["discussed", "dialogue", "AI", "spring", "U.S."])],
        },
    ]
    article_text = "\n".join(claim["text"] for claim in claims)
    position = 0
    for claim in claims:
        claim["start"] = position
        claim["end"] = position + len(claim["text"])
        position = claim["end"] + 1
    # The contract's key order, as the engine writes it.
    ordered = []
    for claim in claims:
        ordered.append({key: claim[key] for key in (
            "index", "text", "start", "end", "verdict", "confidence", "reasons", "explanation",
            "attribution", "attribution_phrase", "quotes", "evidence")})
    summary = {verdict: sum(1 for c in claims if c["verdict"] == verdict)
               for verdict in ("supported", "contested", "unsourced")}
    skipped = [
        {"text": "Stay informed with free updates", "start": 0, "end": 31, "reason": "site furniture"},
        {"text": f"Ta. {SCRIPT}", "start": 40, "end": 43, "reason": "fragment"},
        {"text": "Did they discuss 台湾?", "start": 50, "end": 70, "reason": "question"},
    ]
    summary["skipped"] = len(skipped)
    return {
        "tool": {"name": "verifier", "version": "0.1.0"},
        "check": {"id": check_id, "created_at": "2026-11-28T11:00:00Z"},
        "article": {"title": ARTICLE_TITLE, "url": "https://www.ft.com/content/bangkok?a=1&b=<2>",
                    "published": "2024-01-29",
                    "sha256": hashlib.sha256(article_text.encode()).hexdigest()},
        "corpus": {"sources": {"whitehouse": 57, "china-mfa": 3}, "readouts": 60,
                   "first_published": "2023-11-15T00:00:00Z", "last_published": "2024-08-29T00:00:00Z"},
        "parameters": {"published": "2024-01-29", "sources": None,
                       "anchor": {"date": "2024-01-29", "origin": "given", "window_days": 21}},
        "claims": ordered,
        "skipped": skipped,
        "summary": summary,
    }


def store_report(engine, report: dict[str, Any], *, created_at: datetime | None = None) -> int:
    """Write `report` as a check the way the engine stores one (article,
    check, claim verdicts, evidence links); returns the check id, also
    written into the stored report."""
    report = copy.deepcopy(report)
    created_at = created_at or datetime(2026, 11, 28, 11, 0, 0)
    article_info = report["article"]
    text = "\n".join(c["text"] for c in report["claims"])
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article_info["sha256"] = sha256
    with Session(engine) as session:
        # One article row per distinct text, as the engine keeps them.
        article = session.exec(select(Article).where(Article.sha256 == sha256)).first()
        if article is None:
            article = Article(sha256=sha256, title=article_info["title"], url=article_info["url"], text=text)
            session.add(article)
            session.flush()
        check = Check(article_id=article.id, created_at=created_at, tool_version="0.1.0",
                      parameters=report["parameters"], corpus=report["corpus"], report={})
        session.add(check)
        session.flush()
        report["check"] = {"id": check.id, "created_at": created_at.isoformat() + "Z"}
        check.report = report
        for claim in report["claims"]:
            verdict = ClaimVerdict(check_id=check.id, claim_index=claim["index"], text=claim["text"],
                                   start=claim["start"], end=claim["end"], verdict=claim["verdict"],
                                   confidence=claim["confidence"], reasons=claim["reasons"],
                                   attribution=claim["attribution"], quotes=claim["quotes"])
            session.add(verdict)
            session.flush()
            for rank, evidence in enumerate(claim["evidence"]):
                session.add(EvidenceLink(claim_id=verdict.id, rank=rank, url=evidence["url"],
                                         sentence=evidence["sentence"], start=evidence["start"],
                                         end=evidence["end"], score=evidence["score"]))
        session.commit()
        return check.id
