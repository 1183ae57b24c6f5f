"""Benchmark: the quick commands as whole processes, on one and ten years of demo data.

    python benchmarks/commands.py [--years 1,10] [--rounds 15]

``l2l-desktop search WORD``, ``today``, ``log question``, ``log tell`` and ``stats`` are run
as a user runs them (a new process each time, to its end), interleaved with a bare
``python -c pass`` in the same rounds so that a noisy moment hits them all; medians, with
the ratio to the bare interpreter. The histories are written by ``demo-data`` in a child
process, so this one stays small (a large parent makes every start slower). The commands run
with bytecode compiled first, as an installed app has it (``PYTHONDONTWRITEBYTECODE`` is
unset for them). Prints a Markdown table (docs/performance.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def commands(python: str, data: str) -> dict[str, list[str]]:
    app = [str(Path(python).with_name("l2l-desktop"))]  # the console script a user runs
    return {
        "python -c pass": [python, "-c", "pass"],
        "search team": [*app, "search", "team", "--data-dir", data],
        "today": [*app, "today", "--data-dir", data],
        "log question": [*app, "log", "question", "What did you see?", "--data-dir", data],
        "log tell": [*app, "log", "tell", "Told them the fix", "--data-dir", data],
        "stats": [*app, "stats", "--data-dir", data],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", default="1,10")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "l2l_desktop")], env=env, check=True
    )
    work = Path(tempfile.mkdtemp(prefix="l2l-commands-bench-"))
    try:
        rows = []
        for years in args.years.split(","):
            data = str(work / f"data-{years}")
            subprocess.run(
                [sys.executable, "-m", "l2l_desktop", "demo-data", "--years", years,
                 "--data-dir", data],
                env=env, check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            runs = commands(sys.executable, data)
            times: dict[str, list[float]] = {name: [] for name in runs}
            for command in runs.values():  # the disk cache warmed first
                _run(command, env)
            for _ in range(args.rounds):
                for name, command in runs.items():
                    times[name].append(_run(command, env))
            base = statistics.median(times["python -c pass"])
            for name, taken in times.items():
                median = statistics.median(taken)
                rows.append((years, name, median, min(taken), max(taken), median / base))
        print("| history | command | median | min | max | × python -c pass |")
        print("|---|---|---|---|---|---|")
        for years, name, median, low, high, ratio in rows:
            print(
                f"| {years} y | {name} | {median:.0f} ms | {low:.0f} ms | {high:.0f} ms | "
                f"{ratio:.1f} |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
