"""Self-check harness: does the record contest a sentence it states itself?

`tests/eval/rephrase.py` measures false contests on rewrites of the labelled claims, so it only
sees what the labelled articles happen to say. This harness needs no labels: it takes official
sentences from the record itself (evidence sentences only, never a reporter's question; 8 to 40
words; a seeded sample spread across publications) and checks each one as a one-sentence article
published on its publication's day. A sentence the record states must never come out contested:
every contested one is a false contest, printed with its reasons and the contesting evidence.
Unsourced is a lost match (the record says it, the engine did not find or trust it).

With `--attributed`, each sentence is checked a second time with its publisher named in front
("The White House said ..."), as an article would report it.

    .venv/bin/python -m tests.eval.selfcheck --db build/eval-selfcheck.db [--attributed] [--json FILE]

`--size 100000` checks every eligible sentence (about 13,800 in the bundled record, some three minutes).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from db.database import open_database
from db.models import Readout, Sentence
from tests.eval.training_run import harness_arguments, write_outcomes
from verifier.checking import check_text

SEED = 20261129
SAMPLE_SIZE = 400
MIN_WORDS, MAX_WORDS = 8, 40
_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")

# How an article names each source when it reports what the source said.
PUBLISHERS = {
    "whitehouse": "The White House",
    "whitehouse-archive": "The White House",
    "china-mfa": "China's Foreign Ministry",
    "china-embassy-us": "The Chinese Embassy",
}
# A sentence's first word that is no name keeps its capital only because it opens the sentence.
_LOWERCASE_OPENERS = frozenset(
    "a an the this that these those it its they their we our he his she her both each all in on at for "
    "during after before today yesterday and but so well now".split())


@dataclass(frozen=True)
class Sample:
    url: str
    source: str
    published: date
    position: int
    text: str


@dataclass(frozen=True)
class Outcome:
    sample: Sample
    mode: str
    article: str
    verdict: str
    claims: tuple[dict, ...]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def eligible(text: str, is_evidence: bool, speaker: str | None) -> bool:
    """Evidence sentences of 8 to 40 words; a reporter's question is never evidence."""
    if not is_evidence or (speaker or "").strip().upper() in {"Q", "QUESTION"}:
        return False
    return MIN_WORDS <= word_count(text) <= MAX_WORDS


def choose(candidates: dict[str, list[Sample]], size: int = SAMPLE_SIZE, seed: int = SEED) -> list[Sample]:
    """A deterministic sample spread across publications: one sentence drawn from each publication
    in turn (publications in a seeded order), round after round, until `size` are drawn."""
    rng = random.Random(seed)
    pools = {url: rng.sample(sentences, len(sentences)) for url, sentences in sorted(candidates.items()) if sentences}
    order = sorted(pools)
    rng.shuffle(order)
    chosen: list[Sample] = []
    while len(chosen) < size and any(pools.values()):
        for url in order:
            if pools[url] and len(chosen) < size:
                chosen.append(pools[url].pop())
    return chosen


def record_sentences(engine) -> dict[str, list[Sample]]:
    candidates: dict[str, list[Sample]] = {}
    with Session(engine) as session:
        rows = session.exec(select(Readout, Sentence).where(Sentence.readout_id == Readout.id)
                            .order_by(Readout.url, Sentence.position)).all()
        for readout, sentence in rows:
            text = " ".join(readout.body[sentence.start:sentence.end].split())
            if eligible(text, sentence.is_evidence, sentence.speaker):
                candidates.setdefault(readout.url, []).append(
                    Sample(readout.url, readout.source_name, publication_day(readout), sentence.position, text))
    return candidates


def publication_day(readout: Readout) -> date:
    """The day the publisher printed: a readout of 8:48 pm in Washington is that day's, not the next UTC day's
    (the engine dates the record the same way, so "spoke today" means the printed day)."""
    try:
        return datetime.fromisoformat(readout.published_text.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return readout.published.date()


def attributed(sample: Sample) -> str:
    """The sentence as an article reports it: "The White House said the two sides ..."."""
    first, _, rest = sample.text.partition(" ")
    if first.lower() in _LOWERCASE_OPENERS:
        first = first.lower()
    return f"{PUBLISHERS.get(sample.source, 'Officials')} said {first} {rest}".rstrip()


def sentence_verdict(claims: list[dict]) -> str:
    """Contested when any claim of the sentence is; else supported when any claim is."""
    verdicts = {claim["verdict"] for claim in claims}
    if "contested" in verdicts:
        return "contested"
    return "supported" if "supported" in verdicts else "unsourced"


def run_one(engine, sample: Sample, mode: str) -> Outcome:
    article = attributed(sample) if mode == "attributed" else sample.text
    report = check_text(engine, article, sample.published, store=False)
    claims = tuple(report.get("claims", []))
    return Outcome(sample, mode, article, sentence_verdict(list(claims)), claims)


def _contesting(outcome: Outcome) -> list[tuple[dict, dict | None]]:
    return [(claim, (claim.get("evidence") or [None])[0]) for claim in outcome.claims
            if claim["verdict"] == "contested"]


def report(outcomes: list[Outcome], out=sys.stdout) -> dict:
    summary: dict[str, dict] = {}
    for mode in dict.fromkeys(o.mode for o in outcomes):
        group = [o for o in outcomes if o.mode == mode]
        counts = Counter(o.verdict for o in group)
        reasons = Counter(reason for o in group for claim, _ in _contesting(o) for reason in claim.get("reasons", ()))
        own = sum(1 for o in group if o.verdict == "contested"
                  and any(ev and ev.get("url") == o.sample.url for _, ev in _contesting(o)))
        summary[mode] = {"sentences": len(group), "supported": counts["supported"],
                         "contested": counts["contested"], "unsourced": counts["unsourced"],
                         "contested_by_own_publication": own}
        print(f"{mode}: {len(group)} sentences, supported {counts['supported']}, contested {counts['contested']} "
              f"(by their own publication {own}), unsourced {counts['unsourced']}", file=out)
        if reasons:
            print("  false contests by reason: " + ", ".join(f"{r} {c}" for r, c in reasons.most_common()), file=out)
    print("\nFalse contests:", file=out)
    for o in outcomes:
        if o.verdict != "contested":
            continue
        print(f"[{o.mode}] {o.sample.published} {o.sample.url}#{o.sample.position}", file=out)
        print(f"    {o.article}", file=out)
        for claim, evidence in _contesting(o):
            print(f"    claim: {claim.get('text', '')[:200]}", file=out)
            print(f"    reasons: {', '.join(claim.get('reasons', ()))}", file=out)
            if evidence:
                same = " (same publication)" if evidence.get("url") == o.sample.url else ""
                print(f"    evidence{same}: {evidence.get('url')}: {str(evidence.get('sentence'))[:300]}", file=out)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = harness_arguments("python -m tests.eval.selfcheck", __doc__)
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE, help=f"sentences to check (default {SAMPLE_SIZE})")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--attributed", action="store_true",
                        help="also check each sentence with its publisher named in front")
    args = parser.parse_args(argv)
    engine = open_database(args.db)
    samples = choose(record_sentences(engine), args.size, args.seed)
    modes = ("plain", "attributed") if args.attributed else ("plain",)
    outcomes = [run_one(engine, sample, mode) for mode in modes for sample in samples]
    summary = report(outcomes)
    if args.json:
        write_outcomes(args.json, {"summary": summary, "outcomes": [
            {"mode": o.mode, "url": o.sample.url, "position": o.sample.position,
             "published": o.sample.published.isoformat(), "article": o.article, "verdict": o.verdict,
             "claims": claims_for_json(o.claims)}
            for o in outcomes]})
    return 0


def claims_for_json(claims) -> list[dict]:
    """What a harness's --json keeps of each checked claim: its verdict and first two pieces of evidence."""
    return [{"text": c.get("text"), "verdict": c["verdict"], "reasons": c.get("reasons", []),
             "evidence": [{"url": e.get("url"), "sentence": e.get("sentence")} for e in (c.get("evidence") or [])[:2]]}
            for c in claims]


if __name__ == "__main__":
    sys.exit(main())
