"""The app icon at 16, 48 and 256 px on a light and a dark background, and the window's tabs
and File and Edit menus with their icons, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/icon_shots.py
It writes ``docs/screenshots/icon-sizes.png``, ``tab-icons-<palette>.png`` and
``menu-icons-<palette>.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from take_screenshots import put_away, windows

from l2l_desktop.app import open_data
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.icon_tools import MASTER
from l2l_desktop.ui.icons import app_icon, render, use_app_icon
from l2l_desktop.ui.theme import app_style

OUT = Path(__file__).resolve().parent
SIZES = (16, 48, 256)
BACKGROUNDS = ("#ffffff", "#202124")  # the light palette's base, the dark palette's window
ZOOM = 6  # the 16 px icon once more, each pixel a 6 px square: what a 16 px icon really is


def icon_sizes() -> QImage:
    """Each size side by side, then the 16 px one magnified, on each background."""
    gap = 24
    width = gap + sum(size + gap for size in SIZES) + 16 * ZOOM + gap
    height = len(BACKGROUNDS) * (256 + 2 * gap)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    svg = MASTER.read_bytes()
    for row, background in enumerate(BACKGROUNDS):
        top = row * (256 + 2 * gap)
        painter.fillRect(QRect(0, top, width, 256 + 2 * gap), QColor(background))
        x = gap
        for size in SIZES:
            painter.drawImage(x, top + gap + (256 - size) // 2, render(svg, size))
            x += size + gap
        small = app_icon().pixmap(16, 16).toImage()  # the 16 px PNG, as the window uses it
        big = small.scaled(16 * ZOOM, 16 * ZOOM, mode=Qt.TransformationMode.FastTransformation)
        painter.drawImage(x, top + gap + (256 - 16 * ZOOM) // 2, big)
    painter.end()
    return sheet


def menu_grab(app: QApplication, window) -> QPixmap:
    """The File and the Edit menu, opened, side by side."""
    menus = [window.undo_action.associatedObjects()[0], window.quit_action.associatedObjects()[0]]
    grabs = []
    for menu in reversed(menus):
        menu.popup(window.mapToGlobal(QPoint(40, 40)))
        for _ in range(3):
            app.processEvents()
        grabs.append(menu.grab())
        menu.close()
    both = QPixmap(sum(g.width() for g in grabs) + 16, max(g.height() for g in grabs))
    both.fill(window.palette().color(window.backgroundRole()))
    painter = QPainter(both)
    painter.drawPixmap(0, 0, grabs[0])
    painter.drawPixmap(grabs[0].width() + 16, 0, grabs[1])
    painter.end()
    return both


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle(app_style())
    use_app_icon(app)
    icon_sizes().save(str(OUT / "icon-sizes.png"))
    folder = Path(tempfile.mkdtemp(prefix="l2l-icon-shots-"))
    store = open_data(folder / "data")
    fill_with_demo(store, 60)
    journal = Journal(store, ChangeBus())
    for name, window in windows(app, journal, folder):
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"tab-icons-{name}.png"))
        menu_grab(app, window).save(str(OUT / f"menu-icons-{name}.png"))
        put_away(app, window)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
