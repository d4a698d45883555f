"""Other learners for the verdict model, measured as `train_verdicts --cv` measures the shipped one.

    .venv/bin/python -m tests.eval.verdict_learners --export build/verdict-learners.json
    python3 -m tests.eval.verdict_learners build/verdict-learners.json     # a Python with numpy

The first step runs the engine over the read sets (`train_verdicts.collect`; `--samples FILE` reuses or
writes its samples) and keeps, per claim, the verdicts each mode of `calibration.allowed_verdicts` justifies.
The second fits each learner below on the read sets and scores it twice, as `train_verdicts --cv` does:
left out one set at a time (74 folds), and on the later sets (`train_verdicts.READ_STEPS`: each session's sets
scored by a fit on the sets read before them). It prints claims agreeing and mean macro-F1 under both, with the
error classes (gold -> predicted). Measuring code only: nothing here is shipped, and numpy, which the project
does not depend on, only speeds the many fits (the logistic fits reach the optimum of `train_verdicts.fit`).

The learners (tests/eval/README.md, "Other learners, the same features"): the shipped arbiter of supported
against unsourced; (1) the model deciding contested or not where a detector fired too, one softmax ("full") or
a contest stage before the arbiter, with and without class weights; (2) non-linear: boosted stumps or depth-2
trees (Newton leaves, exact splits, deterministic), on their own or on top of the logistic's logit, and the
logistic with the pairwise products of its strongest features; (3) an offset to the supported logit chosen on
the training sets for macro-F1 (pooled or per set) or agreement, instead of the likelihood's 0.5.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # the fits are small: a second BLAS thread only spins
try:
    import numpy as np
except ImportError:  # the export step runs in the project's environment, which has no numpy
    np = None

VERDICTS = ("supported", "contested", "unsourced")
S, C, U = 0, 1, 2
MODES = ("support-unsourced", "full", "contest", "keep-contest")
CLASS_WEIGHT_EXPONENTS = {"none": 0.0, "quarter-balanced": 0.25, "sqrt-balanced": 0.5, "balanced": 1.0}
SHIPPED_L2 = 0.0003


def export(out: Path, cache: Path | None, hold_gates: bool = True) -> None:
    from tests.eval import train_verdicts as tv
    from verifier import thresholds

    if not hold_gates:  # the options of a model that may overrule every same-point gate
        thresholds.MODEL_HELD_GATES = ()

    if cache is not None and cache.exists():
        samples = json.loads(cache.read_text())
    else:
        with tempfile.TemporaryDirectory() as directory:
            samples = tv.collect(Path(directory) / "train.db", tv.CV_SETS)
        if cache is not None:
            cache.write_text(json.dumps(samples) + "\n")
    for sample in samples:
        sample["allowed"] = {mode: list(tv.allowed(sample, mode)) for mode in MODES}
    out.write_text(json.dumps({"features": list(tv.FEATURES), "sets": list(tv.CV_SETS),
                               "steps": [list(step) for step in tv.READ_STEPS],
                               "against_support": list(tv.AGAINST_SUPPORT), "samples": samples}) + "\n")


class Data:
    """The samples as arrays: features (0 where the engine made no claim), gold, rule verdict, set, masks."""

    def __init__(self, raw: dict):
        samples = raw["samples"]
        self.features, self.sets, self.steps = raw["features"], raw["sets"], raw["steps"]
        n = self.n = len(samples)
        self.x = np.zeros((n, len(self.features)))
        self.has = np.zeros(n, bool)
        for i, sample in enumerate(samples):
            if sample["features"] is not None:
                self.x[i], self.has[i] = sample["features"], True
        self.x1 = np.hstack([np.ones((n, 1)), self.x])
        self.gold = np.array([VERDICTS.index(s["gold"]) for s in samples])
        self.rule = np.array([VERDICTS.index(s["rule"]) for s in samples])
        self.set_index = np.array([self.sets.index(s["set"]) for s in samples])
        self.masks = {}
        for mode in MODES:
            mask = np.zeros((n, 3), bool)
            for i, sample in enumerate(samples):
                mask[i, [VERDICTS.index(v) for v in sample["allowed"][mode]]] = True
            self.masks[mode] = mask
        self.against = [1 + self.features.index(name) for name in raw["against_support"]]


# ---------------------------------------------------------------- logistic regression


def newton(a, allowed, target, weight, l2: float, iterations: int = 50):
    """Weighted multinomial logistic regression over each row's allowed verdicts, L2 on the weights (not the
    bias); `weight` sums to 1, as train_verdicts divides by the total weight. Columns: one per verdict."""
    m, d = a.shape
    active = [k for k in range(3) if allowed[:, k].any()]
    ridge = np.full(d, l2)
    ridge[0] = 1e-9
    rows = np.arange(m)

    def loss_of(b):
        z = np.where(allowed, a @ b, -np.inf)
        top = z.max(1, keepdims=True)
        e = np.exp(z - top)
        e[~allowed] = 0
        norm = e.sum(1, keepdims=True)
        log_likelihood = z[rows, target] - top[:, 0] - np.log(norm[:, 0])
        return -(weight * log_likelihood).sum() + 0.5 * (ridge[:, None] * b ** 2).sum(), e / norm

    b = np.zeros((d, 3))
    loss, p = loss_of(b)
    for _ in range(iterations):
        r = p.copy()
        r[rows, target] -= 1
        gradient = np.concatenate([(a.T @ (r * weight[:, None]))[:, k] + ridge * b[:, k] for k in active])
        hessian = np.zeros((len(active) * d, len(active) * d))
        for i, k in enumerate(active):
            for j, h in enumerate(active):
                c = weight * (p[:, k] * (k == h) - p[:, k] * p[:, h])
                hessian[i * d:(i + 1) * d, j * d:(j + 1) * d] = (a * c[:, None]).T @ a
        hessian += np.diag(np.tile(ridge, len(active)))
        step = np.linalg.lstsq(hessian, gradient, rcond=None)[0]
        size = 1.0
        while True:
            new = b.copy()
            for i, k in enumerate(active):
                new[:, k] -= size * step[i * d:(i + 1) * d]
            new_loss, new_p = loss_of(new)
            if new_loss <= loss - 1e-4 * size * (gradient @ step) or size < 1e-8:
                break
            size /= 2
        done = loss - new_loss < 1e-13
        b, loss, p = new, new_loss, new_p
        if done:
            break
    return b


def fit_rows(data: Data, train, allowed, target=None):
    """The rows a fit learns from: trained on, with a claim, two or more choices, the target among them."""
    target = data.gold if target is None else target
    keep = train & data.has & (allowed.sum(1) >= 2) & allowed[np.arange(data.n), target]
    return np.where(keep)[0]


def class_weights(target, class_weight: str):
    counts = np.bincount(target, minlength=3).astype(float)
    weights = (len(target) / (3 * counts[target])) ** CLASS_WEIGHT_EXPONENTS[class_weight]
    return weights / weights.sum()


def fit_logistic(data: Data, rows, allowed, l2: float, class_weight: str, x=None, target=None, guard=True):
    """`train_verdicts.fit`: refitted without an AGAINST_SUPPORT feature it weighs towards supported."""
    x = data.x1 if x is None else x
    target = data.gold if target is None else target
    dropped: set[int] = set()
    while True:
        keep = [j for j in range(x.shape[1]) if j not in dropped]
        b = np.zeros((x.shape[1], 3))
        b[keep] = newton(x[rows][:, keep], allowed[rows], target[rows],
                         class_weights(target[rows], class_weight), l2)
        wrong = {j for j in data.against if guard and j not in dropped and b[j, S] - b[j, U] > 0}
        if not wrong:
            return b
        dropped |= wrong


def decide(data: Data, logits, allowed, offset=None):
    """The most likely allowed verdict (ties: the rules'); the rules' verdict where the engine made no claim."""
    z = logits if offset is None else logits + offset
    z = np.where(allowed, z, -np.inf) + 1e-12 * (np.arange(3)[None, :] == data.rule[:, None])
    predicted = z.argmax(1)
    predicted[~data.has] = data.rule[~data.has]
    return predicted


# ---------------------------------------------------------------- the learners: each (data, train) -> verdicts


def rules_alone(data, train):
    return data.rule.copy()


def logistic(mode: str, l2: float, class_weight: str, fit_mode: str | None = None):
    def learner(data, train):
        fitted = data.masks[fit_mode or mode]
        b = fit_logistic(data, fit_rows(data, train, fitted), fitted, l2, class_weight)
        return decide(data, data.x1 @ b, data.masks[mode])
    return learner


def macro_f1(gold, predicted) -> float:
    f1 = []
    for k in range(3):
        if not (gold == k).any():
            continue
        hits, said, real = ((gold == k) & (predicted == k)).sum(), (predicted == k).sum(), (gold == k).sum()
        precision, recall = (hits / said if said else 0.0), hits / real
        f1.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1) / len(f1)


def offset_for_macro_f1(objective: str, class_weight: str = "quarter-balanced", grid=None):
    """(3) The arbiter with an offset to the supported logit, the one of `grid` that scores best on the training
    sets by `objective`: "pooled" macro-F1 over their claims, "per-set" mean macro-F1, or "agreeing"."""
    def learner(data, train):
        values = np.round(np.arange(-2.0, 2.01, 0.1), 2) if grid is None else grid
        allowed = data.masks["support-unsourced"]
        logits = data.x1 @ fit_logistic(data, fit_rows(data, train, allowed), allowed, SHIPPED_L2, class_weight)
        rows = np.where(train)[0]
        gold, sets = data.gold[rows], data.set_index[rows]
        best, best_key = 0.0, None
        for value in values:
            offset = np.zeros(3)
            offset[S] = value
            predicted = decide(data, logits, allowed, offset)[rows]
            if objective == "pooled":
                score = macro_f1(gold, predicted)
            elif objective == "per-set":
                score = np.mean([macro_f1(gold[sets == k], predicted[sets == k]) for k in np.unique(sets)])
            else:
                score = (predicted == gold).sum()
            key = (round(float(score), 9), -abs(value))  # ties: the smaller offset
            if best_key is None or key > best_key:
                best, best_key = value, key
        offset = np.zeros(3)
        offset[S] = best
        return decide(data, logits, allowed, offset)
    return learner


def contest_stage(class_weight: str, l2: float = SHIPPED_L2):
    """(1) Contested or not first, where the engine could contest (a binary logistic on the same features),
    then the shipped arbiter between supported and unsourced for the rest; reasons stay the rules'."""
    def learner(data, train):
        arbiter_allowed = data.masks["support-unsourced"]
        arbiter = data.x1 @ fit_logistic(data, fit_rows(data, train, arbiter_allowed), arbiter_allowed,
                                         SHIPPED_L2, "quarter-balanced")
        full = data.masks["full"]
        can_contest = full[:, C]
        stage = np.zeros((data.n, 3), bool)
        stage[:, C] = stage[:, U] = can_contest
        target = np.where(data.gold == C, C, U)  # U stands for "not contested" here
        b = fit_logistic(data, fit_rows(data, train, stage, target), stage, l2, class_weight, target=target,
                         guard=False)
        contested = can_contest & ((data.x1 @ b)[:, C] > (data.x1 @ b)[:, U])
        rest = full.copy()
        rest[:, C] = False
        predicted = np.where(contested, C, decide(data, arbiter, rest))
        predicted[~data.has] = data.rule[~data.has]
        return predicted
    return learner


def boosted(rounds: int, depth: int, on_logistic: bool, rate: float = 0.1, ridge: float = 1.0,
            least_hessian: float = 1.0):
    """(2) Gradient-boosted trees of `depth` on the arbiter's rows (logistic loss, quarter-balanced weights,
    Newton leaf values with an L2 `ridge`, exact splits, ties to the first feature): deterministic. With
    `on_logistic`, they start from the fitted logistic's logit and correct it."""
    def learner(data, train):
        allowed = data.masks["support-unsourced"]
        rows = fit_rows(data, train, allowed)
        start = np.zeros(data.n)
        if on_logistic:
            b = fit_logistic(data, rows, allowed, SHIPPED_L2, "quarter-balanced")
            start = data.x1 @ (b[:, S] - b[:, U])
        y = (data.gold[rows] == S).astype(float)
        weight = class_weights(data.gold[rows], "quarter-balanced") * len(rows)
        f = start[rows].copy()
        total = start.copy()
        for _ in range(rounds):
            p = 1 / (1 + np.exp(-f))
            tree = _grow(data.x[rows], weight * (p - y), weight * p * (1 - p), np.arange(len(rows)), depth,
                         ridge, least_hessian)
            f += rate * _apply(tree, data.x[rows])
            total += rate * _apply(tree, data.x)
        logits = np.zeros((data.n, 3))
        logits[:, S], logits[:, U] = total / 2, -total / 2
        return decide(data, logits, allowed)
    return learner


def _grow(x, g, h, rows, depth, ridge, least_hessian):
    g_sum, h_sum = g[rows].sum(), h[rows].sum()
    leaf = ("leaf", -g_sum / (h_sum + ridge))
    if depth == 0 or len(rows) < 2:
        return leaf
    best = None
    for j in range(x.shape[1]):
        order = np.argsort(x[rows, j], kind="stable")
        values = x[rows, j][order]
        g_left, h_left = np.cumsum(g[rows][order])[:-1], np.cumsum(h[rows][order])[:-1]
        valid = (values[:-1] < values[1:]) & (h_left >= least_hessian) & (h_sum - h_left >= least_hessian)
        if not valid.any():
            continue
        gain = np.where(valid, g_left ** 2 / (h_left + ridge) + (g_sum - g_left) ** 2 / (h_sum - h_left + ridge)
                        - g_sum ** 2 / (h_sum + ridge), -np.inf)
        k = int(np.argmax(gain))
        if best is None or gain[k] > best[0] + 1e-12:
            best = (gain[k], j, (values[k] + values[k + 1]) / 2)
    if best is None or best[0] <= 0:
        return leaf
    _, j, threshold = best
    left, right = rows[x[rows, j] <= threshold], rows[x[rows, j] > threshold]
    return ("split", j, threshold, _grow(x, g, h, left, depth - 1, ridge, least_hessian),
            _grow(x, g, h, right, depth - 1, ridge, least_hessian))


def _apply(tree, x):
    if tree[0] == "leaf":
        return np.full(len(x), tree[1])
    _, j, threshold, left, right = tree
    return np.where(x[:, j] <= threshold, _apply(left, x), _apply(right, x))


def with_products(strongest: int):
    """(2) The arbiter with the pairwise products of its `strongest` features (|weight| x spread) added."""
    def learner(data, train):
        allowed = data.masks["support-unsourced"]
        rows = fit_rows(data, train, allowed)
        b = fit_logistic(data, rows, allowed, SHIPPED_L2, "quarter-balanced")
        strength = np.abs(b[1:, S] - b[1:, U]) * data.x[rows].std(0)
        top = sorted(np.argsort(-strength, kind="stable")[:strongest])
        x = np.hstack([data.x1] + [(data.x[:, i] * data.x[:, j])[:, None]
                                   for i, j in itertools.combinations(top, 2)])
        b = fit_logistic(data, rows, allowed, SHIPPED_L2, "quarter-balanced", x=x, guard=False)
        return decide(data, x @ b, allowed)
    return learner


# ---------------------------------------------------------------- the two measures


def measure(data: Data, learner) -> dict:
    """Claims agreeing, mean macro-F1 and error classes, left out one set at a time and on the later sets."""
    every = list(range(len(data.sets)))
    loso = [(data.set_index != k, data.set_index == k) for k in every]
    later, seen, later_sets = [], [data.sets.index(s) for s in data.steps[0]], []
    for step in data.steps[1:]:
        scored = [data.sets.index(s) for s in step]
        later.append((np.isin(data.set_index, seen), np.isin(data.set_index, scored)))
        seen, later_sets = seen + scored, later_sets + scored
    result = {}
    for name, folds, scored_sets in (("loso", loso, every), ("later", later, later_sets)):
        predicted = data.rule.copy()
        for train, test in folds:
            predicted[test] = learner(data, train)[test]
        scored = np.isin(data.set_index, scored_sets)
        result[name] = {
            "agreeing": int((predicted[scored] == data.gold[scored]).sum()),
            "macro_f1": float(np.mean([macro_f1(data.gold[data.set_index == k], predicted[data.set_index == k])
                                       for k in scored_sets])),
            "errors": {f"{'SCU'[g]}->{'SCU'[p]}": int(((data.gold == g) & (predicted == p) & scored).sum())
                       for g in range(3) for p in range(3) if g != p}}
    return result


LEARNERS = {
    "rules alone": rules_alone,
    "shipped arbiter (supported/unsourced, L2 0.0003, quarter-balanced)": logistic(
        "support-unsourced", SHIPPED_L2, "quarter-balanced"),
    **{f"(1) full softmax, {cw}, L2 {l2}": logistic("full", l2, cw)
       for cw in ("none", "quarter-balanced") for l2 in (SHIPPED_L2, 0.003)},
    "(1) full softmax, sqrt-balanced": logistic("full", SHIPPED_L2, "sqrt-balanced"),
    **{f"(1) contest stage ({cw}) then the arbiter": contest_stage(cw) for cw in ("none", "balanced")},
    "(2) logistic + 30 stumps": boosted(30, 1, True),
    "(2) logistic + 20 depth-2 trees": boosted(20, 2, True),
    "(2) 100 stumps, rate 0.2": boosted(100, 1, False, rate=0.2),
    "(2) products of the 6 strongest": with_products(6),
    "(3) supported offset, pooled macro-F1": offset_for_macro_f1("pooled"),
    "(3) supported offset, per-set macro-F1": offset_for_macro_f1("per-set"),
    "(3) supported offset, agreeing": offset_for_macro_f1("agreeing"),
    "(3) supported offset, pooled macro-F1, no class weights": offset_for_macro_f1("pooled", "none"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the exported samples (with --export: the file to write)")
    parser.add_argument("--export", action="store_true", help="run the engine and write the samples")
    parser.add_argument("--samples", type=Path, help="with --export: train_verdicts' samples, reused or written")
    parser.add_argument("--no-held-gates", action="store_true",
                        help="with --export: let the model contest past every gate (no T.MODEL_HELD_GATES)")
    parser.add_argument("--only", help="measure only the learners whose name contains this")
    args = parser.parse_args(argv)
    if args.export:
        export(args.data, args.samples, hold_gates=not args.no_held_gates)
        return 0
    if np is None:
        parser.error("measuring needs numpy: run it with a Python that has it")
    data = Data(json.loads(args.data.read_text()))
    for name, learner in LEARNERS.items():
        if args.only and args.only not in name:
            continue
        result = measure(data, learner)
        loso, later = result["loso"], result["later"]
        print(f"| {name} | {loso['agreeing']} ({loso['macro_f1']:.3f}) | {later['agreeing']} "
              f"({later['macro_f1']:.3f}) | " + " ".join(f"{k} {v}" for k, v in loso["errors"].items()) + " | "
              + " ".join(f"{k} {v}" for k, v in later["errors"].items()) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
