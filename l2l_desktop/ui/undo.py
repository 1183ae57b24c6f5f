"""Undoable operations on records (QUndoStack commands)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr


class DeleteRecord(QUndoCommand):
    """Delete a record; undo saves the very same record (same UUID, children and all) back."""

    def __init__(self, journal: Journal, record: Any, title: str, said: str) -> None:
        """``title`` names the step in the Edit menu ("Delete question"); ``said`` is the line
        that tells it is done, ``{day}`` the record's day (whole sentences, so that each
        language words them as it must)."""
        super().__init__(title)
        self.journal = journal
        self.record = record
        self.message = said.format(day=getattr(record, "day", ""))

    def redo(self) -> None:
        self.journal.delete(self.record)

    def undo(self) -> None:
        self.journal.save(self.record)


class MarkFollowUpDone(QUndoCommand):
    """Tick a follow-up done on a day; undo opens it again as it was."""

    def __init__(
        self, journal: Journal, uuid: str, text: str, day: date, before: date | None = None
    ) -> None:
        super().__init__(tr("Mark follow-up done"))
        self.journal = journal
        self.uuid = uuid
        self.day = day
        self.before = before
        self.message = tr("Marked done: {text}. Ctrl+Z opens it again.").format(text=text)

    def redo(self) -> None:
        self.journal.set_follow_up_done(self.uuid, self.day)

    def undo(self) -> None:
        self.journal.set_follow_up_done(self.uuid, self.before)
