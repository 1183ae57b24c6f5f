"""The arrows point one way (docs/architecture.md): ui → services → store → core. Read from
each module's own imports, so a shortcut across a layer fails here, not in a review."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "l2l_desktop"
# What each layer may not import (a prefix of a module name).
FORBIDDEN = {
    "core": ("PySide6", "pyqtgraph", "peewee", "l2l_desktop.store", "l2l_desktop.services",
             "l2l_desktop.ui"),
    "store": ("PySide6", "pyqtgraph", "l2l_desktop.services", "l2l_desktop.ui"),
    "services": ("PySide6", "pyqtgraph", "peewee", "l2l_desktop.ui"),
    "ui": ("peewee", "l2l_desktop.store"),
}  # fmt: skip


def imports_of(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_module_imports_across_its_layer(layer):
    crossings = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in sorted(imports_of(path)):
            if name.startswith(FORBIDDEN[layer]):
                crossings.append(f"{path.relative_to(PROJECT_ROOT)} imports {name}")
    assert crossings == []


def test_the_check_sees_a_crossing(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from l2l_desktop.store.exchange import OUTCOMES\n")
    assert "l2l_desktop.store.exchange" in imports_of(module)
