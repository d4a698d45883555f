"""A calibrated choice among the verdicts the rules can justify.

The rules of `verifier.verdicts` decide with hand-set thresholds, one test
after another. Here the numbers they computed on the way (scores, coverages,
which contest detector fired and on what, attribution, the claim's own shape)
become a feature vector, and a small multinomial logistic regression, fitted
on the labelled sets (tests/eval/train_verdicts.py, `make train-verdicts`),
weighs them together. Its weights are data: verifier/data/verdict_model.json.

The model only chooses among verdicts the engine can justify (`Options`):
contested only when a contest detector fired (its reason codes are
reported), supported only when a candidate no detector fired on is related
(its evidence is reported; of the claimed side when the article names one),
unsourced always. Reasons and evidence stay those of the rules.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from verifier import thresholds as T
from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT, Claim
from verifier.evidence import Candidate
from verifier.normalize import Analysis
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    BELOW_THRESHOLD,
    CONTESTED,
    DATE_MISMATCH,
    EVENT_MISMATCH,
    MISATTRIBUTED,
    NEGATION_MISMATCH,
    NO_MATCH,
    NUMBER_MISMATCH,
    ONLY_REPORTER_QUESTION,
    OPPOSITE_ACTION,
    OUTSIDE_WINDOW,
    PLACE_MISMATCH,
    REASON_WORDS,
    SIDE_NAMES,
    SUPPORTED,
    UNSOURCED,
    VERDICTS,
    Anchor,
    Conflict,
    DecisionTrace,
    Verdict,
    cite,
    reported_reasons,
)
from verifier.rules.dates import gives_its_years_to_come
from verifier.rules.negation import denies_its_one_deed, holds_no_denial
from verifier.rules.numbers import gives_its_deadlines, gives_its_sums_and_shares
from verifier.rules.occasions import names_its_time
from verifier.rules.speakers import speaks_for
from verifier.verdicts import (
    bounded_confidence,
    keeps_denial,
    largest_gap,
    omission_of,
    on_its_point,
    states_claimed_action,
    top_evidence,
)

MODEL_FILE = "data/verdict_model.json"

# The feature vector, in order. Every value lies in 0..1 (counts and lengths are capped), so the
# weights of the model file read directly as how much each one pushes towards a verdict.
FEATURES = (
    # what the rule cascade decided (the model corrects it rather than starting over)
    "rule_supported", "rule_contested", "rule_main_clause", "rule_later_or_question",
    # the best-scoring candidate and its parts
    "best_score", "best_coverage", "best_predicate", "best_names_fuzz", "best_gap", "best_in_window",
    "window_best_score", "related_count", "support_score_count", "on_point",
    # the best candidate no contest detector fired on
    "agree_score", "agree_coverage", "agree_predicate", "agree_names_fuzz", "agree_gap", "agree_in_window",
    "agree_action_missing", "agree_denial_missing", "rule_support_found",
    # the contest detectors
    "contest_fired", "contest_passed", "contest_count", "contest_score", "contest_coverage", "contest_predicate",
    "contest_gap", "contest_in_window",
    "contest_quantity", "contest_polarity", "contest_actor", "contest_place_event",
    # attribution
    "attributed", "side_missing",
    # the claim itself
    "claim_length", "claim_negated", "claim_dated", "claim_quoted", "claim_hedged", "anchor_known",
)

_QUANTITY = {NUMBER_MISMATCH, DATE_MISMATCH}
_POLARITY = {NEGATION_MISMATCH, OPPOSITE_ACTION}
# A contest that another publication than the one the claim names states the point is, like an
# event mismatch, about where the words were said, not what they say.
_PLACE_EVENT = {PLACE_MISMATCH, EVENT_MISMATCH, MISATTRIBUTED}
# Plans, expectations and hedges: what a readout rarely states in the claim's words.
_HEDGE = re.compile(r"\b(?:will|would|could|may|might|expected|plans?|planned|likely|reportedly|possibly|"
                    r"set\s+to|aims?\s+to|hopes?\s+to)\b", re.IGNORECASE)
# Caps that bring counts and lengths into 0..1.
_RELATED_COUNT_CAP = 10
_SUPPORT_COUNT_CAP = 5
_CLAIM_KEYS_CAP = 30


@dataclass
class Options:
    """The verdicts the engine can justify for one claim, each with what it would report."""

    support: list[Candidate]  # agreeing candidates, the claimed side's first; empty: no support possible
    contest: tuple[Candidate, Conflict] | None  # the contradiction to report
    # The claim names the U.S. or Chinese government, none of whose publications agree: the other side's
    # agreeing candidates, which would be its support had it named no side.
    other_side: list[Candidate] = field(default_factory=list)
    # The same-point gates (verdicts.GATES) that refused the contradiction to report; empty when it passed.
    contest_refused: tuple[str, ...] = ()


@dataclass
class Decision:
    """What the model needs of one claim: the rule verdict, the features and the options."""

    rule: Verdict
    features: dict[str, float]
    options: Options

    def allowed(self, mode: str) -> tuple[str, ...]:
        return allowed_verdicts(self.rule.verdict, bool(self.options.support), self.options.contest is not None,
                                mode, self.options.contest_refused)


# How far the model may overrule the rules: choose among every justified verdict ("full"), or
# only arbitrate one boundary, supported against unsourced ("support-unsourced") or contested
# against the rest ("contest"), leaving the rules' verdict alone elsewhere; or choose among every
# justified verdict but never drop a contest the rules make ("keep-contest": it may contest where a
# detector fired and the rules did not, past the gates it may overrule, T.MODEL_HELD_GATES).
MODES = ("full", "support-unsourced", "contest", "keep-contest")


def allowed_verdicts(rule: str, can_support: bool, can_contest: bool, mode: str = "full",
                     refused: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The verdicts a claim may get: the rules' own, and those the options justify (within `mode`);
    `refused`, the same-point gates that refused the contradiction (none when it passed)."""
    # A gate the model never overrules: its contradiction is no contest at all (T.MODEL_HELD_GATES).
    can_contest = can_contest and not set(refused) & set(T.MODEL_HELD_GATES)
    justified = {verdict for verdict in VERDICTS if verdict == rule or verdict == UNSOURCED
                 or (verdict == SUPPORTED and can_support) or (verdict == CONTESTED and can_contest)}
    if mode == "support-unsourced":
        justified = justified & {SUPPORTED, UNSOURCED} if rule != CONTESTED else {rule}
    elif mode == "contest" and rule != CONTESTED:
        justified &= {CONTESTED, rule}
    elif mode == "keep-contest" and rule == CONTESTED:
        justified = {rule}
    return tuple(verdict for verdict in VERDICTS if verdict in justified)


def decision(claim: Claim, analysis: Analysis, side: str, pool: list[Candidate], key_weights: dict[str, float],
             anchor: Anchor, trace: DecisionTrace, rule: Verdict, via_main_clause: bool,
             quotations_in_the_record: Callable[[], bool]) -> Decision:
    """The features and options of one claim, from what the rules computed (deterministic);
    `quotations_in_the_record`: whether the record holds the claim's quotations (its own words), asked only of
    a claim that a candidate below the support score could raise (a search of the record each)."""
    related = [candidate for candidate in pool if candidate.score >= T.RELATED_SCORE]
    best = max(pool, key=lambda c: (c.score, -c.first.sentence_id), default=None)
    in_window = [c.score for c in pool if c.in_window]
    agreeing = [c for c in trace.agreeing if c.score >= T.RELATED_SCORE]
    agree = max(agreeing, key=lambda c: (c.score, -c.first.sentence_id), default=None)
    # The contradiction the rules would report: one that passed the same-point gates, in their
    # order (the event window first), else the strongest that fired.
    passed = [(c, conflict, point, gap) for c, conflict, point, gap, ok in trace.contests if ok]
    fired = passed[:1] or sorted(((c, conflict, point, gap) for c, conflict, point, gap, _ in trace.contests),
                                 key=lambda item: (-item[0].score, item[0].first.sentence_id))[:1]
    contest = fired[0] if fired else None
    reasons = set(contest[1].reasons) if contest else set()
    attributed = side in SIDE_NAMES
    own_side = [c for c in agreeing if speaks_for(c, side)] if attributed else agreeing
    features = {
        "rule_supported": float(rule.verdict == SUPPORTED),
        "rule_contested": float(rule.verdict == CONTESTED),
        "rule_main_clause": float(via_main_clause),
        "rule_later_or_question": float(bool({OUTSIDE_WINDOW, ONLY_REPORTER_QUESTION} & set(rule.reasons))),
        **_candidate_features("best", best, analysis, key_weights),
        "window_best_score": max(in_window, default=0.0),
        "related_count": min(len(related), _RELATED_COUNT_CAP) / _RELATED_COUNT_CAP,
        "support_score_count": min(sum(1 for c in related if c.score >= T.SUPPORT_SCORE),
                                   _SUPPORT_COUNT_CAP) / _SUPPORT_COUNT_CAP,
        "on_point": float(bool(pool and on_its_point(analysis, pool, key_weights))),
        **_candidate_features("agree", agree, analysis, key_weights),
        "agree_action_missing": float(bool(agree) and not states_claimed_action(analysis, agree.analysis)),
        "agree_denial_missing": float(bool(agree) and not keeps_denial(analysis, agree.analysis)),
        "rule_support_found": float(bool(trace.supporting)),
        "contest_fired": float(contest is not None),
        "contest_passed": float(bool(passed)),
        "contest_count": min(len(trace.contests), _RELATED_COUNT_CAP) / _RELATED_COUNT_CAP,
        "contest_score": contest[0].score if contest else 0.0,
        "contest_coverage": contest[2].coverage if contest else 0.0,
        "contest_predicate": contest[2].predicate if contest else 0.0,
        "contest_gap": contest[3] if contest else 1.0,
        "contest_in_window": float(bool(contest and contest[0].in_window)),
        "contest_quantity": float(bool(reasons & _QUANTITY)),
        "contest_polarity": float(bool(reasons & _POLARITY)),
        "contest_actor": float(ACTOR_MISMATCH in reasons),
        "contest_place_event": float(bool(reasons & _PLACE_EVENT)),
        "attributed": float(attributed),
        "side_missing": float(attributed and bool(agreeing) and not own_side),
        "claim_length": min(len(analysis.keys), _CLAIM_KEYS_CAP) / _CLAIM_KEYS_CAP,
        "claim_negated": float(bool(analysis.negated & analysis.predicate_keys)),
        "claim_dated": float(names_its_time(analysis)),
        "claim_quoted": float(bool(claim.quotes)),
        "claim_hedged": float(_HEDGE.search(claim.text) is not None),
        "anchor_known": float(anchor.known),
    }
    # "The readout did not mention X" is about what one publication left out: a sentence that
    # agrees with X does not support it (the rules alone decide such claims).
    omission = omission_of(analysis) is not None
    support = own_side + [c for c in agreeing if not _among(c, own_side)] if own_side and not omission else []
    # Only the two governments that publish the record: a third country's silence in it is no sign it did
    # not say so.
    other_side = list(agreeing) if side in (US_GOVERNMENT, CHINA_GOVERNMENT) and not own_side and not omission \
        else []
    support, other_side = (_may_raise(analysis, candidates, quotations_in_the_record)
                           for candidates in (support, other_side))
    contest_option = (contest[0], contest[1]) if contest else None
    refused = trace.refused.get(id(contest[0]), ()) if contest and not passed else ()
    return Decision(rule, {name: round(value, 6) for name, value in features.items()},
                    Options(support, contest_option, other_side, refused))


def _may_raise(analysis: Analysis, candidates: list[Candidate],
               quotations_in_the_record: Callable[[], bool]) -> list[Candidate]:
    """The candidates the model may raise a claim to supported with."""
    # Below the rules' support score, only a sentence that states the claim's own action ("agreed to
    # restock" is not stated by "discussed restocking"), and only for a claim whose quotations someone in
    # the record said: words put in quotation marks that no one said are no one's line, however close the rest.
    candidates = [c for c in candidates if c.score >= T.SUPPORT_SCORE
                  or (states_claimed_action(analysis, c.analysis) and quotations_in_the_record())]
    # Nor with a sentence that gives no sum, share, deadline or year to come where the claim gives one, as the
    # rules never do.
    candidates = [c for c in candidates if gives_its_sums_and_shares(analysis, c.analysis)
                  and gives_its_deadlines(analysis, c.analysis) and gives_its_years_to_come(analysis, c)]
    # A claim whose point is a deed it denies is not raised by a sentence without any denial, however close:
    # the rules never take one for support (`keeps_denial`), and the model does not weigh the denial.
    if denies_its_one_deed(analysis):
        candidates = [c for c in candidates if not holds_no_denial(c.analysis)]
    return candidates


def _among(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """`candidate in candidates`, without comparing whole candidates field by field
    (their analyses) when no candidate there has the same sentences: equal ones do."""
    if any(other is candidate for other in candidates):
        return True
    sentences = tuple(hit.sentence_id for hit in candidate.hits)
    return (any(tuple(hit.sentence_id for hit in other.hits) == sentences for other in candidates)
            and candidate in candidates)


def _candidate_features(prefix: str, candidate: Candidate | None, analysis: Analysis,
                        key_weights: dict[str, float]) -> dict[str, float]:
    """One candidate's score and its parts; a missing candidate scores nothing and misses everything."""
    if candidate is None:
        return {f"{prefix}_score": 0.0, f"{prefix}_coverage": 0.0, f"{prefix}_predicate": 0.0,
                f"{prefix}_names_fuzz": 0.0, f"{prefix}_gap": 1.0, f"{prefix}_in_window": 0.0}
    return {f"{prefix}_score": candidate.score,
            f"{prefix}_coverage": candidate.coverage.coverage,
            f"{prefix}_predicate": candidate.coverage.predicate,
            # What the score holds beyond coverage and predicate: names and word-order similarity.
            f"{prefix}_names_fuzz": _names_fuzz(candidate),
            f"{prefix}_gap": largest_gap(analysis, candidate, key_weights),
            f"{prefix}_in_window": float(candidate.in_window)}


def _names_fuzz(candidate: Candidate) -> float:
    rest = (candidate.score - T.WEIGHT_COVERAGE * candidate.coverage.coverage
            - T.WEIGHT_PREDICATE * candidate.coverage.predicate)
    return max(0.0, min(1.0, rest / (T.WEIGHT_NAMES + T.WEIGHT_FUZZ)))


# ------------------------------------------------------------------ the model


@dataclass(frozen=True)
class VerdictModel:
    mode: str  # one of MODES
    features: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # verdict -> one weight per feature
    bias: dict[str, float]

    def probabilities(self, values: dict[str, float], allowed: tuple[str, ...]) -> dict[str, float]:
        """P(verdict | features), over the allowed verdicts only."""
        vector = [values[name] for name in self.features]
        logits = {verdict: self.bias[verdict] + sum(w * x for w, x in zip(self.weights[verdict], vector, strict=True))
                  for verdict in allowed}
        top = max(logits.values())
        exps = {verdict: math.exp(logit - top) for verdict, logit in logits.items()}
        total = sum(exps.values())
        return {verdict: value / total for verdict, value in exps.items()}

    @classmethod
    def from_json(cls, data: dict) -> VerdictModel:
        return cls(data["mode"], tuple(data["features"]), {v: tuple(w) for v, w in data["weights"].items()},
                   {v: float(b) for v, b in data["bias"].items()})


@lru_cache(maxsize=1)
def load_model() -> VerdictModel | None:
    """The shipped model, or None when the package has no model file."""
    path = resources.files("verifier").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return VerdictModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def choose(probabilities: dict[str, float], rule: str) -> str:
    """The verdict the model finds most likely (ties: the rules' verdict, then contract order)."""
    return max(probabilities, key=lambda v: (round(probabilities[v], 9), v == rule, -VERDICTS.index(v)))


def _misattributed(decision: Decision, model: VerdictModel, pool: list[Candidate]) -> Verdict | None:
    """A claim the model leaves unsourced that it would raise on the other government's words had it named no
    side ("..., China's foreign ministry said" of words only the White House published): contested as
    misattributed, as the rules contest a support that only the other side gives (verdicts.decide). None when
    the model would not raise it even so."""
    rule = decision.rule
    unattributed = {**decision.features, "attributed": 0.0, "side_missing": 0.0}
    allowed = allowed_verdicts(rule.verdict, can_support=True, can_contest=decision.options.contest is not None,
                               mode=model.mode, refused=decision.options.contest_refused)
    weighed = model.probabilities(unattributed, allowed)
    if choose(weighed, rule.verdict) != SUPPORTED:
        return None
    stating = decision.options.other_side[0]
    return Verdict(CONTESTED, bounded_confidence(weighed[SUPPORTED]), [MISATTRIBUTED],
                   f"The article credits this to one government, but only the other's publication {cite(stating)} "
                   "states it (weighed by the calibrated model).", top_evidence([stating], pool))


def apply(decision: Decision, model: VerdictModel, pool: list[Candidate]) -> Verdict:
    """The verdict the model chooses, reported with the rules' reasons and evidence for it."""
    probabilities = model.probabilities(decision.features, decision.allowed(model.mode))
    chosen = choose(probabilities, decision.rule.verdict)
    confidence = bounded_confidence(probabilities[chosen])
    rule = decision.rule
    if chosen == UNSOURCED and decision.options.other_side:
        misattributed = _misattributed(decision, model, pool)
        if misattributed is not None:
            return misattributed
    if chosen == rule.verdict:
        return Verdict(rule.verdict, confidence, list(rule.reasons), rule.explanation, rule.evidence)
    if chosen == SUPPORTED:
        best = decision.options.support[0]
        return Verdict(SUPPORTED, confidence, [], f"{cite(best)} states the same point (weighed by the "
                       "calibrated model).", top_evidence(decision.options.support, pool))
    if chosen == CONTESTED:
        candidate, conflict = decision.options.contest
        reasons = reported_reasons(conflict)
        words = "; ".join(REASON_WORDS[r] for r in reasons)
        return Verdict(CONTESTED, confidence, reasons,
                       f"{cite(candidate)} speaks to the same point and disagrees: {words} (weighed by the "
                       "calibrated model).", top_evidence([candidate], pool))
    evidence = top_evidence([], pool)
    if not evidence:
        return Verdict(UNSOURCED, confidence, [NO_MATCH], "Nothing in the official record speaks to this claim.")
    return Verdict(UNSOURCED, confidence, [BELOW_THRESHOLD],
                   f"The closest official text ({cite(evidence[0])}) is related but, weighed by the calibrated "
                   "model, does not state this point.", evidence)
