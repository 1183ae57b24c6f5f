"""Undoable operations on records (QUndoStack commands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr


class DeleteRecord(QUndoCommand):
    """Delete a record; undo saves the very same record (same UUID, children and all) back."""

    def __init__(self, journal: Journal, record: Any, what: str) -> None:
        super().__init__(tr("Delete {what}").format(what=what))
        self.journal = journal
        self.record = record

    def redo(self) -> None:
        self.journal.delete(self.record)

    def undo(self) -> None:
        self.journal.save(self.record)
