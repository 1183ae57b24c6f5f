"""The store's seams: each store writes only to its own file, and a new field of a record needs
its declaration and one migration step, nothing else."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.codec import fields_from_json, fields_to_json, from_json, to_json
from l2l_desktop.core.declared import values_of
from l2l_desktop.core.kinds import KINDS
from l2l_desktop.core.validation import MAX_TEXT, ValidationError
from l2l_desktop.store import drafts, migrations, open_store, preferences, queries, versions, writes
from l2l_desktop.store.database import Store

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12, 0)


def opened(folder: Path, **kw: object) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    return open_store(folder / "l2l.sqlite3", **kw)  # type: ignore[arg-type]


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What the file holds, read with plain sqlite3 (read-only, not through the app)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_two_stores_each_write_to_their_own_file(tmp_path):
    a, b = opened(tmp_path / "a"), opened(tmp_path / "b")
    try:
        # Interleaved, so that neither store is "the last one opened" for long.
        writes.save(a, r.Tell(DAY, NOON, "told in a"))
        visit = writes.save(
            b,
            r.GembaVisit(
                DAY,
                "Dock",
                "Check the loading",
                conversations=(r.Conversation("Trucks wait", r.Person("Ana")),),
                follow_ups=(r.FollowUp("Call the carrier"),),
            ),
        )
        question = writes.save(a, r.Question(DAY, NOON, "What do you see?", r.QuestionKind.OPEN))
        writes.save(b, replace(visit, observed="Two trucks queued"))
        writes.save(a, replace(question, learned="The queue starts at 7"))
        drafts.save_draft(a, "form", {"text": "only in a"})
        preferences.set_preference(b, "key", "only in b")
        assert writes.delete(b, "gemba_visit", visit.uuid) == 3  # the visit and its two parts

        assert queries.tells_between(a, DAY, DAY)[0].note == "told in a"
        assert queries.tells_between(b, DAY, DAY) == []
        assert queries.questions_matching(b) == []
        assert queries.people(b)[0].name == "Ana" and queries.people(a) == []
    finally:
        a.close()
        b.close()

    file_a, file_b = tmp_path / "a" / "l2l.sqlite3", tmp_path / "b" / "l2l.sqlite3"
    assert rows(file_a, "SELECT note FROM tell") == [("told in a",)]
    assert rows(file_b, "SELECT note FROM tell") == []
    assert rows(file_a, "SELECT text, learned FROM question") == [
        ("What do you see?", "The queue starts at 7")
    ]
    assert rows(file_b, "SELECT count(*) FROM question") == [(0,)]
    assert rows(file_a, "SELECT count(*) FROM gemba_visit") == [(0,)]
    assert rows(file_b, "SELECT count(*) FROM gemba_visit") == [(0,)]  # deleted, in b
    assert rows(file_a, "SELECT count(*) FROM person") == [(0,)]
    assert rows(file_b, "SELECT name FROM person") == [("Ana",)]
    assert rows(file_a, "SELECT key FROM draft") == [("form",)]
    assert rows(file_b, "SELECT key FROM draft") == []
    assert rows(file_b, "SELECT value FROM preference") == [('"only in b"',)]
    assert rows(file_a, "SELECT count(*) FROM preference") == [(0,)]


# --- A new optional text field --------------------------------------------------------------


@dataclass(frozen=True)
class MoodQuestion(r.Question):
    """A copy of the question kind with one optional text field more: its whole declaration."""

    mood: str = ""


def add_mood(db: object) -> None:
    """The one migration step the new field needs."""
    db.execute_sql("""ALTER TABLE "question" ADD COLUMN "mood" TEXT NOT NULL DEFAULT ''""")  # type: ignore[attr-defined]


def test_a_new_optional_text_field_round_trips_through_store_drafts_and_json(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    old = opened(folder)  # a database of today's schema, with a question in it
    before = writes.save(old, r.Question(DAY, NOON, "What happened?", r.QuestionKind.OPEN))
    old.close()

    version = versions.SCHEMA_VERSION + 1
    monkeypatch.setattr(versions, "SCHEMA_VERSION", version)
    monkeypatch.setitem(migrations.STEPS, version, add_mood)
    kinds = KINDS.replacing("question", MoodQuestion)

    store = opened(folder, kinds=kinds)  # upgraded by the one step, then read by the new kind
    try:
        assert migrations.user_version(store.db) == version
        kept = queries.by_uuid(store, "question", before.uuid)
        assert isinstance(kept, MoodQuestion) and kept.mood == ""  # the column's default
        assert kept.text == "What happened?" and kept.created_at == before.created_at

        mood = "calm, then hopeful 🙂\nعلى ما يرام"
        question = MoodQuestion(
            DAY,
            NOON,
            "How did the trial go?",
            r.QuestionKind.OPEN,
            person=r.Person("Jonas"),
            mood=mood,
        )
        saved = writes.save(store, question)
        assert saved.mood == mood
        stored = queries.by_uuid(store, "question", question.uuid)
        assert stored == saved and stored.mood == mood
        assert queries.questions_matching(store, text="trial")[0].mood == mood
        edited = writes.save(store, replace(stored, mood="tired"))
        assert queries.by_uuid(store, "question", question.uuid).mood == "tired"
        assert edited.created_at == saved.created_at

        # Validation of a single field follows from the declaration: the text limit.
        with pytest.raises(ValidationError) as caught:
            writes.save(store, replace(question, mood="x" * (MAX_TEXT + 1)))
        assert [e.field for e in caught.value.errors] == ["mood"]

        # A draft of the form keeps the field.
        drafts.save_draft(store, "question-form", fields_to_json(MoodQuestion, values_of(saved)))
        draft = drafts.load_draft(store, "question-form")
        assert draft is not None
        assert fields_from_json(MoodQuestion, draft.payload)["mood"] == mood

        # The JSON shape has it, and reads back to the same record.
        shape = to_json(saved)
        assert shape["mood"] == mood
        assert from_json(MoodQuestion, shape) == saved
    finally:
        store.close()
    db = folder / "l2l.sqlite3"
    assert rows(db, f"SELECT mood FROM question WHERE uuid = '{question.uuid}'") == [("tired",)]

    # A database made new today has the column from the declaration, no step needed.
    fresh = opened(tmp_path / "fresh", kinds=kinds)
    try:
        again = writes.save(fresh, replace(question, mood=mood))
        assert queries.by_uuid(fresh, "question", again.uuid).mood == mood
    finally:
        fresh.close()
    columns = [
        c[1] for c in rows(tmp_path / "fresh" / "l2l.sqlite3", "PRAGMA table_info(question)")
    ]
    assert columns[-1] == "mood"
    upgraded = [c[1] for c in rows(db, "PRAGMA table_info(question)")]
    assert upgraded == columns  # the same columns in the same order, made or migrated


def test_a_store_refuses_a_record_of_a_class_it_was_not_opened_with(store):
    with pytest.raises(TypeError, match="not a record kind"):
        writes.save(store, MoodQuestion(DAY, NOON, "Why?", r.QuestionKind.OPEN))
    assert queries.user_record_count(store) == 0
