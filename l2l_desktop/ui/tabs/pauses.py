"""The Today tab's pauses: the day's intention pauses, logged in seconds, edited, deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QGroupBox, QHeaderView, QPushButton, QVBoxLayout

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import to_utc
from l2l_desktop.services import Journal
from l2l_desktop.ui.dialogs import PauseDialog, run_until_saved
from l2l_desktop.ui.style import clock, tr
from l2l_desktop.ui.undo import DeleteRecord
from l2l_desktop.ui.widgets import RecordTableModel, muted_label, record_table

# As the pause's own buttons say it: short, so that the note keeps the list's width.
ALIGNMENT_TEXT = {
    r.Alignment.ALIGNED: QT_TRANSLATE_NOOP("", "Aligned"),
    r.Alignment.PARTLY: QT_TRANSLATE_NOOP("", "Partly"),
    r.Alignment.OFF: QT_TRANSLATE_NOOP("", "Off"),
}


class DayPauses(QGroupBox):
    """The pauses of the day shown (``day()``), and the big "Pause now" button."""

    saved_message = Signal(str)
    intention_requested = Signal()  # "set one now", from the pause dialog

    def __init__(
        self, journal: Journal, day: Callable[[], date], undo_stack: QUndoStack | None
    ) -> None:
        super().__init__(tr("Pauses"))
        self.setAccessibleName(tr("Pauses"))
        self.journal = journal
        self.day = day
        self.undo_stack = undo_stack
        self.model = RecordTableModel(
            [
                (tr("Time"), lambda p: clock(p.at)),
                (tr("How"), lambda p: tr(ALIGNMENT_TEXT[p.alignment])),
                (tr("Note"), lambda p: p.note),
            ],
            self,
        )
        self.table = record_table(self.model, tr("The day's pauses"), 2)
        self.table.horizontalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(tr("Double-click to edit; Delete removes (Ctrl+Z undoes)"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.delete_selected)
        self.empty = muted_label(
            tr("No pauses yet. A pause takes seconds: stop, recall the intention, carry on.")
        )
        self.button = QPushButton(tr("Pause now"))
        self.button.setToolTip(tr("Log an intention pause (Ctrl+Shift+P)"))
        self.button.setMinimumHeight(48)
        font = self.button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.button.setFont(font)
        self.button.clicked.connect(lambda: self.log_pause())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for widget in (self.empty, self.table, self.button):
            layout.addWidget(widget)

    def show_day(self, day: date) -> None:
        pauses = self.journal.pauses_for_day(day)
        self.model.set_records(pauses)
        self.table.setVisible(bool(pauses))
        self.empty.setVisible(not pauses)

    def log_pause(self, editing: r.Pause | None = None) -> r.Pause | None:
        """Open the pause form; saving logs a pause now (on the day shown if it is not today).

        With ``editing``, the form changes that pause instead (its time stays).
        """
        day = self.day()
        dialog = PauseDialog(self.journal.intention_for_day(day), self)
        if editing is not None:
            dialog.load(editing)

        def build() -> r.Pause:
            if editing is not None:
                return replace(editing, alignment=dialog.alignment(), note=dialog.note.text())
            now = self.journal.now()
            if day != self.journal.today():
                now = datetime.combine(day, now.time())
            return r.Pause(day, to_utc(now), dialog.alignment(), dialog.note.text())

        saved = run_until_saved(dialog, build, self.journal.save)
        if saved is not None:
            self.saved_message.emit(tr("Pause logged."))
        elif dialog.intention_wanted:
            self.intention_requested.emit()
        return saved

    def selected(self) -> r.Pause | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def edit_selected(self) -> None:
        pause = self.selected()
        if pause is not None:
            self.log_pause(editing=pause)

    def delete_selected(self) -> None:
        pause = self.selected()
        if pause is not None and self.undo_stack is not None:
            command = DeleteRecord(
                self.journal,
                pause,
                tr("Delete pause"),
                tr("Deleted the pause of {day}. Ctrl+Z brings it back."),
            )
            self.undo_stack.push(command)
            self.saved_message.emit(command.message)
