import pytest
from peewee import SqliteDatabase

from l2l_desktop.store import DatabaseTooNewError
from l2l_desktop.store.errors import MigrationError
from l2l_desktop.store.migrations import SCHEMA_VERSION, create_schema, upgrade, user_version


@pytest.fixture
def db(tmp_path):
    database = SqliteDatabase(str(tmp_path / "m.sqlite3"), pragmas={"journal_mode": "wal"})
    database.connect()
    create_schema(database)
    database.execute_sql(
        "INSERT INTO person (uuid, name, role, created_at, updated_at) "
        "VALUES ('p1', 'Ana', '', '2026-01-01', '2026-01-01')"
    )
    yield database
    database.close()


def columns(db, table):
    return [c.name for c in db.get_columns(table)]


def test_fresh_schema_is_current_version(db):
    assert user_version(db) == SCHEMA_VERSION == 1


def test_current_database_needs_no_step_and_no_backup(db, tmp_path):
    assert upgrade(db, tmp_path / "backups") == []
    assert not (tmp_path / "backups").exists()


def test_steps_run_in_order_after_a_backup(db, tmp_path):
    def add_nickname(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    def fill_nickname(d):
        d.execute_sql("UPDATE person SET nickname = substr(name, 1, 1)")

    applied = upgrade(db, tmp_path / "backups", target=3, steps={2: add_nickname, 3: fill_nickname})
    assert applied == [2, 3]
    assert user_version(db) == 3
    assert db.execute_sql("SELECT nickname FROM person").fetchone()[0] == "A"
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and "before-v2" in backups[0].name
    saved = SqliteDatabase(str(backups[0]))
    assert saved.execute_sql("PRAGMA user_version").fetchone()[0] == 1
    assert saved.execute_sql("SELECT name FROM person").fetchone()[0] == "Ana"
    saved.close()


def test_failing_step_rolls_back_to_the_last_good_version(db, tmp_path):
    def good(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN a TEXT")

    def bad(d):
        d.execute_sql("ALTER TABLE person ADD COLUMN b TEXT")
        d.execute_sql("UPDATE person SET name = 'changed'")
        raise RuntimeError("disk on fire")

    with pytest.raises(MigrationError, match="left at version 2"):
        upgrade(db, tmp_path / "backups", target=3, steps={2: good, 3: bad})
    assert user_version(db) == 2
    assert "a" in columns(db, "person") and "b" not in columns(db, "person")
    assert db.execute_sql("SELECT name FROM person").fetchone()[0] == "Ana"


def test_missing_step_is_reported_before_anything_runs(db, tmp_path):
    with pytest.raises(MigrationError, match="version 2"):
        upgrade(db, tmp_path / "backups", target=2, steps={})
    assert user_version(db) == 1
    assert not (tmp_path / "backups").exists()


def test_newer_database_is_refused(db, tmp_path):
    db.execute_sql("PRAGMA user_version = 9")
    with pytest.raises(DatabaseTooNewError):
        upgrade(db, tmp_path / "backups")
    assert user_version(db) == 9
