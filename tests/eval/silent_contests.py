"""Contests no detector sees: the gold-contested claims of the training sets for which no contest was found at all.

The verdict trace (`train_verdicts.collect`) keeps, per claim, the contest the rules found and the gates that
refused one. A gold-contested claim the engine does not contest either had a contest that a gate or the verdict
model set aside (a learner's business, tests/eval/verdict_learners.py), or none at all: no detector fired on any
candidate the rules weighed. This lists the second kind, grouped by the gold reason and by where the engine
stood with the publication the gold comment cites:

    not cited   the claim's evidence is from no publication the comment cites (or there is none): retrieval,
                or a sentence of another publication that the claim agrees with
    cited/U     evidence from a cited publication, but the claim comes back unsourced (below support)
    cited/S     a cited publication's sentence supports the claim: a detector read it and did not fire

    .venv/bin/python -m tests.eval.silent_contests --db build/eval-silent.db [--set blind15 ...] [--misses]
        [--json FILE]

The unseen sets (tests/eval/sets.UNSEEN_NAMES) are refused.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.eval.citations import cited_urls
from tests.eval.training_run import open_training_run, write_outcomes
from verifier.checking import check_with_decisions
from verifier.evaluation import claims_by_article, load_gold, overlapping_claim, read_article

ROOT = Path(__file__).resolve().parents[2]
STANDINGS = ("not cited", "cited/U", "cited/S")


@dataclass(frozen=True)
class Outcome:
    set: str
    line: int
    claim: str
    reasons: tuple[str, ...]  # the gold reasons
    predicted: str  # the engine's verdict, "contested" included
    found: bool  # whether the rules found a contest (refused by a gate or not)
    standing: str  # one of STANDINGS
    evidence: str  # the first evidence sentence the engine gives


def measure(engine, gold_file: str) -> list[Outcome]:
    gold = load_gold(ROOT / gold_file)
    outcomes = []
    for (article, published), items in claims_by_article(gold).items():
        items = [item for item in items if item.verdict == "contested"]
        if not items:
            continue
        report, results = check_with_decisions(
            engine, read_article((ROOT / gold_file).parent / article, gold_file), published)
        for item in items:
            best = overlapping_claim(item, report["claims"])
            claim = report["claims"][best] if best is not None else {"verdict": "unsourced", "evidence": []}
            decision = results[best].decision if best is not None else None
            found = decision is not None and (decision.options.contest is not None
                                              or bool(decision.options.contest_refused))
            evidence = claim.get("evidence") or []
            cited = set(cited_urls(item.comment))
            from_cited = any(entry.get("url") in cited for entry in evidence)
            standing = STANDINGS[0] if not from_cited else "cited/S" if claim["verdict"] == "supported" \
                else "cited/U"
            outcomes.append(Outcome(gold_file, item.line, item.claim, tuple(item.reasons), claim["verdict"],
                                    found, standing, evidence[0].get("sentence", "") if evidence else ""))
    return outcomes


def silent(outcomes: list[Outcome]) -> list[Outcome]:
    """The claims left uncontested with no contest found for them at all."""
    return [o for o in outcomes if o.predicted != "contested" and not o.found]


def main(argv: list[str] | None = None) -> int:
    args, gold_files, engine = open_training_run("python -m tests.eval.silent_contests", __doc__,
                                                 "print every silent contest", argv)
    everything = [outcome for gold_file in gold_files for outcome in measure(engine, gold_file)]
    quiet = silent(everything)
    print(f"{len(everything)} gold-contested claims, {sum(o.predicted != 'contested' for o in everything)} "
          f"not contested, {len(quiet)} with no contest found")
    table = Counter(("+".join(o.reasons), o.standing) for o in quiet)
    print(f"{'gold reason':34}" + "".join(f"{s:>11}" for s in STANDINGS) + f"{'all':>6}")
    for reason in sorted({r for r, _ in table}, key=lambda r: -sum(table[r, s] for s in STANDINGS)):
        print(f"{reason:34}" + "".join(f"{table[reason, s]:11}" for s in STANDINGS)
              + f"{sum(table[reason, s] for s in STANDINGS):6}")
    if args.misses:
        for o in quiet:
            print(f"\n{o.set}:{o.line} [{'+'.join(o.reasons)}] {o.standing}, {o.predicted}: {o.claim}\n"
                  f"  evidence: {o.evidence[:300]}")
    if args.json:
        write_outcomes(args.json, {"outcomes": [asdict(o) for o in everything]})
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
