"""Form building blocks: labelled fields with their error line, element pickers, people."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import local_day
from l2l_desktop.core.elements import ALL_ELEMENTS, Element
from l2l_desktop.core.validation import MAX_TEXT, FieldError, ValidationError
from l2l_desktop.services import KnownStoreError
from l2l_desktop.ui.date_field import DateField
from l2l_desktop.ui.field_words import word
from l2l_desktop.ui.style import ELEMENT_COLOURS, element_label, number, said, tr
from l2l_desktop.ui.widgets import muted_label

T = TypeVar("T")


# What a save can fail with and the user can act on: a field to correct, or storage trouble
# (disk full, read-only, locked) told in plain words. Anything else is a bug.
SAVE_ERRORS = (ValidationError, KnownStoreError)


def failure_text(error: Exception) -> str:
    """One message for a failed save: every field's problem, or the storage condition."""
    if isinstance(error, ValidationError):
        return "\n".join(word(e) for e in error.errors)
    return said(error)


def shortcuts(widget: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Keys of ``widget`` (a tab and its form) that work anywhere in its window while it is
    shown, wherever the focus is (or if a removed row took it away)."""
    context = Qt.ShortcutContext.WindowShortcut
    for keys, slot in bindings:
        QShortcut(QKeySequence(keys), widget, context=context).activated.connect(slot)


def form_keys(
    save: Callable[[], object], cancel: Callable[[], object]
) -> list[tuple[str, Callable[[], object]]]:
    """Every form's keys: Ctrl+S or Ctrl+Enter saves, Esc throws the edit away."""
    return [("Ctrl+S", save), ("Ctrl+Return", save), ("Ctrl+Enter", save), ("Esc", cancel)]


def close_popup() -> bool:
    """Close an open popup (a name completion, a calendar, a list); True if there was one.

    Esc closes the popup first; only an Esc without one speaks to the form."""
    popup = QApplication.activePopupWidget()
    if popup is None:
        return False
    popup.close()
    return True


def footer(status: QLabel, *buttons: QWidget, mark: QWidget | None = None) -> QVBoxLayout:
    """A form's foot: its message line across the whole width (so the buttons never move
    when it shows), then the "not saved" mark on the left and the buttons on the right."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(status)
    row = QHBoxLayout()
    if mark is not None:
        row.addWidget(mark)
    row.addStretch(1)
    for button in buttons:
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(button)
    layout.addLayout(row)
    return layout


class ErrorLabel(QLabel):
    """The message under a field that is wrong; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #d0453a;")
        self.hide()

    def set_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))


class TextArea(QPlainTextEdit):
    """A few lines of text; Tab moves on to the next field instead of typing a tab.

    It takes at most ``limit`` characters (the field's own limit): a larger paste is cut at
    it, and says so. Qt lays out a long unbroken line in time that grows with its square (a
    1 MB paste froze the window for minutes); 20,000 characters take a few milliseconds.
    """

    def __init__(
        self, name: str, lines: int = 3, placeholder: str = "", limit: int = MAX_TEXT
    ) -> None:
        super().__init__()
        self.limit = limit
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.6))

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        cursor = self.textCursor()
        room = self.limit - (len(self.toPlainText()) - len(cursor.selectedText()))
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        cursor.insertText(text[: max(0, room)])
        self.setTextCursor(cursor)
        QToolTip.showText(
            self.mapToGlobal(self.cursorRect().bottomLeft()),
            tr(
                "This field holds up to {n} characters: the rest of what was pasted was left out."
            ).format(n=number(self.limit)),
            self,
        )


def element_icon(element: Element, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(ELEMENT_COLOURS[element]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ElementCombo(QComboBox):
    """Pick the one element an action serves: coloured dot plus label."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        for element in ALL_ELEMENTS:
            self.addItem(element_icon(element), element_label(element), element.value)
        self.setAccessibleName(name or tr("Element"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def value(self) -> Element:
        return Element(self.currentData())

    def set_value(self, element: Element) -> None:
        self.setCurrentIndex(self.findData(element.value))


class ElementChecks(QWidget):
    """Tick the elements a record serves (at least one)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Element, QCheckBox] = {}
        for element in ALL_ELEMENTS:
            box = QCheckBox(element_label(element))
            box.setIcon(element_icon(element))
            box.setAccessibleName(element_label(element))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[element] = box
        layout.addStretch(1)

    def value(self) -> frozenset[Element]:
        return frozenset(e for e, box in self.boxes.items() if box.isChecked())

    def set_value(self, elements: Iterable[Element]) -> None:
        chosen = set(elements)
        for element, box in self.boxes.items():
            box.setChecked(element in chosen)


class PersonCombo(QComboBox):
    """A person by name: pick someone you logged before, or type a new name.

    Spaces around a name are not part of it, and a name that matches someone logged before
    (in any case) is that person: when the field is left, it shows the name as it will be
    saved, so nothing is changed behind the user's back."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(tr("Nobody in particular"))
        self.lineEdit().editingFinished.connect(self._show_as_saved)
        self.setAccessibleName(name or tr("Person"))
        self._people: list[r.Person] = []

    def _show_as_saved(self) -> None:
        person = self.value()
        shown = person.name if person is not None else ""
        if shown != self.currentText():
            self.setEditText(shown)

    def set_people(self, people: list[r.Person]) -> None:
        """Everyone a typed name may be (those who left too); the list and the completion
        offer only the team, not those archived or forgotten."""
        current = self.currentText()
        self._people = list(people)
        offered = [p.name for p in self._people if not p.archived]
        self.blockSignals(True)
        self.clear()
        self.addItems(offered)
        self.setEditText(current)
        completer = QCompleter(offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.blockSignals(False)

    def value(self) -> r.Person | None:
        name = self.currentText().strip()
        if not name:
            return None
        for person in self._people:
            if person.name.casefold() == name.casefold():
                return person
        return r.Person(name=name)

    def set_value(self, person: r.Person | None) -> None:
        if person is not None and all(p.uuid != person.uuid for p in self._people):
            self._people.append(person)
            self.addItem(person.name)
        self.setEditText(person.name if person else "")


def date_edit(name: str, allow_none: bool = False, empty_text: str = "") -> DateField:
    """A date field; a required one starts on today, an optional one empty ("no date", or
    ``empty_text``)."""
    edit = DateField(name, allow_none, empty_text)
    if not allow_none:
        edit.set_value(local_day())
    return edit


def date_value(edit: DateField) -> date | None:
    return edit.value()


def set_date_value(edit: DateField, day: date | None) -> None:
    edit.set_value(day)


class Fields:
    """The labelled fields of one form, so errors can be shown beside the field at fault."""

    def __init__(self) -> None:
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def block(self, name: str, label: str, editor: QWidget, hint: str = "") -> QWidget:
        """A label, the editor, an optional hint and the error line, stacked."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        title = QLabel(f"<b>{label}</b>")
        title.setBuddy(editor)
        layout.addWidget(title)
        if hint:
            layout.addWidget(muted_label(hint))
        layout.addWidget(editor)
        error = ErrorLabel()
        layout.addWidget(error)
        if not editor.accessibleName():
            editor.setAccessibleName(label)
        self.editors[name] = editor
        self.errors[name] = error
        return box

    def problems(self) -> list[FieldError]:
        """What the editors themselves refuse (text that is not a date), by field."""
        found = []
        for name, editor in self.editors.items():
            ask = getattr(editor, "problems", None)
            if ask is not None:
                found.extend(FieldError(f"{name}{sub}", text) for sub, text in ask())
                continue
            problem = getattr(editor, "problem", None)
            text = problem() if problem is not None else ""
            if text:
                found.append(FieldError(name, text))
        return found

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.set_error("")

    def attempt(self, save: Callable[[], T], status: ErrorLabel, where: str) -> T | None:
        """Run ``save``; on failure show why (at the fields, or in ``status``) and return None.

        ``where`` says where the marked fields are ("above" or "below" the status line).
        The form is left as it is, so nothing the user typed is lost. A field whose text
        cannot become a value (a date that is not one) stops the save before it is tried.
        """
        try:
            problems = self.problems()
            if problems:
                raise ValidationError(problems)
            saved = save()
        except ValidationError as error:
            self.show_errors(error.errors)
            status.set_error(
                tr("Not saved: please correct the fields marked {where}.").format(where=where)
            )
            return None
        except KnownStoreError as error:  # disk full, read-only, locked
            status.set_error(said(error))
            return None
        self.clear_errors()
        status.set_error("")
        return saved

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message under its field (``actions[0].text`` goes under ``actions``)."""
        self.clear_errors()
        first: QWidget | None = None
        messages: dict[str, list[str]] = {}
        for error in errors:
            key = error.field.split("[")[0].split(".")[0]
            if key not in self.errors:
                key = next(iter(self.errors))
            prefix = _row_prefix(error.field)
            messages.setdefault(key, []).append(prefix + word(error))
            if first is None:
                editor = self.editors[key]
                in_row = getattr(editor, "editor_for", None)  # a list of rows: the row's field
                first = (in_row(error.field) if in_row else None) or editor
        for key, lines in messages.items():
            self.errors[key].set_error("\n".join(dict.fromkeys(lines)))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def row_index(field_name: str) -> int | None:
    """The row a field error names (``follow_ups[1].due_day``: 1), or None."""
    if "[" not in field_name:
        return None
    return int(field_name.split("[")[1].split("]")[0])


def _row_prefix(field_name: str) -> str:
    index = row_index(field_name)
    return "" if index is None else tr("Row {n}: ").format(n=index + 1)
