"""The log file: private, rotating, in the platform's log folder."""

from __future__ import annotations

import logging
import stat

import pytest

from l2l_desktop import logs


@pytest.fixture
def clean_root():
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in saved[0]:
            handler.close()
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_the_log_folder_is_the_platforms(isolated_home):
    assert logs.log_dir() == isolated_home / ".local/state/l2l-desktop/log"
    assert not logs.log_dir().exists()  # nothing is created until logging is set up


def test_setup_writes_a_private_file_once(clean_root, tmp_path):
    folder = tmp_path / "log"
    path = logs.setup_logging(folder)
    assert path == folder / logs.LOG_NAME
    assert logs.setup_logging(folder) == path  # a second call adds no handler
    assert sum(isinstance(h, logs.PrivateFileHandler) for h in clean_root.handlers) == 1
    logging.getLogger("l2l_desktop.test").warning("written with ü and 😀")
    for handler in clean_root.handlers:
        handler.flush()
    assert "written with ü and 😀" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_unwritable_log_folder_does_not_stop_the_app(clean_root, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.setup_logging(blocker / "log") is None


def test_rotated_files_stay_private(clean_root, tmp_path):
    path = logs.setup_logging(tmp_path / "log")
    handler = next(h for h in clean_root.handlers if isinstance(h, logs.PrivateFileHandler))
    handler.maxBytes = 200
    for i in range(20):
        logging.getLogger("l2l_desktop.test").warning("line %d %s", i, "x" * 50)
    rotated = sorted(path.parent.iterdir())
    assert len(rotated) == logs.KEEP_FILES + 1
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in rotated)
