"""The Questions tab: the questions asked, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, RecordTableModel, TabPage, record_table


class QuestionsTab(TabPage):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Questions"),
            tr("The questions you asked, newest first: were they open, closed or leading?"),
            EmptyState(
                tr("No questions logged yet"),
                tr(
                    "Each question you ask instead of telling is a small act of support. "
                    "Logged questions, and the moments you told instead, are listed here."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.model = RecordTableModel(
            [
                (tr("Day"), lambda q: q.day.isoformat()),
                (tr("Question"), lambda q: q.text),
                (tr("Kind"), lambda q: tr(q.kind.value)),
                (tr("Context"), lambda q: q.context),
                (tr("With"), lambda q: q.person.name if q.person else ""),
            ],
            self,
        )
        self.table = record_table(self.model, tr("Questions asked"), stretch_column=1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def reload(self) -> None:
        questions = self.journal.recent_questions()
        self.model.set_records(questions)
        self.set_empty(not questions)
