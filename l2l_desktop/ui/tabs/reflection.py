"""The Reflection tab: daily hansei, weekly reviews and event reflections."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, TabPage, record_table


class ReflectionTab(TabPage):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Reflection"),
            tr("What happened, what worked, what you learned, and what you will adjust next."),
            EmptyState(
                tr("No reflections yet"),
                tr(
                    "A few honest minutes in the evening start the next round of learning. "
                    "Daily, weekly and event reflections are listed here, newest first."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.model = RecordTableModel(
            [
                (tr("Day"), lambda x: x.day.isoformat()),
                (tr("Kind"), lambda x: tr(x.kind.value)),
                (tr("Rating"), lambda x: f"{x.rating} / 5" if x.rating else ""),
                (tr("Learned"), lambda x: x.learned or x.went_well),
                (tr("Adjust next"), lambda x: x.adjust_next),
            ],
            self,
        )
        self.table = record_table(self.model, tr("Reflections"), stretch_column=3)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def reload(self) -> None:
        reflections = self.journal.recent_reflections()
        self.model.set_records(reflections)
        self.set_empty(not reflections)
