"""The Gemba tab: visits to where the work happens, and the follow-ups still open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, TabPage, record_table


def _section(title: str, view: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(view)
    return box


class GembaTab(TabPage):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Gemba"),
            tr("Go and see where the work happens, with a purpose decided before you go."),
            EmptyState(
                tr("No gemba visits yet"),
                tr(
                    "A visit starts with where you go and why. What you observed, the "
                    "assumptions you checked, the people you listened to and the follow-ups "
                    "you agreed are kept here."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.visits = RecordTableModel(
            [
                (tr("Day"), lambda v: v.day.isoformat()),
                (tr("Where"), lambda v: v.place),
                (tr("Purpose"), lambda v: v.purpose),
                (tr("Follow-ups"), lambda v: str(len(v.follow_ups))),
            ],
            self,
        )
        self.follow_ups = RecordTableModel(
            [
                (
                    tr("Due"),
                    lambda f: f.follow_up.due_day.isoformat() if f.follow_up.due_day else "",
                ),
                (tr("Follow-up"), lambda f: f.follow_up.text),
                (tr("Owner"), lambda f: f.follow_up.owner),
                (tr("From the visit to"), lambda f: f.place),
            ],
            self,
        )
        self.visit_table = record_table(self.visits, tr("Gemba visits"), stretch_column=2)
        self.follow_up_table = record_table(self.follow_ups, tr("Open follow-ups"), 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_section(tr("Visits"), self.visit_table))
        splitter.addWidget(_section(tr("Open follow-ups, across all visits"), self.follow_up_table))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self) -> None:
        visits = self.journal.recent_visits()
        self.visits.set_records(visits)
        self.follow_ups.set_records(self.journal.open_follow_ups())
        self.set_empty(not visits)
