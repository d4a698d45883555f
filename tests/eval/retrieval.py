"""Retrieval recall of the cited publication: is the publication a gold comment cites among the claim's candidates?

`make bench`'s retrieval recall asks whether the index finds the sentence a brute-force pass scores best: the
engine is measured against itself. This asks the labels instead. For every gold claim labelled supported or
contested whose comment cites a publication the record holds, the candidates the verdict rules saw for the
claim (the engine claim overlapping it most, its final pool) either hold a sentence of a cited publication or
not. A claim whose right publication is never a candidate can only come back unsourced, or be decided by
another publication's words.

Each miss is put down to the first stage that lost it:

    no claim      the engine made no claim of the gold sentence (skipped, or not produced)
    after day     the publication is dated after the article's day (the scope leaves it out)
    vocabulary    none of its evidence sentences holds any of the claim's words (keys and their aliases)
    terms         some do, but only words too common to be read from the index (bound_sentences's seed)
    rank          sentences holding the claim's read words, ranked below what is scored in full
    later         retrieved, but not in the final pool (should not happen: the pool only grows)

and each hit has the rank of the cited publication's first candidate in the pool (1 = the best).

    .venv/bin/python -m tests.eval.retrieval --db build/eval-retrieval.db [--set blind15 ...] [--json FILE]

The unseen sets (tests/eval/sets.UNSEEN_NAMES) are refused.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from db.index import publication_sentences, sentences_published
from tests.eval.citations import cited_sentences, cited_urls, readout_ids
from tests.eval.training_run import open_training_run, write_outcomes
from verifier import thresholds as T
from verifier.checking import article_scope, check_with_decisions
from verifier.evaluation import claims_by_article, load_gold, overlapping_claim, read_article
from verifier.evidence import SearchScope, TermWeights, _best_first, _within, bound_sentences, local_day
from verifier.normalize import analyze

ROOT = Path(__file__).resolve().parents[2]
CAUSES = ("no claim", "after day", "vocabulary", "terms", "rank", "later")


@dataclass
class Outcome:
    set: str
    line: int
    gold: str
    predicted: str
    claim: str
    cited: list[str]
    found: bool
    rank: int | None  # of the cited publication's first candidate in the pool, from 1
    cause: str | None  # for a miss: the first stage that lost it (CAUSES)
    detail: str = ""


def diagnose(connection, analysis, hits, scope: SearchScope) -> tuple[str, str]:
    """The first stage of retrieval that loses every one of `hits` (the cited sentences), and what it saw."""
    if hits and not any(_within(hit, scope) for hit in hits):
        return "after day", f"published {local_day(hits[0])}, article day {scope.last_day}"
    hits = [hit for hit in hits if _within(hit, scope)]
    shared = Counter()
    for hit in hits:
        shared.update(analyze(hit.text).keys & analysis.keys)
    if not shared:
        return "vocabulary", "claim keys: " + ", ".join(sorted(analysis.keys))
    weights = TermWeights(connection)
    key_weights = weights.weigh(analysis)
    bounds = bound_sentences(connection, analysis, weights, key_weights) or {}
    own = {hit.sentence_id for hit in hits}
    if not own & bounds.keys():
        return "terms", "shared only: " + ", ".join(key for key, _ in shared.most_common(6))
    # Rank among what the scope lets through, with the event window's bonus as find_candidates gives it.
    if scope.window_start is not None:
        window = sentences_published(connection, after=scope.window_start, before=scope.before)
        for sentence_id in window & bounds.keys():
            bounds[sentence_id] += T.ANCHOR_BONUS
    else:
        window = frozenset()
    ranked = _best_first(bounds, len(bounds))
    position = next(index for index, sentence_id in enumerate(ranked) if sentence_id in own)
    best = max(own & bounds.keys(), key=bounds.__getitem__)
    detail = f"best sentence at bound rank {position + 1} of {len(ranked)} (bound {bounds[best]:.3f})"
    if best in window:
        in_window = [sentence_id for sentence_id in ranked if sentence_id in window]
        detail += f", in the event window at rank {in_window.index(best) + 1} of {len(in_window)}"
    return "rank", detail


def _first_rank(candidates, wanted) -> int | None:
    return next((index + 1 for index, candidate in enumerate(candidates) if any(wanted(hit) for hit in candidate.hits)),
                None)


def measure(engine, gold_file: str) -> tuple[list[Outcome], list[Outcome]]:
    """Per claim: whether a cited publication is a candidate, and whether a sentence the comment quotes is."""
    gold = load_gold(ROOT / gold_file)
    publications, sentences = [], []
    with engine.connect() as connection:
        for (article, published), items in claims_by_article(gold).items():
            wanted = [item for item in items if item.verdict in ("supported", "contested")]
            cited = {item.line: readout_ids(connection, cited_urls(item.comment)) for item in wanted}
            wanted = [item for item in wanted if cited[item.line]]
            if not wanted:
                continue
            article_text = read_article((ROOT / gold_file).parent / article, gold_file)
            report, results = check_with_decisions(engine, article_text, published)
            anchor = report["parameters"]["anchor"]["date"]
            scope = article_scope(datetime.fromisoformat(anchor).date() if anchor else None)
            for item in wanted:
                ids = set(cited[item.line].values())
                hits = [hit for hit in publication_sentences(connection, ids) if hit.is_evidence]
                quoted = cited_sentences(item.comment, hits)
                best = overlapping_claim(item, report["claims"])
                for level, own, into in (("publication", hits, publications),
                                         ("sentence", [hit for hit in hits if hit.sentence_id in quoted], sentences)):
                    if level == "sentence" and not own:
                        continue
                    own_ids = {hit.sentence_id for hit in own}
                    outcome = Outcome(gold_file, item.line, item.verdict, "unsourced", item.claim,
                                      list(cited[item.line]), False, None, None)
                    if best is None:
                        outcome.cause = "no claim"
                    else:
                        result = results[best]
                        outcome.predicted = result.verdict.verdict
                        rank = _first_rank(result.candidates, lambda hit, own_ids=own_ids: hit.sentence_id in own_ids)
                        if rank is not None:
                            outcome.found, outcome.rank = True, rank
                        else:
                            outcome.cause, outcome.detail = diagnose(connection, result.analysis, own, scope)
                    into.append(outcome)
    return publications, sentences


def summarize(outcomes: list[Outcome]) -> dict:
    found = [o for o in outcomes if o.found]
    return {
        "claims": len(outcomes),
        "found": len(found),
        "recall": round(len(found) / len(outcomes), 4) if outcomes else None,
        "first": sum(1 for o in found if o.rank == 1),
        "top5": sum(1 for o in found if o.rank <= 5),
        "misses": {cause: sum(1 for o in outcomes if o.cause == cause) for cause in CAUSES},
        "missed_then": dict(Counter(f"{o.gold}->{o.predicted}" for o in outcomes if not o.found)),
    }


def main(argv: list[str] | None = None) -> int:
    args, gold_files, engine = open_training_run("python -m tests.eval.retrieval", __doc__,
                                                 "print every miss", argv)
    per_set: dict[str, dict] = {"publication": {}, "sentence": {}}
    everything: dict[str, list[Outcome]] = {"publication": [], "sentence": []}
    for gold_file in gold_files:
        for level, outcomes in zip(("publication", "sentence"), measure(engine, gold_file), strict=True):
            everything[level] += outcomes
            per_set[level][gold_file] = summarize(outcomes)
    for level in ("publication", "sentence"):
        print(f"\n{level} cited: among the claim's candidates")
        for name, s in [*per_set[level].items(), ("total", summarize(everything[level]))]:
            print(f"{name:34} {s['found']:4}/{s['claims']:4} = {s['recall'] or 0:.3f}  first {s['first']:4}"
                  f"  top5 {s['top5']:4}  misses " + " ".join(f"{c}={n}" for c, n in s["misses"].items() if n))
        total = summarize(everything[level])
        print("missed, then predicted: " + ", ".join(f"{k} {v}" for k, v in sorted(total["missed_then"].items())))
    if args.misses:
        for level in ("publication", "sentence"):
            for o in everything[level]:
                if not o.found:
                    print(f"\n[{level}] {o.set}:{o.line} [{o.cause}] gold {o.gold} -> {o.predicted}: {o.claim}\n"
                          f"  {o.detail}\n  " + " ".join(o.cited))
    if args.json:
        write_outcomes(args.json, {"summary": per_set, "outcomes": {
            level: [asdict(o) for o in outcomes] for level, outcomes in everything.items()}})
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
