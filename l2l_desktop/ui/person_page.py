"""A person's page, under their form in the People tab: asks against tells with them and the
share of open questions, the follow-ups they own not yet done, and one timeline of
everything that names them, newest first; Enter or a double-click opens a row's record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.people import PersonFigures, TimelineEntry
from l2l_desktop.services import Journal
from l2l_desktop.ui.style import number, percent, person_name, tr, trn
from l2l_desktop.ui.widgets import RecordTableModel, muted_label, record_table


def entry_kind(entry: TimelineEntry) -> str:
    """What a timeline row is, in words: "Open question", "Tell", "Gemba talk", "Follow-up"."""
    if entry.kind == "question":
        if entry.detail == "closed":
            return tr("Closed question")
        if entry.detail == "leading":
            return tr("Leading question")
        return tr("Open question")
    if entry.kind == "tell":
        return tr("Told instead of asking")
    if entry.kind == "conversation":
        return tr("Gemba talk")
    if entry.kind == "coaching":
        return tr("Coaching session")
    return tr("Follow-up they own")


def entry_text(entry: TimelineEntry) -> str:
    """A row's short text: the question, the tell's note, what they said at gemba or the
    follow-up, with the visit's place."""
    text = " ".join(entry.text.split())
    if entry.kind == "tell" and not text:
        return tr("(no note)")
    if entry.kind in ("conversation", "follow_up") and entry.detail:
        return tr("{place}: {text}").format(place=entry.detail, text=text)
    if entry.kind == "coaching" and entry.detail.strip():
        return tr("{target} · next: {step}").format(
            target=text, step=" ".join(entry.detail.split())
        )
    return text


def figures_text(figures: PersonFigures) -> str:
    """Asks against tells, and the share of the questions that were open: "12 questions, 9
    open (75%) · 3 tells"."""
    questions = trn("%n question", "%n questions", figures.asks)
    tells = trn("%n tell", "%n tells", figures.tells)
    if figures.open_share is None:
        return tr("{questions} · {tells}").format(questions=questions, tells=tells)
    return tr("{questions}, {open} open ({share}) · {tells}").format(
        questions=questions,
        open=number(figures.open_asks),
        share=percent(100 * figures.open_share),
        tells=tells,
    )


def follow_up_line(item: r.OpenFollowUp) -> str:
    """An open follow-up as the page lists it: "Call the carrier (Dock, due 2026-12-05)"."""
    text = " ".join(item.follow_up.text.split())
    due = item.follow_up.due_day
    if due is None:
        return tr("{text} ({place})").format(text=text, place=item.place)
    return tr("{text} ({place}, due {day})").format(
        text=text, place=item.place, day=due.isoformat()
    )


class PersonPageView(QWidget):
    """The page of the person in the form (none: hidden)."""

    open_requested = Signal(str, str)  # kind, uuid: the window opens it in its tab
    coach_requested = Signal(object)  # the person: a new coaching session with them
    storyboard_requested = Signal(object)  # the person: their storyboard

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.person: r.Person | None = None
        self.entries: list[TimelineEntry] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.figures = muted_label("")
        self.figures.setAccessibleName(tr("Questions and tells"))
        self.follow_ups = QLabel()
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RecordTableModel(
            [
                (tr("Day"), lambda e: e.day.isoformat()),
                (tr("What"), entry_kind),
                (tr("Text"), entry_text),
            ],
            self,
        )
        self.timeline = record_table(self.model, tr("Timeline"), 2)
        self.timeline.setToolTip(tr("Enter or a double-click opens the record in its tab"))
        self.timeline.doubleClicked.connect(self._open_row)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(
                QKeySequence(key), self.timeline, context=Qt.ShortcutContext.WidgetShortcut
            )
            enter.activated.connect(lambda: self._open_row(self.timeline.currentIndex()))
        self.coach_button = QPushButton(tr("Coach…"))
        self.coach_button.setToolTip(tr("A new coaching session with them, from the last one"))
        self.coach_button.clicked.connect(lambda: self._request(self.coach_requested))
        self.storyboard_button = QPushButton(tr("Storyboard"))
        self.storyboard_button.setToolTip(tr("Their coaching story so far"))
        self.storyboard_button.clicked.connect(lambda: self._request(self.storyboard_requested))
        self.nothing = muted_label(tr("Nothing names them yet."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.timeline)
        self.stack.addWidget(self.nothing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.coach_button)
        heading.addWidget(self.storyboard_button)
        layout.addLayout(heading)
        layout.addWidget(self.figures)
        layout.addWidget(self.follow_ups)
        layout.addWidget(self.stack, 1)
        self.setVisible(False)

    def show_person(self, person: r.Person | None) -> None:
        """Show ``person``'s page as the journal has it now (None: no page)."""
        self.person = person
        self.setVisible(person is not None)
        if person is None:
            self.entries = []
            self.model.set_records([])
            return
        page = self.journal.person_page(person)
        self.entries = list(page.timeline)
        self.title.setText(tr("Everything that names {name}").format(name=person_name(person)))
        figures = figures_text(page.figures)
        if page.open_follow_ups:  # listed; none: said on the figures' line, a line saved
            lines = "\n".join("• " + follow_up_line(f) for f in page.open_follow_ups)
            self.follow_ups.setText(tr("Their open follow-ups:") + "\n" + lines)
        else:
            figures = tr("{figures} · no open follow-ups").format(figures=figures)
        self.follow_ups.setVisible(bool(page.open_follow_ups))
        self.figures.setText(figures)
        self.model.set_records(self.entries)
        self.stack.setCurrentWidget(self.nothing if not self.entries else self.timeline)
        coached = any(e.kind == "coaching" for e in self.entries)
        self.storyboard_button.setVisible(coached)  # a learner's; nobody else has one
        self.coach_button.setEnabled(person.created_at is not None and not person.archived)

    def _request(self, signal: Any) -> None:
        if self.person is not None and self.person.created_at is not None:
            signal.emit(self.person)

    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.row()
        if index.isValid() and 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.open_requested.emit(entry.record_kind, entry.uuid)
