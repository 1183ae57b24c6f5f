"""The benchmark's measurements inside one process of the app, each run in a process of its
own by ``python -m l2l_desktop.bench``; each prints one line of JSON:

    python -m l2l_desktop.bench.in_process trends DATA_DIR SETTINGS WEEKS cold|warm
    python -m l2l_desktop.bench.in_process saves DATA_DIR
    python -m l2l_desktop.bench.in_process search DATA_DIR
    python -m l2l_desktop.bench.in_process count DATA_DIR

- ``trends``: the window opened on Today. Then Trends is chosen, with the range of WEEKS weeks
  ("all" for all of it), at once after the first paint ("cold": the charts, and pyqtgraph,
  are made on the way) or once the warm-up has made them ("warm"), until its charts are
  drawn and painted. Then the refresh after a save, with the tab shown: a question saved
  through the service, until the tab is painted again with the new figures; and after the
  question is reworded, and after it is deleted.
- ``saves``: a question and a reflection saved through the service, with the store's real
  durability settings (each save is a transaction, synced to the disk).
- ``search``: the window's search (``Journal.search``) for common and rare words, a prefix,
  a part inside words and two words, best match first and newest first.

Times are in milliseconds; the lists of repeated timings are summed up as p50 and p95.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

SAVES = 60  # of each kind; the first WARM are not counted
SEARCHES = 30  # of each query
REFRESHES = 12
WARM = 5
WORDS = {
    "common word": "the",
    "common prefix": "chang",
    "rare word": "Lukas",
    "inside a word": "work",
    "two words": "gemba line",
}


def quantiles(times: list[float]) -> dict[str, float]:
    """p50 and p95 of ``times`` (the nearest rank), rounded to 0.1 ms."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"p50": round(statistics.median(ordered), 1), "p95": round(p95, 1)}


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _journal(data: Path) -> Any:
    from l2l_desktop.app import open_data
    from l2l_desktop.services import ChangeBus, Journal

    return Journal(open_data(data), ChangeBus())


def saves(data: Path) -> dict[str, Any]:
    from l2l_desktop.core import records as r

    journal = _journal(data)
    today = journal.today()
    first = journal.first_record_day() or today
    question, reflection = [], []
    for i in range(SAVES):
        asked = r.Question(today, datetime.now(), f"What did you see at {i}?", r.QuestionKind.OPEN)
        question.append(_timed(lambda asked=asked: journal.save(asked)))
        # A day before the history, one each: a new reflection, as an evening's is.
        day = first - timedelta(days=i + 1)
        kept = r.Reflection(day, learned=f"Something learned, {i}.", rating=3)
        reflection.append(_timed(lambda kept=kept: journal.save(kept)))
    journal.close()
    return {
        "save question": quantiles(question[WARM:]),
        "save reflection": quantiles(reflection[WARM:]),
    }


def search(data: Path) -> dict[str, Any]:
    journal = _journal(data)
    found: dict[str, Any] = {}
    for label, words in WORDS.items():
        for newest in (False, True):
            journal.search(words, newest_first=newest)  # its pages read once
            times = [
                _timed(lambda w=words, n=newest: journal.search(w, newest_first=n))
                for _ in range(SEARCHES)
            ]
            found[f"search {label}, {'newest' if newest else 'best'} first"] = quantiles(times)
    journal.close()
    return found


def trends(data: Path, settings_path: Path, weeks: int | None, warm: bool) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from l2l_desktop.ui import import_check

    import_check.lighten()  # as run_gui (app.py) does, before the window's modules

    from l2l_desktop.core import records as r
    from l2l_desktop.settings import Settings, make_qsettings
    from l2l_desktop.ui.main_window import PAGE_NAMES, MainWindow

    app = QApplication(["l2l-desktop"])
    journal = _journal(data)
    window = MainWindow(journal, Settings(make_qsettings(settings_path)), str(data))
    window.warmed_up.connect(gc.freeze)  # as run_gui (app.py) wires it
    window.resize(1100, 720)
    window.tabs.setCurrentIndex(0)  # Today
    window.show()
    _until(app, lambda: window.first_paint.done)

    def warmed() -> bool:
        made = {window.tabs.name_of(p): p for p in window.tabs.made_pages()}
        return "trends" in made and bool(made["trends"].charts)

    if warm:  # the user reads the Today tab while the warm-up makes the charts
        _until(app, warmed, seconds=20)

    def choose() -> None:
        page = window.trends  # made now, when cold
        box = page.range_box
        box.setCurrentIndex(box.findData(weeks))
        window.tabs.setCurrentIndex(PAGE_NAMES.index("trends"))
        _until(app, lambda: bool(page.charts) and not page._charts_pending)
        window.repaint()

    first_draw = _timed(choose)
    # A question saved, then reworded, then deleted: each announced, the tab (shown)
    # reloads and is painted again at once.
    refresh: dict[str, list[float]] = {"save": [], "edit": [], "removal": []}
    kept: list[r.Question] = []  # the question as last saved

    def save(question: r.Question) -> None:
        kept[:] = [journal.save(question)]
        window.repaint()

    def reword(text: str) -> None:
        save(replace(kept[-1], text=text))

    def remove() -> None:
        journal.delete(kept[-1])
        window.repaint()

    for i in range(REFRESHES):
        asked = r.Question(
            journal.today(), datetime.now(), f"What changed {i}?", r.QuestionKind.OPEN
        )
        steps = (partial(save, asked), partial(reword, f"What changed, {i}?"), remove)
        for what, step in zip(refresh, steps, strict=True):
            refresh[what].append(_timed(step))
            app.processEvents()
    result = {
        "range": "all" if weeks is None else f"{weeks} weeks",
        "first draw": round(first_draw, 1),
        "refresh after a save": quantiles(refresh["save"][2:]),
        "refresh after an edit": quantiles(refresh["edit"][2:]),
        "refresh after a removal": quantiles(refresh["removal"][2:]),
    }
    window.close()
    journal.close()
    return result


def _until(app: Any, done: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def main(argv: list[str]) -> int:
    what, data = argv[0], Path(argv[1])
    if what == "trends":
        weeks = None if argv[3] == "all" else int(argv[3])
        result = trends(data, Path(argv[2]), weeks, argv[4] == "warm")
    elif what == "saves":
        result = saves(data)
    elif what == "search":
        result = search(data)
    elif what == "count":
        journal = _journal(data)
        result = {"records": journal.record_count()}
        journal.close()
    else:
        raise SystemExit(f"unknown measurement {what!r}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
