"""Does the scorer reach the record sentence a gold label rests on, and what keeps it below when it does not?

`retrieval.py` asks whether the sentence a gold comment quotes is among a claim's candidates at all (nearly
always: 0.99). This asks the next question: how does the scorer rate that sentence? For every gold claim
labelled supported or contested whose comment quotes a sentence of a publication the record holds (five words
running in both, or failing that a close fuzzy match of a quoted passage), it finds the best-scoring candidate
of the claim's pool that holds one of those sentences (alone or in a window), and puts the claim in one stage:

    no claim         the engine made no claim of the gold sentence
    not retrieved    no candidate holds a quoted sentence (its score, read directly, is still reported)
    unrelated        the best such candidate scores below RELATED_SCORE: the rules never look at it
    below threshold  RELATED_SCORE .. SUPPORT_SCORE: the rules look at it, but it cannot support
    gated            at SUPPORT_SCORE or more, but its predicate coverage or its largest missing word
                     keeps it from supporting (SUPPORT_PREDICATE_COVERAGE, SUPPORT_MISSING_SHARE)
    reached          it could support; the verdict is then the rules' and the model's

with the score's parts (coverage, predicate, names, fuzz: evidence.coverage_of) and the claim's words the
sentence does not hold, each with its share of the claim's weight. The summary counts the stages per gold
and predicted verdict, and the missing words that recur across the misses (gold supported or contested,
predicted unsourced) and across how many sets, the causes worth a general fix.

    .venv/bin/python -m tests.eval.reach --db build/eval.db [--set blind15 ...] [--misses] [--json FILE]

The unseen sets (tests/eval/sets.UNSEEN_NAMES) are refused.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from db.index import publication_sentences
from tests.eval.citations import cited_sentences, cited_urls, quoted_passages, readout_ids
from tests.eval.training_run import open_training_run, write_outcomes
from verifier import thresholds as T
from verifier.checking import check_with_decisions
from verifier.evaluation import claims_by_article, load_gold, overlapping_claim, read_article
from verifier.evidence import Candidate, coverage_of
from verifier.normalize import analyze
from verifier.verdicts import largest_gap

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("no claim", "not retrieved", "unrelated", "below threshold", "gated", "reached")
# A quoted passage too short or too broken up for five running words is matched by its closest sentence,
# when that sentence holds it nearly word for word.
FUZZY_QUOTE_RATIO = 90.0
FUZZY_QUOTE_MIN_CHARS = 25


@dataclass
class Reach:
    set: str
    line: int
    gold: str
    predicted: str
    reasons: list[str]
    claim: str
    stage: str
    rank: int | None = None  # of the best candidate holding a quoted sentence, from 1
    of: int = 0  # candidates in the pool
    score: float = 0.0
    coverage: float = 0.0
    predicate: float = 0.0
    names: float = 0.0
    fuzz: float = 0.0
    gap: float = 0.0
    best_score: float = 0.0  # the pool's best candidate, whatever it holds
    sentence: str = ""
    title: str = ""  # of the sentence's publication
    published: str = ""  # the publication's day as it prints it
    missing: dict[str, float] = field(default_factory=dict)  # claim key -> its share of the claim's weight
    surfaces: dict[str, str] = field(default_factory=dict)  # claim key -> the claim's word for it


def quoted_sentences(comment: str, hits) -> set[int]:
    """The sentences the comment quotes: five words running in both, else a near-verbatim passage."""
    found = cited_sentences(comment, hits)
    if found:
        return found
    for passage in quoted_passages(comment):
        passage = re.sub(r"\s*(\.\.\.|\u2026|\[[^\]]*\])\s*", " ", passage).strip()
        if len(passage) < FUZZY_QUOTE_MIN_CHARS:
            continue
        for hit in hits:
            if fuzz.partial_ratio(passage.casefold(), hit.text.casefold()) >= FUZZY_QUOTE_RATIO:
                found.add(hit.sentence_id)
    return found


def score_parts(result, candidate_analysis) -> dict[str, float]:
    """coverage_of's four parts for this claim and record text."""
    claim, weights = result.analysis, result.key_weights
    scored = coverage_of(claim, weights, candidate_analysis)
    named = [key for key in claim.keys if key in claim.entity_keys]
    named_total = sum(weights[key] for key in named)
    names = (sum(weights[key] for key in named if key in scored.matched) / named_total if named_total
             else scored.coverage)
    # The fuzz part is what the weighted sum leaves (it compares the sorted keys as strings).
    rest = scored.score - T.WEIGHT_COVERAGE * scored.coverage - T.WEIGHT_PREDICATE * scored.predicate \
        - T.WEIGHT_NAMES * names
    return {"score": scored.score, "coverage": scored.coverage, "predicate": scored.predicate, "names": names,
            "fuzz": rest / T.WEIGHT_FUZZ if T.WEIGHT_FUZZ else 0.0}


def _missing(result, candidate_keys: frozenset[str]) -> dict[str, float]:
    weights = result.key_weights
    total = sum(weights.values())
    if not total:
        return {}
    return {key: round(weights[key] / total, 3) for key in sorted(result.analysis.keys, key=lambda k: -weights[k])
            if key not in candidate_keys and key in weights}


def measure(engine, gold_file: str) -> list[Reach]:
    gold = load_gold(ROOT / gold_file)
    found: list[Reach] = []
    with engine.connect() as connection:
        for (article, published), items in claims_by_article(gold).items():
            wanted = [item for item in items if item.verdict in ("supported", "contested")]
            cited = {item.line: readout_ids(connection, cited_urls(item.comment)) for item in wanted}
            quoted = {}
            for item in wanted:
                hits = [hit for hit in publication_sentences(connection, set(cited[item.line].values()))
                        if hit.is_evidence] if cited[item.line] else []
                own = quoted_sentences(item.comment, hits)
                if own:
                    quoted[item.line] = [hit for hit in hits if hit.sentence_id in own]
            wanted = [item for item in wanted if item.line in quoted]
            if not wanted:
                continue
            article_text = read_article((ROOT / gold_file).parent / article, gold_file)
            report, results = check_with_decisions(engine, article_text, published)
            for item in wanted:
                best = overlapping_claim(item, report["claims"])
                if best is None:
                    found.append(Reach(gold_file, item.line, item.verdict, "unsourced", [], item.claim, "no claim"))
                    continue
                found.append(_reach(gold_file, item, results[best], quoted[item.line]))
    return found


def _reach(gold_file: str, item, result, hits) -> Reach:
    own = {hit.sentence_id for hit in hits}
    pool: list[Candidate] = result.candidates
    outcome = Reach(gold_file, item.line, item.verdict, result.verdict.verdict, list(result.verdict.reasons),
                    result.analysis.text, "not retrieved", of=len(pool),
                    best_score=round(max((c.score for c in pool), default=0.0), 3),
                    surfaces={key: result.analysis.surfaces[key] for key in result.analysis.keys})
    holding = [(index, c) for index, c in enumerate(pool) if any(hit.sentence_id in own for hit in c.hits)]
    if not result.key_weights:
        return outcome
    if holding:
        index, candidate = max(holding, key=lambda pair: (pair[1].score, -pair[0]))
        outcome.rank = index + 1
        analysis, text = candidate.analysis, " / ".join(hit.text for hit in candidate.hits)
        first = candidate.first
        outcome.gap = round(largest_gap(result.analysis, candidate, result.key_weights), 3)
    else:  # scored directly: what it would have scored had it been retrieved
        texts = [(analyze(hit.text), hit.text) for hit in hits]
        scored = [coverage_of(result.analysis, result.key_weights, analysis).score for analysis, _ in texts]
        best = max(range(len(texts)), key=scored.__getitem__)
        (analysis, text), first = texts[best], hits[best]
    outcome.title, outcome.published = first.title, first.published_text
    parts = score_parts(result, analysis)
    for name, value in parts.items():
        setattr(outcome, name, round(value, 3))
    outcome.sentence = text
    outcome.missing = _missing(result, analysis.keys)
    if holding:
        if outcome.score < T.RELATED_SCORE:
            outcome.stage = "unrelated"
        elif outcome.score < T.SUPPORT_SCORE:
            outcome.stage = "below threshold"
        elif outcome.predicate < T.SUPPORT_PREDICATE_COVERAGE or outcome.gap >= T.SUPPORT_MISSING_SHARE:
            outcome.stage = "gated"
        else:
            outcome.stage = "reached"
    else:
        outcome.gap = round(max(outcome.missing.values(), default=0.0), 3)
    return outcome


def _set_name(gold_file: str) -> str:
    parts = Path(gold_file).parts
    return "dev" if parts[-2] == "eval" else parts[-2]


def summarize(outcomes: list[Reach]) -> dict:
    pairs = Counter((o.gold, o.predicted) for o in outcomes)
    by_pair = {f"{gold}->{predicted}": dict(Counter(o.stage for o in outcomes
                                                    if (o.gold, o.predicted) == (gold, predicted)))
               for gold, predicted in sorted(pairs)}
    return {"claims": len(outcomes), "stages": {stage: sum(1 for o in outcomes if o.stage == stage)
                                                for stage in STAGES}, "by_pair": by_pair}


def recurring_missing(outcomes: list[Reach], top: int = 40) -> list[tuple[str, int, int, float]]:
    """Claim words missing from the quoted sentence of claims the engine leaves unsourced: (the claim's word,
    claims, sets, summed share of weight), by claims."""
    claims, sets, share = Counter(), defaultdict(set), Counter()
    for o in outcomes:
        if o.predicted != "unsourced" or o.stage == "no claim":
            continue
        for key, part in o.missing.items():
            word = o.surfaces.get(key, key).casefold()
            claims[word] += 1
            sets[word].add(o.set)
            share[word] += part
    return [(word, n, len(sets[word]), round(share[word], 2)) for word, n in claims.most_common(top)]


def main(argv: list[str] | None = None) -> int:
    args, gold_files, engine = open_training_run(
        "python -m tests.eval.reach", __doc__,
        "print every gold supported or contested claim the engine leaves unsourced", argv)
    everything: list[Reach] = []
    print(f"{'set':10} {'claims':>6}  " + "  ".join(f"{stage:>15}" for stage in STAGES))
    for gold_file in gold_files:
        outcomes = measure(engine, gold_file)
        for outcome in outcomes:
            outcome.set = _set_name(gold_file)
        everything += outcomes
        summary = summarize(outcomes)
        print(f"{_set_name(gold_file):10} {summary['claims']:6}  "
              + "  ".join(f"{summary['stages'][stage]:15}" for stage in STAGES))
    total = summarize(everything)
    print(f"{'total':10} {total['claims']:6}  " + "  ".join(f"{total['stages'][stage]:15}" for stage in STAGES))
    print("\nstage per gold -> predicted:")
    for pair, stages in total["by_pair"].items():
        print(f"  {pair:24} " + ", ".join(f"{stage} {stages[stage]}" for stage in STAGES if stage in stages))
    print("\nclaim words the quoted sentence lacks, claims left unsourced (word, claims, sets, summed weight share):")
    for word, claims, sets, share in recurring_missing(everything):
        print(f"  {word:24} {claims:3} claims {sets:3} sets  {share:5.2f}")
    if args.misses:
        for o in everything:
            if o.predicted == "unsourced":
                missing = ", ".join(f"{o.surfaces.get(k, k)} {v:.2f}" for k, v in list(o.missing.items())[:8])
                print(f"\n{o.set}:{o.line} [{o.stage}] gold {o.gold} {o.reasons}: {o.claim}\n"
                      f"  score {o.score:.3f} (cov {o.coverage:.2f} pred {o.predicate:.2f} names {o.names:.2f}"
                      f" fuzz {o.fuzz:.2f} gap {o.gap:.2f}) rank {o.rank}/{o.of} best {o.best_score:.3f}\n"
                      f"  record: {o.sentence[:300]}\n  missing: {missing}")
    if args.json:
        write_outcomes(args.json, {"summary": total, "outcomes": [asdict(o) for o in everything]})
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
