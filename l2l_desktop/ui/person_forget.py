"""Forget this person: asked once, with how many records it touches, and not undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.people import is_forgotten
from l2l_desktop.ui.forms import SAVE_ERRORS, failure_text
from l2l_desktop.ui.style import curly_quotes, quoted, tr, trn
from l2l_desktop.ui.undo import MergePeople

if TYPE_CHECKING:
    from l2l_desktop.ui.tabs.people import PeopleTab


def forget_box(person: r.Person, count: int, parent: QWidget) -> QMessageBox:
    """The question asked before forgetting ``person`` (named by ``count`` records)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Forget this person"))
    box.setText(tr("Forget {name} for good?").format(name=person.name))
    kept = trn(
        "The one record or follow-up that names them is kept, and will name {removed}.",
        "The %n records and follow-ups that name them are kept, and will name {removed}.",
        count,
    ).format(removed=quoted(tr("a removed person")))
    box.setInformativeText(
        "\n\n".join(
            [
                tr("Their name, role, cadence and private notes are removed from the journal."),
                kept,
                tr(
                    "This cannot be undone. Backups made before now still hold the name until "
                    "they are replaced; what you wrote about them in your own words is left as "
                    "you wrote it."
                ),
            ]
        )
    )
    box.addButton(tr("Forget for good"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def forget(tab: PeopleTab) -> bool:
    """Ask, then forget the person in the tab's form; what was done is said in the status bar."""
    person = tab.current
    if person is None or is_forgotten(person) or not tab.confirm_leave():
        return False
    box = forget_box(person, tab.journal.naming_count(person), tab)
    box.exec()
    if box.buttonRole(box.clickedButton()) is not QMessageBox.ButtonRole.DestructiveRole:
        return False
    try:
        done = tab.journal.forget_person(person)
    except SAVE_ERRORS as error:
        tab.status.set_error(failure_text(error))
        return False
    stack = tab.undo_stack
    if any(isinstance(stack.command(i), MergePeople) for i in range(stack.count())):
        stack.clear()  # undoing a merge would bring back what was just forgotten
    tab.drafts.clear()
    tab.new()
    message = trn(
        "Forgotten: %n record now names a removed person.",
        "Forgotten: %n records now name a removed person.",
        done.count,
    )
    mentions = tab.journal.mentions(person.name, leave_out=person.uuid)
    if mentions:
        message += " " + trn(
            "%n record still mentions {name} in your own words: Find (Ctrl+F) shows it.",
            "%n records still mention {name} in your own words: Find (Ctrl+F) shows them.",
            mentions,
        ).format(name=curly_quotes(f'"{person.name}"'))
    tab.saved_message.emit(message)
    return True
