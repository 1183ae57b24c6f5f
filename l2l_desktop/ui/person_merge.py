"""Two names of one person merged ("Jonas" and "jonas"): the small dialog that asks whom to
keep and says how many records will move."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.people import is_forgotten, name_key
from l2l_desktop.services import Journal
from l2l_desktop.ui.forms import ErrorLabel
from l2l_desktop.ui.style import tr, trn


def keep_order(people: list[r.Person], gone: r.Person) -> list[r.Person]:
    """Whom ``gone`` may be merged into: everyone else, those on the team first (then those
    who left), each by name."""
    others = [p for p in people if p.uuid != gone.uuid]
    return sorted(others, key=lambda p: (p.archived, name_key(p.name)))


def count_text(count: int) -> str:
    """How many records will move, with ``{gone}`` and ``{keep}`` to fill in."""
    return trn(
        "%n record names {gone}; it will name {keep}.",
        "%n records name {gone}; they will name {keep}.",
        count,
    )


class MergeDialog(QDialog):
    """Choose whom to keep of two people who are one; accepted, :meth:`keep` is that person."""

    def __init__(self, journal: Journal, gone: r.Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gone = gone
        self.count = journal.naming_count(gone)
        self.setWindowTitle(tr("Merge {name} into…").format(name=gone.name))
        self.setMinimumWidth(460)  # room for its title in the title bar
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Merge {name} into the same person written another way:").format(name=gone.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.people = QComboBox()
        self.people.setAccessibleName(tr("Whom to keep"))
        for person in keep_order([p for p in journal.people() if not is_forgotten(p)], gone):
            shown = tr("{name} (left the team)") if person.archived else "{name}"
            self.people.addItem(shown.format(name=person.name), person)
        layout.addWidget(self.people)
        self.said = QLabel()
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.people.currentIndexChanged.connect(self._say)
        self._say()

    def keep(self) -> r.Person | None:
        person = self.people.currentData()
        return person if isinstance(person, r.Person) else None

    def _say(self) -> None:
        keep = self.keep()
        self.merge_button.setEnabled(keep is not None)
        if keep is None:
            text = tr("There is nobody else to merge {gone} into.")
        else:
            text = count_text(self.count)
        self.said.setText(text.format(gone=self.gone.name, keep=keep.name if keep else ""))
