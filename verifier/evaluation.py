"""Scoring the engine against a labelled development set (`verifier eval`, `make eval`).

A gold file is JSON Lines, one labelled claim a line (format: tests/eval/README.md):

    {"article": "articles/seed.txt", "published": "2024-01-29",
     "claim": "exact text of the claim as it appears in the article",
     "verdict": "supported" | "contested" | "unsourced", "reasons": ["negation_mismatch"],
     "comment": "which official sentence, which URL, why",
     "quotes": [{"text": "candid, substantive", "grade": "verbatim"}]}      # optional

The engine runs once per (article, published) pair. Each gold claim is located in its article by
its exact text, and matched to the engine claim whose character span overlaps it most. A gold
claim that the engine skipped, or never produced, counts as predicted ``unsourced``: to a
fact-checker a claim the tool did not check is a claim it did not support. The mismatch list says
which of the two happened.

Scores follow the usual definitions; a label that was never predicted has precision 0 (not
undefined), so a degenerate engine cannot score well by abstaining.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

VERDICTS = ("supported", "contested", "unsourced")

# Reason codes per verdict, from the verdict contract (../shared/docs/verdicts.md, "The three verdicts").
# Written out here rather than taken from the engine, so that a code the engine misspells or files
# under the wrong verdict shows up as a miss instead of agreeing with itself.
REASON_CODES = {
    "supported": frozenset(),
    "contested": frozenset({
        "number_mismatch", "date_mismatch", "negation_mismatch", "actor_mismatch",
        "place_mismatch", "event_mismatch", "misattributed", "opposite_action",
    }),
    "unsourced": frozenset({"no_match", "below_threshold", "outside_window", "only_reporter_question"}),
}
ALL_REASON_CODES = frozenset().union(*REASON_CODES.values())
QUOTE_GRADES = ("verbatim", "close", "altered", "not_found")

# Why a gold claim has no engine claim of its own.
NOT_PRODUCED = "not produced"  # no engine claim or skipped sentence overlaps it
SKIPPED = "skipped"  # the engine listed the sentence as a non-claim


class GoldFileError(ValueError):
    """A gold file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class GoldQuote:
    text: str
    grade: str


@dataclass(frozen=True)
class GoldClaim:
    line: int
    article: str  # as written in the gold file, relative to it
    published: date | None
    claim: str
    verdict: str
    reasons: tuple[str, ...]
    comment: str
    start: int  # offsets of the claim in the article text
    end: int
    quotes: tuple[GoldQuote, ...] = ()


@dataclass(frozen=True)
class Prediction:
    verdict: str
    reasons: tuple[str, ...] = ()
    engine_text: str | None = None  # the engine claim it was matched to
    missing: str | None = None  # NOT_PRODUCED / SKIPPED (+ the engine's reason) when there is no engine claim
    quote_grades: dict[str, str | None] = field(default_factory=dict)  # gold quote text -> engine grade
    evidence: str | None = None  # the engine's best evidence, "date source url: sentence", to see why


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold claims with this label
    predicted: int


@dataclass(frozen=True)
class ReasonRecall:
    code: str
    support: int  # gold claims carrying the code
    found: int  # of those, predicted with the same verdict and the same code

    @property
    def recall(self) -> float:
        return self.found / self.support if self.support else 0.0


@dataclass(frozen=True)
class Mismatch:
    gold: GoldClaim
    prediction: Prediction


@dataclass
class Evaluation:
    labels: list[LabelScore]
    confusion: dict[str, dict[str, int]]  # gold label -> predicted label -> count
    macro_f1: float
    accuracy: float
    claims: int
    articles: int
    reasons: list[ReasonRecall]
    quote_grades: tuple[int, int]  # (graded as in gold, gold quotes)
    quote_mismatches: list[tuple[GoldClaim, GoldQuote, str | None]]  # engine grade None: quote not found in its claim
    not_produced: int
    skipped: int
    mismatches: list[Mismatch]
    per_article: dict[str, tuple[int, int]]  # article -> (verdicts agreeing, labelled claims)

    def to_dict(self) -> dict:
        return {
            "claims": self.claims,
            "articles": self.articles,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "labels": {s.label: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                 "f1": round(s.f1, 4), "support": s.support, "predicted": s.predicted}
                       for s in self.labels},
            "confusion": self.confusion,
            "reason_recall": {r.code: {"support": r.support, "found": r.found, "recall": round(r.recall, 4)}
                              for r in self.reasons},
            "quote_grades": {"matching": self.quote_grades[0], "total": self.quote_grades[1],
                             "mismatches": [{"line": g.line, "quote": q.text, "gold": q.grade, "engine": grade}
                                            for g, q, grade in self.quote_mismatches]},
            "per_article": {article: {"agreeing": agreeing, "claims": total}
                            for article, (agreeing, total) in self.per_article.items()},
            "not_produced": self.not_produced,
            "skipped": self.skipped,
            "mismatches": [
                {"article": m.gold.article, "line": m.gold.line, "claim": m.gold.claim,
                 "gold": m.gold.verdict, "gold_reasons": list(m.gold.reasons),
                 "predicted": m.prediction.verdict, "predicted_reasons": list(m.prediction.reasons),
                 "engine_claim": m.prediction.engine_text, "missing": m.prediction.missing,
                 "engine_evidence": m.prediction.evidence,
                 "comment": m.gold.comment}
                for m in self.mismatches
            ],
        }


# ---------------------------------------------------------------- reading the gold file


def load_gold(path: Path) -> list[GoldClaim]:
    """Read and validate a gold file; every claim must occur verbatim in its article."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read gold file ({exc})") from None
    texts: dict[str, str] = {}
    gold: list[GoldClaim] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise GoldFileError(f"{where}: expected a JSON object")
        for key in ("article", "claim", "verdict", "comment"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise GoldFileError(f"{where}: missing or empty {key!r}")
        verdict = item["verdict"]
        if verdict not in VERDICTS:
            raise GoldFileError(f"{where}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        reasons = item.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise GoldFileError(f"{where}: 'reasons' must be a list of codes")
        wrong = [r for r in reasons if r not in REASON_CODES[verdict]]
        if wrong:
            raise GoldFileError(f"{where}: reason {wrong[0]!r} does not belong to verdict {verdict!r}")
        if verdict != "supported" and not reasons:
            raise GoldFileError(f"{where}: a {verdict} claim needs at least one reason code")
        published = _gold_date(item.get("published"), where)
        article = item["article"]
        if article not in texts:
            texts[article] = read_article(path.parent / article, where)
        start = texts[article].find(item["claim"])
        if start < 0:
            raise GoldFileError(f"{where}: claim text not found in {article}: {item['claim'][:60]!r}")
        quotes = tuple(_gold_quote(q, item["claim"], where) for q in item.get("quotes", []))
        gold.append(GoldClaim(line=number, article=article, published=published, claim=item["claim"],
                              verdict=verdict, reasons=tuple(reasons), comment=item["comment"],
                              start=start, end=start + len(item["claim"]), quotes=quotes))
    if not gold:
        raise GoldFileError(f"{path}: no labelled claims")
    return gold


def read_article(path: Path, where: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{where}: cannot read article {path} ({exc.__class__.__name__})") from None


def _gold_date(value, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise GoldFileError(f"{where}: 'published' must be YYYY-MM-DD or null, got {value!r}") from None


def _gold_quote(value, claim: str, where: str) -> GoldQuote:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise GoldFileError(f"{where}: each quote needs a 'text' and a 'grade'")
    if value.get("grade") not in QUOTE_GRADES:
        raise GoldFileError(f"{where}: quote grade {value.get('grade')!r} is not one of {', '.join(QUOTE_GRADES)}")
    if value["text"] not in claim:
        raise GoldFileError(f"{where}: quote {value['text'][:40]!r} is not inside the claim")
    return GoldQuote(value["text"], value["grade"])


# ---------------------------------------------------------------- matching gold claims to the engine's


def claims_by_article(gold: list[GoldClaim]) -> dict[tuple[str, date | None], list[GoldClaim]]:
    """The gold claims grouped by article and publication date, in file order: one check of each article serves all."""
    runs: dict[tuple[str, date | None], list[GoldClaim]] = {}
    for item in gold:
        runs.setdefault((item.article, item.published), []).append(item)
    return runs


def overlapping_claim(gold: GoldClaim, claims: list[dict]) -> int | None:
    """The index of the report claim whose span overlaps the gold claim's most (the first of equals); None when
    none overlaps it."""
    best, best_overlap = None, 0
    for index, claim in enumerate(claims):
        overlap = _overlap(gold.start, gold.end, claim["start"], claim["end"])
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def match_claim(gold: GoldClaim, report: dict) -> Prediction:
    """The engine's verdict on a gold claim: the report claim overlapping it most, else unsourced."""
    claims = report.get("claims", [])
    index = overlapping_claim(gold, claims)
    best = None if index is None else claims[index]
    if best is None:
        skipped = [s for s in report.get("skipped", []) if _overlap(gold.start, gold.end, s["start"], s["end"]) > 0]
        missing = f"{SKIPPED} ({skipped[0].get('reason', '?')})" if skipped else NOT_PRODUCED
        return Prediction(verdict="unsourced", missing=missing,
                          quote_grades={q.text: None for q in gold.quotes})
    return Prediction(verdict=best["verdict"], reasons=tuple(best.get("reasons", ())), engine_text=best["text"],
                      quote_grades={q.text: _engine_grade(q.text, best) for q in gold.quotes},
                      evidence=_best_evidence(best))


def _best_evidence(engine_claim: dict) -> str | None:
    evidence = engine_claim.get("evidence") or []
    if not evidence:
        return None
    top = evidence[0]
    return f"{str(top.get('published', ''))[:10]} {top.get('source')} {top.get('url')}: {top.get('sentence')}"


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _engine_grade(quote: str, engine_claim: dict) -> str | None:
    wanted = _fold_quote(quote)
    for engine_quote in engine_claim.get("quotes", []):
        found = _fold_quote(engine_quote.get("text", ""))
        if found and (found == wanted or found in wanted or wanted in found):
            return engine_quote.get("grade")
    return None


def _fold_quote(text: str) -> str:
    return " ".join(text.strip(" \"'“”‘’.,").casefold().split())


# ---------------------------------------------------------------- scoring


def score(pairs: Iterable[tuple[GoldClaim, Prediction]]) -> Evaluation:
    pairs = list(pairs)
    confusion = {g: {p: 0 for p in VERDICTS} for g in VERDICTS}
    for gold, prediction in pairs:
        confusion[gold.verdict][prediction.verdict] += 1
    labels = []
    for label in VERDICTS:
        true_positive = confusion[label][label]
        predicted = sum(confusion[g][label] for g in VERDICTS)
        support = sum(confusion[label].values())
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        labels.append(LabelScore(label, precision, recall, f1, support, predicted))
    # Macro-F1 averages over the labels the gold set contains, so a set without (say) contested
    # claims is not penalised for a label it cannot measure.
    present = [s for s in labels if s.support]
    macro_f1 = sum(s.f1 for s in present) / len(present) if present else 0.0
    correct = sum(confusion[label][label] for label in VERDICTS)

    support, found = Counter(), Counter()
    for gold, prediction in pairs:
        for code in gold.reasons:
            support[code] += 1
            if prediction.verdict == gold.verdict and code in prediction.reasons:
                found[code] += 1
    reasons = [ReasonRecall(code, support[code], found[code]) for code in sorted(support)]

    quotes_total = sum(len(gold.quotes) for gold, _ in pairs)
    quote_mismatches = [(gold, q, prediction.quote_grades.get(q.text)) for gold, prediction in pairs
                        for q in gold.quotes if prediction.quote_grades.get(q.text) != q.grade]
    return Evaluation(
        labels=labels, confusion=confusion, macro_f1=macro_f1,
        accuracy=correct / len(pairs) if pairs else 0.0,
        claims=len(pairs), articles=len({(g.article, g.published) for g, _ in pairs}),
        reasons=reasons, quote_grades=(quotes_total - len(quote_mismatches), quotes_total),
        quote_mismatches=quote_mismatches,
        not_produced=sum(1 for _, p in pairs if p.missing == NOT_PRODUCED),
        skipped=sum(1 for _, p in pairs if p.missing and p.missing.startswith(SKIPPED)),
        mismatches=[Mismatch(g, p) for g, p in pairs if g.verdict != p.verdict],
        per_article=_per_article(pairs),
    )


def _per_article(pairs: list[tuple[GoldClaim, Prediction]]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    for gold, prediction in pairs:
        agreeing_total = counts.setdefault(gold.article, [0, 0])
        agreeing_total[0] += gold.verdict == prediction.verdict
        agreeing_total[1] += 1
    return {article: (agreeing, total) for article, (agreeing, total) in counts.items()}


# ---------------------------------------------------------------- running


# A checker turns (article text, published date) into a JSON report (the engine's report contract).
Checker = Callable[[str, "date | None"], dict]


def evaluate(gold_path: Path, checker: Checker, *, on_article: Callable[[str], None] | None = None) -> Evaluation:
    """Run the checker once per (article, published) pair of the gold file and score it."""
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    pairs = []
    for (article, published), items in claims_by_article(gold).items():
        if on_article:
            on_article(article)
        text = read_article(gold_path.parent / article, f"{gold_path}:{items[0].line}")
        report = checker(text, published)
        pairs.extend((item, match_claim(item, report)) for item in items)
    pairs.sort(key=lambda pair: pair[0].line)
    return score(pairs)


def engine_checker(db_engine) -> Checker:
    """The real engine as a checker: checks are not stored, so evaluating leaves the database as it was."""
    # Imported here so that scoring and gold-file validation work (and are tested) on their own.
    from verifier.checking import check_text

    return lambda text, published: check_text(db_engine, text, published, store=False)
