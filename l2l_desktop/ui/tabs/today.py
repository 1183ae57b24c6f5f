"""The Today tab: what carries over, the question to practise, the day's intention, and
its pauses (:mod:`l2l_desktop.ui.tabs.pauses`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.codec import fields_from_json, fields_to_json
from l2l_desktop.core.validation import MAX_ACTIONS
from l2l_desktop.services import Journal, KnownStoreError
from l2l_desktop.ui.bank_words import bank_text
from l2l_desktop.ui.date_field import DateField
from l2l_desktop.ui.drafts import (
    DraftBanner,
    DraftKeeper,
    confirm_discard,
    confirm_leave,
    unsaved_mark,
)
from l2l_desktop.ui.forms import (
    ErrorLabel,
    Fields,
    TextArea,
    close_popup,
    footer,
    form_keys,
    shortcuts,
)
from l2l_desktop.ui.row_list import RowList
from l2l_desktop.ui.rows import ActionRowWidget
from l2l_desktop.ui.style import long_day, quoted, said, tr
from l2l_desktop.ui.tabs.pauses import DayPauses
from l2l_desktop.ui.widgets import EmptyState, TabPage, scrolling

DRAFT_KEY = "intention-form"


def _rich() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _box(title: str, *widgets: QWidget, stretch: bool = True) -> QGroupBox:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 12, 12, 12)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return box


def _draft_fields(payload: dict[str, Any]) -> dict[str, Any]:
    """The fields of an intention draft (version 0.1 kept them at the top level)."""
    fields = payload.get("fields", payload)
    return fields if isinstance(fields, dict) else {}


class TodayTab(TabPage):
    """The morning screen; any past day can be opened to read or amend it."""

    shows = frozenset({"intention", "pause", "reflection", "follow_up", "bank_question"})

    saved_message = Signal(str)
    intention_requested = Signal()  # "set one now", from the pause dialog

    def __init__(
        self, journal: Journal, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Today"), "", EmptyState("", ""), parent)
        self.journal = journal
        self.undo_stack = undo_stack
        self.day: date = journal.today()
        self.intention: r.Intention | None = None
        self.practice_uuid: str | None = None  # chosen for self.day in this session
        self._loading = False
        self.fields = Fields()
        self.drafts = DraftKeeper(journal, DRAFT_KEY, self._draft_payload, self)
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addLayout(self._date_bar(), 0, 0, 1, 3)
        grid.addWidget(self._left_column(), 1, 0)
        grid.addWidget(self._intention_box(), 1, 1)
        self.pauses = DayPauses(journal, lambda: self.day, undo_stack)
        self.pauses.saved_message.connect(self.saved_message)
        self.pauses.intention_requested.connect(self.intention_requested)
        # The tab's own names for them (the main window and the tests use these).
        self.pause_table, self.pause_model = self.pauses.table, self.pauses.model
        self.no_pauses, self.pause_button = self.pauses.empty, self.pauses.button
        self.log_pause = self.pauses.log_pause
        self.edit_selected_pause = self.pauses.edit_selected
        grid.addWidget(self.pauses, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 6)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(1, 1)
        shortcuts(
            self,
            [
                *form_keys(self.save_intention, self.cancel_edit),
                ("Alt+Left", lambda: self.set_day(self.day - timedelta(days=1))),
                ("Alt+Right", lambda: self.set_day(self.day + timedelta(days=1))),
                ("Alt+Home", lambda: self.set_day(self.journal.today())),
            ],
        )

    # --- building ------------------------------------------------------------------------

    def _date_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.prev_button = QPushButton("\u2039")
        self.prev_button.setToolTip(tr("Previous day (Alt+Left)"))
        self.prev_button.setAccessibleName(tr("Previous day"))
        self.next_button = QPushButton("\u203a")
        self.next_button.setToolTip(tr("Next day (Alt+Right)"))
        self.next_button.setAccessibleName(tr("Next day"))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setToolTip(tr("Back to today (Alt+Home)"))
        self.calendar = DateField(tr("Day shown"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.prev_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.set_day(self.journal.today()))
        self.calendar.committed.connect(self.set_day)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.calendar)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        return bar

    def _left_column(self) -> QWidget:
        self.carried = _rich()
        self.practice = _rich()
        self.another_button = QPushButton(tr("Another question"))
        self.another_button.clicked.connect(self.next_practice_question)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        carried = QWidget()
        carried_layout = QVBoxLayout(carried)
        carried_layout.setContentsMargins(0, 0, 0, 0)
        carried_layout.addWidget(self.carried)
        carried_layout.addStretch(1)
        layout.addWidget(_box(tr("Carried over"), scrolling(carried), stretch=False), 3)
        layout.addWidget(
            _box(tr("Question to practise"), self.practice, self.another_button, stretch=False)
        )
        return column

    def _intention_box(self) -> QGroupBox:
        f = self.fields
        self.banner = DraftBanner(
            self.drafts,
            self._load_draft,
            lambda p: _draft_fields(p).get("day") == self.day.isoformat(),
        )
        self.heart = TextArea(tr("Why it matters to me"), 2, tr("The purpose behind today"))
        self.direction = TextArea(tr("The impact I want"), 2, tr("The outcome I am aiming for"))
        self.actions = RowList(
            ActionRowWidget, tr("Add an action"), tr("Actions"), maximum=MAX_ACTIONS
        )
        self.save_button = QPushButton(tr("Save intention"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_intention)
        self.status = ErrorLabel()
        self.unsaved = unsaved_mark(self.drafts)
        buttons = footer(self.status, self.save_button, mark=self.unsaved)
        self.welcome = QLabel(
            tr(
                "<b>Welcome.</b> Each day here serves three elements of leading: set "
                "direction, provide support, develop yourself. Start with why today matters "
                "to you and the impact you want, then one to three actions, each for one "
                "element. Ctrl+S saves."
            )
        )
        self.welcome.setWordWrap(True)
        self.welcome.setAccessibleName(tr("Welcome"))
        self.welcome.setContentsMargins(8, 6, 8, 6)
        self.welcome.setStyleSheet("QLabel { background: palette(alternate-base); }")
        self.welcome.hide()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.welcome)
        layout.addWidget(self.banner)
        layout.addWidget(f.block("heart", tr("Why it matters (heart)"), self.heart))
        layout.addWidget(f.block("direction", tr("The impact I want (direction)"), self.direction))
        layout.addWidget(
            f.block(
                "actions", tr("Actions"), self.actions, tr("One to three, each for an element.")
            )
        )
        layout.addStretch(1)
        for signal in (self.heart.textChanged, self.direction.textChanged, self.actions.changed):
            signal.connect(self._edited)
        box = _box(tr("Intention"), scrolling(holder), stretch=False)
        box_layout = box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.addLayout(buttons)  # the buttons stay in sight below the scrolling form
        return box

    # --- showing a day -------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        """Show ``day``. The form then holds that day's own intention: unsaved changes to
        the day shown are saved or discarded first (the user says which), never carried."""
        if day == self.day and not self.stale:
            return
        if not confirm_leave(self, self.drafts, self.save_intention):
            self._show_day_in_calendar(self.day)
            return
        self.day = day
        self.practice_uuid = None  # the new day's own choice, if any, comes from the journal
        self.refresh()

    def reload(self) -> None:
        day = self.day
        today = self.journal.today()
        # The heading says which day this is: "Today" only on today.
        self.heading.setText(tr("Today") if day == today else long_day(day))
        self.subtitle.setText(
            long_day(day)
            if day == today
            else tr("Not today: ‹ › change the day, Alt+Home goes back to today.")
        )
        self._show_day_in_calendar(day)
        self.today_button.setEnabled(day != today)
        self.set_empty(False)
        self.welcome.setVisible(self.journal.record_count() == 0)  # a first start
        self._show_carried(day)
        self._show_practice(day)
        self.pauses.show_day(day)
        if not self.drafts.dirty:
            self._load_intention(self.journal.intention_for_day(day))
            self.banner.offer(self._draft_elsewhere)

    def focus_first(self) -> None:
        """The focus to where the morning starts: why today matters."""
        self.heart.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _draft_elsewhere(self, payload: dict[str, Any]) -> tuple[str, Any] | None:
        """A kept intention draft of another day: a button to show that day."""
        fields = fields_from_json(r.Intention, _draft_fields(payload))
        day = fields.get("day")
        if not isinstance(day, date) or day == self.day:
            return None
        return tr("Show {day}").format(day=day.isoformat()), lambda: self.set_day(day)

    def _show_day_in_calendar(self, day: date) -> None:
        self.calendar.blockSignals(True)
        self.calendar.set_value(day)
        self.calendar.blockSignals(False)

    def _show_carried(self, day: date) -> None:
        adjust = self.journal.latest_adjust_next(day)
        due = [
            f
            for f in self.journal.open_follow_ups()
            if f.follow_up.due_day is not None and f.follow_up.due_day <= day
        ]
        parts = []
        if adjust is not None:
            title = tr("Adjust today")
            source = tr("from the reflection of {day}").format(day=adjust.day)
            parts.append(
                f"<p><b>{title}</b><br>{escape(adjust.adjust_next)}<br><small>{source}</small></p>"
            )
        if due:
            lines = []
            overdue, due_on = tr("overdue"), tr("due {day}")
            for item in due[:6]:
                f = item.follow_up
                mark = f"<b>{overdue}</b> · " if f.due_day < day else ""
                owner = f" · {escape(f.owner)}" if f.owner else ""
                when = due_on.format(day=f.due_day)
                lines.append(f"<li>{escape(f.text)}<br><small>{mark}{when}{owner}</small></li>")
            more = len(due) - 6
            and_more = tr("and {n} more on the Gemba tab").format(n=more)
            tail = f"<p><small>{and_more}</small></p>" if more > 0 else ""
            title = tr("Gemba follow-ups due")
            parts.append(
                f"<p><b>{title}</b></p><ul style='margin-left:-20px'>{''.join(lines)}</ul>{tail}"
            )
        clean = tr("Nothing carried over: a clean start.")
        self.carried.setText("".join(parts) or f"<i>{clean}</i>")

    def _show_practice(self, day: date) -> None:
        bank = self.journal.bank_questions()
        if not bank:
            empty = tr("The question bank is empty.")
            self.practice.setText(f"<i>{empty}</i>")
            self.another_button.setEnabled(False)
            return
        chosen = next((b for b in bank if b.uuid == self.practice_uuid), None)
        if chosen is None:  # the one chosen for the day, or the day's own pick
            chosen = self.journal.practice_question_of(day) or bank[0]
        self.practice_question = chosen
        self.another_button.setEnabled(len(bank) > 1)
        shown = escape(quoted(bank_text(chosen)))
        self.practice.setText(f"<p style='font-size:large'>{shown}</p>")

    def next_practice_question(self) -> None:
        """Another question for the day, kept for it (a restart shows the same one)."""
        bank = self.journal.bank_questions()
        if len(bank) < 2:
            return
        current = self.practice_question.uuid if self.practice_question else None
        index = next((i for i, b in enumerate(bank) if b.uuid == current), -1)
        self._choose(bank[(index + 1) % len(bank)].uuid)

    def set_practice_question(self, uuid: str) -> None:
        """The question chosen in the bank with "Practise today"."""
        self._choose(uuid)

    def _choose(self, uuid: str) -> None:
        self.practice_uuid = uuid
        try:
            self.journal.choose_practice_question(self.day, uuid)
        except KnownStoreError as exc:  # shown anyway; only keeping the choice failed
            self.saved_message.emit(said(exc))
        self._show_practice(self.day)

    # --- the intention form --------------------------------------------------------------

    def _load_intention(self, intention: r.Intention | None) -> None:
        self._loading = True
        try:
            self.intention = intention
            self.fields.clear_errors()
            self.status.set_error("")
            self.heart.set_value(intention.heart if intention else "")
            self.direction.set_value(intention.direction if intention else "")
            self.actions.set_items(list(intention.actions) if intention else [], minimum=1)
            self.save_button.setText(tr("Update intention") if intention else tr("Save intention"))
        finally:
            self._loading = False
        self.drafts.dirty = False

    def _edited(self) -> None:
        if not self._loading:
            self.drafts.edited()

    def form_fields(self) -> dict[str, Any]:
        """The intention form as the record's field values."""
        return {
            "day": self.day,
            "heart": self.heart.value(),
            "direction": self.direction.value(),
            "actions": self.actions.items(),
        }

    def intention_from_form(self) -> r.Intention:
        fields = self.form_fields()
        if self.intention is not None:
            if self.intention.day != self.day:  # set_day loads each day's own intention
                raise RuntimeError("the form holds the intention of another day")
            return replace(self.intention, **fields)
        return r.Intention(**fields)

    def save_intention(self) -> bool:
        saved = self.fields.attempt(
            lambda: self.journal.save(self.intention_from_form(), DRAFT_KEY),
            self.status,
            tr("above"),
        )
        if saved is None:
            return False
        self.drafts.forget()  # the save cleared it in its own transaction
        self._load_intention(saved)
        self.saved_message.emit(tr("Intention saved."))
        return True

    def cancel_edit(self) -> None:
        """Esc: close a popup if one is open; else, once the user agrees, show the
        intention as saved."""
        if close_popup() or not confirm_discard(self, self.drafts):
            return
        self.drafts.clear()
        self._load_intention(self.journal.intention_for_day(self.day))

    def _draft_payload(self) -> dict[str, Any]:
        return {
            "editing": self.intention.uuid if self.intention is not None else None,
            "fields": fields_to_json(r.Intention, self.form_fields()),
        }

    def _load_draft(self, payload: dict[str, Any]) -> None:
        values = fields_from_json(r.Intention, _draft_fields(payload))
        self._loading = True
        try:
            self.heart.set_value(values.get("heart", ""))
            self.direction.set_value(values.get("direction", ""))
            self.actions.set_items(list(values.get("actions", ())), minimum=1)
        finally:
            self._loading = False
