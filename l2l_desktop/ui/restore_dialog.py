"""File › Restore from backup…: pick a checked backup; the current database is kept aside."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.retention import Retention
from l2l_desktop.services import Journal, KnownStoreError
from l2l_desktop.ui.forms import ErrorLabel
from l2l_desktop.ui.style import number, said, tr, trn
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, muted_label, record_table

if TYPE_CHECKING:
    from l2l_desktop.services import BackupSummary


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return tr("{n} KB").format(n=number(round(n / 1024)))
    return tr("{n} MB").format(n=number(n / 1024 / 1024, 1))


def backup_label(summary: BackupSummary) -> str:
    """E.g. 'the backup of Tue 24 Nov 2026, 21:05 (412 records)'."""
    made = QLocale().toString(summary.made, "ddd d MMM yyyy, HH:mm")
    count = trn("%n record", "%n records", summary.records)
    return tr("the backup of {made} ({count})").format(made=made, count=count)


class RestoreDialog(QDialog):
    """The backups, newest first, each checked; Restore puts the chosen one in place."""

    restored = Signal(str, str)  # what was restored, where the replaced database was kept

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(tr("Restore from backup"))
        self.resize(640, 420)
        self.backups = journal.backups()
        self.model = RecordTableModel(
            [
                (tr("Made"), lambda b: b.made.strftime("%Y-%m-%d %H:%M:%S")),
                (tr("Records"), lambda b: number(b.records) if b.usable else "–"),
                (tr("Size"), lambda b: _size(b.size)),
                (tr("Check"), lambda b: tr("sound") if b.usable else said(b.problem)),
            ],
            self,
        )
        self.model.set_records(self.backups)
        self.table = record_table(self.model, tr("Backups"), 3)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        intro = QLabel(
            tr(
                "Choose the backup to go back to. The database you use now is not deleted: "
                "it is kept beside it under a new name, and can be restored the same way."
            )
        )
        intro.setWordWrap(True)
        count, rule = len(self.backups), Retention()
        self.kept = muted_label(
            trn("%n backup, {size}.", "%n backups, {size} in all.", count).format(
                size=_size(sum(b.size for b in self.backups))
            )
            + " "
            + tr(
                "Kept: every backup of the last {hours} hours, then the newest of each of the "
                "last {days} days, {weeks} weeks and {months} months that have one; those made "
                "before an upgrade, always."
            ).format(hours=rule.hours, days=rule.days, weeks=rule.weeks, months=rule.months)
        )
        self.error = ErrorLabel()
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.backups:
            layout.addWidget(self.kept)
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            layout.addWidget(
                EmptyState(
                    tr("No backups yet"),
                    tr("A backup is made each day you open the app, and when you quit."),
                ),
                1,
            )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(next((i for i, b in enumerate(self.backups) if b.usable), 0))

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.usable)
        self.error.set_error("")

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def confirm(self, summary) -> bool:
        """Ask before replacing; a test may replace this."""
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "Go back to {backup}? Records saved since then will not be shown, but they are "
                "not lost: the database you use now is kept beside it under a new name."
            ).format(backup=backup_label(summary)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> Path | None:
        chosen = self.selected()
        if chosen is None or not chosen.usable or not self.confirm(chosen):
            return None
        try:
            aside = self.journal.restore_backup(chosen.path)
        except (KnownStoreError, OSError) as exc:
            self.error.set_error(tr("The backup was not restored: {e}").format(e=said(exc)))
            return None
        self.restored.emit(backup_label(chosen), str(aside or ""))
        self.accept()
        return aside
