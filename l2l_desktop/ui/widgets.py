"""Building blocks shared by the tabs: the page frame, empty states and a record table model."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.services import Change

Index = QModelIndex | QPersistentModelIndex


def guarded(run: Callable[[], object]) -> None:
    """Run ``run`` from a Qt event handler: an exception is told like any other bug (the log,
    the bug dialog) and goes no further. Left to reach Qt's C++ from an event handler, a
    Python exception can crash PySide6 (a segfault, with nothing in the log)."""
    try:
        run()
    except Exception:
        sys.excepthook(*sys.exc_info())


def discard(widget: QWidget) -> None:
    """Take a widget out of its window for good. Hidden first: one added to a layout and taken
    out before the event loop ran would otherwise be shown by Qt's pending show, as a window
    of its own (which then takes the keyboard from the main window)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls up and down when it is taller than the
    room it has (a small window, long texts): nothing is cut off or drawn over."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # It shows what is behind it (a group box's panel): no area of a lighter colour.
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return area


def heading_label(text: str, scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class EmptyState(QWidget):
    """A friendly sentence (and a second line) shown where a list would be empty."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = heading_label(title, 1.25)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        self.body = muted_label(body)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.setMaximumWidth(560)
        # A word-wrapped label gets its height right only when the layout gives it the width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body, 4)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addStretch(2)


class TabPage(QWidget):
    """A tab: a heading, a one-line subtitle, then either its content or its empty state.

    Subclasses implement :meth:`reload` and say in :attr:`shows` which kinds of records it
    shows. Told of a change to one of them, a visible page reloads at once, a hidden one marks
    itself stale and reloads when it is shown again; other changes pass it by.
    """

    shows: frozenset[str] = frozenset()

    def __init__(
        self, title: str, subtitle: str, empty: EmptyState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stale = True
        self.heading = heading_label(title)
        self.subtitle = muted_label(subtitle)
        self.empty_state = empty
        self.content = QWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        line = QFrame()  # a quiet rule in the palette's mid tone, light or dark
        line.setFixedHeight(1)
        line.setStyleSheet("background: palette(mid); border: none;")
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def set_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty_state if empty else self.content)

    def refresh(self) -> None:
        """Reload now and clear the stale mark."""
        self.reload()
        self.stale = False

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def changed(self, change: Change) -> None:
        """A write committed: reload (now or when next shown) if it changed what is shown."""
        if not self.shows.isdisjoint(change.kinds):
            self.mark_stale()

    def showEvent(self, event: Any) -> None:
        if self.stale:
            guarded(self.refresh)
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError


Column = tuple[str, Callable[[Any], str]]


Pages = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> that many records, or fewer


class RecordTableModel(QAbstractTableModel):
    """Rows of plain records, one column per (header, text-of-record) pair.

    Filled whole (:meth:`set_records`), or a page at a time (:meth:`load`): then Qt's view
    asks for the next page (``fetchMore``) when it is scrolled to the end of those it has,
    so a long history costs the memory of what was looked at, and none of it is out of reach.
    """

    def __init__(
        self, columns: Sequence[Column], parent: QWidget | None = None, page_size: int = 200
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []
        self._pages: Pages | None = None  # set while there may be more to fetch
        self.page_size = page_size

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._pages = None
        self.endResetModel()

    def load(self, pages: Pages, count: int = 0) -> None:
        """Show the first ``count`` records of ``pages`` (at least a page), the rest on
        demand; one more is read to learn whether there is a rest."""
        count = max(count, self.page_size)
        batch = list(pages(0, count + 1))
        self.beginResetModel()
        self._records = batch[:count]
        self._pages = pages if len(batch) > count else None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._pages is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            guarded(self._fetch_more)

    def _fetch_more(self) -> None:
        assert self._pages is not None
        batch = list(self._pages(len(self._records), self.page_size + 1))
        if len(batch) <= self.page_size:
            self._pages = None
        # A record the store leaves out (unreadable, and logged) makes its page one short:
        # the list may end there, or the next page starts with one already listed.
        listed = {x.uuid for x in self._records}
        fresh = [x for x in batch[: self.page_size] if x.uuid not in listed]
        if fresh:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._records.extend(fresh)
            self.endInsertRows()

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, uuid: str) -> int | None:
        """The row of the record ``uuid``, or None when it is not listed."""
        return next((i for i, x in enumerate(self._records) if x.uuid == uuid), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()][1](self._records[index.row()])
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None


class RecordTable(QTableView):
    """A list of records that says which row the *user* chose (``chosen``): a click, the
    arrow keys, or Enter. The current row Qt sets by itself (when the list takes the focus,
    or is reloaded or filtered) is not a choice, so it never loads a record into a form."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._keyed = False
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))
        self.activated.connect(lambda index: self.chosen.emit(index.row()))

    def keyPressEvent(self, event: Any) -> None:
        self._keyed = True
        try:
            super().keyPressEvent(event)
        finally:
            self._keyed = False

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if self._keyed and current.isValid() and current.row() != previous.row():
            self.chosen.emit(current.row())


def record_table(
    model: RecordTableModel, name: str, stretch_column: int | tuple[int, ...]
) -> RecordTable:
    """A read-only, row-selecting table view; the ``stretch_column`` (s) share the spare width."""
    view = RecordTable()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    stretch = (stretch_column,) if isinstance(stretch_column, int) else stretch_column
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view
