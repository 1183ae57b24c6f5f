"""Log a question in a few seconds, from the tray, without the window: the question, the
checker's hint as it is typed, its kind (the checker's until chosen), whom it was asked of."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import to_utc
from l2l_desktop.core.question_checker import Suggestion
from l2l_desktop.services import Journal
from l2l_desktop.ui.checker_words import checker_silent_note, read_question
from l2l_desktop.ui.dialogs import run_until_saved, save_buttons
from l2l_desktop.ui.forms import ErrorLabel, PersonCombo
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.tabs.questions import KindPicker, hint_html, suggested_wording


class QuickQuestionDialog(QDialog):
    def __init__(self, people: list[r.Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log a question"))
        self.setMinimumWidth(520)
        self.suggestion: Suggestion | None = None
        layout = QVBoxLayout(self)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("The question, as you asked it"))
        self.text.setAccessibleName(tr("Question"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.hint.linkActivated.connect(lambda _link: self.use_suggested_wording())
        self.kind = KindPicker()
        self.person = PersonCombo(tr("Asked whom"))
        self.person.set_people(people)
        self.error = ErrorLabel()
        for widget in (self.text, self.hint, self.kind, self.person, self.error):
            layout.addWidget(widget)
        layout.addWidget(save_buttons(self, tr("Log question")))
        self.text.textChanged.connect(self._text_changed)
        QShortcut(QKeySequence("Alt+U"), self, self.use_suggested_wording)
        self.text.setFocus()

    def _text_changed(self) -> None:
        self.suggestion = read_question(self.text.text())
        self.kind.follow(self.suggestion.kind if self.suggestion else None)
        self.hint.setText(hint_html(self.suggestion) or checker_silent_note(self.text.text()))

    def use_suggested_wording(self) -> None:
        s = self.suggestion
        wording = suggested_wording(s)
        if wording:
            self.text.setText(wording)
            gap = wording.find("…")
            if gap >= 0:
                self.text.setSelection(gap, 1)


def log_question(journal: Journal, parent: QWidget | None = None) -> r.Question | None:
    """Ask for a question and save it (None when cancelled); a failed save keeps the dialog
    open with its text."""
    dialog = QuickQuestionDialog(journal.people(), parent)

    def build() -> r.Question:
        now = journal.now()
        kind = dialog.kind.value()
        if kind is None:  # nothing typed the checker can read, and no kind chosen
            kind = r.QuestionKind.OPEN
        suggested = dialog.suggestion.kind if dialog.suggestion else None
        return r.Question(
            journal.today(now),
            to_utc(now),
            dialog.text.text(),
            kind,
            suggested_kind=suggested,
            person=dialog.person.value(),
        )

    return run_until_saved(dialog, build, journal.save)
