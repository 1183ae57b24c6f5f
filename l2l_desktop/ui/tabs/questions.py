"""The Questions tab: log the questions you ask, see how they read, and the times you told."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import to_utc, utc_to_local
from l2l_desktop.core.question_checker import Suggestion
from l2l_desktop.core.validation import FieldError, ValidationError
from l2l_desktop.services import Journal
from l2l_desktop.ui.bank_dialog import BankDialog
from l2l_desktop.ui.checker_words import checker_silent_note, read_question, reason_text
from l2l_desktop.ui.dialogs import TellDialog, run_until_saved
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import (
    PersonCombo,
    TextArea,
    date_edit,
    date_value,
    set_date_value,
    shortcuts,
)
from l2l_desktop.ui.new_people import NOT_ADDED, confirm_new_people
from l2l_desktop.ui.style import curly_quotes, person_name, tr
from l2l_desktop.ui.undo import DeleteRecord
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, muted_label, record_table

KIND_COLOURS = {
    r.QuestionKind.OPEN: "#2f9e5f",
    r.QuestionKind.CLOSED: "#7a7f87",
    r.QuestionKind.LEADING: "#d0453a",
}


def kind_labels() -> dict[r.QuestionKind, str]:
    """The kinds as the form's buttons and the filter name them ("Open" as in an open
    question, not the button that opens a window)."""
    return {
        r.QuestionKind.OPEN: tr("Open", "a question's kind"),
        r.QuestionKind.CLOSED: tr("Closed", "a question's kind"),
        r.QuestionKind.LEADING: tr("Leading", "a question's kind"),
    }


# The kinds as the list and Trends write them, tr(kind.value): marked for the catalogue.
KIND_WORDS = {
    r.QuestionKind.OPEN: QT_TRANSLATE_NOOP("", "open"),
    r.QuestionKind.CLOSED: QT_TRANSLATE_NOOP("", "closed"),
    r.QuestionKind.LEADING: QT_TRANSLATE_NOOP("", "leading"),
}


def suggested_wording(s: Suggestion | None) -> str:
    """The open wording the checker suggests for a question, or "" (an English question, as
    the checker reads English: it goes into the question as written)."""
    return (s.rewrite or s.open_form) if s is not None else ""


def hint_html(s: Suggestion | None) -> str:
    """The checker's hint under a question as it is typed: how it reads and why, and the open
    wording it suggests, with a link to use it (``use``)."""
    if s is None:
        return ""
    reason = escape(curly_quotes(reason_text(s)))
    if s.statement:  # not a question (yet): no kind to name
        parts = ["<b>{}</b> — {}".format(tr("Not a question yet"), reason)]
    else:
        colour = KIND_COLOURS[s.kind]
        label = tr(KIND_WORDS[s.kind])
        verdict = tr("Could read as {kind}") if s.unsure else tr("Reads as {kind}")
        parts = [
            f"<span style='color:{colour}'>&#9679; <b>"
            f"{verdict.format(kind=label)}</b></span> — {reason}"
        ]
    wording = suggested_wording(s)
    if wording:
        lead = tr("Try:") if s.rewrite else tr("To hear their view, try:")
        use = tr("Use this wording")
        parts.append(f"<br><i>{lead} “{escape(wording)}”</i> &nbsp;<a href='use'>{use}</a> (Alt+U)")
    return "".join(parts)


class KindPicker(QWidget):
    """Open / closed / leading: follows the checker's suggestion until the user picks one."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[r.QuestionKind, QRadioButton] = {}
        for kind, label in kind_labels().items():
            button = QRadioButton(label)
            button.setAccessibleName(tr("Kind: {kind}").format(kind=label))
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
            button.clicked.connect(self._picked)
        layout.addStretch(1)
        self.overruled = False

    def _picked(self) -> None:
        self.overruled = True
        self.changed.emit()

    def value(self) -> r.QuestionKind | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, kind: r.QuestionKind | None, overruled: bool = False) -> None:
        self.overruled = overruled
        self.group.setExclusive(False)
        for k, button in self.buttons.items():
            button.setChecked(k is kind)
        self.group.setExclusive(True)

    def follow(self, suggestion: r.QuestionKind | None) -> None:
        if not self.overruled:
            self.set_value(suggestion)


class QuestionsTab(EditorTab[r.Question]):
    record_type = r.Question
    shows = frozenset({"question", "tell", "person"})
    draft_key = "question-form"
    new_title = QT_TRANSLATE_NOOP("", "A new question")
    edit_title = QT_TRANSLATE_NOOP("", "Editing the question of {day}")
    delete_title = QT_TRANSLATE_NOOP("", "Delete question")
    deleted = QT_TRANSLATE_NOOP("", "Deleted the question of {day}. Ctrl+Z brings it back.")
    practise_requested = Signal(str)

    def __init__(self, journal: Journal, undo_stack: QUndoStack) -> None:
        super().__init__(
            tr("Questions"),
            tr("Ask instead of tell. Log a question; the hint says how it reads."),
            EmptyState(
                tr("No questions logged yet"),
                tr(
                    "Each question you ask instead of telling is a small act of support. Log "
                    "one on the right; the list of what you asked grows here."
                ),
            ),
            journal,
            undo_stack,
            [
                (tr("Day"), lambda q: q.day.isoformat()),
                (tr("Question"), lambda q: q.text),
                (tr("Kind"), lambda q: tr(q.kind.value)),
                (tr("Context"), lambda q: q.context),
                (tr("With"), lambda q: person_name(q.person)),
            ],
            stretch_column=1,
        )
        self.suggestion: Suggestion | None = None
        self._build_filters()
        self._build_tells()
        self._build_form()
        self._fill(None)

    def _build_filters(self) -> None:
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show questions of kind"))
        self.kind_filter.addItem(tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_filter.addItem(label, kind.value)
        self.from_day = date_edit(tr("From day"), allow_none=True, empty_text=tr("From"))
        self.to_day = date_edit(tr("To day"), allow_none=True, empty_text=tr("To"))
        self.from_day.setToolTip(tr("From (inclusive)"))
        self.to_day.setToolTip(tr("To (inclusive)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by text"))
        self.search.setAccessibleName(tr("Filter questions"))
        self.search.setClearButtonEnabled(True)
        for widget in (self.kind_filter, self.from_day, self.to_day):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.search, 1)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.from_day.dateChanged.connect(self.refresh)
        self.to_day.dateChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)

    def _build_tells(self) -> None:
        self.tells = RecordTableModel(
            [
                (tr("Day"), lambda t: t.day.isoformat()),
                (tr("What happened"), lambda t: t.note or tr("(no note)")),
                (tr("Whom"), lambda t: person_name(t.person)),
            ],
            self,
        )
        self.tell_table = record_table(self.tells, tr("Told instead of asking"), 1)
        self.tell_table.setMaximumHeight(170)
        self.tell_table.setToolTip(tr("Double-click to edit; Delete removes (Ctrl+Z undoes)"))
        self.tell_table.doubleClicked.connect(lambda i: self.log_tell(self.tells.record(i.row())))
        delete = QShortcut(
            QKeySequence.StandardKey.Delete,
            self.tell_table,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete.activated.connect(self.delete_tell)
        self.tell_label = QLabel()
        self.tell_button = QPushButton(tr("Told instead of asking…"))
        self.tell_button.setToolTip(tr("Log a moment you told instead of asking (Ctrl+Shift+T)"))
        self.tell_button.clicked.connect(self.log_tell)
        self.delete_tell_button = QPushButton(tr("Delete", "the selected tell"))
        self.delete_tell_button.clicked.connect(self.delete_tell)
        header = QHBoxLayout()
        header.addWidget(self.tell_label, 1)
        header.addWidget(self.delete_tell_button)
        header.addWidget(self.tell_button)
        self.no_tells = muted_label(
            tr(
                "Nothing logged yet. When you catch yourself telling instead of asking, log "
                "it here: noticing it is the first step."
            )
        )
        self.left_layout.addLayout(header)
        self.left_layout.addWidget(self.tell_table)
        self.left_layout.addWidget(self.no_tells)

    def _build_form(self) -> None:
        f = self.fields
        self.text = TextArea(tr("Question"), 2, tr("The question as you asked it"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for a hint and its suggestion, kept while typing: the form never jumps.
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 4 + 4)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.hint.linkActivated.connect(lambda _link: self.use_suggested_wording())
        shortcuts(self, [("Alt+U", self.use_suggested_wording)])
        self.hint.setAccessibleName(tr("How the question reads"))
        self.kind = KindPicker()
        self.day = date_edit(tr("Day asked"))
        self.context = QLineEdit()
        self.context.setPlaceholderText(tr("Where, or in which meeting"))
        self.person = PersonCombo(tr("Asked whom"))
        self.learned = TextArea(tr("What I learned"), 3)
        self.bank_button = QPushButton(tr("Question bank…"))
        self.bank_button.clicked.connect(self.open_bank)
        question_box = QWidget()
        box = QHBoxLayout(question_box)
        box.setContentsMargins(0, 0, 0, 0)
        for name, label, editor in (
            ("text", tr("Question"), self.text),
            ("kind", tr("Kind"), self.kind),
            ("day", tr("Day"), self.day),
            ("context", tr("Context"), self.context),
            ("person", tr("With whom (optional)"), self.person),
            ("learned", tr("What I learned"), self.learned),
        ):
            block = f.block(name, label, editor)
            self.form_layout.addWidget(block)
            if name == "text":
                block.layout().insertWidget(2, self.hint)
        bank_row = QHBoxLayout()
        bank_row.addStretch(1)
        bank_row.addWidget(self.bank_button)
        self.form_layout.addLayout(bank_row)
        self.form_layout.addStretch(1)
        self.text.textChanged.connect(self._text_changed)
        for signal in (
            self.text.textChanged,
            self.context.textChanged,
            self.learned.textChanged,
            self.kind.changed,
            self.person.editTextChanged,
            self.day.dateChanged,
        ):
            signal.connect(self.form_edited)

    # --- the checker's hint --------------------------------------------------------------

    def _text_changed(self) -> None:
        self.suggestion = read_question(self.text.value())
        self.kind.follow(self.suggestion.kind if self.suggestion else None)
        self.hint.setText(hint_html(self.suggestion) or checker_silent_note(self.text.value()))

    def use_suggested_wording(self) -> None:
        """Alt+U, or the hint's link: the question becomes the suggested open wording, and
        a "…" in it is selected, ready to be typed over."""
        s = self.suggestion
        wording = suggested_wording(s)
        if not wording:
            return
        cursor = self.text.textCursor()  # one edit: Ctrl+Z brings back what was asked
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(wording)
        cursor = self.text.textCursor()
        gap = wording.find("…")
        if gap >= 0:
            cursor.setPosition(gap)
            cursor.setPosition(gap + 1, cursor.MoveMode.KeepAnchor)
        else:
            cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    # --- EditorTab hooks -----------------------------------------------------------------

    def has_filter(self) -> bool:
        return (
            bool(self.search.text().strip())
            or self.kind_filter.currentData() is not None
            or date_value(self.from_day) is not None
            or date_value(self.to_day) is not None
        )

    def refresh_around(self) -> None:
        today = self.journal.today()
        tells = self.journal.tells_between(date(today.year - 1, today.month, 1), today)
        self.tells.set_records(tells[:200])
        week = [t for t in tells if (today - t.day).days < 7]
        self.tell_label.setText(
            tr("<b>Told instead of asking</b> · {n} in the last 7 days").format(n=len(week))
        )
        self.delete_tell_button.setEnabled(bool(tells))
        self.tell_table.setVisible(bool(tells))  # an empty list says so, not a blank grid
        self.no_tells.setVisible(not tells)
        self.person.set_people(self.journal.people())

    def fetch(self, offset: int, limit: int) -> list[r.Question]:
        kind = self.kind_filter.currentData()
        return self.journal.questions_matching(
            date_value(self.from_day),
            date_value(self.to_day),
            r.QuestionKind(kind) if kind else None,
            self.search.text(),
            limit,
            offset,
        )

    def blank_fields(self) -> dict[str, Any]:
        return {
            "day": self.journal.today(),
            "text": "",
            "kind": None,
            "context": "",
            "person": None,
            "learned": "",
        }

    def show_fields(self, values: Mapping[str, Any]) -> None:
        if "text" in values:
            self.text.set_value(values["text"])
            self._text_changed()
        if "kind" in values:
            kind = values["kind"]
            suggested = values.get("suggested_kind")
            overruled = kind is not None and suggested is not None and kind != suggested
            self.kind.set_value(kind, overruled=overruled)
            if kind is None:
                self.kind.follow(self.suggestion.kind if self.suggestion else None)
        if "day" in values and values["day"] is not None:
            set_date_value(self.day, values["day"])
        if "context" in values:
            self.context.setText(values["context"])
        if "person" in values:
            self.person.set_value(values["person"])
        if "learned" in values:
            self.learned.set_value(values["learned"])

    def form_fields(self) -> dict[str, Any]:
        day = date_value(self.day)
        return {
            "day": day,
            "asked_at": self._asked_at(day),
            "text": self.text.value(),
            "kind": self.kind.value(),
            "suggested_kind": self.suggestion.kind if self.suggestion else None,
            "context": self.context.text(),
            "learned": self.learned.value(),
            "person": self.person.value(),
        }

    def form_state(self) -> dict[str, Any]:
        return {"overruled": self.kind.overruled}

    def restore_form_state(self, state: Mapping[str, Any]) -> None:
        if isinstance(state.get("overruled"), bool):
            self.kind.overruled = state["overruled"]

    def _asked_at(self, day: date | None) -> datetime:
        """When the question was asked: kept while its day stays, else the same clock time on
        the new day; a new question's is now (on the day chosen, if not today)."""
        if self.current is not None and day == self.current.day:
            return self.current.asked_at
        if self.current is not None and day is not None:
            local = utc_to_local(self.current.asked_at).replace(tzinfo=None)
            return to_utc(datetime.combine(day, local.time()))
        now = self.journal.now()
        if day is None or day == self.journal.today():
            return to_utc(now)
        return to_utc(datetime.combine(day, now.time()))

    def save(self) -> bool:
        was_new = self.current is None
        saved = super().save()
        if saved and was_new:
            self._fill(None)  # ready for the next question
            self.table.clearSelection()
            self.focus_first()
        return saved

    # --- tells and the bank --------------------------------------------------------------

    def log_tell(self, editing: r.Tell | None = None) -> r.Tell | None:
        """Log a moment I told instead of asked (or, with ``editing``, change one)."""
        dialog = TellDialog(self.journal.people(), self)
        if editing is not None:
            dialog.load(editing)

        def build() -> r.Tell:
            if editing is not None:
                return replace(editing, note=dialog.note.text(), person=dialog.person.value())
            now = to_utc(self.journal.now())
            return r.Tell(self.journal.today(), now, dialog.note.text(), dialog.person.value())

        def save(tell: r.Tell) -> r.Tell:
            confirmed = confirm_new_people(dialog, tell, self.journal.people)
            if confirmed is None:  # back to the dialog, its text kept
                raise ValidationError([FieldError("person", NOT_ADDED, "person_not_added")])
            return self.journal.save(confirmed)

        saved = run_until_saved(dialog, build, save)
        if saved is not None:
            self.saved_message.emit(tr("Logged: told instead of asking."))
        return saved

    def delete_tell(self) -> None:
        index = self.tell_table.selectionModel().currentIndex()
        if not index.isValid():
            return
        tell = self.tells.record(index.row())
        command = DeleteRecord(
            self.journal,
            tell,
            tr("Delete the moment you told"),
            tr("Deleted the moment you told instead of asking, on {day}. Ctrl+Z brings it back."),
        )
        self.undo_stack.push(command)
        self.saved_message.emit(command.message)

    def open_bank(self) -> BankDialog:
        dialog = BankDialog(self.journal, self)
        dialog.practise.connect(self.practise_requested)
        dialog.open()
        return dialog
