"""The benchmark runs, on a tiny history with one round, so it cannot rot (no timing is judged
here: the figures are read in docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys

from l2l_desktop.bench import __main__ as bench


def test_the_benchmark_runs_and_writes_its_documented_keys(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "l2l_desktop.bench", "--years", "0.02", "--rounds", "1",
         "--json", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "| 0.02 y | first paint: app |" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == bench.FORMAT and data["rounds"] == 1
    (size,) = data["sizes"]
    assert size["years"] == 0.02
    assert size["records"] > 0
    whole = {
        "first paint: app", "first paint: pyside6", "first paint: pyqtgraph",
        "python -c pass", "search", "log question", "today", "stats",
    }  # fmt: skip
    trends = {
        f"trends {label}: {what}"
        for label in ("4 weeks", "quarter", "year", "all")
        for when in ("cold", "warm")
        for what in (
            f"first draw, {when}",
            *(
                f"{after}refresh {q}, {when}"
                for after in ("", "edit ", "removal ")
                for q in ("p50", "p95")
            ),
        )
    }
    inside = {
        f"{name} {q}"
        for name in (
            "save question", "save reflection",
            *(f"search {w}, {order} first" for w in (
                "common word", "common prefix", "rare word", "inside a word", "two words"
            ) for order in ("best", "newest")),
        )
        for q in ("p50", "p95")
    }  # fmt: skip
    assert set(size["ms"]) == whole | trends | inside
    assert data["peers"] is None  # not asked for
    assert set(size["peak_rss_mib"]) == {"pyqtgraph window", "app, every tab shown"}
    for figure in (*size["ms"].values(), *size["peak_rss_mib"].values()):
        assert figure["min"] <= figure["median"] <= figure["max"] and figure["min"] > 0
    first = size["ms"]["first paint: app"]["median"]
    assert size["ratios"]["first paint / pyside6"] == round(
        first / size["ms"]["first paint: pyside6"]["median"], 2
    )


def test_a_process_that_never_says_the_line_is_an_error(tmp_path):
    import pytest

    with pytest.raises(RuntimeError, match="no 'first paint'"):
        bench.until_line([sys.executable, "-c", "print('hello')"], {}, "first paint")


def test_the_peers_journal_has_as_many_entries_as_asked_in_jrnls_format(tmp_path):
    from datetime import date

    from l2l_desktop.bench import peers

    config = peers.journal(tmp_path, 7, date(2026, 12, 2))
    text = (tmp_path / "journal.txt").read_text(encoding="utf-8")
    heads = [line for line in text.splitlines() if line.startswith("[")]
    assert len(heads) == 7  # three a day: the last day, 2026-12-02, holds the seventh
    assert heads[-1].startswith("[2026-12-02 08:00] ") and heads[0].startswith(
        "[2026-11-30 08:00] "
    )
    assert str(tmp_path / "journal.txt") in config.read_text(encoding="utf-8")
    jrnl = tmp_path / "bin" / "jrnl"
    assert peers.commands(jrnl, config)["jrnl search"][-2:] == ["-contains", "team"]
