"""Dialogs behind the Trends tab: rest / leave / sick days, and practice days per practice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.streaks import WEEKDAYS
from l2l_desktop.services import Change, Journal
from l2l_desktop.ui.changes import ChangeSignal
from l2l_desktop.ui.forms import (
    SAVE_ERRORS,
    ErrorLabel,
    date_edit,
    date_value,
    failure_text,
    set_date_value,
)
from l2l_desktop.ui.style import practice_name, tr, weekday_name
from l2l_desktop.ui.undo import DeleteRecord
from l2l_desktop.ui.widgets import RecordTableModel, record_table

KIND_LABELS = {
    r.RestKind.REST: QT_TRANSLATE_NOOP("", "Rest"),
    r.RestKind.LEAVE: QT_TRANSLATE_NOOP("", "Leave"),
    r.RestKind.SICK: QT_TRANSLATE_NOOP("", "Sick"),
}
# The weekly review is counted in weeks; the practice days apply to the daily practices.
DAILY = ("intention", "pause", "question", "gemba_visit", "daily_reflection")


class RestDaysDialog(QDialog):
    """Days that neither count toward nor break a streak: add, see and delete them."""

    def __init__(self, journal: Journal, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.undo_stack = undo_stack
        self.setWindowTitle(tr("Days off"))
        self.resize(620, 460)
        self.model = RecordTableModel(
            [
                (tr("From"), lambda p: p.first_day.isoformat()),
                (tr("To"), lambda p: p.last_day.isoformat()),
                (tr("Why"), lambda p: tr(KIND_LABELS[p.kind])),
                (tr("Note"), lambda p: p.note),
            ],
            self,
        )
        self.table = record_table(self.model, tr("Rest periods"), 3)
        today = journal.today()
        self.first = date_edit(tr("First day off"))
        self.last = date_edit(tr("Last day off"))
        set_date_value(self.first, today)
        set_date_value(self.last, today)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Why"))
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("A note (optional)"))
        self.add_button = QPushButton(tr("Add"))
        self.delete_button = QPushButton(tr("Delete selected"))
        close = QPushButton(tr("Close"))
        self.error = ErrorLabel()
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        close.clicked.connect(self.accept)
        form = QHBoxLayout()
        for widget in (self.first, QLabel("–"), self.last, self.kind):
            form.addWidget(widget)
        form.addWidget(self.note, 1)
        form.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Days off neither count toward a streak nor break it; strength stays as it was.")
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        ChangeSignal(journal.bus, self).changed.connect(self._changed)
        self.reload()

    def _changed(self, change: Change) -> None:
        if "rest_period" in change.kinds:
            self.reload()

    def reload(self) -> None:
        periods = self.journal.rest_periods_between(date(1970, 1, 1), date(2200, 12, 31))
        self.model.set_records(list(reversed(periods)))

    def add(self) -> r.RestPeriod | None:
        first, last = date_value(self.first), date_value(self.last)
        period = r.RestPeriod(first, last, r.RestKind(self.kind.currentData()), self.note.text())
        try:
            saved = self.journal.save(period)
        except SAVE_ERRORS as error:
            self.error.set_error(failure_text(error))
            return None
        self.error.set_error("")
        self.note.clear()
        return saved

    def delete_selected(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            period = self.model.record(index.row())
            self.undo_stack.push(
                DeleteRecord(
                    self.journal,
                    period,
                    tr("Delete days off"),
                    tr("Deleted the days off. Ctrl+Z brings them back."),
                )
            )


class PracticeDaysDialog(QDialog):
    """On which weekdays each daily practice counts (Monday to Friday by default)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(tr("Practice days"))
        current = journal.practice_weekdays()
        grid = QGridLayout()
        for col in range(1, 8):
            grid.addWidget(QLabel(f"<b>{weekday_name(col - 1)}</b>"), 0, col)
        self.boxes: dict[str, list[QCheckBox]] = {}
        for row, key in enumerate(DAILY, start=1):
            label = practice_name(key)
            grid.addWidget(QLabel(label), row, 0)
            days = current.get(key, WEEKDAYS)
            self.boxes[key] = []
            for day in range(7):
                box = QCheckBox()
                box.setAccessibleName(f"{label}: {weekday_name(day, short=False)}")
                box.setChecked(day in days)
                grid.addWidget(box, row, day + 1)
                self.boxes[key].append(box)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Streaks and strength count only these days; the others never break a streak.")
            )
        )
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, frozenset[int]]:
        return {
            key: frozenset(day for day, box in enumerate(boxes) if box.isChecked())
            for key, boxes in self.boxes.items()
        }

    def save(self) -> bool:
        chosen = self.chosen()
        empty = [practice_name(k) for k, days in chosen.items() if not days]
        if empty:
            self.error.set_error(
                tr("Choose at least one day for: {names}").format(names=", ".join(empty))
            )
            return False
        self.journal.set_practice_weekdays(chosen)
        self.accept()
        return True
