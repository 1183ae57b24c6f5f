"""A column of rows with an "Add" button: an intention's actions, a visit's follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from l2l_desktop.ui.forms import row_index
from l2l_desktop.ui.rows import Row
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import discard


class RowList(QWidget):
    """A column of rows with an "Add" button; blank rows are left out of the record.

    At most ``maximum`` rows (0: no limit). Enter in a row's text goes on to the next row,
    adding one when it was the last. The rows sit in the Tab order where the list is, before
    its "Add" button, however late they were added.
    """

    changed = Signal()

    def __init__(
        self, make_row: Callable[[], Row], add_text: str, name: str, maximum: int = 0
    ) -> None:
        super().__init__()
        self._make_row = make_row
        self.maximum = maximum
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
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
        row.next_requested.connect(self._next)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        self._rows_changed()
        self.changed.emit()
        return row

    def _add_and_focus(self) -> None:
        if self.full:
            return
        self.add_row().editors[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def full(self) -> bool:
        return bool(self.maximum) and len(self.rows) >= self.maximum

    def _next(self, row: Row) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].editors[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif not row.is_blank():
            self._add_and_focus()

    def _remove(self, row: Row) -> None:
        index = self.rows.index(row)
        had_focus = row.isAncestorOf(QApplication.focusWidget())
        self._detach(row)
        if had_focus:  # the focus stays in the form, on a neighbour, for Ctrl+S and Tab
            neighbours = self.rows[index : index + 1] or self.rows[index - 1 : index]
            target = neighbours[0].editors[0] if neighbours else self.add_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._rows_changed()
        self.changed.emit()

    def _detach(self, row: Row) -> None:
        """Take a row out for good (see :func:`discard`)."""
        self.rows.remove(row)
        discard(row)

    def set_items(self, items: list[Any], minimum: int = 0) -> None:
        for row in list(self.rows):
            self._detach(row)
        for item in items:
            self.add_row(item)
        while len(self.rows) < minimum:
            self.add_row()
        self._rows_changed()

    def _rows_changed(self) -> None:
        """Put the rows' editors in the Tab order, and the "Add" button's state."""
        before = self._before()
        chain: list[QWidget] = [] if before is None else [before]
        for row in self.rows:
            chain.extend(getattr(e, "focusProxy", lambda: None)() or e for e in row.editors)
        chain.append(self.add_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.add_button.setEnabled(not self.full)
        if self.maximum:
            self.add_button.setToolTip(
                tr("At most {n} here").format(n=self.maximum) if self.full else ""
            )

    def _before(self) -> QWidget | None:
        """The Tab stop before the list (the field above it), if it is in a window yet."""
        widget = self.add_button.previousInFocusChain()
        while widget is not None and widget is not self.add_button:
            inside = widget is self or self.isAncestorOf(widget)
            if not inside and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def items(self) -> tuple[Any, ...]:
        return tuple(row.item() for row in self.rows if not row.is_blank())

    def editor_for(self, field_name: str) -> QWidget | None:
        """The editor a field error names (``follow_ups[1].due_day``: that row's date, else
        the row's first field that refuses its text, else its first); None when it names no row."""
        index = row_index(field_name)
        if index is None or not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        named = row.named.get(field_name.rpartition(".")[2])
        if named is not None:
            return named
        invalid = [e for e in row.editors if getattr(e, "problem", lambda: "")()]
        return (invalid or row.editors)[0]

    def problems(self) -> list[tuple[str, str]]:
        """What the rows' editors refuse, as (``[index]``, message)."""
        return [
            (f"[{index}]", text) for index, row in enumerate(self.rows) for text in row.problems()
        ]
