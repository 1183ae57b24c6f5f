"""The fields of the Settings dialog: times that can be off, rows of a group, pause times."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.ui.style import tr, weekday_name


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def clock_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def parse_times(text: str) -> tuple[time, ...]:
    """ "11:00, 15:30" as times, in order; ValueError naming the first that is not one."""
    out = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        hours, _, minutes = part.partition(":")
        try:
            if not hours.isdigit() or not (minutes.isdigit() or minutes == ""):
                raise ValueError(part)
            out.add(time(int(hours), int(minutes or 0)))
        except ValueError:
            raise ValueError(part) from None
    return tuple(sorted(out))


class Rows:
    """A group's rows, one under the other: a widget across, or a label and its field at the
    field's own width. (A form layout cuts wrapped lines of explanation short.)"""

    def __init__(self, box: QGroupBox) -> None:
        self.column = QVBoxLayout(box)

    def addRow(self, first: QWidget | str, field: QWidget | None = None) -> None:
        if field is None:
            assert isinstance(first, QWidget)
            self.column.addWidget(first)
            return
        row = QHBoxLayout()
        if first:
            label = QLabel(str(first))
            label.setBuddy(field)
            row.addWidget(label)
        row.addWidget(field)
        row.addStretch(1)
        self.column.addLayout(row)


def rows(box: QGroupBox) -> Rows:
    return Rows(box)


def weekday_names() -> list[str]:
    return [weekday_name(d, short=False) for d in range(7)]


class Clock(QWidget):
    """A reminder that can be off: a box to tick and the time it comes."""

    changed = Signal()

    def __init__(self, label: str, value: time | None, fallback: time) -> None:
        super().__init__()
        self.on = QCheckBox(label)
        self.on.setChecked(value is not None)
        self.at = QTimeEdit(qtime(value or fallback))
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(tr("{what}: time").format(what=label.replace("&", "")))
        self.at.setEnabled(value is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on)
        row.addWidget(self.at)
        row.addStretch(1)
        self.on.toggled.connect(self.at.setEnabled)
        self.on.toggled.connect(lambda _on: self.changed.emit())
        # When the time is done with (Enter, or the focus moves on), not at each digit typed:
        # "06" on the way to "06:12" must not count as a reminder at 06:00.
        self.at.editingFinished.connect(self.changed.emit)

    def value(self) -> time | None:
        return clock_time(self.at.time()) if self.on.isChecked() else None
