"""`make bench`: run every benchmark that applies, print a table, write the figures as JSON.

Usage: python -m tests.bench.run [--corpus PATH] [--output FILE] [--only NAME ...]
Each benchmark module exposes `run(...) -> dict`; figures are quoted with the
baseline measured in the same run (ratios), never as bare seconds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import traceback
from pathlib import Path

# name -> (module, keyword arguments it takes from the command line)
BENCHMARKS = {
    "import": "tests.bench.import_bench",
}


def machine() -> dict:
    memory = None
    try:
        memory = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {"cpus": os.cpu_count(), "memory_gib": memory, "python": platform.python_version(),
            "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="White House corpus (JSON Lines .gz); default ../shared/data/...")
    parser.add_argument("--output", type=Path, default=Path("build/bench-results.json"))
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="Run only these benchmarks.")
    args = parser.parse_args(argv)
    results: dict = {"machine": machine()}
    failed = False
    for name in args.only or BENCHMARKS:
        module = importlib.import_module(BENCHMARKS[name])
        print(f"== {name} ...", file=sys.stderr, flush=True)
        try:
            results[name] = module.run(corpus=args.corpus) if "corpus" in module.run.__code__.co_varnames else module.run()
        except Exception as exc:  # one broken benchmark should not hide the others' figures
            traceback.print_exc()
            results[name] = {"error": str(exc)}
            failed = True
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, figures in results.items():
        print(f"\n{name}")
        for key, value in figures.items():
            if not isinstance(value, dict | list):
                print(f"  {key:32} {value}")
    print(f"\nwritten to {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
