"""Tiny dialogs for the logs of a few seconds: an intention pause, a moment I told."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.ui.forms import SAVE_ERRORS, ErrorLabel, PersonCombo, failure_text
from l2l_desktop.ui.style import tr

T = TypeVar("T")

ALIGNMENTS = (
    (r.Alignment.ALIGNED, QT_TRANSLATE_NOOP("", "Aligned"), "Alt+1"),
    (r.Alignment.PARTLY, QT_TRANSLATE_NOOP("", "Partly"), "Alt+2"),
    (r.Alignment.OFF, QT_TRANSLATE_NOOP("", "Off course"), "Alt+3"),
)


def save_buttons(dialog: QDialog, save_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def run_until_saved(dialog: QDialog, build: Callable[[], T], save: Callable[[T], T]) -> T | None:
    """Show ``dialog`` until what it holds is saved (the saved record) or it is cancelled (None).

    A failed save keeps the dialog open with its text, and says why on its error line.
    """
    while dialog.exec():
        try:
            return save(build())
        except SAVE_ERRORS as error:
            dialog.error.set_error(failure_text(error))
    return None


class PauseDialog(QDialog):
    """An intention pause: am I doing what I meant to today? Enter saves, Esc cancels.

    It shows the day's intention it asks about (or says there is none, with a way to write
    one). Alt+1, Alt+2, Alt+3 choose how it went; the focus stays in the note meanwhile."""

    def __init__(self, intention: r.Intention | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Intention pause"))
        self.intention_wanted = False  # the user chose to write today's intention first
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Right now, am I acting on today's intention?</b>")))
        self.intention = QLabel()
        self.intention.setWordWrap(True)
        self.intention.setTextFormat(Qt.TextFormat.RichText)
        self.intention.setAccessibleName(tr("Today's intention"))
        if intention is not None:
            heart, direction = tr("Why it matters:"), tr("The impact I want:")
            self.intention.setText(
                f"<p>{heart} {escape(intention.heart)}<br>"
                f"{direction} {escape(intention.direction)}</p>"
            )
        else:
            none, set_one = tr("No intention set today."), tr("Set one now")
            self.intention.setText(f"<p><i>{none}</i> <a href='set'>{set_one}</a></p>")
            self.intention.linkActivated.connect(self._want_intention)
        self.intention.setMaximumWidth(520)
        layout.addWidget(self.intention)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.choices: dict[r.Alignment, QRadioButton] = {}
        for value, label, keys in ALIGNMENTS:
            button = QRadioButton(f"{tr(label)}  ({keys})")
            button.setAccessibleName(tr(label))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the note
            # At once, not after a mnemonic's animated click: Enter right after still counts.
            QShortcut(QKeySequence(keys), self).activated.connect(button.click)
            self.group.addButton(button)
            self.choices[value] = button
            row.addWidget(button)
        self.choices[r.Alignment.ALIGNED].setChecked(True)
        layout.addLayout(row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("A short note (optional)"))
        self.note.setAccessibleName(tr("Pause note"))
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(save_buttons(self, tr("Log pause")))
        self.note.setFocus()

    def _want_intention(self, _link: str) -> None:
        self.intention_wanted = True
        self.reject()

    def alignment(self) -> r.Alignment:
        return next(a for a, button in self.choices.items() if button.isChecked())

    def load(self, pause: r.Pause) -> None:
        """Edit an existing pause."""
        self.setWindowTitle(tr("Edit intention pause"))
        self.choices[pause.alignment].setChecked(True)
        self.note.setText(pause.note)


class TellDialog(QDialog):
    """A moment I told instead of asked: one click, a note if I like."""

    def __init__(self, people: list[r.Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Told instead of asking"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Noticing it is the first step.</b>")))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("What happened (optional)"))
        self.note.setAccessibleName(tr("Tell note"))
        self.person = PersonCombo(tr("Told whom"))
        self.person.set_people(people)
        layout.addWidget(self.note)
        layout.addWidget(self.person)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(save_buttons(self, tr("Log tell")))
        self.note.setFocus()

    def load(self, tell: r.Tell) -> None:
        """Edit an existing tell."""
        self.setWindowTitle(tr("Edit: told instead of asking"))
        self.note.setText(tell.note)
        self.person.set_value(tell.person)
