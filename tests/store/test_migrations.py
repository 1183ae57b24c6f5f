import sqlite3
from datetime import date

import pytest
from peewee import SqliteDatabase

from l2l_desktop.core import records as r
from l2l_desktop.store import DatabaseTooNewError, drafts, open_store, preferences, queries, writes
from l2l_desktop.store.errors import MigrationError
from l2l_desktop.store.migrations import create_schema, upgrade, user_version
from l2l_desktop.store.versions import SCHEMA_VERSION


@pytest.fixture
def db(tmp_path):
    database = SqliteDatabase(str(tmp_path / "m.sqlite3"), pragmas={"journal_mode": "wal"})
    database.connect()
    create_schema(database)
    database.execute_sql(
        "INSERT INTO person (uuid, name, role, archived, notes, created_at, updated_at) "
        "VALUES ('p1', 'Ana', '', 0, '', '2026-01-01', '2026-01-01')"
    )
    yield database
    database.close()


def columns(db, table):
    return [c.name for c in db.get_columns(table)]


def test_fresh_schema_is_current_version(db):
    assert user_version(db) == SCHEMA_VERSION == 8
    later = {"draft", "preference", "search_doc", "search_fts", "search_tri", "deletion"}
    assert later <= set(db.get_tables())
    assert db.execute_sql("SELECT count(*) FROM bank_question WHERE builtin").fetchone()[0] >= 20


def without_search_index(conn):
    """Drop what versions 5 to 8 added: the search index and its triggers, the deletions, a
    person's cadence, archived flag and notes, the coaching sessions."""
    conn.execute("DROP TABLE coaching_obstacle")
    conn.execute("DROP TABLE coaching_session")
    conn.execute("DROP TABLE deletion")
    for (trigger,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{trigger}"')
    for table in ("search_fts", "search_tri", "search_doc"):
        conn.execute(f"DROP TABLE {table}")
    for column in ("cadence_days", "archived", "notes"):
        conn.execute(f'ALTER TABLE person DROP COLUMN "{column}"')


def as_version_1(path):
    """A database as version 1 left it: no draft or preference table, no starter bank, no
    search index."""
    conn = sqlite3.connect(path)
    without_search_index(conn)
    conn.execute("DROP TABLE draft")
    conn.execute("DROP TABLE preference")
    conn.execute("DELETE FROM bank_question")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_real_upgrade_from_version_1_keeps_records_and_backs_up(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    store = open_store(path)
    writes.save(store, r.Reflection(date(2026, 11, 23), learned="Keep me", rating=4))
    store.close()
    as_version_1(path)
    store = open_store(path)
    try:
        assert user_version(store.db) == SCHEMA_VERSION
        assert preferences.get_preference(store, "x", "none") == "none"
        assert (
            queries.reflections_between(store, date(2026, 11, 23), date(2026, 11, 23))[0].learned
            == "Keep me"
        )
        assert len(queries.bank_questions(store)) >= 20
        drafts.save_draft(store, "form", {"text": "works"})
        assert drafts.load_draft(store, "form").payload == {"text": "works"}
    finally:
        store.close()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and "before-v2" in backups[0].name  # one backup for both steps
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT learned FROM reflection").fetchone()[0] == "Keep me"
    old.close()


def test_current_database_needs_no_step_and_no_backup(db, tmp_path):
    assert upgrade(db, tmp_path / "backups") == []
    assert not (tmp_path / "backups").exists()


def test_steps_run_in_order_after_a_backup(db, tmp_path):
    def add_nickname(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    def fill_nickname(d):
        d.execute_sql("UPDATE person SET nickname = substr(name, 1, 1)")

    v = SCHEMA_VERSION
    steps = {v + 1: add_nickname, v + 2: fill_nickname}
    applied = upgrade(db, tmp_path / "backups", target=v + 2, steps=steps)
    assert applied == [v + 1, v + 2]
    assert user_version(db) == v + 2
    assert db.execute_sql("SELECT nickname FROM person").fetchone()[0] == "A"
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and f"before-v{v + 1}" in backups[0].name
    saved = SqliteDatabase(str(backups[0]))
    assert saved.execute_sql("PRAGMA user_version").fetchone()[0] == v
    assert saved.execute_sql("SELECT name FROM person").fetchone()[0] == "Ana"
    saved.close()


def test_failing_step_rolls_back_to_the_last_good_version(db, tmp_path):
    def good(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN a TEXT")

    def bad(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN b TEXT")
        d.execute_sql("UPDATE person SET name = 'changed'")
        raise RuntimeError("disk on fire")

    v = SCHEMA_VERSION
    with pytest.raises(MigrationError, match=f"left at version {v + 1}"):
        upgrade(db, tmp_path / "backups", target=v + 2, steps={v + 1: good, v + 2: bad})
    assert user_version(db) == v + 1
    assert "a" in columns(db, "person") and "b" not in columns(db, "person")
    assert db.execute_sql("SELECT name FROM person").fetchone()[0] == "Ana"


def test_missing_step_is_reported_before_anything_runs(db, tmp_path):
    v = SCHEMA_VERSION
    with pytest.raises(MigrationError, match=f"version {v + 1}"):
        upgrade(db, tmp_path / "backups", target=v + 1, steps={})
    assert user_version(db) == v
    assert not (tmp_path / "backups").exists()


def test_newer_database_is_refused(db, tmp_path):
    db.execute_sql("PRAGMA user_version = 9")
    with pytest.raises(DatabaseTooNewError):
        upgrade(db, tmp_path / "backups")
    assert user_version(db) == 9


def test_upgrade_from_version_2_adds_preferences(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    without_search_index(conn)
    conn.execute("DROP TABLE preference")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        assert user_version(store.db) == SCHEMA_VERSION
        preferences.set_practice_weekdays(store, {"gemba_visit": frozenset({1, 3})})
        assert preferences.practice_weekdays(store) == {"gemba_visit": frozenset({1, 3})}
    finally:
        store.close()
    assert any("before-v3" in p.name for p in (tmp_path / "backups").iterdir())
