"""The lasting facts in a corner of the main window's status bar: how many records, the last
backup, the data folder (and a demo's note). A passing message (a save, a menu's hint) shows
on the left and never replaces them."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel

from l2l_desktop.services import Change, Journal
from l2l_desktop.ui.style import tr, trn


class StatusFacts(QLabel):
    def __init__(self, journal: Journal, data_location: str, status_note: str = "") -> None:
        super().__init__()
        self.journal = journal
        self.data_location = data_location
        self.status_note = status_note  # a marked text: cli's demo note
        self.setContentsMargins(16, 0, 4, 0)  # never run into a long message
        self.setAccessibleName(tr("Records, backup and data folder"))
        self.records = journal.record_count()  # kept up to date from the announced changes
        self._backup = self.backup_note()
        self.show_facts()

    def changed(self, change: Change) -> None:
        if change.records is None:  # not known (a restore): count again
            self.records = self.journal.record_count()
        else:
            self.records += change.records
        self.show_facts()

    def backup_made(self) -> None:
        """A backup was written (from the menu, or the daily one)."""
        self._backup = self.backup_note()
        self.show_facts()

    def backup_note(self) -> str:
        last = self.journal.last_backup()
        if last is None:
            return tr("no backup yet")
        age = datetime.now() - last
        if age > timedelta(days=7):
            return tr("no backup for {days}: File › Back up now").format(
                days=trn("%n day", "%n days", age.days)
            )
        return tr("last backup {when}").format(when=last.strftime("%Y-%m-%d %H:%M"))

    def show_facts(self) -> None:
        parts = [trn("%n record", "%n records", self.records), self._backup, self.data_location]
        if self.status_note:
            parts.insert(0, tr(self.status_note))
        self.setText("  ·  ".join(parts))
