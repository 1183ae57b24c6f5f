"""Stored databases of every earlier schema version open, upgrade and read with nothing lost.

The databases in tests/fixtures are built by tests/fixtures/make_schema_fixtures.py from frozen
DDL; schema_fixtures.json lists every row they hold. Each test works on a copy.
"""

from __future__ import annotations

import ast
import fnmatch
import hashlib
import json
import os
import sqlite3
import struct
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import to_mask
from l2l_desktop.core.question_bank import STARTER_BANK
from l2l_desktop.store import DatabaseTooNewError, Store, drafts, open_store, queries, writes
from l2l_desktop.store.migrations import user_version
from l2l_desktop.store.seed import starter_uuid
from l2l_desktop.store.versions import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import schema_tables
from tests.fixture_dbs import (
    FIXTURES_DIR,
    MANIFEST_PATH,
    SCRIPT_PATH,
    copy_fixture,
    dump,
    expected_tables,
    fixture_path,
    fixture_versions,
    integrity,
    manifest,
    missing_or_changed,
    read_only,
    row_key,
)

OLD_VERSIONS = list(range(1, SCHEMA_VERSION))
RECORD_TABLES = set(schema_tables(records_only=True))
ADDED_IN = {"coaching_session": 8, "coaching_obstacle": 8}  # record tables a later step made


def record_tables(version: int) -> set[str]:
    """The record tables a database of ``version`` has."""
    return {t for t in RECORD_TABLES if ADDED_IN.get(t, 1) <= version}


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture(autouse=True)
def stored_fixtures_untouched():
    """No test here may change, or add anything beside, the stored files."""
    before = _snapshot(FIXTURES_DIR)
    yield
    assert _snapshot(FIXTURES_DIR) == before


def test_a_fixture_for_every_earlier_schema_version():
    # Fails when SCHEMA_VERSION goes up without a stored database of the version left behind:
    # add it to make_schema_fixtures.py (frozen DDL and rows), run the script, commit the files.
    assert fixture_versions() == OLD_VERSIONS, (
        f"SCHEMA_VERSION is {SCHEMA_VERSION}: tests/fixtures needs a stored database of each "
        f"version 1..{SCHEMA_VERSION - 1}, and has {fixture_versions()}"
    )
    for version in OLD_VERSIONS:
        path = fixture_path(version)
        header = path.read_bytes()[:100]
        assert header.startswith(b"SQLite format 3\x00")
        assert struct.unpack(">I", header[60:64])[0] == version  # user_version
        assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
        assert header[18] == header[19] == 1, "rollback journal: the file is complete alone"
        assert path.stat().st_size < 256 * 1024  # version 5's search index takes 128 KiB
        assert not path.with_name(path.name + "-wal").exists()


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_stored_fixture_holds_exactly_its_manifest(version):
    path = fixture_path(version)
    assert integrity(path) == "ok"
    stored = dump(path)
    assert stored["user_version"] == version
    assert stored["application_id"] == APPLICATION_ID
    # The search index (version 5 on) is made by its triggers from the records: not listed.
    index = {t for t in stored["tables"] if t.startswith("search_")}
    assert bool(index) == (version >= 5)
    tables = {t: rows for t, rows in stored["tables"].items() if t not in index}
    assert tables == expected_tables(version)
    assert set(tables) >= record_tables(version), "every record table of its version"
    empty = [table for table, rows in tables.items() if not rows]
    assert empty == [], "at least one row in every table"


def _set_journal_mode(path: Path, mode: str) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0] == mode
    finally:
        conn.close()


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_upgrade_keeps_every_row_after_a_backup_of_the_old_version(tmp_path, version, journal):
    data = tmp_path / "data"
    path = copy_fixture(version, data / "l2l.sqlite3")
    _set_journal_mode(path, journal)  # the app leaves its files in WAL mode
    store = open_store(path)
    try:
        assert user_version(store.db) == SCHEMA_VERSION
        assert store.quick_check() == "ok"
    finally:
        store.close()

    assert integrity(path) == "ok"
    assert missing_or_changed(path, version) == []
    after = dump(path)
    assert after["user_version"] == SCHEMA_VERSION
    assert after["application_id"] == APPLICATION_ID
    with read_only(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Nothing else appeared, but the starter bank that version 2 seeds.
    old = expected_tables(version)
    for table, rows in after["tables"].items():
        if table.startswith("search_"):
            continue  # the search index (version 5) is made from the records: checked below
        key = row_key(rows)
        known = {row[key] for row in old.get(table, [])}
        extra = [row for row in rows if row[key] not in known]
        if table == "bank_question" and version < 2:
            assert {row["uuid"] for row in extra} == {starter_uuid(e.text) for e in STARTER_BANK}
            assert all(row["builtin"] == 1 and row["active"] == 1 for row in extra)
        else:
            assert extra == [], f"{table} gained rows"
    # The search index holds one row for each record of the searched kinds, and its texts.
    searched = {
        row["uuid"]: row
        for table in ("person", "intention", "intention_pause", "rest_period", "question",
                      "tell", "gemba_visit", "reflection")
        for row in after["tables"].get(table, [])
    }  # fmt: skip
    docs = {row["uuid"]: row for row in after["tables"]["search_doc"]}
    assert set(docs) == set(searched)
    for uuid, row in searched.items():
        for column in ("text", "heart", "note", "place", "learned", "name"):
            if row.get(column):
                assert row[column] in docs[uuid]["body"], (uuid, column)
    # The upgraded schema is the schema of a database made new today.
    fresh = tmp_path / "fresh" / "l2l.sqlite3"
    fresh.parent.mkdir()
    open_store(fresh).close()
    # A column a step added carries the DEFAULT its rows needed; a new database declares the
    # same column without one (verify.py compares structure for that reason).
    assert _without_added_defaults(after["schema"]) == dump(fresh)["schema"]

    # One backup, taken before the first step: the old version, untouched.
    backups = sorted((data / "backups").iterdir())
    assert len(backups) == 1
    assert fnmatch.fnmatch(backups[0].name, f"l2l-*-before-v{version + 1}.sqlite3")
    assert integrity(backups[0]) == "ok"
    before = dump(fixture_path(version))
    assert dump(backups[0]) == before


ADDED_DEFAULTS = (' "archived" INTEGER NOT NULL DEFAULT 0', """ "notes" TEXT NOT NULL DEFAULT ''""")


def _without_added_defaults(schema: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The schema as a new database writes it: the DEFAULTs of the columns added by version 7
    (a person's archived flag and notes) taken out of the person table's SQL."""
    out = []
    for kind, name, table, sql in schema:
        if (kind, name) == ("table", "person"):
            for added in ADDED_DEFAULTS:
                sql = sql.replace(
                    added, added.removesuffix(" DEFAULT 0").removesuffix(" DEFAULT ''")
                )
        out.append((kind, name, table, sql))
    return sorted(out)


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _stamps(record: Any, row: dict[str, Any]) -> None:
    assert record.uuid == row["uuid"]
    assert record.created_at == _dt(row["created_at"])
    assert record.updated_at == _dt(row["updated_at"])


def _person_uuid(person: r.Person | None) -> str | None:
    return None if person is None else person.uuid


def _read_through_queries(store: Store, tables: dict[str, list[dict[str, Any]]]) -> int:
    """Check every record row of ``tables`` as the screens read it; returns how many."""
    checked = 0
    person_uuid = {row["id"]: row["uuid"] for row in tables["person"]}
    intention_uuid = {row["id"]: row["uuid"] for row in tables["intention"]}
    listed_people = {p.uuid: p for p in queries.people(store)}
    for row in tables["person"]:
        person = queries.by_uuid(store, "person", row["uuid"])
        _stamps(person, row)
        assert (person.name, person.role) == (row["name"], row["role"])
        added = (row.get("cadence_days"), bool(row.get("archived", 0)), row.get("notes", ""))
        assert (person.cadence_days, person.archived, person.notes) == added  # version 7 on
        assert listed_people[row["uuid"]] == person
        checked += 1

    actions = tables["intention_action"]
    for row in tables["intention"]:
        intention = queries.by_uuid(store, "intention", row["uuid"])
        _stamps(intention, row)
        assert intention.day == _day(row["day"])
        assert (intention.heart, intention.direction) == (row["heart"], row["direction"])
        assert to_mask(intention.elements) == row["elements"]
        mine = sorted(
            (a for a in actions if a["intention_id"] == row["id"]), key=lambda a: a["position"]
        )
        assert [(a.uuid, a.text, a.element.bit, int(a.done)) for a in intention.actions] == [
            (a["uuid"], a["text"], a["elements"], a["done"]) for a in mine
        ]
        assert queries.intention_for_day(store, intention.day) == intention
        checked += 1 + len(mine)

    for row in tables["intention_pause"]:
        pause = queries.by_uuid(store, "pause", row["uuid"])
        _stamps(pause, row)
        assert (pause.day, pause.at) == (_day(row["day"]), _dt(row["at"]))
        assert (pause.alignment.value, pause.note) == (row["alignment"], row["note"])
        assert to_mask(pause.elements) == row["elements"]
        assert pause in queries.pauses_for_day(store, pause.day)
        checked += 1

    recent = {q.uuid: q for q in queries.questions_matching(store)}
    for row in tables["question"]:
        question = queries.by_uuid(store, "question", row["uuid"])
        _stamps(question, row)
        assert (question.day, question.asked_at) == (_day(row["day"]), _dt(row["asked_at"]))
        assert (question.text, question.context, question.learned) == (
            row["text"],
            row["context"],
            row["learned"],
        )
        assert question.kind.value == row["kind"]
        suggested = question.suggested_kind.value if question.suggested_kind else None
        assert suggested == row["suggested_kind"]
        assert _person_uuid(question.person) == person_uuid.get(row["person_id"])
        assert to_mask(question.elements) == row["elements"]
        assert recent[row["uuid"]] == question
        checked += 1

    for row in tables["tell"]:
        tell = queries.by_uuid(store, "tell", row["uuid"])
        _stamps(tell, row)
        assert (tell.day, tell.told_at, tell.note) == (
            _day(row["day"]),
            _dt(row["told_at"]),
            row["note"],
        )
        assert _person_uuid(tell.person) == person_uuid.get(row["person_id"])
        assert to_mask(tell.elements) == row["elements"]
        assert tell in queries.tells_between(store, tell.day, tell.day)
        checked += 1

    bank = {b.uuid: b for b in queries.bank_questions(store, include_retired=True)}
    active = {b.uuid for b in queries.bank_questions(store)}
    for row in tables["bank_question"]:
        question = queries.by_uuid(store, "bank_question", row["uuid"])
        _stamps(question, row)
        assert (question.text, question.purpose) == (row["text"], row["purpose"])
        assert (int(question.active), int(question.builtin)) == (row["active"], row["builtin"])
        assert bank[row["uuid"]] == question
        assert (row["uuid"] in active) == bool(row["active"])
        checked += 1

    visits = {v.uuid: v for v in queries.visits_matching(store)}
    for row in tables["gemba_visit"]:
        visit = queries.by_uuid(store, "gemba_visit", row["uuid"])
        _stamps(visit, row)
        assert visit.day == _day(row["day"])
        assert (visit.place, visit.purpose, visit.status.value) == (
            row["place"],
            row["purpose"],
            row["status"],
        )
        assert (visit.observed, visit.care) == (row["observed"], row["care"])
        assert to_mask(visit.elements) == row["elements"]
        assert visits[row["uuid"]] == visit

        def children(table: str, visit_id: int = row["id"]) -> list[dict[str, Any]]:
            mine = [c for c in tables[table] if c["visit_id"] == visit_id]
            return sorted(mine, key=lambda c: c["position"])

        assert [(a.uuid, a.text, a.result.value, a.fact) for a in visit.assumptions] == [
            (a["uuid"], a["text"], a["result"], a["fact"]) for a in children("gemba_assumption")
        ]
        assert [(c.uuid, c.learned, _person_uuid(c.person)) for c in visit.conversations] == [
            (c["uuid"], c["learned"], person_uuid.get(c["person_id"]))
            for c in children("gemba_conversation")
        ]
        assert [(f.uuid, f.text, f.owner, f.due_day, f.done_day) for f in visit.follow_ups] == [
            (f["uuid"], f["text"], f["owner"], _day(f["due_day"]), _day(f["done_day"]))
            for f in children("follow_up")
        ]
        checked += 1 + sum(
            len(children(t)) for t in ("gemba_assumption", "gemba_conversation", "follow_up")
        )
    open_ones = {o.follow_up.uuid for o in queries.open_follow_ups(store)}
    assert open_ones == {f["uuid"] for f in tables["follow_up"] if f["done_day"] is None}

    days = [_day(row["day"]) for row in tables["reflection"]]
    between = {x.uuid: x for x in queries.reflections_between(store, min(days), max(days))}
    for row in tables["reflection"]:
        reflection = queries.by_uuid(store, "reflection", row["uuid"])
        _stamps(reflection, row)
        assert (reflection.day, reflection.kind.value) == (_day(row["day"]), row["kind"])
        texts = ("went_well", "went_badly", "learned", "adjust_next")
        assert [getattr(reflection, t) for t in texts] == [row[t] for t in texts]
        assert reflection.rating == row["rating"]
        assert reflection.intention_uuid == intention_uuid.get(row["intention_id"])
        assert to_mask(reflection.elements) == row["elements"]
        assert between[row["uuid"]] == reflection
        if row["kind"] == "daily":
            assert queries.daily_reflection(store, reflection.day) == reflection
        checked += 1

    for row in tables["rest_period"]:
        rest = queries.by_uuid(store, "rest_period", row["uuid"])
        _stamps(rest, row)
        assert (rest.first_day, rest.last_day) == (_day(row["first_day"]), _day(row["last_day"]))
        assert (rest.kind.value, rest.note) == (row["kind"], row["note"])
        assert rest in queries.rest_periods_between(store, rest.first_day, rest.last_day)
        checked += 1
    return checked


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_queries_read_every_upgraded_record_and_it_can_be_edited(tmp_path, version):
    tables = expected_tables(version)
    store = open_store(copy_fixture(version, tmp_path / "data" / "l2l.sqlite3"))
    try:
        checked = _read_through_queries(store, tables)
        assert checked == sum(len(tables[t]) for t in record_tables(version))
        for row in tables.get("draft", []):
            draft = drafts.load_draft(store, row["key"])
            assert draft.payload == json.loads(row["payload"])
            assert draft.updated_at == _dt(row["updated_at"])

        # The upgraded database takes edits of old records and new ones.
        old = queries.by_uuid(store, "reflection", tables["reflection"][0]["uuid"])
        edited = writes.save(store, replace(old, learned=old.learned + "\nedited ✅"))
        assert edited.learned.endswith("edited ✅") and edited.created_at == old.created_at
        visit = queries.by_uuid(store, "gemba_visit", tables["gemba_visit"][0]["uuid"])
        kept = writes.save(store, replace(visit, care="still here"))
        assert kept.follow_ups == visit.follow_ups and kept.assumptions == visit.assumptions
        new = writes.save(store, r.Tell(date(2026, 1, 2), datetime(2026, 1, 2, 9), "new"))
        assert queries.by_uuid(store, "tell", new.uuid) == new
        drafts.save_draft(store, "questions.new", {"text": "typed after the upgrade"})
        assert drafts.load_draft(store, "questions.new").payload["text"].endswith("upgrade")
    finally:
        store.close()


def test_the_script_is_frozen_and_rebuilds_the_same_databases(tmp_path):
    tree = ast.parse(SCRIPT_PATH.read_text(encoding="utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    }
    assert not any(n.split(".")[0] in {"l2l_desktop", "peewee", "tests"} for n in imported), (
        "the fixture script must not import the app: old schemas are frozen in it"
    )
    done = subprocess.run(
        [sys.executable, str(SCRIPT_PATH), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / MANIFEST_PATH.name).read_text(encoding="ascii")) == manifest()
    for version in fixture_versions():
        rebuilt = tmp_path / fixture_path(version).name
        assert dump(rebuilt) == dump(fixture_path(version))


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path, journal):
    data = tmp_path / "data"
    path = copy_fixture(max(fixture_versions()), data / "l2l.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    with pytest.raises(DatabaseTooNewError, match="untouched"):
        open_store(path)
    after = {p.name: p.read_bytes() for p in data.iterdir()}
    assert after["l2l.sqlite3"] == before["l2l.sqlite3"]
    # No backup and nothing else written. The read-only look at a WAL database leaves SQLite's
    # empty -wal and its -shm index behind (they hold no data; a newer app reuses them).
    assert set(after) - set(before) <= {"l2l.sqlite3-wal", "l2l.sqlite3-shm"}
    assert after.get("l2l.sqlite3-wal", b"") == b""
    if journal == "delete":
        assert after == before
