"""PySide6's check of each module imported after it (``ui/import_check.py``): the same answer
as PySide6's own, without reading every source into ``linecache``."""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import l2l_desktop.ui.main_window
from l2l_desktop.ui import import_check


def _installed():
    feature = sys.modules["PySide6.support.feature"]
    check = feature._mod_uses_pyside
    return feature, check, check.__wrapped__


def test_the_cheap_check_replaces_pyside6s_once():
    assert import_check.lighten() is True  # the test session's conftest installed it already
    _feature, check, original = _installed()
    assert import_check.lighten() is True
    assert _installed()[1] is check  # not wrapped twice
    assert not hasattr(original, "__wrapped__")  # PySide6's own, underneath


def test_it_answers_as_pyside6_does_for_every_module_the_app_loads():
    import pyqtgraph  # noqa: F401  (its modules and numpy's too)

    _feature, check, original = _installed()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300
    differ = [m.__name__ for m in modules if check(m) != original(m)]
    assert differ == []
    # Both answers occur: the window's tabs name PySide6, the records do not.
    assert check(sys.modules["l2l_desktop.ui.main_window"]) is True
    assert check(sys.modules["l2l_desktop.core.records"]) is False


def test_a_module_imported_afterwards_is_not_kept_in_linecache(tmp_path, monkeypatch):
    (tmp_path / "l2l_fresh_a.py").write_text("from PySide6 import QtCore\nX = 1\n")
    (tmp_path / "l2l_fresh_b.py").write_text("# names no Qt binding\nY = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    feature = sys.modules["PySide6.support.feature"]
    # An import statement's way (PySide6 hooks builtins.__import__, not importlib's).
    a = __import__("l2l_fresh_a")
    b = __import__("l2l_fresh_b")
    try:
        # PySide6's hook saw both, through the cheap check, and got its answers right.
        assert feature.pyside_feature_dict["l2l_fresh_a"] == 0
        assert feature.pyside_feature_dict["l2l_fresh_b"] == -1
        assert a.__file__ not in linecache.cache
        assert b.__file__ not in linecache.cache
    finally:
        for name in ("l2l_fresh_a", "l2l_fresh_b"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_a_module_whose_file_is_gone_is_left_to_pyside6(tmp_path):
    _feature, check, _original = _installed()
    gone = types.ModuleType("l2l_gone")
    gone.__file__ = str(tmp_path / "l2l_gone.py")  # never written
    assert check(gone) is False  # PySide6's own check: no source, so no PySide6
    built_in = sys.modules["sys"]
    assert check(built_in) is False


def test_without_pyside6s_check_nothing_is_replaced(monkeypatch):
    bare = types.ModuleType("PySide6.support.feature")
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", bare)
    assert import_check.lighten() is False
    assert not hasattr(bare, "_mod_uses_pyside")


@pytest.mark.parametrize("lighten", [False, True])
def test_the_apps_imports_fill_linecache_only_without_it(lighten):
    """In a process of its own, as the app starts: the window's modules and pyqtgraph's,
    imported after PySide6, leave their sources in linecache unless the check is cheap."""
    script = (
        "import linecache, sys\n"
        "import PySide6.QtWidgets\n"
        "from l2l_desktop.ui import import_check\n"
        f"if {lighten}: import_check.lighten()\n"
        "import l2l_desktop.ui.main_window, pyqtgraph\n"
        "import json; print(json.dumps(sorted(linecache.cache)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    kept = json.loads(done.stdout.strip().splitlines()[-1])
    ours = Path(l2l_desktop.ui.main_window.__file__).parents[1]
    window = [path for path in kept if Path(path).is_relative_to(ours)]
    plots = [path for path in kept if f"{os.sep}pyqtgraph{os.sep}" in path]
    if lighten:  # read before the check was replaced: l2l_desktop.ui, imported with it
        assert len(window) <= 2
        assert plots == [] and len(kept) < 20
    else:
        assert len(window) > 10 and len(plots) > 50
