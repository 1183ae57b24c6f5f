"""A stored value that cannot be read never stops a read (issue 10, item 4): a garbled day
leaves its record out (logged with table and row), flipped bytes in a text show as U+FFFD,
and check counts them."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.trends import compute_trends
from l2l_desktop.store import open_store, queries, trend_queries, writes
from tests.conftest import run_cli

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12)


@pytest.fixture
def garbled(tmp_path) -> dict[str, object]:
    """A database with good records and four damaged cells; the damaged records' uuids."""
    data = tmp_path / "data"
    data.mkdir()
    store = open_store(data / "l2l.sqlite3")
    good = writes.save(store, r.Question(DAY, NOON, "What do you see?", r.QuestionKind.OPEN))
    bad_day = writes.save(store, r.Question(DAY, NOON, "When?", r.QuestionKind.OPEN))
    flipped = writes.save(store, r.Question(DAY, NOON, "Hello there?", r.QuestionKind.OPEN))
    visit = writes.save(
        store,
        r.GembaVisit(
            DAY, "Dock", "See", follow_ups=(r.FollowUp("Call", due_day=DAY + timedelta(3)),)
        ),
    )
    kept_visit = writes.save(
        store, r.GembaVisit(DAY, "Line 2", "Time it", follow_ups=(r.FollowUp("Order"),))
    )
    reflection = writes.save(store, r.Reflection(DAY - timedelta(1), rating=4))
    store.close()
    conn = sqlite3.connect(data / "l2l.sqlite3")
    conn.execute("UPDATE question SET day = '2026-13-45' WHERE uuid = ?", (bad_day.uuid,))
    conn.execute(  # "Hello", two bytes that are no UTF-8, " there?"
        "UPDATE question SET text = CAST(X'48656c6c6ffffe2074686572653f' AS TEXT) WHERE uuid = ?",
        (flipped.uuid,),
    )
    conn.execute("UPDATE follow_up SET due_day = 'soon' WHERE text = 'Call'")
    conn.execute("UPDATE reflection SET day = 'yesterday' WHERE uuid = ?", (reflection.uuid,))
    conn.commit()
    conn.close()
    return {
        "data": data,
        "good": good,
        "bad_day": bad_day,
        "flipped": flipped,
        "visit": visit,
        "kept_visit": kept_visit,
    }


def test_reads_go_on_past_what_cannot_be_read(garbled, caplog):
    caplog.set_level(logging.WARNING, "l2l_desktop.store.mapping")
    store = open_store(Path(garbled["data"]) / "l2l.sqlite3")
    try:
        questions = {q.uuid: q for q in queries.questions_matching(store)}
        assert set(questions) == {garbled["good"].uuid, garbled["flipped"].uuid}
        assert questions[garbled["flipped"].uuid].text == "Hello\ufffd\ufffd there?"
        assert queries.by_uuid(store, "question", garbled["bad_day"].uuid) is None
        # A visit with a part that cannot be read is left out whole: shown without the part,
        # and saved again, it would drop it.
        assert [v.uuid for v in queries.visits_matching(store)] == [garbled["kept_visit"].uuid]
        assert [f.follow_up.text for f in queries.open_follow_ups(store)] == ["Order"]
        assert queries.reflections_matching(store) == []
        trends = compute_trends(trend_queries.load_trend_inputs(store, DAY - timedelta(6), DAY))
        assert trends.practice("question").done_in_range == 1  # the readable day
        assert trend_queries.first_record_day(store) == DAY
    finally:
        store.close()
    told = "\n".join(record.getMessage() for record in caplog.records)
    assert "table question" in told and "not UTF-8" in told
    assert "day holds '2026-13-45'" in told and "left out" in told
    assert "table follow_up" in told and "'soon'" in told


def test_check_counts_every_value_that_cannot_be_read(garbled, tmp_path):
    done = run_cli(tmp_path, "check", "--data-dir", str(garbled["data"]))
    assert done.returncode == 2, done
    assert "4 values cannot be read" in done.stderr
    for where in (
        "table question, row 2: column day",
        "table question, row 3: column text",
        "table follow_up, row 1: column due_day",
        "table reflection, row 1: column day",
    ):
        assert where in done.stderr


def test_a_worker_threads_connection_reads_flipped_bytes_too(garbled):
    """An export runs on a thread of its own, with a connection of its own: it reads a text
    that is not UTF-8 as the window does, instead of failing on it."""
    import threading

    store = open_store(Path(garbled["data"]) / "l2l.sqlite3")
    found: list[object] = []

    def work() -> None:
        try:
            with store.thread_connection():
                found.append(queries.by_uuid(store, "question", garbled["flipped"].uuid).text)
        except Exception as exc:  # the assertion below says what it was
            found.append(exc)

    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(30)
    finally:
        store.close()
    assert found == ["Hello\ufffd\ufffd there?"]
