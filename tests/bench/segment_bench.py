"""Why articles are segmented paragraph by paragraph: pySBD on the whole text versus ours.

    .venv/bin/python -m tests.bench.segment_bench [REPEATS]

Builds one long article from the development set's articles (tests/eval/articles, repeated), as
paragraphs and as one long line, then times, in the same process, pySBD's segment() over the whole
text at once (the baseline) and `verifier.segment.split_sentences` (pySBD fed a paragraph or a chunk
at a time, its sentences located in one forward scan, plus the repairs), and `extract_claims` on
top. Prints the times and the ratio to the baseline. No target: the figure shows what the chunking
buys as articles grow.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[1] / "eval" / "articles"
RUNS = 3


def _median_seconds(function) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(repeats: int = 4) -> dict:
    import pysbd

    from verifier.claims import extract_claims
    from verifier.segment import split_sentences

    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))) + "\n\n"
    text = text * repeats
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.segment("Warm up. Twice.")
    split_sentences("Warm up. Twice.")
    figures: dict = {}
    # The same prose as one paragraph: text pasted from a PDF or a page that lost its line breaks.
    one_line = " ".join(text.split())
    for label, article in (("paragraphs", text), ("one_long_line", one_line)):
        whole = _median_seconds(lambda article=article: segmenter.segment(article))
        ours = _median_seconds(lambda article=article: split_sentences(article))
        claims = _median_seconds(lambda article=article: extract_claims(article))
        figures[label] = {
            "characters": len(article),
            "sentences": len(split_sentences(article)),
            "pysbd_whole_text_seconds (baseline)": round(whole, 3),
            "split_sentences_seconds": round(ours, 3),
            "speedup_vs_baseline": round(whole / ours, 1),
            "extract_claims_seconds": round(claims, 3),
        }
    return figures


def main(argv: list[str]) -> int:
    figures = run(int(argv[0]) if argv else 4)
    for label, numbers in figures.items():
        print(f"{label} (median of {RUNS} runs)")
        for key, value in numbers.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
