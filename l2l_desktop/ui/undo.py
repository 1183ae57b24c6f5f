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


class MergePeople(QUndoCommand):
    """Two people merged into one (done before it is pushed: a merge the store refuses is
    never on the stack); undo brings them back apart, redo merges them again."""

    def __init__(self, journal: Journal, receipt: Any) -> None:
        keep, gone = receipt.kept.name, receipt.gone.name
        super().__init__(tr("Merge {gone} into {keep}").format(gone=gone, keep=keep))
        self.journal = journal
        self.receipt = receipt
        self._done = True  # QUndoStack.push calls redo: the first one has been done
        self.message = tr("Merged {gone} into {keep}. Ctrl+Z brings them back apart.").format(
            gone=gone, keep=keep
        )

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.receipt = self.journal.merge_people(self.receipt.keep, self.receipt.gone)

    def undo(self) -> None:
        self.journal.undo_merge(self.receipt)
