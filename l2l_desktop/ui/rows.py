"""Editable lists of small rows: an intention's actions, a visit's assumptions and so on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from math import ceil
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.fields import MAX_SHORT_TEXT, MAX_TEXT
from l2l_desktop.ui.date_field import DateField
from l2l_desktop.ui.forms import (
    ElementCombo,
    PersonCombo,
    TextArea,
    date_edit,
    date_value,
    set_date_value,
)
from l2l_desktop.ui.style import tr


def _line(name: str, placeholder: str, limit: int = MAX_TEXT) -> RowText:
    edit = RowText(name, placeholder, limit)
    return edit


def _plain_enter(event: QKeyEvent) -> bool:
    """Enter or Return with no modifier (Ctrl+Enter saves the form instead)."""
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(plain)


class RowText(TextArea):
    """A row's text: one line that wraps and grows as the text does, so all of it is seen.

    Enter asks for the next row instead of starting a new line (``return_pressed``)."""

    return_pressed = Signal()

    def __init__(self, name: str, placeholder: str, limit: int = MAX_TEXT) -> None:
        super().__init__(name, 1, placeholder, limit)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMaximumHeight(16_777_215)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    # The QLineEdit words the rows were written with.
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.set_value(text)

    def _fit(self, *_: object) -> None:
        """As tall as its wrapped lines (at least one)."""
        content = 0.0
        block = self.document().begin()
        while block.isValid():
            content += self.blockBoundingRect(block).height()
            block = block.next()
        content = max(content, float(self.fontMetrics().lineSpacing()))
        height = ceil(content + 2 * self.document().documentMargin() + 2 * self.frameWidth())
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _plain_enter(event):
            self.return_pressed.emit()
            return
        super().keyPressEvent(event)


class Row(QWidget):
    """One row: its main text across the width (and the remove button), then its details.

    Subclasses add editors and convert to and from a part of the record."""

    changed = Signal()
    remove_requested = Signal(object)
    next_requested = Signal(object)  # Enter in the row: go on to the next row

    def __init__(self) -> None:
        super().__init__()
        self.uuid: str | None = None  # kept across edits so the record stays the same one
        self.original: Any = None
        self.editors: list[QWidget] = []  # in Tab order
        self.named: dict[str, QWidget] = {}  # the editor of a field, where errors can name it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 2)
        outer.setSpacing(2)
        self.top = QHBoxLayout()
        self.details = QHBoxLayout()
        self.details.setContentsMargins(12, 0, 0, 0)
        outer.addLayout(self.top)
        outer.addLayout(self.details)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(28)
        self.remove.setToolTip(tr("Remove this row (an emptied row is left out too)"))
        self.remove.setAccessibleName(tr("Remove this row"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a Tab stop
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def finish(self, *editors: QWidget) -> None:
        """The row's editors, in Tab order: each change is a change of the row."""
        for editor in editors:
            signal = getattr(editor, "textChanged", None) or getattr(editor, "toggled", None)
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self.changed)
                if editor.isEditable():
                    editor.editTextChanged.connect(self.changed)
            elif isinstance(editor, DateField):
                editor.dateChanged.connect(self.changed)
            elif signal is not None:
                signal.connect(self.changed)
            if isinstance(editor, RowText):
                editor.return_pressed.connect(lambda: self.next_requested.emit(self))
            self.editors.append(editor)
        self.top.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        if not any(self.details.stretch(i) for i in range(self.details.count())):
            self.details.addStretch(1)  # the details keep to the left, unless one stretches

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a row's choice (an element, say) goes on to the next row, as in its text."""
        if _plain_enter(event):
            self.next_requested.emit(self)
            return
        super().keyPressEvent(event)

    def problems(self) -> list[str]:
        """What the row's editors refuse (a due date that is not a date)."""
        found = []
        for editor in self.editors:
            if isinstance(editor, DateField) and editor.problem():
                found.append(editor.problem())
        return found

    def is_blank(self) -> bool:
        raise NotImplementedError

    part: type[r.Part]  # the kind of part a row holds

    def values(self) -> dict[str, Any]:
        """The part's fields as the row's editors hold them."""
        raise NotImplementedError

    def show_item(self, item: Any) -> None:
        """Put a part's fields into the row's editors."""
        raise NotImplementedError

    def item(self) -> Any:
        """The part the row holds: the same one (by its uuid) when the row was loaded."""
        values = self.values()
        if self.uuid:
            values["uuid"] = self.uuid
        return self.part(**values)

    def set_item(self, item: Any) -> None:
        self.uuid = item.uuid
        self.original = item
        self.show_item(item)


class ActionRowWidget(Row):
    part = r.Action

    def __init__(self) -> None:
        super().__init__()
        self.text = _line(tr("Action"), tr("One thing you will do today"))
        self.element = ElementCombo(tr("Element this action serves"))
        self.done = QCheckBox(tr("done"))
        self.done.setAccessibleName(tr("Action done"))
        self.top.addWidget(self.text, 1)
        self.details.addWidget(self.element)
        self.details.addWidget(self.done)
        self.finish(self.text, self.element, self.done)

    def is_blank(self) -> bool:
        return not self.text.text().strip()

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text(),
            "element": self.element.value(),
            "done": self.done.isChecked(),
        }

    def show_item(self, item: r.Action) -> None:
        self.text.setText(item.text)
        self.element.set_value(item.element)
        self.done.setChecked(item.done)


class AssumptionRowWidget(Row):
    part = r.Assumption

    def __init__(self) -> None:
        super().__init__()
        self.text = _line(tr("Assumption"), tr("What you believed before going"))
        self.result = QComboBox()
        self.result.setAccessibleName(tr("What you found"))
        for value, label in (
            ("unclear", QT_TRANSLATE_NOOP("", "unclear")),
            ("confirmed", QT_TRANSLATE_NOOP("", "confirmed")),
            ("refuted", QT_TRANSLATE_NOOP("", "refuted")),
        ):
            self.result.addItem(tr(label), value)
        self.fact = _line(tr("Fact seen"), tr("The fact you saw"))
        self.top.addWidget(self.text, 1)
        self.details.addWidget(self.result, 0, Qt.AlignmentFlag.AlignTop)
        self.details.addWidget(self.fact, 1)
        self.finish(self.text, self.result, self.fact)

    def is_blank(self) -> bool:
        return not (self.text.text().strip() or self.fact.text().strip())

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text(),
            "result": r.AssumptionResult(self.result.currentData()),
            "fact": self.fact.text(),
        }

    def show_item(self, item: r.Assumption) -> None:
        self.text.setText(item.text)
        self.result.setCurrentIndex(self.result.findData(item.result.value))
        self.fact.setText(item.fact)


class ConversationRowWidget(Row):
    part = r.Conversation

    def __init__(self, people: Callable[[], list[r.Person]]) -> None:
        super().__init__()
        self.person = PersonCombo(tr("Talked with"))
        self.person.lineEdit().setPlaceholderText(tr("Whom I talked with"))
        self.person.set_people(people())
        self.person.setMinimumWidth(180)
        self.learned = _line(
            tr("What I learned from their view"), tr("What I learned from their view")
        )
        self.top.addWidget(self.person)
        self.top.addStretch(1)
        self.details.addWidget(self.learned, 1)
        self.finish(self.person, self.learned)

    def is_blank(self) -> bool:
        return not (self.learned.text().strip() or self.person.currentText().strip())

    def values(self) -> dict[str, Any]:
        return {"learned": self.learned.text(), "person": self.person.value()}

    def show_item(self, item: r.Conversation) -> None:
        self.person.set_value(item.person)
        self.learned.setText(item.learned)


class FollowUpRowWidget(Row):
    part = r.FollowUp

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self.text = _line(tr("Follow-up"), tr("What will be done"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(tr("Owner"))
        self.owner.setPlaceholderText(tr("Who"))
        self.owner.setMaxLength(MAX_SHORT_TEXT)
        self.owner.setMinimumWidth(140)
        self.due = date_edit(tr("Due date"), allow_none=True)
        self.done = QCheckBox(tr("done"))
        self.done.setAccessibleName(tr("Follow-up done"))
        self.top.addWidget(self.text, 1)
        self.details.addWidget(QLabel(tr("Owner")))
        self.details.addWidget(self.owner)
        self.details.addWidget(QLabel(tr("Due")))
        self.details.addWidget(self.due)
        self.details.addWidget(self.done)
        self.finish(self.text, self.owner, self.due, self.done)
        self.named = {"due_day": self.due, "done_day": self.done}

    def is_blank(self) -> bool:
        return not self.text.text().strip()

    def values(self) -> dict[str, Any]:
        done_day = None
        if self.done.isChecked():  # ticked: done when it was first ticked, or today
            previous = self.original.done_day if self.original else None
            done_day = previous or self._today()
        return {
            "text": self.text.text(),
            "owner": self.owner.text(),
            "due_day": date_value(self.due),
            "done_day": done_day,
        }

    def show_item(self, item: r.FollowUp) -> None:
        self.text.setText(item.text)
        self.owner.setText(item.owner)
        set_date_value(self.due, item.due_day)
        self.done.setChecked(item.done_day is not None)


# Where an obstacle stands, as its row's choice offers it (the status's key, its words).
OBSTACLE_STATUS_WORDS = (
    ("open", QT_TRANSLATE_NOOP("", "open")),
    ("working", QT_TRANSLATE_NOOP("", "working on it")),
    ("overcome", QT_TRANSLATE_NOOP("", "overcome")),
)


class ObstacleRowWidget(Row):
    """An obstacle in the way of the target condition, and where it stands."""

    part = r.Obstacle

    def __init__(self) -> None:
        super().__init__()
        self.text = _line(tr("Obstacle"), tr("What is in the way of the target"))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Where the obstacle stands"))
        for value, label in OBSTACLE_STATUS_WORDS:
            self.status.addItem(tr(label), value)
        self.top.addWidget(self.text, 1)
        self.top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.named = {"status": self.status}
        self.finish(self.text, self.status)

    def is_blank(self) -> bool:
        return not self.text.text().strip()

    def values(self) -> dict[str, Any]:
        return {"text": self.text.text(), "status": r.ObstacleStatus(self.status.currentData())}

    def show_item(self, item: r.Obstacle) -> None:
        self.text.setText(item.text)
        self.status.setCurrentIndex(self.status.findData(item.status.value))
