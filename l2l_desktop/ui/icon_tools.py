"""The steps that make the icon files, run from a clone (``docs/icons.md``):

    python -m l2l_desktop.ui.icons render   # resources/icons/hicolor/: the PNGs and the SVG
    python -m l2l_desktop.ui.icons build    # l2l_desktop/ui/icons_rc.py, from the .qrc

``render`` draws ``resources/icons/l2l-desktop.svg`` at each hicolor size with Qt's SVG
renderer (on the offscreen platform: no display needed) and copies the SVG beside them as the
scalable icon. ``build`` compiles ``resources/l2l_desktop.qrc`` with ``pyside6-rcc`` into the
module the app imports; a test fails when the module no longer matches the files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "l2l-desktop.svg"
HICOLOR = ICONS / "hicolor"
QRC = ROOT / "resources" / "l2l_desktop.qrc"
MODULE = ROOT / "l2l_desktop" / "ui" / "icons_rc.py"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Version 1 of rcc's format keeps no modification times (a fresh clone builds the same
# module); zlib, not zstd, which every Qt build reads.
RCC_OPTIONS = ("--format-version", "1", "--compress-algo", "zlib", "-g", "python")


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / "l2l-desktop.png"


def _gui() -> object:
    """A QGuiApplication to draw with, on the offscreen platform unless one is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render_app_icon(out: Path = HICOLOR) -> list[Path]:
    """The app icon's PNG at each size, and its SVG as the scalable one; the files written."""
    from l2l_desktop.ui.icons import render

    _gui()
    svg = MASTER.read_bytes()
    written = []
    for size in SIZES:
        path = out / f"{size}x{size}" / "apps" / "l2l-desktop.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(path), "PNG", 0):  # 0: the smallest file
            raise OSError(f"could not write {path}")
        written.append(path)
    scalable = out / "scalable" / "apps" / "l2l-desktop.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)
    written.append(scalable)
    return written


def rcc() -> str:
    return str(Path(sys.executable).with_name("pyside6-rcc"))


def build_module(qrc: Path = QRC, out: Path = MODULE) -> Path:
    """Compile the .qrc into the Python module that registers it (``icons_rc.py``)."""
    subprocess.run([rcc(), *RCC_OPTIONS, str(qrc), "-o", str(out)], check=True)
    return out


def main(argv: list[str]) -> int:
    """``render`` or ``build``, as the module docstring says; the exit code."""
    steps = {"render": render_app_icon, "build": build_module}
    if len(argv) != 1 or argv[0] not in steps:
        print("usage: python -m l2l_desktop.ui.icons render|build", file=sys.stderr)
        return 2
    made = steps[argv[0]]()
    for path in made if isinstance(made, list) else [made]:
        print(path.relative_to(ROOT))
    return 0
