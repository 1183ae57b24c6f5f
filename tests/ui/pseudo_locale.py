"""What a pseudo-locale shows: every visible text of the window that did not go through a
catalogue (each translated text is shown as ``[!text!]``).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.pseudo_locale

Runs the main window on a demo history with the pseudo catalogue installed, shows each tab,
the menus and the Settings dialog, and prints each visible text left in English (with the
place it was seen), then their count. Record texts (names, notes, the starter bank's
questions) and dates written by QLocale are among them, and are not for translation; the rest
is what the languages work still has to reach. The pseudo-locale test of the translations
issue will assert this list empty of the app's own words.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.ui.test_translations import _pseudo_catalogue

NOT_WORDS = re.compile(r"[\d\W_]*")


def _texts(widget: QWidget) -> list[str]:
    out: list[str] = []
    if isinstance(widget, QLabel):
        out.append(widget.text())
    if isinstance(widget, QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QTabBar):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            out.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(), 3)):
                out.append(str(model.index(row, column).data() or ""))
    return out


def untranslated(window: QWidget, where: str) -> set[tuple[str, str]]:
    found = set()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for text in _texts(widget):
            plain = re.sub("<[^>]+>", "", text).replace("&", "").strip()
            if plain and "[!" not in plain and not NOT_WORDS.fullmatch(plain):
                found.add((where, plain[:90]))
    return found


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="l2l-pseudo-"))
    translator = QTranslator()
    translator.load(str(_pseudo_catalogue(folder)))
    QCoreApplication.installTranslator(translator)
    from l2l_desktop.app import open_data
    from l2l_desktop.services import ChangeBus, Journal
    from l2l_desktop.settings import Settings, make_qsettings
    from l2l_desktop.store.demo import fill_with_demo
    from l2l_desktop.ui.main_window import MainWindow

    store = open_data(folder / "data")
    fill_with_demo(store, 120, seed=4)
    journal = Journal(store, ChangeBus())
    window = MainWindow(journal, Settings(make_qsettings(folder / "s.ini")), "/data")
    window.resize(1100, 720)
    window.show()
    found: set[tuple[str, str]] = set()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        for _ in range(20):
            app.processEvents()
        if i == window.tabs.indexOf(window.trends):
            window.trends.warm_up()
            for _ in range(20):
                app.processEvents()
        found |= untranslated(window, f"tab {i + 1}")
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() and "[!" not in action.text():
                found.add(("menu", action.text()))
    settings = window.open_settings()
    app.processEvents()
    found |= untranslated(settings, "settings")
    settings.close()
    for where, text in sorted(found):
        print(f"{where:10} {text}")
    print(len(found), "texts left in English")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
