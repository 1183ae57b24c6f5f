"""The Gemba tab: plan a visit with a purpose, record what you saw, follow up."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import ElementChecks, TextArea, date_edit, date_value, set_date_value
from l2l_desktop.ui.row_list import RowList
from l2l_desktop.ui.rows import AssumptionRowWidget, ConversationRowWidget, FollowUpRowWidget
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.undo import MarkFollowUpDone
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, muted_label, record_table

# A visit's status as the list writes it, tr(status.value): marked for the catalogue.
STATUS_WORDS = (QT_TRANSLATE_NOOP("", "planned"), QT_TRANSLATE_NOOP("", "done"))


class GembaTab(EditorTab[r.GembaVisit]):
    record_type = r.GembaVisit
    shows = frozenset({"gemba_visit", "follow_up"})
    first_field = "place"
    draft_key = "gemba-form"
    new_title = QT_TRANSLATE_NOOP("", "A new gemba visit")
    edit_title = QT_TRANSLATE_NOOP("", "Editing the gemba visit of {day}")
    delete_title = QT_TRANSLATE_NOOP("", "Delete gemba visit")
    deleted = QT_TRANSLATE_NOOP("", "Deleted the gemba visit of {day}. Ctrl+Z brings it back.")

    def __init__(self, journal: Journal, undo_stack: QUndoStack) -> None:
        super().__init__(
            tr("Gemba"),
            tr("Go and see where the work happens, with a purpose decided before you go."),
            EmptyState(
                tr("No gemba visits yet"),
                tr(
                    "A visit starts with where you go and why. Plan one on the right; what you "
                    "observed, the assumptions you checked and the follow-ups are kept here."
                ),
            ),
            journal,
            undo_stack,
            [
                (tr("Day"), lambda v: v.day.isoformat()),
                (tr("Where"), lambda v: v.place),
                (tr("Purpose"), lambda v: v.purpose),
                (tr("Status"), lambda v: tr(v.status.value)),
            ],
            stretch_column=2,
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by place, purpose or observation"))
        self.search.setAccessibleName(tr("Filter visits"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.filters.addWidget(self.search)
        self._build_follow_ups()
        self._build_form()
        self._fill(None)

    def _build_follow_ups(self) -> None:
        self.follow_ups = RecordTableModel(
            [
                (tr("Due"), _due_text(self.journal.today)),
                (tr("Follow-up"), lambda f: f.follow_up.text),
                (tr("Owner"), lambda f: f.follow_up.owner),
                (tr("From"), lambda f: f.place),
            ],
            self,
        )
        self.follow_up_table = record_table(self.follow_ups, tr("Open follow-ups"), 1)
        self.follow_up_table.doubleClicked.connect(lambda _i: self.mark_follow_up_done())
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setToolTip(tr("Tick the selected follow-up done today"))
        self.done_button.clicked.connect(self.mark_follow_up_done)
        header = QHBoxLayout()
        self.follow_up_label = QLabel()
        header.addWidget(self.follow_up_label, 1)
        header.addWidget(self.done_button)
        self.no_follow_ups = muted_label(
            tr(
                "No open follow-ups. What you agree to follow up on a visit is listed here "
                "until it is done."
            )
        )
        self.left_layout.addLayout(header)
        self.left_layout.addWidget(self.follow_up_table, 1)
        self.left_layout.addWidget(self.no_follow_ups)

    def _build_form(self) -> None:
        f = self.fields
        self.day = date_edit(tr("Day of the visit"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("The place or process, e.g. Line 2 changeover"))
        self.purpose = TextArea(tr("Purpose"), 2, tr("What do you want to see, check or learn?"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(tr("Planned"), "planned")
        self.status_combo.addItem(tr("Done"), "done")
        self.status_combo.setAccessibleName(tr("Visit status"))
        self.observed = TextArea(tr("What I observed"), 3, tr("Against the standard or the target"))
        self.assumptions = RowList(AssumptionRowWidget, tr("Add an assumption"), tr("Assumptions"))
        self.conversations = RowList(
            lambda: ConversationRowWidget(self.journal.people),
            tr("Add a conversation"),
            tr("Conversations"),
        )
        self.care = TextArea(tr("Care and support"), 2, tr("How I showed care or offered help"))
        self.follow_up_rows = RowList(
            lambda: FollowUpRowWidget(self.journal.today), tr("Add a follow-up"), tr("Follow-ups")
        )
        self.elements = ElementChecks()
        for name, label, editor, hint in (
            ("day", tr("Day"), self.day, ""),
            ("place", tr("Where"), self.place, ""),
            ("purpose", tr("Purpose"), self.purpose, tr("Decide it before you go.")),
            ("status", tr("Status"), self.status_combo, ""),
            ("observed", tr("What I observed"), self.observed, ""),
            ("assumptions", tr("Assumptions checked"), self.assumptions, ""),
            ("conversations", tr("People I talked with"), self.conversations, ""),
            ("care", tr("Care and support"), self.care, ""),
            ("follow_ups", tr("Follow-ups"), self.follow_up_rows, ""),
            ("elements", tr("Elements"), self.elements, ""),
        ):
            self.form_layout.addWidget(f.block(name, label, editor, hint))
        self.form_layout.addStretch(1)
        for signal in (
            self.place.textChanged,
            self.purpose.textChanged,
            self.observed.textChanged,
            self.care.textChanged,
            self.assumptions.changed,
            self.conversations.changed,
            self.follow_up_rows.changed,
            self.elements.changed,
            self.status_combo.currentIndexChanged,
            self.day.dateChanged,
        ):
            signal.connect(self.form_edited)

    # --- EditorTab hooks -----------------------------------------------------------------

    def has_filter(self) -> bool:
        return bool(self.search.text().strip())

    def refresh_around(self) -> None:
        open_items = self.journal.open_follow_ups()
        self.follow_ups.set_records(open_items)
        today = self.journal.today()
        overdue = sum(1 for f in open_items if f.overdue(today))
        self.follow_up_label.setText(
            tr("<b>Open follow-ups, across all visits</b> · {n} open, {late} overdue").format(
                n=len(open_items), late=overdue
            )
        )
        self.done_button.setEnabled(bool(open_items))
        self.follow_up_table.setVisible(bool(open_items))  # a sentence, not a blank grid
        self.no_follow_ups.setVisible(not open_items)

    def fetch(self, offset: int, limit: int) -> list[r.GembaVisit]:
        return self.journal.visits_matching(self.search.text(), limit, offset)

    def blank_fields(self) -> dict[str, Any]:
        return {
            "day": self.journal.today(),
            "place": "",
            "purpose": "",
            "status": r.VisitStatus.PLANNED,
            "observed": "",
            "care": "",
            "assumptions": (),
            "conversations": (),
            "follow_ups": (),
            "elements": frozenset({Element.SUPPORT}),
        }

    def show_fields(self, values: Mapping[str, Any]) -> None:
        if values.get("day") is not None:
            set_date_value(self.day, values["day"])
        if "place" in values:
            self.place.setText(values["place"])
        for name, area in (
            ("purpose", self.purpose),
            ("observed", self.observed),
            ("care", self.care),
        ):
            if name in values:
                area.set_value(values[name])
        if values.get("status") is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(values["status"].value))
        for name, rows in (
            ("assumptions", self.assumptions),
            ("conversations", self.conversations),
            ("follow_ups", self.follow_up_rows),
        ):
            if name in values:
                rows.set_items(list(values[name]))
        if values.get("elements") is not None:
            self.elements.set_value(values["elements"])

    def form_fields(self) -> dict[str, Any]:
        return {
            "day": date_value(self.day),
            "place": self.place.text(),
            "purpose": self.purpose.value(),
            "status": r.VisitStatus(self.status_combo.currentData()),
            "observed": self.observed.value(),
            "care": self.care.value(),
            "assumptions": self.assumptions.items(),
            "conversations": self.conversations.items(),
            "follow_ups": self.follow_up_rows.items(),
            "elements": self.elements.value(),
        }

    # --- follow-ups across visits ---------------------------------------------------------

    def mark_follow_up_done(self) -> None:
        index = self.follow_up_table.selectionModel().currentIndex()
        if not index.isValid():
            if not self.follow_ups.rowCount():
                return
            index = self.follow_ups.index(0, 0)
        item = self.follow_ups.record(index.row())
        today = self.journal.today()
        if item.visit_day > today:
            refusal = tr("Not marked done: its visit is planned for {day}; done from that day on.")
            self.saved_message.emit(refusal.format(day=item.visit_day.isoformat()))
            return
        command = MarkFollowUpDone(self.journal, item.follow_up.uuid, item.follow_up.text, today)
        self.undo_stack.push(command)
        self.saved_message.emit(command.message)
        if self.current is not None and self.current.uuid == item.visit_uuid:
            fresh = self.journal.by_uuid("gemba_visit", item.visit_uuid)
            if fresh is not None and not self.drafts.dirty:
                self._fill(fresh)
                self.edit(fresh)


def _due_text(today: Any) -> Any:
    def text(item: r.OpenFollowUp) -> str:
        due: date | None = item.follow_up.due_day
        if due is None:
            return tr("no date")
        if item.overdue(today()):
            return tr("{day} · overdue").format(day=due.isoformat())
        return due.isoformat()

    return text
