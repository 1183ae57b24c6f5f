"""The Trends tab: how often each practice happened lately (charts are built on first show)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from l2l_desktop.services import Journal
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, TabPage, heading_label, muted_label

WINDOW_DAYS = 28
PRACTICES = (
    ("intention", "Intention set"),
    ("pause", "Pauses taken"),
    ("question", "Questions asked"),
    ("gemba_visit", "Gemba visits"),
    ("reflection", "Reflections"),
)


class _Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.value = heading_label("0", 2.0)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.title = QLabel(title)
        self.caption = muted_label("")
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class TrendsTab(TabPage):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Trends"),
            tr("On how many of the last four weeks' days each practice happened."),
            EmptyState(
                tr("Trends need a little history"),
                tr(
                    "After a few days of intentions, questions, gemba visits and reflections, "
                    "this is where you see which practices are becoming habits."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.cards: dict[str, _Card] = {}
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for i, (key, title) in enumerate(PRACTICES):
            card = _Card(tr(title))
            self.cards[key] = card
            grid.addWidget(card, 0, i)
        grid.setRowStretch(1, 1)

    def reload(self) -> None:
        last = self.journal.today()
        first = last - timedelta(days=WINDOW_DAYS - 1)
        counts = self.journal.practice_days(first, last)
        for key, card in self.cards.items():
            card.value.setText(str(counts[key]))
            card.caption.setText(tr("days out of the last {n}").format(n=WINDOW_DAYS))
        self.set_empty(not any(counts.values()))
