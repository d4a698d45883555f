"""Scoring of `verifier eval` on hand-worked examples, gold-file validation, and the integrity of
the development set in tests/eval/ against the bundled record."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import BUNDLED_READOUTS, PROJECT_ROOT, invoke_verifier

from verifier.evaluation import (
    ALL_REASON_CODES,
    NOT_PRODUCED,
    GoldClaim,
    GoldFileError,
    GoldQuote,
    Prediction,
    evaluate,
    load_gold,
    match_claim,
    score,
)

GOLD = PROJECT_ROOT / "tests" / "eval" / "gold.jsonl"


def gold_claim(verdict: str, reasons: tuple[str, ...] = (), *, start: int = 0, end: int = 10, line: int = 1,
               quotes: tuple[GoldQuote, ...] = ()) -> GoldClaim:
    return GoldClaim(line=line, article="a.txt", published=None, claim="x" * (end - start), verdict=verdict,
                     reasons=reasons, comment="why", start=start, end=end, quotes=quotes)


# ---------------------------------------------------------------- scoring, worked by hand


def test_scores_match_a_hand_computed_confusion_matrix():
    # gold:      S S S C C U
    # predicted: S S C C U U
    gold = ["supported", "supported", "supported", "contested", "contested", "unsourced"]
    predicted = ["supported", "supported", "contested", "contested", "unsourced", "unsourced"]
    result = score((gold_claim(g, line=i), Prediction(p)) for i, (g, p) in enumerate(zip(gold, predicted, strict=True)))

    assert result.confusion == {
        "supported": {"supported": 2, "contested": 1, "unsourced": 0},
        "contested": {"supported": 0, "contested": 1, "unsourced": 1},
        "unsourced": {"supported": 0, "contested": 0, "unsourced": 1},
    }
    by_label = {s.label: s for s in result.labels}
    # supported: TP 2, predicted 2, gold 3 -> P 1, R 2/3, F1 0.8
    assert by_label["supported"].precision == pytest.approx(1.0)
    assert by_label["supported"].recall == pytest.approx(2 / 3)
    assert by_label["supported"].f1 == pytest.approx(0.8)
    # contested: TP 1, predicted 2, gold 2 -> P R F1 all 0.5
    assert (by_label["contested"].precision, by_label["contested"].recall) == pytest.approx((0.5, 0.5))
    # unsourced: TP 1, predicted 2, gold 1 -> P 0.5, R 1, F1 2/3
    assert by_label["unsourced"].f1 == pytest.approx(2 / 3)
    assert result.macro_f1 == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert result.accuracy == pytest.approx(4 / 6)
    assert [m.gold.line for m in result.mismatches] == [2, 4]
    assert result.per_article == {"a.txt": (4, 6)}


def test_a_label_never_predicted_has_precision_zero_and_absent_labels_leave_macro_f1():
    result = score([(gold_claim("supported"), Prediction("unsourced")),
                    (gold_claim("unsourced"), Prediction("unsourced"))])
    by_label = {s.label: s for s in result.labels}
    assert by_label["supported"].predicted == 0 and by_label["supported"].precision == 0.0
    assert by_label["contested"].support == 0
    # unsourced: P 1/2, R 1 -> F1 2/3; supported F1 0; contested has no gold claims and is left out.
    assert result.macro_f1 == pytest.approx((0 + 2 / 3) / 2)


def test_reason_recall_needs_the_same_verdict_and_the_code():
    pairs = [
        (gold_claim("contested", ("number_mismatch",)), Prediction("contested", ("number_mismatch",))),
        (gold_claim("contested", ("number_mismatch",)), Prediction("contested", ("date_mismatch",))),
        (gold_claim("contested", ("number_mismatch", "date_mismatch")), Prediction("unsourced", ("number_mismatch",))),
        (gold_claim("unsourced", ("no_match",)), Prediction("unsourced", ("no_match",))),
    ]
    recall = {r.code: (r.found, r.support) for r in score(pairs).reasons}
    assert recall == {"number_mismatch": (1, 3), "date_mismatch": (0, 1), "no_match": (1, 1)}


def test_quote_grades_are_counted_against_the_gold_grade():
    quotes = (GoldQuote("candid and constructive", "verbatim"), GoldQuote("frank talks", "altered"))
    pairs = [(gold_claim("supported", quotes=quotes),
              Prediction("supported", quote_grades={"candid and constructive": "verbatim", "frank talks": "close"}))]
    result = score(pairs)
    assert result.quote_grades == (1, 2)
    assert [(q.text, grade) for _, q, grade in result.quote_mismatches] == [("frank talks", "close")]


# ---------------------------------------------------------------- matching gold claims to engine claims


def engine_claim(start: int, end: int, verdict: str, reasons=(), quotes=()) -> dict:
    return {"start": start, "end": end, "text": f"claim {start}-{end}", "verdict": verdict,
            "reasons": list(reasons), "quotes": list(quotes)}


def test_the_engine_claim_overlapping_most_is_the_match():
    contested = engine_claim(12, 40, "contested", ["actor_mismatch"])
    contested["evidence"] = [{"published": "2023-10-27T23:21:12", "source": "whitehouse", "url": "https://w.gov/r",
                              "sentence": "Sullivan expressed his condolences on the passing of Li Keqiang."}]
    report = {"claims": [engine_claim(0, 12, "supported"), contested], "skipped": []}
    prediction = match_claim(gold_claim("contested", start=5, end=30), report)
    assert (prediction.verdict, prediction.reasons) == ("contested", ("actor_mismatch",))
    assert prediction.missing is None
    assert prediction.evidence == ("2023-10-27 whitehouse https://w.gov/r: "
                                   "Sullivan expressed his condolences on the passing of Li Keqiang.")


def test_a_skipped_or_missing_claim_counts_as_unsourced_and_says_why():
    report = {"claims": [engine_claim(0, 10, "supported")],
              "skipped": [{"start": 20, "end": 30, "text": "Ta.", "reason": "fragment"}]}
    skipped = match_claim(gold_claim("supported", start=20, end=30), report)
    assert skipped.verdict == "unsourced" and skipped.missing == "skipped (fragment)"
    missing = match_claim(gold_claim("contested", ("number_mismatch",), start=40, end=50), report)
    assert missing.verdict == "unsourced" and missing.missing == NOT_PRODUCED
    result = score([(gold_claim("supported"), skipped), (gold_claim("contested"), missing)])
    assert (result.skipped, result.not_produced) == (1, 1)


def test_quote_grade_is_read_from_the_matched_claim_folding_quote_marks():
    report = {"claims": [engine_claim(0, 50, "supported",
                                      quotes=[{"text": "“Candid, Substantive”", "grade": "close", "matched": None}])]}
    prediction = match_claim(gold_claim("supported", end=50, quotes=(GoldQuote("candid, substantive", "close"),)),
                             report)
    assert prediction.quote_grades == {"candid, substantive": "close"}


# ---------------------------------------------------------------- running over a gold file


ARTICLE = ("Sullivan met Wang in Bangkok on January 26-27. Sullivan and Wang did not discuss Ukraine. "
           "They also agreed on a climate working group.")


def write_gold(tmp_path: Path, rows: list[dict | str], article: str = ARTICLE) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def row(claim: str, verdict: str, reasons: list[str] | None = None, **extra) -> dict:
    return {"article": "articles/a.txt", "published": "2024-01-28", "claim": claim, "verdict": verdict,
            "reasons": reasons or [], "comment": "readout sentence, URL", **extra}


def sentence_checker(text: str, published: date | None) -> dict:
    """A rule any reader can apply by hand: sentences with 'not' are contested, the rest supported;
    the last sentence is reported as skipped. Records the dates it was asked about."""
    sentence_checker.calls.append(published)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    spans = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]
    claims = [{"start": s, "end": e, "text": text[s:e], "verdict": "contested" if " not " in text[s:e] else "supported",
               "reasons": ["negation_mismatch"] if " not " in text[s:e] else []} for s, e in spans[:-1]]
    skipped = [{"start": s, "end": e, "text": text[s:e], "reason": "fragment"} for s, e in spans[-1:]]
    return {"claims": claims, "skipped": skipped}


def test_evaluate_runs_each_article_once_with_its_date_and_scores_it(tmp_path):
    sentence_checker.calls = []
    gold = write_gold(tmp_path, [
        row("Sullivan met Wang in Bangkok on January 26-27.", "supported"),
        row("Sullivan and Wang did not discuss Ukraine.", "contested", ["negation_mismatch"]),
        row("They also agreed on a climate working group.", "unsourced", ["no_match"]),
    ])
    result = evaluate(gold, sentence_checker)
    assert sentence_checker.calls == [date(2024, 1, 28)]
    assert result.accuracy == 1.0 and result.macro_f1 == 1.0 and result.skipped == 1
    assert {r.code: r.found for r in result.reasons} == {"negation_mismatch": 1, "no_match": 0}
    as_json = result.to_dict()
    assert as_json["claims"] == 3 and as_json["mismatches"] == []
    json.dumps(as_json)  # serialisable as is


def test_a_clause_of_a_sentence_matches_its_sentence(tmp_path):
    sentence_checker.calls = []
    gold = write_gold(tmp_path, [row("did not discuss Ukraine", "supported")])
    result = evaluate(gold, sentence_checker)
    assert result.mismatches[0].prediction.verdict == "contested"
    assert result.mismatches[0].prediction.engine_text == "Sullivan and Wang did not discuss Ukraine."


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not JSON"),
    (json.dumps(row("Sullivan met Wang in Bangkok on January 26-27.", "refuted")), "verdict 'refuted'"),
    (json.dumps(row("Sullivan met Wang in Bangkok on January 26-27.", "supported", ["no_match"])),
     "reason 'no_match' does not belong to verdict 'supported'"),
    (json.dumps(row("Sullivan and Wang did not discuss Ukraine.", "contested")), "needs at least one reason"),
    (json.dumps(row("Sullivan met Wang in Hanoi.", "supported")), "claim text not found in articles/a.txt"),
    (json.dumps({**row("Sullivan met Wang in Bangkok on January 26-27.", "supported"), "comment": " "}),
     "missing or empty 'comment'"),
    (json.dumps(row("Sullivan met Wang in Bangkok on January 26-27.", "supported", published="28/01/2024")),
     "'published' must be YYYY-MM-DD"),
    (json.dumps(row("Sullivan met Wang in Bangkok on January 26-27.", "supported",
                    quotes=[{"text": "Hanoi", "grade": "verbatim"}])), "is not inside the claim"),
    (json.dumps({**row("x", "supported"), "article": "articles/missing.txt"}), "cannot read article"),
])
def test_bad_gold_lines_are_one_line_errors_naming_file_and_line(tmp_path, line, message):
    good = json.dumps(row("Sullivan met Wang in Bangkok on January 26-27.", "supported"))
    gold = write_gold(tmp_path, [good, line])
    with pytest.raises(GoldFileError) as error:
        load_gold(gold)
    text = str(error.value)
    assert f"{gold}:2:" in text and message in text and "\n" not in text


def test_an_empty_gold_file_is_an_error(tmp_path):
    gold = write_gold(tmp_path, [""])
    with pytest.raises(GoldFileError, match="no labelled claims"):
        load_gold(gold)


# ---------------------------------------------------------------- the development set itself


@pytest.fixture(scope="module")
def development_set() -> list[GoldClaim]:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def bundled_record() -> dict[str, dict]:
    lines = [json.loads(line) for line in BUNDLED_READOUTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {line["url"]: line for line in lines}


def cited_urls(comment: str) -> list[str]:
    return [url.rstrip(".:") for url in re.findall(r"https?://[^\s'\";,()]+", comment)]


def published_day(record: dict) -> date:
    moment = datetime.fromisoformat(record["published"])
    return moment.astimezone(UTC).date() if moment.tzinfo else moment.date()


def test_development_set_is_large_and_covers_every_reason_code_several_times(development_set):
    assert len(development_set) >= 100
    verdicts = Counter(item.verdict for item in development_set)
    assert min(verdicts.values()) >= 25, verdicts
    codes = Counter(code for item in development_set for code in item.reasons)
    assert set(codes) == ALL_REASON_CODES
    assert min(codes.values()) >= 4, codes
    grades = {quote.grade for item in development_set for quote in item.quotes}
    assert grades == {"verbatim", "close", "altered", "not_found"}
    assert len({item.article for item in development_set}) >= 10


def test_every_cited_url_is_in_the_bundled_record(development_set, bundled_record):
    for item in development_set:
        for url in cited_urls(item.comment):
            assert url in bundled_record, f"gold line {item.line} cites {url}, not in the bundle"


def test_labels_respect_the_articles_date(development_set, bundled_record):
    """Supported and contested labels must rest on a publication from on or before the article's date;
    outside_window labels only on publications after it."""
    for item in development_set:
        cited = [bundled_record[url] for url in cited_urls(item.comment)]
        days = [published_day(record) for record in cited]
        if item.verdict in ("supported", "contested"):
            assert days, f"gold line {item.line} cites no publication"
            assert min(days) <= item.published, f"gold line {item.line}: all its evidence is after the article"
        if "outside_window" in item.reasons:
            assert days and min(days) > item.published, f"gold line {item.line}: evidence inside the window"


# ---------------------------------------------------------------- `verifier eval` with the real engine


def check_rows(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM check_run").fetchone()[0]


def test_eval_on_an_empty_record_scores_every_claim_unsourced(tmp_path, db_path):
    # An empty record supports nothing (issue 4, "Bad input"), so the scores are known in advance:
    # supported and contested F1 0; unsourced P 1/3, R 1, F1 1/2; macro-F1 1/6.
    gold = write_gold(tmp_path, [
        row("Sullivan met Wang in Bangkok on January 26-27.", "supported"),
        row("Sullivan and Wang did not discuss Ukraine.", "contested", ["negation_mismatch"]),
        row("They also agreed on a climate working group.", "unsourced", ["no_match"]),
    ])
    result = invoke_verifier("eval", str(gold), "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["confusion"]["supported"] == {"supported": 0, "contested": 0, "unsourced": 1}
    assert report["labels"]["unsourced"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert report["macro_f1"] == pytest.approx(1 / 6, abs=1e-4)
    assert [m["line"] for m in report["mismatches"]] == [1, 2]

    failing = invoke_verifier("eval", str(gold), "--fail-under", "0.5", db=db_path)
    assert failing.returncode == 1
    assert failing.stderr.strip().splitlines() == ["Error: macro-F1 0.167 is below --fail-under 0.5"]
    assert "Confusion matrix" in failing.stdout and "Mismatches (2)" in failing.stdout


def test_eval_against_the_bundled_record_reports_every_claim_and_stores_nothing(tmp_path, db_path):
    source = PROJECT_ROOT / "tests" / "eval"
    article = (source / "articles" / "washington-oct-2023.txt").read_text(encoding="utf-8")
    labels = [json.loads(line) for line in (source / "gold.jsonl").read_text(encoding="utf-8").splitlines()
              if "washington-oct-2023" in line]
    gold = write_gold(tmp_path, [{**label, "article": "articles/a.txt"} for label in labels], article=article)
    assert invoke_verifier("import", str(BUNDLED_READOUTS), db=db_path).returncode == 0
    result = invoke_verifier("eval", str(gold), "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["claims"] == len(labels) >= 10 and report["articles"] == 1
    assert sum(sum(row.values()) for row in report["confusion"].values()) == len(labels)
    assert sum(len(m["comment"]) > 0 for m in report["mismatches"]) == len(report["mismatches"])
    assert check_rows(db_path) == 0


def test_eval_with_a_bad_gold_file_is_a_one_line_error(tmp_path, db_path):
    gold = write_gold(tmp_path, [json.dumps(row("Sullivan met Wang in Hanoi.", "supported"))])
    result = invoke_verifier("eval", str(gold), db=db_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {gold}:1: claim text not found in articles/a.txt: 'Sullivan met Wang in Hanoi.'"]
    missing = invoke_verifier("eval", str(tmp_path / "nope.jsonl"), db=db_path)
    assert missing.returncode == 1 and "cannot read gold file" in missing.stderr
