"""Under a pseudo-locale (every text of the catalogue shown as ``[!text!]``), no visible text
of the app's own is left in English: every tab, the menus, the dialogs and the reminders.

What may show unwrapped: what the user wrote (the records' texts, read from the database),
what Qt and QLocale write (dates, day and month names, the standard buttons, which Qt's own
catalogue translates), numbers, and the names of the languages in their own language."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from l2l_desktop.core.reminders import Reminder, ReminderKind, slot_key
from tests.ui.conftest import on_next_dialog
from tests.ui.test_translations import _pseudo_catalogue

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TAGS = re.compile(r"<[^>]+>")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
ENDONYMS = {"Deutsch", "English"}  # each language is offered in its own name


def _record_texts(database) -> list[str]:
    """Every text the database holds (what the user wrote, and the demo's), longest first."""
    conn = sqlite3.connect(database)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        texts = set()
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                texts |= {v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 1}
    finally:
        conn.close()
    return sorted(texts, key=len, reverse=True)


def _locale_words() -> re.Pattern[str]:
    """The day and month names QLocale writes (long and short), as whole words."""
    locale = QLocale()
    forms = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    words = {locale.dayName(d, f) for d in range(1, 8) for f in forms}
    words |= {locale.monthName(m, f) for m in range(1, 13) for f in forms}
    words |= {locale.standaloneMonthName(m, f) for m in range(1, 13) for f in forms}
    words |= {*ENDONYMS, "L2L Desktop"}
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternatives})\b")


def _standard(button: QAbstractButton) -> bool:
    """A standard button of a button box or message box: Qt's own catalogue words it."""
    parent = button.parent()
    while parent is not None:
        if isinstance(parent, QDialogButtonBox):
            return parent.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        if isinstance(parent, QMessageBox):
            return parent.standardButton(button) != QMessageBox.StandardButton.NoButton
        parent = parent.parent()
    return False


def _texts(widget: QWidget) -> list[str]:
    out: list[str] = []
    if widget.isWindow():
        out.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        out.append(widget.text())
    if isinstance(widget, QAbstractButton) and not _standard(widget):
        out.append(widget.text())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QTabBar):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QTextEdit):
        out.append(widget.placeholderText())
        if widget.isReadOnly():
            out += widget.toPlainText().splitlines()
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            out.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(), 5)):
                out.append(str(model.index(row, column).data() or ""))
    return out


class Seen:
    """The visible texts left in English, with where each was seen."""

    def __init__(self, records: list[str]) -> None:
        self.records = records
        self.words = _locale_words()
        self.left: set[tuple[str, str]] = set()
        self.translated: dict[str, int] = {}  # where: how many texts were seen translated

    def english(self, text: str) -> bool:
        text = re.sub(r"<code>.*?</code>", " ", text)  # a path or a command: not words
        plain = TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&&", "").replace("&", "")
        plain = " ".join(plain.split())
        if not plain or "[!" in plain:
            return False
        plain = self.words.sub(" ", plain)
        cut = plain.removesuffix("…").strip()
        if len(cut) > 5 and any(known.startswith(cut) for known in self.records):
            return False  # what the user wrote, cut short to fit
        plain = ISO.sub(" ", plain)
        for known in self.records:  # what the user wrote, shown whole
            if not plain.strip():
                break
            plain = plain.replace(known, " ")
        return re.search(r"[^\W\d_]{2,}", plain) is not None

    def window(self, window: QWidget, where: str) -> None:
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible() or widget is window:
                for text in _texts(widget):
                    if self.english(text):
                        self.left.add((where, text[:100]))
                    elif "[!" in text:
                        self.translated[where] = self.translated.get(where, 0) + 1

    def menu(self, menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.text() and self.english(action.text()):
                self.left.add((where, action.text()))
            if action.menu() is not None:
                self.menu(action.menu(), where)


@pytest.fixture
def pseudo(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(_pseudo_catalogue(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def _visit_tabs(window, seen: Seen, qtbot) -> None:
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        _settle(qtbot)
        if window.tabs.currentWidget() is window.trends:
            window.trends.warm_up()
            _settle(qtbot)
        page = window.tabs.currentWidget()
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():  # a record open in its form
            table.selectRow(0)
            table.chosen.emit(0)
            _settle(qtbot)
        seen.window(window, f"tab {window.tabs.tabText(i)}")
    window.questions.text.setPlainText("Could it be the new glue?")  # the checker's hint
    window.tabs.setCurrentWidget(window.questions)
    _settle(qtbot)
    seen.window(window, "question hint")
    window.coaching.start_with(window.coaching.current.learner)  # started from the last one
    window.tabs.setCurrentWidget(window.coaching)
    _settle(qtbot)
    seen.window(window, "coaching carried forward")


def _visit_dialogs(window, seen: Seen, qtbot) -> None:
    opened = {
        "settings": window.open_settings,
        "find": window.find,
        "restore": window.restore_from_backup,
        "report": window.export_report,
        "export": window.export_journal,
        "import": window.import_journal,
        "about": window.show_about,
        "rest days": window.edit_rest_days,
        "practice days": window.edit_practice_days,
        "question bank": window.questions.open_bank,
        "merge people": window.people.open_merge,  # the person chosen in the tab's visit
        "storyboard": lambda: window.open_storyboard(window.coaching.learner.value()),
    }
    for where, show in opened.items():
        dialog = show()
        _settle(qtbot)
        if where == "find":
            dialog.box.setText("changeover")
            dialog.run_search()
            _settle(qtbot)
        seen.window(dialog, where)
        dialog.close()
        _settle(qtbot)


def _visit_more(window, seen: Seen, qtbot, store) -> None:
    """Each chart's figures, the weekly review begun, and what is shown when things fail."""
    from pathlib import Path

    from l2l_desktop.store.errors import CorruptDatabaseError, StorageConditionError
    from l2l_desktop.ui.bug_report import BugDialog
    from l2l_desktop.ui.startup_error import database_problem_box
    from l2l_desktop.ui.style import said
    from l2l_desktop.words import Condition

    window.tabs.setCurrentWidget(window.trends)
    _settle(qtbot)
    for name, chart in window.trends.charts.items():
        dialog = chart.show_figures()
        _settle(qtbot)
        seen.window(dialog, f"figures {name}")
        dialog.close()
    window.weekly_review()
    _settle(qtbot)
    seen.window(window, "weekly review")
    damaged = CorruptDatabaseError(
        "open.damaged", Path("/d/l2l.sqlite3"), verdict="x", backups=Path("/d/backups")
    )
    full = StorageConditionError(
        "open.condition", Path("/d/l2l.sqlite3"), condition=Condition("disk_full_free", kib=4)
    )
    from l2l_desktop.ui.restore_dialog import backup_label

    label = backup_label(window.journal.backups()[0])
    for where, box in (
        ("damaged database", database_problem_box(said(damaged), label)),
        ("full disk", database_problem_box(said(full), None, can_retry=True)),
        ("bug report", BugDialog(store.path.parent / "log.txt", window)),
    ):
        box.show()
        _settle(qtbot)
        seen.window(box, where)
        box.close()


def _visit_modal(window, seen: Seen, qtbot, on_next_dialog) -> None:
    for where, show in (
        ("pause", window.today.log_pause),
        ("tell", window.questions.log_tell),
        ("quick question", window.log_question),
    ):

        def look(dialog, where=where):
            seen.window(dialog, where)
            dialog.reject()

        on_next_dialog(look)
        show()
        _settle(qtbot)


def _visit_reminders(window, seen: Seen, qtbot) -> None:
    today = window.journal.today()
    for kind, at in (
        (ReminderKind.MORNING, time(8, 30)),
        (ReminderKind.PAUSE, time(11, 0)),
        (ReminderKind.EVENING, time(18, 0)),
        (ReminderKind.WEEKLY, time(17, 0)),
    ):
        moment = datetime.combine(today, at).astimezone()
        window.reminders.show_reminder(Reminder(kind, today, moment, slot_key(kind, today, at)))
        _settle(qtbot)
        seen.window(window.banner, f"reminder {kind.value}")
        window.banner.clear()


def test_no_visible_text_of_the_app_is_left_untranslated(
    pseudo, demo_journal, store, make_window, qtbot
):
    demo_journal.back_up_now("start")  # the restore dialog lists one
    window = make_window()
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    seen = Seen(_record_texts(store.path))
    _visit_tabs(window, seen, qtbot)
    seen.menu(window.menuBar(), "menu")
    for menu in window.menuBar().findChildren(QMenu):
        seen.menu(menu, "menu")
    _visit_dialogs(window, seen, qtbot)
    _visit_modal(window, seen, qtbot, on_next_dialog)
    _visit_more(window, seen, qtbot, store)
    _visit_reminders(window, seen, qtbot)
    for page in window.editor_pages():
        page.drafts.dirty = False
    assert sorted(seen.left) == [], "\n".join(map(str, sorted(seen.left)))
    charts = len(window.trends.charts)
    # Each place was seen: the seven tabs, the hint and a coaching session carried forward, the
    # menus, the dialogs, the modal ones, the reminders, each chart's figures, the weekly
    # review and the three shown on failures.
    assert len(seen.translated) == 7 + 2 + 12 + 3 + 4 + charts + 4, seen.translated
    assert min(seen.translated.values()) >= 2, seen.translated


def test_the_check_finds_english_and_lets_record_texts_and_dates_be():
    seen = Seen(["Took a break before the review"])
    assert seen.english("Nothing carried over: a clean start.")
    assert seen.english("<b>Adjust today</b><br>Took a break")
    assert not seen.english("[!Adjust today!] Took a break before the review")
    assert not seen.english("Took a break before the review")
    assert not seen.english("“Took a break before the review”")
    assert not seen.english("Took a break bef…")  # elided
    assert not seen.english(f"{QLocale().dayName(3)}, 2026-12-02 09:20")
