"""The Today tab: what carries over, the day's intention, and its pauses."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from l2l_desktop.core.records import Alignment
from l2l_desktop.services import Journal
from l2l_desktop.ui.style import clock, element_chip_html, long_day, tr
from l2l_desktop.ui.widgets import EmptyState, TabPage

ALIGNMENT_TEXT = {
    Alignment.ALIGNED: "aligned",
    Alignment.PARTLY: "partly aligned",
    Alignment.OFF: "off course",
}


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _box(title: str, body: QLabel) -> QGroupBox:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.addWidget(body)
    layout.addStretch(1)
    return box


class TodayTab(TabPage):
    """The morning screen."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Today"),
            "",
            EmptyState(
                tr("A fresh page for today"),
                tr(
                    "Nothing is written for this day yet. What yesterday's reflection said to "
                    "adjust, open gemba follow-ups, today's intention and its pauses gather here."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.day: date = journal.today()
        self.carried = _rich("")
        self.intention = _rich("")
        self.pauses = _rich("")
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(_box(tr("Carried over"), self.carried), 0, 0)
        grid.addWidget(_box(tr("Intention"), self.intention), 0, 1)
        grid.addWidget(_box(tr("Pauses"), self.pauses), 0, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)

    def set_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def reload(self) -> None:
        day = self.day
        self.subtitle.setText(long_day(day))
        intention = self.journal.intention_for_day(day)
        pauses = self.journal.pauses_for_day(day)
        adjust = self.journal.latest_adjust_next(day)
        due = [f for f in self.journal.open_follow_ups() if f.follow_up.due_day is not None]
        due = [f for f in due if f.follow_up.due_day <= day]
        self.set_empty(not (intention or pauses or adjust or due))
        self.carried.setText(self._carried_html(adjust, due, day))
        if intention is None:
            self.intention.setText(f"<i>{tr('No intention written for this day.')}</i>")
        else:
            actions = "".join(
                f"<li>{escape(a.text)}<br>{element_chip_html(a.element)}"
                f"{' &nbsp;✓ ' + tr('done') if a.done else ''}</li>"
                for a in intention.actions
            )
            self.intention.setText(
                f"<p><b>{tr('Why it matters')}</b><br>{escape(intention.heart)}</p>"
                f"<p><b>{tr('The impact I want')}</b><br>{escape(intention.direction)}</p>"
                f"<p><b>{tr('Actions')}</b></p><ul style='margin-left:-20px'>{actions}</ul>"
            )
        if pauses:
            items = "".join(
                f"<p><b>{clock(p.at)}</b> — {tr(ALIGNMENT_TEXT[p.alignment])}"
                f"{'<br>' + escape(p.note) if p.note else ''}</p>"
                for p in pauses
            )
            self.pauses.setText(items)
        else:
            self.pauses.setText(f"<i>{tr('No pauses taken yet.')}</i>")

    @staticmethod
    def _carried_html(adjust, due, day: date) -> str:
        parts = []
        if adjust is not None:
            parts.append(
                f"<p><b>{tr('Adjust today')}</b><br>{escape(adjust.adjust_next)}"
                f"<br><small>{tr('from the reflection of')} {adjust.day.isoformat()}</small></p>"
            )
        if due:
            lines = []
            for item in due[:6]:
                f = item.follow_up
                overdue = f.due_day < day
                mark = f"<b>{tr('overdue')}</b> · " if overdue else ""
                lines.append(
                    f"<li>{escape(f.text)}<br><small>{mark}{tr('due')} {f.due_day.isoformat()}"
                    f"{' · ' + escape(f.owner) if f.owner else ''}</small></li>"
                )
            more = (
                f"<p><small>{tr('and')} {len(due) - 6} {tr('more')}</small></p>"
                if len(due) > 6
                else ""
            )
            parts.append(
                f"<p><b>{tr('Gemba follow-ups due')}</b></p>"
                f"<ul style='margin-left:-20px'>{''.join(lines)}</ul>{more}"
            )
        if not parts:
            return f"<i>{tr('Nothing carried over.')}</i>"
        return "".join(parts)
