"""Benchmark: search, export and import on one and ten years of demo data, in process and as
whole commands.

    python benchmarks/search.py [--years 1,10] [--runs 21]

For each history: the p50 and p95 of ``store.search`` for common and rare words, prefixes and
inner parts (best match first, and newest first); the JSON export and its import into an
empty folder (single timed runs); then ``l2l-desktop search WORD``, ``today``, ``log
question`` and ``log pause`` as whole processes (medians, interleaved), next to a bare
``python -c pass`` measured in the same run as the baseline. The commands run with bytecode
compiled first, as an installed app has it (``PYTHONDONTWRITEBYTECODE`` is unset for them).
Prints Markdown tables (docs/performance.md).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = {
    "common word": "the",
    "common prefix": "chang",
    "rare word": "Lukas",
    "inside a word": "work",
    "two words": "gemba line",
    "nothing": "zzqx",
}


def _quantiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def _process(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", default="1,10")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    from l2l_desktop.app import open_data
    from l2l_desktop.core.demo import days_for_years
    from l2l_desktop.store.demo import fill_with_demo
    from l2l_desktop.store.search import search

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = Path(__file__).resolve().parent.parent / "l2l_desktop"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env, check=True)
    print("| history | query | order | p50 | p95 |")
    print("|---|---|---|---|---|")
    processes = []
    exchanges: list[tuple[float, int, float, float, float]] = []
    for years in (float(y) for y in args.years.split(",")):
        folder = Path(tempfile.mkdtemp(prefix="l2l-search-bench-"))
        store = open_data(folder / "data")
        fill_with_demo(store, days_for_years(years))
        for label, word in WORDS.items():
            for order in ("rank", "newest"):
                search(store, word, order=order)  # warm
                times = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    search(store, word, order=order)
                    times.append((time.perf_counter() - start) * 1000)
                p50, p95 = _quantiles(times)
                print(
                    f"| {years:g} y | {label} ({word!r}) | {order} | {p50:.1f} ms | {p95:.1f} ms |"
                )
        from l2l_desktop.services import Journal

        journal = Journal(store)
        start = time.perf_counter()
        done = journal.export_to(folder / "export.json", "json")
        exported = time.perf_counter() - start
        store.close()
        empty = Journal(open_data(folder / "empty"))
        start = time.perf_counter()
        empty.run_import(empty.plan_import(empty.read_import(folder / "export.json")))
        imported = time.perf_counter() - start
        empty.close()
        size = (folder / "export.json").stat().st_size / 1e6
        exchanges.append((years, done.records, size, exported, imported))
        data = str(folder / "data")
        commands = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "l2l-desktop search team": [sys.executable, "-m", "l2l_desktop", "search", "team",
                                        "--data-dir", data],
            "l2l-desktop today": [sys.executable, "-m", "l2l_desktop", "today", "--data-dir", data],
            "l2l-desktop log question": [sys.executable, "-m", "l2l_desktop", "log", "question",
                                         "What did you see?", "--data-dir", data],
            "l2l-desktop log pause": [sys.executable, "-m", "l2l_desktop", "log", "pause",
                                      "aligned", "--data-dir", data],
        }  # fmt: skip
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(max(5, args.runs // 3)):  # interleaved: a noisy moment hits them all
            for name, command in commands.items():
                runs[name].append(_process(command, env))
        for name, times in runs.items():
            processes.append((years, name, statistics.median(times)))
    print()
    print("| history | records | JSON size | export | import into an empty folder |")
    print("|---|---|---|---|---|")
    for years, records, size, exported, imported in exchanges:
        print(
            f"| {years:g} y | {records:,} | {size:.1f} MB | {exported:.2f} s | {imported:.1f} s |"
        )
    print()
    print("| history | whole process | median |")
    print("|---|---|---|")
    for years, name, median in processes:
        print(f"| {years:g} y | {name} | {median:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
