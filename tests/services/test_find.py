"""Search from the command line (services/find.py): read-only and without peewee where it can
be, and finding exactly what the window's search finds."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services.find import NoSuchPerson, search_file
from l2l_desktop.store import open_store, writes
from l2l_desktop.store.search import search
from l2l_desktop.store.versions import SCHEMA_VERSION
from tests.conftest import cli_env
from tests.fixture_dbs import copy_fixture


def _seeded(folder):
    """A closed database: two people, and records naming them on three days."""
    folder.mkdir(parents=True)
    store = open_store(folder / "l2l.sqlite3")
    ana = writes.save(store, r.Person("Ana Lima"))
    bo = writes.save(store, r.Person("Bo"))
    d1, d2, d3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)
    writes.save_many(
        store,
        [
            r.Question(d1, datetime(2026, 11, 2, 9), "How is the teamwork on nights?",
                       r.QuestionKind.OPEN, person=ana),
            r.Tell(d2, datetime(2026, 11, 9, 9), "Told the team to reorder", person=bo),
            r.GembaVisit(d3, "Dock 4", "team handover",
                         conversations=(r.Conversation("team wants a board", person=ana),)),
            r.Reflection(d3, learned="the team listens when I ask", rating=4),
        ],
    )  # fmt: skip
    store.close()
    return folder / "l2l.sqlite3"


FILTERS = [
    {},
    {"newest_first": True},
    {"kinds": frozenset({"question", "tell"})},
    {"first": date(2026, 11, 9)},
    {"last": date(2026, 11, 9)},
    {"element": Element.SUPPORT},
    {"limit": 2},
]


@pytest.mark.parametrize("filters", FILTERS, ids=[str(sorted(f)) for f in FILTERS])
@pytest.mark.parametrize("text", ["team", "work", "board", "zzqx", 'NEAR( "'])
def test_the_file_search_finds_what_the_window_search_finds(tmp_path, text, filters):
    path = _seeded(tmp_path / "data")
    found = search_file(path, text, **filters)
    store = open_store(path)
    try:
        order = "newest" if filters.get("newest_first") else "rank"
        rest = {k: v for k, v in filters.items() if k != "newest_first"}
        assert found == search(store, text, order=order, **rest)
    finally:
        store.close()


def test_a_person_is_found_by_name_whatever_its_case_and_spaces(tmp_path):
    path = _seeded(tmp_path / "data")
    # Ana: asked about the teamwork, and talked with at the dock; Bo was the one told.
    assert sorted(h.kind for h in search_file(path, "team", person="  ana   LIMA")) == [
        "gemba_visit",
        "question",
    ]
    assert [h.kind for h in search_file(path, "team", person="bo")] == ["tell"]
    with pytest.raises(NoSuchPerson):
        search_file(path, "team", person="Cleo")


def test_an_older_schema_is_upgraded_then_searched(tmp_path):
    path = copy_fixture(5, tmp_path / "data" / "l2l.sqlite3")
    # In the stored v5 journal, Maryam is named by a tell ("Told مريم حداد how to fix it")
    # and talked with on a visit whose follow-up Ollie "The Fixer" owns; both on 3 March.
    hits = search_file(path, "fix", person="مريم حداد")
    assert sorted((h.kind, h.day) for h in hits) == [
        ("gemba_visit", date(2025, 3, 3)),
        ("tell", date(2025, 3, 3)),
    ]
    store = open_store(path)
    try:
        assert store.db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()
    assert list((tmp_path / "data" / "backups").iterdir())  # the backup before the upgrade


def test_it_loads_neither_peewee_nor_the_records(tmp_path):
    path = _seeded(tmp_path / "data")
    code = (
        "import sys; from pathlib import Path\n"
        "from l2l_desktop.services.find import search_file\n"
        f"assert search_file(Path({str(path)!r}), 'team', person='Ana Lima')\n"
        "loaded = [m for m in ('peewee', 'l2l_desktop.core.records') if m in sys.modules]\n"
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=cli_env(tmp_path))
