"""Editable lists of small rows: an intention's actions, a visit's assumptions and so on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.ui.forms import ElementCombo, PersonCombo, date_edit, date_value, set_date_value
from l2l_desktop.ui.style import tr


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class Row(QWidget):
    """One row; subclasses add editors and convert to and from a record."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.uuid: str | None = None  # kept across edits so the record stays the same one
        self.original: Any = None
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(28)
        self.remove.setToolTip(tr("Remove this row"))
        self.remove.setAccessibleName(tr("Remove this row"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def finish(self, *editors: QWidget) -> None:
        for editor in editors:
            signal = getattr(editor, "textChanged", None) or getattr(editor, "toggled", None)
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self.changed)
                if editor.isEditable():
                    editor.editTextChanged.connect(self.changed)
            elif signal is not None:
                signal.connect(self.changed)
        self.layout_.addWidget(self.remove)

    def is_blank(self) -> bool:
        raise NotImplementedError

    part: type[r.Part]  # the kind of part a row holds

    def values(self) -> dict[str, Any]:
        """The part's fields as the row's editors hold them."""
        raise NotImplementedError

    def show(self, item: Any) -> None:
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
        self.show(item)


class ActionRowWidget(Row):
    part = r.Action

    def __init__(self) -> None:
        super().__init__()
        self.text = _line(tr("Action"), tr("One thing you will do today"))
        self.element = ElementCombo(tr("Element this action serves"))
        self.done = QCheckBox(tr("done"))
        self.done.setAccessibleName(tr("Action done"))
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.element)
        self.layout_.addWidget(self.done)
        self.finish(self.text, self.element, self.done)

    def is_blank(self) -> bool:
        return not self.text.text().strip()

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text(),
            "element": self.element.value(),
            "done": self.done.isChecked(),
        }

    def show(self, item: r.Action) -> None:
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
            ("unclear", "unclear"),
            ("confirmed", "confirmed"),
            ("refuted", "refuted"),
        ):
            self.result.addItem(tr(label), value)
        self.fact = _line(tr("Fact seen"), tr("The fact you saw"))
        self.layout_.addWidget(self.text, 3)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.fact, 2)
        self.finish(self.text, self.result, self.fact)

    def is_blank(self) -> bool:
        return not (self.text.text().strip() or self.fact.text().strip())

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text(),
            "result": r.AssumptionResult(self.result.currentData()),
            "fact": self.fact.text(),
        }

    def show(self, item: r.Assumption) -> None:
        self.text.setText(item.text)
        self.result.setCurrentIndex(self.result.findData(item.result.value))
        self.fact.setText(item.fact)


class ConversationRowWidget(Row):
    part = r.Conversation

    def __init__(self, people: Callable[[], list[r.Person]]) -> None:
        super().__init__()
        self.person = PersonCombo(tr("Talked with"))
        self.person.set_people(people())
        self.person.setMinimumWidth(150)
        self.learned = _line(
            tr("What I learned from their view"), tr("What I learned from their view")
        )
        self.layout_.addWidget(self.person)
        self.layout_.addWidget(self.learned, 1)
        self.finish(self.person, self.learned)

    def is_blank(self) -> bool:
        return not (self.learned.text().strip() or self.person.currentText().strip())

    def values(self) -> dict[str, Any]:
        return {"learned": self.learned.text(), "person": self.person.value()}

    def show(self, item: r.Conversation) -> None:
        self.person.set_value(item.person)
        self.learned.setText(item.learned)


class FollowUpRowWidget(Row):
    part = r.FollowUp

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self.text = _line(tr("Follow-up"), tr("What will be done"))
        self.owner = _line(tr("Owner"), tr("Who"))
        self.owner.setMaximumWidth(120)
        self.due = date_edit(tr("Due date"), allow_none=True)
        self.done = QCheckBox(tr("done"))
        self.done.setAccessibleName(tr("Follow-up done"))
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.owner)
        self.layout_.addWidget(self.due)
        self.layout_.addWidget(self.done)
        self.due.dateChanged.connect(self.changed)
        self.finish(self.text, self.owner, self.done)

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

    def show(self, item: r.FollowUp) -> None:
        self.text.setText(item.text)
        self.owner.setText(item.owner)
        set_date_value(self.due, item.due_day)
        self.done.setChecked(item.done_day is not None)


class RowList(QWidget):
    """A column of rows with an "Add" button; blank rows are left out of the record."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], Row], add_text: str, name: str) -> None:
        super().__init__()
        self._make_row = make_row
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._add_and_focus)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.setAccessibleName(name)

    def add_row(self, item: Any = None) -> Row:
        row = self._make_row()
        if item is not None:
            row.set_item(item)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        self.changed.emit()
        return row

    def _add_and_focus(self) -> None:
        row = self.add_row()
        first = row.findChild(QLineEdit)
        if first is not None:
            first.setFocus()

    def _remove(self, row: Row) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def set_items(self, items: list[Any], minimum: int = 0) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for item in items:
            self.add_row(item)
        while len(self.rows) < minimum:
            self.add_row()

    def items(self) -> tuple[Any, ...]:
        return tuple(row.item() for row in self.rows if not row.is_blank())
