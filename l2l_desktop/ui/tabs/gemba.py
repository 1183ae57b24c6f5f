"""The Gemba tab: plan a visit with a purpose, record what you saw, follow up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import ElementChecks, TextArea, date_edit, date_value, set_date_value
from l2l_desktop.ui.rows import (
    AssumptionRowWidget,
    ConversationRowWidget,
    FollowUpRowWidget,
    RowList,
)
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, record_table


class GembaTab(EditorTab):
    draft_key = "gemba-form"
    what = "gemba visit"

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
        self.left_layout.addLayout(header)
        self.left_layout.addWidget(self.follow_up_table, 1)

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

    def fetch(self) -> list[Any]:
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
        return self.journal.visits_matching(self.search.text())

    def find_record(self, uuid: str) -> Any:
        return self.journal.by_uuid("gemba_visit", uuid)

    def load_form(self, visit: r.GembaVisit | None) -> None:
        set_date_value(self.day, visit.day if visit else self.journal.today())
        self.place.setText(visit.place if visit else "")
        self.purpose.set_value(visit.purpose if visit else "")
        status = visit.status.value if visit else "planned"
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        self.observed.set_value(visit.observed if visit else "")
        self.care.set_value(visit.care if visit else "")
        self.assumptions.set_items(list(visit.assumptions) if visit else [])
        self.conversations.set_items(list(visit.conversations) if visit else [])
        self.follow_up_rows.set_items(list(visit.follow_ups) if visit else [])
        self.elements.set_value(visit.elements if visit else {Element.SUPPORT})

    def record_from_form(self) -> r.GembaVisit:
        fields: dict[str, Any] = {
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
        if self.current is not None:
            return replace(self.current, **fields)
        return r.GembaVisit(**fields)

    def form_payload(self) -> dict[str, Any]:
        return {
            "place": self.place.text(),
            "purpose": self.purpose.value(),
            "observed": self.observed.value(),
            "care": self.care.value(),
            "assumptions": [
                {"text": a.text, "result": a.result.value, "fact": a.fact, "uuid": a.uuid}
                for a in self.assumptions.items()
            ],
            "conversations": [
                {"person": c.person.name if c.person else "", "learned": c.learned, "uuid": c.uuid}
                for c in self.conversations.items()
            ],
            "follow_ups": [
                {
                    "text": f.text,
                    "owner": f.owner,
                    "due": f.due_day.isoformat() if f.due_day else None,
                    "uuid": f.uuid,
                }
                for f in self.follow_up_rows.items()
            ],
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self.place.setText(str(payload.get("place", "")))
        self.purpose.set_value(str(payload.get("purpose", "")))
        self.observed.set_value(str(payload.get("observed", "")))
        self.care.set_value(str(payload.get("care", "")))
        try:
            self.assumptions.set_items(
                [
                    r.Assumption(x["text"], r.AssumptionResult(x["result"]), x["fact"], x["uuid"])
                    for x in payload.get("assumptions", [])
                ]
            )
            self.conversations.set_items([])
            for x in payload.get("conversations", []):
                row = self.conversations.add_row(r.Conversation(x["learned"], uuid=x["uuid"]))
                row.person.setEditText(x["person"])
            self.follow_up_rows.set_items(
                [
                    r.FollowUp(
                        x["text"],
                        x["owner"],
                        date.fromisoformat(x["due"]) if x["due"] else None,
                        uuid=x["uuid"],
                    )
                    for x in payload.get("follow_ups", [])
                ]
            )
        except (KeyError, TypeError, ValueError):
            pass  # a damaged draft: keep what could be restored

    # --- follow-ups across visits ---------------------------------------------------------

    def mark_follow_up_done(self) -> None:
        index = self.follow_up_table.selectionModel().currentIndex()
        if not index.isValid():
            if not self.follow_ups.rowCount():
                return
            index = self.follow_ups.index(0, 0)
        item = self.follow_ups.record(index.row())
        self.journal.set_follow_up_done(item.follow_up.uuid, self.journal.today())
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
