"""Shared fixtures: every test gets a fresh data dir, fresh settings and a headless Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display here, and none needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
_RUNTIME = tempfile.mkdtemp(prefix="l2l-test-runtime-")
os.chmod(_RUNTIME, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _RUNTIME  # else Qt warns that it is unset

import pytest  # noqa: E402

from l2l_desktop.ui import import_check  # noqa: E402

import_check.lighten()  # as the app does (app.py): the modules imported next are not re-read

from l2l_desktop.app import open_data  # noqa: E402
from l2l_desktop.paths import ENV_DATA_DIR  # noqa: E402
from l2l_desktop.store import Store  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _english_numbers():
    """Numbers and dates as an English (US) locale writes them, whatever the machine's: the
    window writes them with QLocale (a C locale would write 1,234 as 1234)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


@pytest.fixture(scope="session", autouse=True)
def _delete_widgets_before_exit():
    """Delete every window before the interpreter exits (a live pyqtgraph widget can crash it)."""
    yield
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        app.processEvents()
        app.sendPostedEvents(None, 0)  # 0 = QEvent.DeferredDelete
        app.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME and the XDG folders at a temporary folder of the test's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data dir that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_data(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def journal(store: Store, qapp):
    from l2l_desktop.services import ChangeBus, Journal

    return Journal(store, ChangeBus())


@pytest.fixture
def settings(tmp_path: Path, qapp):
    from l2l_desktop.settings import Settings, make_qsettings

    return Settings(make_qsettings(tmp_path / "settings.ini"))


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment for running the app in a child process, isolated like the tests."""
    env = dict(os.environ)
    home = tmp_path / "child-home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),  # the log file
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(PROJECT_ROOT),
    )
    env.pop(ENV_DATA_DIR, None)
    env.update(extra)
    return env


def run_cli(
    tmp_path: Path, *args: str, timeout: float = 60, **popen: object
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m l2l_desktop ARGS`` to completion."""
    env = popen.pop("env", None) or cli_env(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "l2l_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        **popen,
    )


def schema_tables(records_only: bool = False) -> list[str]:
    """The table names of the current schema (of the records alone, or with drafts,
    preferences, deletions and the search index), as the store derives them from the
    declarations."""
    from peewee import SqliteDatabase

    from l2l_desktop.store.migrations import create_schema
    from l2l_desktop.store.schema import Tables

    db = SqliteDatabase(":memory:")
    tables = Tables(db)
    names = [t.name for t in tables.record_tables()]
    if records_only:
        return names
    db.connect()
    try:  # and the search index's tables (FTS5 makes a few of its own for each index)
        create_schema(db, tables)
        search = [
            name
            for (name,) in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search%'"
            )
        ]
    finally:
        db.close()
    others = [tables.draft, tables.preference, tables.deletion]
    return [*names, *(model._meta.table_name for model in others), *search]


def seed_one_record(data: Path) -> None:
    """A data folder whose journal holds one record of the user's (an empty one is not
    backed up: there is nothing of the user's to keep)."""
    from datetime import date, datetime

    from l2l_desktop.core import records as r
    from l2l_desktop.store import writes

    store = open_data(data)
    try:
        writes.save(store, r.Tell(date(2026, 11, 23), datetime(2026, 11, 23, 9), "seed"))
    finally:
        store.close()
