"""The benchmark, against the physical limit, the baselines and a peer:

    python -m l2l_desktop.bench [--years 1,10,30] [--rounds N] [--json PATH] [--peers]

For each size it builds the demo history in a temporary folder, then, round after round (so a
noisy moment hits every measurement alike), times:

- the window's first paint: from starting the process to the line ``--exit-after-paint``
  prints, for the app and for the two baseline windows (``baselines.py``);
- the peak memory of the app once it has shown every tab (``--visit-tabs``), against the
  pyqtgraph window's;
- ``search``, ``log question``, ``today`` and ``stats`` as a user runs them, against a bare
  ``python -c pass``;
- inside the app (``in_process.py``, a process each): the Trends tab's first draw, cold and
  warm, and its refresh after a save, an edit and a removal, for each range; the save of a
  question and of a reflection; the window's search; on a copy of the history made for the
  round;
- with ``--peers``: jrnl (``peers.py``) adding an entry and searching a word, on a journal of
  as many entries as the history has records.

It prints a table (median, min, max, and the ratio to each baseline) and, with ``--json``,
writes the figures with the keys documented in docs/performance.md. It only measures: the
targets are judged in that page. Qt runs offscreen; the settings go to a throwaway home.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from l2l_desktop.bench import peers
from l2l_desktop.bench.baselines import BASELINES
from l2l_desktop.bench.in_app import FIRST_PAINT, VISITED
from l2l_desktop.core.dates import local_day

FORMAT = 1  # the JSON's own version (docs/performance.md)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed app is
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    return env


def until_line(args: Sequence[str], env: dict[str, str], line: str) -> tuple[float, int]:
    """Run ``args`` until it prints ``line`` (milliseconds from the start) and to its end
    (its peak resident memory, in KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    taken = None
    with proc.stdout:
        for raw in proc.stdout:
            if raw.decode(errors="replace").strip() == line:
                taken = (time.perf_counter() - start) * 1000
                break
        proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if taken is None or proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: no {line!r} (exit {proc.returncode})")
    return taken, int(usage.ru_maxrss)


def whole(args: Sequence[str], env: dict[str, str]) -> float:
    """Run ``args`` to its end; milliseconds."""
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def json_line(args: Sequence[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``args`` to its end; the JSON of the last line it printed."""
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


RANGES = {"4 weeks": "4", "quarter": "13", "year": "52", "all": "all"}
# The Trends tab's refreshes, by what they follow: their names' start in the table.
REFRESH_NAMES = {"a save": "refresh ", "an edit": "edit refresh ", "a removal": "removal refresh "}


def _stats(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


class Size:
    """One history and what is measured on it, round after round."""

    def __init__(
        self, years: str, work: Path, env: dict[str, str], jrnl: Path | None = None
    ) -> None:
        self.years = years
        self.work = work
        self.data = str(work / f"data-{years}")
        self.env = env
        # The run that shows every tab keeps its settings apart: it quits on Trends, and the
        # app opens on the tab it was left on, so the first paints would not start on Today.
        self.tabs_env = _env(work / f"home-tabs-{years}")
        python = sys.executable
        subprocess.run(
            [python, "-m", "l2l_desktop", "demo-data", "--years", years, "--data-dir", self.data],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        app = [python, "-m", "l2l_desktop", "--data-dir", self.data]
        self.paint = {
            "app": [*app, "--exit-after-paint"],
            **{name: [python, "-c", script] for name, script in BASELINES.items()},
        }
        self.tabs = [*app, "--exit-after-paint", "--visit-tabs"]
        self.commands = {
            "python -c pass": [python, "-c", "pass"],
            "search": [*app, "search", "team"],
            "log question": [*app, "log", "question", "What did you see?", "--kind", "open"],
            "today": [*app, "today"],
            "stats": [*app, "stats"],
        }
        self.in_process = [python, "-m", "l2l_desktop.bench.in_process"]
        self.records = int(json_line([*self.in_process, "count", self.data], env)["records"])
        if jrnl is not None:
            config = peers.journal(work / f"jrnl-{years}", self.records, local_day())
            self.commands.update(peers.commands(jrnl, config))
        self.times: dict[str, list[float]] = {}
        self.rss: dict[str, list[float]] = {}

    def _add(self, table: dict[str, list[float]], key: str, value: float) -> None:
        table.setdefault(key, []).append(value)

    def round(self) -> None:
        for name, args in self.paint.items():
            taken, rss = until_line(args, self.env, FIRST_PAINT)
            self._add(self.times, f"first paint: {name}", taken)
            if name == "pyqtgraph":
                self._add(self.rss, "pyqtgraph window", rss / 1024)
        _taken, rss = until_line(self.tabs, self.tabs_env, VISITED)
        self._add(self.rss, "app, every tab shown", rss / 1024)
        for name, args in self.commands.items():
            self._add(self.times, name, whole(args, self.env))
        self._inside()

    def _inside(self) -> None:
        """The measurements inside the app, on a copy of the history (they write to it)."""
        copy = self.work / f"copy-{self.years}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(self.data, copy)
        try:
            for label, weeks in RANGES.items():
                for when in ("cold", "warm"):
                    settings = copy / f"settings-{weeks}-{when}.ini"
                    got = json_line(
                        [*self.in_process, "trends", str(copy), str(settings), weeks, when],
                        self.env,
                    )
                    self._add(self.times, f"trends {label}: first draw, {when}", got["first draw"])
                    for q in ("p50", "p95"):
                        for what, name in REFRESH_NAMES.items():
                            refresh = got[f"refresh after {what}"][q]
                            self._add(self.times, f"trends {label}: {name}{q}, {when}", refresh)
            for what in ("saves", "search"):
                for name, q in json_line([*self.in_process, what, str(copy)], self.env).items():
                    for which in ("p50", "p95"):
                        self._add(self.times, f"{name} {which}", q[which])
        finally:
            shutil.rmtree(copy, ignore_errors=True)

    def figures(self) -> dict[str, Any]:
        times = {k: _stats(v) for k, v in self.times.items()}
        rss = {k: _stats(v) for k, v in self.rss.items()}
        paint = times["first paint: app"]["median"]
        python = times["python -c pass"]["median"]
        ratios = {}
        if "jrnl add" in times:
            ratios["log question / jrnl add"] = round(
                times["log question"]["median"] / times["jrnl add"]["median"], 2
            )
            ratios["search / jrnl search"] = round(
                times["search"]["median"] / times["jrnl search"]["median"], 2
            )
        return {
            "years": float(self.years),
            "records": self.records,
            "ms": times,
            "peak_rss_mib": rss,
            "ratios": {
                "first paint / pyside6": round(paint / times["first paint: pyside6"]["median"], 2),
                "first paint / pyqtgraph": round(
                    paint / times["first paint: pyqtgraph"]["median"], 2
                ),
                "peak rss / pyqtgraph": round(
                    rss["app, every tab shown"]["median"] / rss["pyqtgraph window"]["median"], 2
                ),
                **{
                    f"{name} / python -c pass": round(times[name]["median"] / python, 2)
                    for name in self.commands
                    if name != "python -c pass" and not name.startswith("jrnl")
                },
                **ratios,
            },
        }


def table(sizes: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table."""
    lines = ["| history | measure | median | min | max |", "|---|---|---|---|---|"]
    for size in sizes:
        years = f"{size['years']:g} y"
        for name, s in size["ms"].items():
            digits = 0 if s["median"] >= 20 else 1
            lines.append(
                f"| {years} | {name} | {s['median']:.{digits}f} ms | {s['min']:.{digits}f} ms | "
                f"{s['max']:.{digits}f} ms |"
            )
        for name, s in size["peak_rss_mib"].items():
            lines.append(
                f"| {years} | peak memory: {name} | {s['median']:.0f} MiB | {s['min']:.0f} MiB | "
                f"{s['max']:.0f} MiB |"
            )
        for name, ratio in size["ratios"].items():
            lines.append(f"| {years} | {name} | {ratio:.2f} × | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m l2l_desktop.bench", description=__doc__)
    parser.add_argument("--years", default="1,10,30", help="history sizes (default 1,10,30)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per size (default 5)")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON to PATH")
    parser.add_argument(
        "--peers", action="store_true", help="also time jrnl (installed into a temporary venv)"
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="l2l-bench-"))
    try:
        env = _env(work)
        package = str(Path(__file__).resolve().parent.parent)
        subprocess.run([sys.executable, "-m", "compileall", "-q", package], env=env, check=True)
        figures = []
        jrnl: Path | None = None
        peer_note = ""
        if args.peers:
            installed = peers.install(work)
            if isinstance(installed, str):
                peer_note = installed
                print(installed, file=sys.stderr)
            else:
                jrnl = installed
        for years in args.years.split(","):
            size = Size(years.strip(), work, env, jrnl)
            size.round()  # the disk cache and the bytecode warmed: not counted
            size.times.clear()
            size.rss.clear()
            for _ in range(args.rounds):
                size.round()
            figures.append(size.figures())
        result = {
            "format": FORMAT,
            "machine": {
                "python": platform.python_version(),
                "system": platform.platform(),
                "cpus": os.cpu_count(),
            },
            "rounds": args.rounds,
            "peers": "jrnl" if jrnl is not None else (peer_note or None),
            "sizes": figures,
        }
        print(table(figures))
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
