"""Cross-check harness: does the record contest what its own siblings say in other words?

`rephrase.py` rewrites labelled claims mechanically and `selfcheck.py` checks record sentences against a
record that holds them verbatim; neither produces real paraphrase, so neither shows the false contests an
article's own wording meets. The record itself holds natural paraphrase: on an event's day a readout, a fact
sheet, remarks, a background call and a joint statement state the same facts in different words.

This harness takes a seeded sample of publications that have a sibling published the same day or one day
before or after, builds a record WITHOUT them (the bundled record minus the held-out publications, one
database build), and checks their evidence sentences (8 to 40 words, never a reporter's question, at most
PER_PUBLICATION of each, seeded) as one-sentence articles published on their publication's day, attributed to
their publisher as an article would report them ("The White House said ..."). Every held-out publication
keeps at least one sibling in the record, so the facts it states are usually there, in another publication's
words.

Official texts of the same day rarely contradict each other, so whatever comes back contested is a candidate
false contest; but some do (a later update, another count of the same thing). Each contested sentence is
looked up in REVIEW_FILE, where a reader has classified it as a false contest (with its cause) or a true
difference; the harness prints the counts by class and every contested sentence with its class, reasons and
evidence ("unread" when no one has classified it yet). Supported against unsourced is the second figure: how
much of the siblings' paraphrase the engine recognises.

    .venv/bin/python -m tests.eval.crosscheck --db build/eval-crosscheck.db [--json FILE]

The database is rebuilt on every run (any file at --db is replaced).
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db.database import open_database
from db.markup import plain_text_body
from db.text import normalise_body, split_body
from tests.eval.selfcheck import Sample, attributed, claims_for_json, eligible, sentence_verdict
from tests.eval.training_run import harness_arguments, write_outcomes
from verifier.checking import check_text
from verifier.importing import import_files

SEED = 20261129
HELD_OUT = 60  # publications taken out of the record
PER_PUBLICATION = 8  # sentences checked of each
SIBLING_DAYS = 1  # a sibling is published this many days apart at most
RECORD = Path("examples/readouts.jsonl")
REVIEW_FILE = Path(__file__).with_name("crosscheck_review.json")


@dataclass(frozen=True)
class Publication:
    url: str
    source: str
    published: date
    line: str  # the record line as it stands, written back unchanged when the publication stays in
    body: str


@dataclass(frozen=True)
class Outcome:
    sample: Sample
    article: str
    verdict: str
    claims: tuple[dict, ...]


def publication_day(published_text: str) -> date:
    """The day the publisher printed (the local date of its own timestamp), as the engine dates the record."""
    return datetime.fromisoformat(published_text.strip().replace("Z", "+00:00")).date()


def load_record(path: Path) -> list[Publication]:
    publications = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        publications.append(Publication(data["url"], data["source"], publication_day(data["published"]),
                                        line, data["body"]))
    return publications


def siblings(publications: list[Publication], days: int = SIBLING_DAYS) -> dict[str, set[str]]:
    """For each publication, the others published at most `days` days apart."""
    by_day: dict[date, list[str]] = {}
    for publication in publications:
        by_day.setdefault(publication.published, []).append(publication.url)
    result: dict[str, set[str]] = {}
    for publication in publications:
        near = {url for day, urls in by_day.items() if abs((day - publication.published).days) <= days for url in urls}
        result[publication.url] = near - {publication.url}
    return result


def hold_out(publications: list[Publication], size: int = HELD_OUT, seed: int = SEED,
             days: int = SIBLING_DAYS) -> list[Publication]:
    """A seeded sample of publications with siblings, each keeping at least one sibling in the record: one is
    taken only when it still has a sibling left and taking it leaves every one taken before with one too."""
    near = siblings(publications, days)
    order = sorted((p for p in publications if near[p.url]), key=lambda p: p.url)
    random.Random(seed).shuffle(order)
    taken: list[Publication] = []
    held: set[str] = set()
    for publication in order:
        if len(taken) >= size:
            break
        if not near[publication.url] - held:
            continue
        if any(not (near[other] - held - {publication.url}) for other in held if publication.url in near[other]):
            continue
        taken.append(publication)
        held.add(publication.url)
    return taken


def publication_sentences(publication: Publication, per_publication: int = PER_PUBLICATION,
                          seed: int = SEED) -> list[Sample]:
    """Up to `per_publication` of its evidence sentences (as the record would split them), seeded, in text
    order."""
    body = normalise_body(plain_text_body(publication.body))
    candidates = []
    for span in split_body(body):
        text = " ".join(body[span.start:span.end].split())
        if eligible(text, span.is_evidence, span.speaker):
            candidates.append(Sample(publication.url, publication.source, publication.published, span.position, text))
    chosen = random.Random(f"{seed}:{publication.url}").sample(candidates, min(per_publication, len(candidates)))
    return sorted(chosen, key=lambda sample: sample.position)


def build_record(db: Path, publications: list[Publication], held: list[Publication]):
    """A fresh database of every publication but the held-out ones."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    held_urls = {p.url for p in held}
    engine = open_database(str(db))
    with tempfile.TemporaryDirectory() as folder:
        kept = Path(folder) / "record.jsonl"
        kept.write_text("".join(p.line + "\n" for p in publications if p.url not in held_urls), encoding="utf-8")
        import_files(engine, [kept])
    return engine


def compose(samples: list[Sample]) -> tuple[str, list[tuple[int, int]]]:
    """One article of a publication's sentences, each attributed and a paragraph of its own, and where each
    is."""
    paragraphs, spans, at = [], [], 0
    for sample in samples:
        paragraph = attributed(sample)
        paragraphs.append(paragraph)
        spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return "\n\n".join(paragraphs), spans


def run_publication(engine, samples: list[Sample]) -> list[Outcome]:
    """The publication's sentences checked together, as one article on its day: the other sentences tell the
    engine which event the article reports, as a real article's do; each sentence is judged by the claims
    drawn from it."""
    if not samples:
        return []
    article, spans = compose(samples)
    report = check_text(engine, article, samples[0].published, store=False)
    outcomes = []
    for sample, (start, end) in zip(samples, spans, strict=True):
        claims = tuple(claim for claim in report.get("claims", []) if start <= claim.get("start", -1) < end)
        outcomes.append(Outcome(sample, article[start:end], sentence_verdict(list(claims)), claims))
    return outcomes


def review_key(sample: Sample) -> str:
    return f"{sample.url}#{sample.position}"


def load_review(path: Path = REVIEW_FILE) -> dict[str, dict]:
    """url#position -> {"class": "false" | "true", "note": why}: the reader's classification of a contested
    sentence."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def classify(outcome: Outcome, review: dict[str, dict]) -> str:
    entry = review.get(review_key(outcome.sample))
    return entry["class"] if entry else "unread"


def _contesting(outcome: Outcome) -> list[tuple[dict, dict | None]]:
    return [(claim, (claim.get("evidence") or [None])[0]) for claim in outcome.claims
            if claim["verdict"] == "contested"]


def report(outcomes: list[Outcome], held: int, review: dict[str, dict], out=None) -> dict:
    out = out or sys.stdout
    counts = Counter(o.verdict for o in outcomes)
    contested = [o for o in outcomes if o.verdict == "contested"]
    classes = Counter(classify(o, review) for o in contested)
    causes = Counter(review[review_key(o.sample)].get("cause", "?")
                     for o in contested if classify(o, review) == "false")
    reasons = Counter(reason for o in contested for claim, _ in _contesting(o) for reason in claim.get("reasons", ()))
    summary = {"publications": held, "sentences": len(outcomes), "supported": counts["supported"],
               "contested": counts["contested"], "unsourced": counts["unsourced"],
               "false_contests": classes["false"], "true_differences": classes["true"], "unread": classes["unread"]}
    print(f"{held} held-out publications, {len(outcomes)} sentences: supported {counts['supported']}, "
          f"contested {counts['contested']}, unsourced {counts['unsourced']}", file=out)
    print(f"contested: false contests {classes['false']}, true differences {classes['true']}, "
          f"unread {classes['unread']}", file=out)
    if causes:
        print("  false contests by cause: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()), file=out)
    if reasons:
        print("  contested by reason: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()), file=out)
    print("\nContested:", file=out)
    for o in contested:
        entry = review.get(review_key(o.sample), {})
        label = classify(o, review) + (f" ({entry['cause']})" if entry.get("cause") else "")
        print(f"[{label}] {o.sample.published} {review_key(o.sample)}", file=out)
        print(f"    {o.article}", file=out)
        if entry.get("note"):
            print(f"    note: {entry['note']}", file=out)
        for claim, evidence in _contesting(o):
            print(f"    claim: {claim.get('text', '')[:200]}", file=out)
            print(f"    reasons: {', '.join(claim.get('reasons', ()))}", file=out)
            if evidence:
                print(f"    evidence: {evidence.get('url')}: {str(evidence.get('sentence'))[:300]}", file=out)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = harness_arguments("python -m tests.eval.crosscheck", __doc__,
                               database="database to build (replaced if it exists)")
    parser.add_argument("--record", type=Path, default=RECORD, help=f"record to hold publications out of ({RECORD})")
    parser.add_argument("--publications", type=int, default=HELD_OUT, help=f"publications held out ({HELD_OUT})")
    parser.add_argument("--per-publication", type=int, default=PER_PUBLICATION,
                        help=f"sentences checked of each ({PER_PUBLICATION})")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--review", type=Path, default=REVIEW_FILE,
                        help="classifications of contested sentences")
    args = parser.parse_args(argv)
    publications = load_record(args.record)
    held = hold_out(publications, args.publications, args.seed)
    engine = build_record(Path(args.db), publications, held)
    outcomes = [outcome for publication in held
                for outcome in run_publication(
                    engine, publication_sentences(publication, args.per_publication, args.seed))]
    summary = report(outcomes, len(held), load_review(args.review))
    if args.json:
        write_outcomes(args.json, {"summary": summary, "outcomes": [
            {"key": review_key(o.sample), "published": o.sample.published.isoformat(), "article": o.article,
             "verdict": o.verdict,
             "claims": claims_for_json(o.claims)}
            for o in outcomes]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
