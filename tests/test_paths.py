import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from l2l_desktop import paths
from l2l_desktop.paths import (
    DataDirError,
    check_data_dir,
    database_path,
    default_data_dir,
    ensure_data_dir,
    resolve_data_dir,
)


def test_resolution_order(tmp_path, isolated_home):
    env = {paths.ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "from-env"
    assert resolve_data_dir(None, {}) == default_data_dir()
    assert resolve_data_dir("~/journal", {}) == isolated_home / "journal"
    assert resolve_data_dir(None, {paths.ENV_DATA_DIR: ""}) == default_data_dir()


def test_default_is_platformdirs_user_data_dir(isolated_home):
    assert default_data_dir() == isolated_home / ".local/share/l2l-desktop"
    assert not default_data_dir().exists()


def test_relative_paths_become_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("rel", {}) == tmp_path / "rel"


def test_ensure_creates_with_mode_0700(tmp_path):
    target = tmp_path / "a" / "b"
    assert ensure_data_dir(target) == target
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o700
    assert database_path(target) == target / "l2l.sqlite3"
    ensure_data_dir(target)  # existing: fine


def test_a_file_is_not_a_data_dir(tmp_path):
    f = tmp_path / "file"
    f.write_text("keep me")
    with pytest.raises(DataDirError, match="not a folder"):
        check_data_dir(f)
    with pytest.raises(DataDirError, match="not a folder"):
        ensure_data_dir(f / "below")
    assert f.read_text() == "keep me"


def test_unwritable_dir_is_refused(tmp_path, monkeypatch):
    # Root ignores permission bits, so the kernel's answer is simulated here; the real thing,
    # as an unprivileged process, is in tests/test_cli.py.
    monkeypatch.setattr(paths.os, "access", lambda *_: False)
    with pytest.raises(DataDirError, match="not writable"):
        check_data_dir(tmp_path)
    with pytest.raises(DataDirError, match="cannot be created"):
        check_data_dir(tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_database_that_is_a_folder_is_refused(tmp_path):
    (tmp_path / "l2l.sqlite3").mkdir()
    with pytest.raises(DataDirError, match="cannot be read"):
        check_data_dir(tmp_path)


def test_importing_creates_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    code = "import l2l_desktop.paths, l2l_desktop.cli, l2l_desktop.store, l2l_desktop.app"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=Path(__file__).parent)
    assert list(home.iterdir()) == []
