"""The calibrated verdict model (verifier/calibration.py) and its training script."""

from __future__ import annotations

import argparse
import json
from importlib import resources

import pytest

from tests.eval import sets, train_verdicts
from tests.test_verdicts import ARTICLE_DATE, WH_READOUT, _record
from verifier import calibration, verdicts
from verifier import thresholds as T
from verifier.calibration import FEATURES, MODES, Decision, Options, VerdictModel, allowed_verdicts
from verifier.checking import check_with_decisions
from verifier.evaluation import REASON_CODES
from verifier.rules.codes import Verdict

ARTICLE = (
    "The White House said Sullivan and Wang discussed the war in Gaza and Ukraine. "
    "Sullivan and Wang did not discuss Ukraine, the White House said. "
    "Sullivan offered condolences on the death of former Premier Wen Jiabao. "
    "Sullivan and Wang also agreed on a new climate working group. "
    "China's foreign ministry said Sullivan offered condolences on Li Keqiang's death."
)


def _checked(tmp_path, text: str = ARTICLE):
    """The report and results of checking `text` against the test record, its engine disposed of."""
    engine = _record(tmp_path)
    try:
        return check_with_decisions(engine, text, ARTICLE_DATE)
    finally:
        engine.dispose()


def _model_data() -> dict:
    return json.loads(resources.files("verifier").joinpath(calibration.MODEL_FILE).read_text(encoding="utf-8"))


def test_model_file_names_the_extractors_features_in_its_order():
    data = _model_data()
    names = data["features"]
    assert names, "the model uses no feature"
    assert set(names) <= set(FEATURES), set(names) - set(FEATURES)
    assert names == [name for name in FEATURES if name in names]
    assert data["mode"] in MODES
    for verdict in ("supported", "contested", "unsourced"):
        assert len(data["weights"][verdict]) == len(names)
    assert [entry["set"] for entry in data["trained_on"]] == list(train_verdicts.FIT_SETS)


def test_each_claim_gets_every_feature_in_range(tmp_path):
    _, results = _checked(tmp_path)
    assert len(results) == 5
    for result in results:
        features = result.decision.features
        assert tuple(features) == FEATURES
        assert all(0.0 <= value <= 1.0 for value in features.values()), features


@pytest.mark.parametrize(("rule", "support", "contest", "mode", "expected"), [
    ("unsourced", False, False, "full", ("unsourced",)),
    ("unsourced", True, False, "full", ("supported", "unsourced")),
    ("unsourced", True, True, "full", ("supported", "contested", "unsourced")),
    ("supported", True, True, "support-unsourced", ("supported", "unsourced")),
    ("contested", True, True, "support-unsourced", ("contested",)),
    ("supported", True, True, "contest", ("supported", "contested")),
    ("contested", True, True, "contest", ("supported", "contested", "unsourced")),
    ("contested", False, False, "full", ("contested", "unsourced")),  # a misattribution: the rules' own verdict
    # The rules' contests stay; where they did not contest, the model may.
    ("contested", True, True, "keep-contest", ("contested",)),
    ("supported", True, True, "keep-contest", ("supported", "contested", "unsourced")),
])
def test_only_justified_verdicts_are_allowed(rule, support, contest, mode, expected):
    assert allowed_verdicts(rule, support, contest, mode) == expected


@pytest.mark.parametrize("mode", ["full", "keep-contest", "contest"])
def test_a_contest_a_held_gate_refused_is_no_option_a_contest_the_model_may_overrule_is(mode):
    # A contradiction from a publication out before the day the claim names, or one lacking the claim's heaviest
    # word, is no contest whatever the model weighs; one from another event's publication the model may weigh.
    for gate in T.MODEL_HELD_GATES:
        assert "contested" not in allowed_verdicts("unsourced", True, True, mode, (gate, "occasion"))
    for gate in set(verdicts.GATES) - set(T.MODEL_HELD_GATES):
        assert "contested" in allowed_verdicts("unsourced", True, True, mode, (gate,))
    assert "contested" in allowed_verdicts("unsourced", True, True, mode, ())


def _always(verdict: str, mode: str = "full") -> VerdictModel:
    """A model that prefers `verdict` over everything, whatever the features."""
    return VerdictModel(mode, ("best_score",), {v: (0.0,) for v in ("supported", "contested", "unsourced")},
                        {v: (10.0 if v == verdict else 0.0) for v in ("supported", "contested", "unsourced")})


@pytest.mark.parametrize("wanted", ["supported", "contested", "unsourced"])
def test_the_model_never_gives_a_verdict_the_engine_cannot_justify(tmp_path, wanted):
    engine = _record(tmp_path)
    try:
        _, results = check_with_decisions(engine, ARTICLE, ARTICLE_DATE)
        for result in results:
            decision = result.decision
            verdict = calibration.apply(decision, _always(wanted), result.candidates)
            assert verdict.verdict in decision.allowed("full")
            if verdict.verdict == "contested":
                assert verdict.reasons and set(verdict.reasons) <= REASON_CODES["contested"]
                assert verdict.evidence
            elif verdict.verdict == "supported":
                assert not verdict.reasons and verdict.evidence
            else:
                assert verdict.reasons and set(verdict.reasons) <= REASON_CODES["unsourced"]
            if wanted in decision.allowed("full"):
                assert verdict.verdict == wanted
    finally:
        engine.dispose()


def test_a_claim_nothing_in_the_record_speaks_to_stays_unsourced(tmp_path):
    _, results = _checked(tmp_path, "A volcano erupted in Iceland, local geologists said.")
    (result,) = results
    assert result.decision.allowed("full") == ("unsourced",)
    for wanted in ("supported", "contested"):
        verdict = calibration.apply(result.decision, _always(wanted), result.candidates)
        assert (verdict.verdict, verdict.reasons) == ("unsourced", ["no_match"])


def test_the_record_is_asked_for_a_claims_quotations_only_when_a_weaker_sentence_could_raise_it(tmp_path):
    # Whether anyone in the record said the claim's quotations costs a search of the record: a candidate at
    # the support score is raised without it, and so is never a reason to ask.
    _, results = _checked(tmp_path)
    asked = []

    def quotations_in_the_record() -> bool:
        asked.append(True)
        return False

    strong = [(result, [c for c in result.candidates if c.score >= T.SUPPORT_SCORE]) for result in results]
    assert any(candidates for _, candidates in strong)
    for result, candidates in strong:
        assert calibration._may_raise(result.analysis, candidates, quotations_in_the_record) == \
            calibration._may_raise(result.analysis, candidates, lambda: True)
    assert not asked
    weak = [(result, c) for result in results for c in result.candidates if c.score < T.SUPPORT_SCORE
            and calibration.states_claimed_action(result.analysis, c.analysis)]
    assert weak
    result, candidate = weak[0]
    assert calibration._may_raise(result.analysis, [candidate], quotations_in_the_record) == []
    assert asked


def test_the_engine_uses_the_model_when_switched_on(tmp_path, monkeypatch):
    monkeypatch.setattr(T, "VERDICT_MODEL", 1)
    monkeypatch.setattr(calibration, "load_model", lambda: _always("unsourced"))
    report, _ = _checked(tmp_path)
    assert {claim["verdict"] for claim in report["claims"]} == {"unsourced"}
    assert any(claim["evidence"] and claim["evidence"][0]["url"] == WH_READOUT.url for claim in report["claims"])


def _toy_samples() -> list[dict]:
    """Claims the first feature separates: high best_score is supported, low is unsourced; two per read set
    (one each side), so every cross-validation fold holds claims however many read sets there are."""
    samples = []
    count = 2 * len(train_verdicts.CV_SETS)
    for index in range(count):
        score = index / count
        features = [0.0] * len(FEATURES)
        features[FEATURES.index("best_score")] = score
        samples.append({"set": train_verdicts.CV_SETS[index % len(train_verdicts.CV_SETS)], "line": index,
                        "features": features,
                        "gold": "supported" if score >= 0.5 else "unsourced", "rule": "unsourced",
                        "support": True, "contest": False})
    return samples


def test_the_fit_learns_a_separable_rule_and_is_deterministic():
    samples = _toy_samples()
    first = train_verdicts.fit(samples, ("best_score",), "full", 0.001, "balanced")
    again = train_verdicts.fit(samples, ("best_score",), "full", 0.001, "balanced")
    assert first == again
    predictions = [train_verdicts.predict(first, sample, "full") for sample in samples]
    assert predictions == [sample["gold"] for sample in samples]


def test_a_rarer_verdict_weighs_more_the_further_its_class_weight_balances():
    """Overlapping claims, three supported for each unsourced one: the more the class weight balances the rarer
    unsourced claims, the less likely supported the middling claim, and the fourth root lies between none and
    the square root (the shipped model's setting, `train_verdicts.CHOSEN`)."""
    samples = []
    for index in range(80):
        score = (index % 20) / 20
        features = [0.0] * len(FEATURES)
        features[FEATURES.index("best_score")] = score
        gold = "unsourced" if index % 4 == 0 and score < 0.8 else "supported"
        samples.append({"set": train_verdicts.CV_SETS[0], "line": index, "features": features, "gold": gold,
                        "rule": "unsourced", "support": True, "contest": False})
    middling = dict.fromkeys(FEATURES, 0.0) | {"best_score": 0.5}

    def supported(class_weight: str) -> float:
        model = train_verdicts.fit(samples, ("best_score",), "support-unsourced", 0.001, class_weight)
        return model.probabilities(middling, ("supported", "unsourced"))["supported"]

    chances = [supported(weight) for weight in ("none", "quarter-balanced", "sqrt-balanced", "balanced")]
    assert chances == sorted(chances, reverse=True) and len(set(chances)) == 4, chances
    assert train_verdicts.CHOSEN["class_weight"] in train_verdicts.CLASS_WEIGHTS


def test_the_cross_validation_folds_are_every_read_set_and_never_an_unseen_one():
    assert train_verdicts.CV_SETS == sets.TRAINING
    assert set(train_verdicts.FIT_SETS) <= set(train_verdicts.CV_SETS)
    assert not [path for path in train_verdicts.CV_SETS + train_verdicts.FIT_SETS if sets.is_unseen(path)]


def test_the_later_sets_measure_reads_every_read_set_once_in_steps():
    read = [name for step in train_verdicts.READ_STEPS for name in step]
    assert sorted(read) == sorted(sets.TRAINING)
    assert len(read) == len(set(read))


def test_the_arbiters_newton_fit_reaches_the_optimum_lbfgs_reaches():
    """Between supported and unsourced only the blocks' difference counts: Newton's method on it gives the
    parameters L-BFGS finds on the three blocks (labels that overlap, so the optimum is finite)."""
    samples = _toy_samples()
    for index, sample in enumerate(samples):
        sample["features"][FEATURES.index("agree_score")] = (index * 7 % 10) / 10
        sample["gold"] = "supported" if (index * 7 % 10) / 10 < sample["features"][FEATURES.index("best_score")] \
            + 0.2 else "unsourced"
    names = ("best_score", "agree_score")
    newton = train_verdicts._optimum(samples, names, "support-unsourced", 0.01, "quarter-balanced")
    lbfgs = train_verdicts._optimum(samples, names, "support-unsourced", 0.01, "quarter-balanced", newton=False)
    assert any(abs(x) > 0.1 for x in newton)
    assert max(abs(a - b) for a, b in zip(newton, lbfgs, strict=True)) < 1e-3


def test_cross_validation_scores_the_shipped_model_only_where_it_was_not_fitted(tmp_path, monkeypatch):
    # One setting, so the grid is one leave-one-out pass over the toy claims.
    monkeypatch.setattr(train_verdicts, "MODES", ("full",))
    monkeypatch.setattr(train_verdicts, "FEATURE_SETS", {"all": ("best_score",)})
    monkeypatch.setattr(train_verdicts, "L2_GRID", (0.001,))
    monkeypatch.setattr(train_verdicts, "CLASS_WEIGHTS", ("balanced",))
    samples = _toy_samples()
    fitted_on = list(train_verdicts.CV_SETS[:2])
    # Supported above the midpoint between the toy's highest unsourced score, 0.5 - 1/count, and its lowest
    # supported one, 0.5 (count = 2 x the read sets: a fixed cut would fall on the wrong side as sets are added).
    cut = 0.5 - 1 / (2 * len(samples))
    shipped = {"mode": "full", "features": ["best_score"], "trained_on": [{"set": name} for name in fitted_on],
               "weights": {"supported": [8.0], "contested": [0.0], "unsourced": [0.0]},
               "bias": {"supported": -8.0 * cut, "contested": -9.0, "unsourced": 0.0}}
    out = tmp_path / "cv.json"
    train_verdicts.run_cv(samples, out, shipped, nested_choice=False)
    result = json.loads(out.read_text())
    assert set(result["cascade"]["folds"]) == set(train_verdicts.CV_SETS)
    assert set(result["shipped"]["folds"]) == set(train_verdicts.CV_SETS[2:])
    # The toy model separates the toy claims: every claim of the sets it was not fitted on agrees.
    assert sum(fold["agreeing"] for fold in result["shipped"]["folds"].values()) == sum(
        1 for sample in samples if sample["set"] not in fitted_on)


def test_the_cross_validation_grid_can_be_narrowed_to_the_settings_asked_for(tmp_path, monkeypatch):
    # Over 53 folds the whole grid takes hours: a narrowed run fits only the settings named, each over every
    # fold.
    monkeypatch.setattr(train_verdicts, "FEATURE_SETS",
                        {"all": ("best_score",), "other": ("best_coverage",)})
    out = tmp_path / "cv.json"
    train_verdicts.run_cv(_toy_samples(), out, None, nested_choice=False,
                          grid_of={"mode": ("support-unsourced",), "features": ("all",),
                                   "l2": (0.001, 0.01), "class_weight": ("none",)})
    grid = json.loads(out.read_text())["grid"]
    assert [(g["mode"], g["features"], g["l2"], g["class_weight"]) for g in grid] == [
        ("support-unsourced", "all", 0.001, "none"), ("support-unsourced", "all", 0.01, "none")]
    assert all(set(g["folds"]) == set(train_verdicts.CV_SETS) for g in grid)
    assert train_verdicts._listed(MODES)("full,contest") == ("full", "contest")
    with pytest.raises(argparse.ArgumentTypeError):
        train_verdicts._listed(MODES)("full,everything")


def test_scores_agree_with_verifier_eval_on_a_small_case():
    figures = train_verdicts.scores(["supported", "supported", "unsourced", "contested"],
                                    ["supported", "unsourced", "unsourced", "supported"])
    assert figures["supported"] == pytest.approx(0.5)
    assert figures["unsourced"] == pytest.approx(2 / 3)
    assert figures["contested"] == 0.0
    assert figures["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 3)


def test_a_claim_the_model_would_raise_on_the_other_sides_words_alone_is_misattributed(tmp_path):
    # "China's foreign ministry said ..." of words only a White House readout carries, too loosely for the
    # rules to support: the model would raise it on those words had it named no side, so it names the wrong one.
    _, results = _checked(tmp_path)
    result = results[-1]
    us_words = [c for c in result.candidates if c.side == "us-government"][:1]
    assert us_words
    unsourced = Verdict("unsourced", 0.5, ["below_threshold"], "related", [])
    # Raises any claim to supported, unless it names a side.
    model = VerdictModel("full", ("attributed",), {"supported": (-20.0,), "contested": (-20.0,), "unsourced": (0.0,)},
                         {"supported": 10.0, "contested": 0.0, "unsourced": 5.0})
    features = {**result.decision.features, "attributed": 1.0}
    verdict = calibration.apply(Decision(unsourced, features, Options([], None, us_words)), model, result.candidates)
    assert (verdict.verdict, verdict.reasons) == ("contested", ["misattributed"])
    assert verdict.evidence and verdict.evidence[0].first.url == us_words[0].first.url
    # No other side's words, or a model that would not raise it even unattributed: left unsourced.
    assert calibration.apply(Decision(unsourced, features, Options([], None, [])), model,
                             result.candidates).verdict == "unsourced"
    assert calibration.apply(Decision(unsourced, features, Options([], None, us_words)), _always("unsourced"),
                             result.candidates).verdict == "unsourced"
