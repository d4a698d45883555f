"""`make bench`: run every benchmark that applies, print a table, write the figures as JSON.

Usage: python -m tests.bench.run [--corpus PATH] [--output FILE] [--only NAME ...]
Each benchmark module exposes `run(...) -> dict`; figures are quoted with the
baseline measured in the same run (ratios), never as bare seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path


def _import(args, context: dict) -> dict:
    from tests.bench import import_bench

    figures = import_bench.run(args.corpus, context["workdir"])
    context["database"] = figures["database"]
    return figures


def _check(args, context: dict) -> dict:
    from tests.bench import check_bench

    if "database" not in context:  # the check runs on the corpus the import benchmark loaded
        _import(args, context)
    return check_bench.run(context["database"])


def _refresh(args, context: dict) -> dict:
    from tests.bench import refresh_bench

    return refresh_bench.run(articles=1000, corpus=args.corpus, workdir=context["workdir"])


def _segment(args, context: dict) -> dict:
    from tests.bench import segment_bench

    return segment_bench.run()


def _postgres(args, context: dict) -> dict:
    from tests.bench import postgres_bench

    return postgres_bench.run(corpus=args.corpus)


# In this order: the check needs the database the import benchmark built.
BENCHMARKS = {
    "import": _import,  # foundation: import speed, size, re-import (issue 2)
    "check": _check,  # engine: seed check latency, retrieval recall vs brute force (issue 4)
    "refresh": _refresh,  # sources: replayed refresh pages/s, conditional requests (issue 3)
    "segment": _segment,  # claims: segmentation vs pySBD on the whole text (issue 4)
    "postgres": _postgres,  # PostgreSQL beside SQLite: import and seed check (issue 6)
}


def machine() -> dict:
    memory = None
    try:
        memory = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {"cpus": os.cpu_count(), "memory_gib": memory, "python": platform.python_version(),
            "platform": platform.platform()}


def _flatten(figures: dict, prefix: str = "") -> list[tuple[str, object]]:
    rows = []
    for key, value in figures.items():
        if isinstance(value, dict):
            rows.extend(_flatten(value, f"{prefix}{key}."))
        elif not isinstance(value, list):
            rows.append((f"{prefix}{key}", value))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path,
                        help="White House corpus (JSON Lines .gz); default ../shared/data/...")
    parser.add_argument("--output", type=Path, default=Path("build/bench-results.json"))
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="Run only these benchmarks.")
    args = parser.parse_args(argv)
    results: dict = {"machine": machine()}
    failed = False
    context: dict = {"workdir": Path(tempfile.mkdtemp(prefix="verifier-bench-"))}
    for name in args.only or BENCHMARKS:
        print(f"== {name} ...", file=sys.stderr, flush=True)
        try:
            results[name] = BENCHMARKS[name](args, context)
        except Exception as exc:  # one broken benchmark should not hide the others' figures
            traceback.print_exc()
            results[name] = {"error": str(exc)}
            failed = True
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, figures in results.items():
        print(f"\n{name}")
        for key, value in _flatten(figures):
            print(f"  {key:48} {value}")
    print(f"\nwritten to {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
