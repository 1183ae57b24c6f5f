"""Find (Ctrl+F): one box over every text of every record, results as you type.

The dialog stays open beside the window: Enter or a double-click on a result asks the window to
show that record in its tab (``open_requested``), and the next result is one arrow key away.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.elements import ALL_ELEMENTS
from l2l_desktop.core.search_query import MARK, Hit
from l2l_desktop.services import Journal
from l2l_desktop.ui.date_field import DateField
from l2l_desktop.ui.style import element_label, person_name, tr, trn
from l2l_desktop.ui.widgets import muted_label

DEBOUNCE_MS = 150
SHOWN = 100  # results at most: the best (or newest) first
KIND_NAMES = {
    "intention": QT_TRANSLATE_NOOP("", "Intention"),
    "pause": QT_TRANSLATE_NOOP("", "Intention pause"),
    "question": QT_TRANSLATE_NOOP("", "Question"),
    "tell": QT_TRANSLATE_NOOP("", "Told instead of asking"),
    "gemba_visit": QT_TRANSLATE_NOOP("", "Gemba visit"),
    "reflection": QT_TRANSLATE_NOOP("", "Reflection"),
    "rest_period": QT_TRANSLATE_NOOP("", "Days off"),
    "person": QT_TRANSLATE_NOOP("", "Person"),
    "coaching_session": QT_TRANSLATE_NOOP("", "Coaching session"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def first_after_last(dialog: SearchDialog) -> bool:
    first, last = dialog.first.value(), dialog.last.value()
    return first is not None and last is not None and first > last


def narrowed_more(dialog: SearchDialog) -> bool:
    """Whether a filter other than the kind is set."""
    return any(
        (dialog.element.currentData(), dialog.person.currentData(), dialog.first.value(),
         dialog.last.value())
    )  # fmt: skip


def hit_html(hit: Hit, highlight: str) -> str:
    """A result as rich text: its day and kind, then the snippet with the matches marked."""
    snippet = (
        escape(hit.snippet)
        .replace(MARK[0], f"<span style='background:{highlight}'><b>")
        .replace(MARK[1], "</b></span>")
    )
    day = hit.day.isoformat() if hit.day else ""
    return f"<b>{day}</b> · {escape(tr(KIND_NAMES.get(hit.kind, hit.kind)))}<br>{snippet}"


class HitDelegate(QStyledItemDelegate):
    """Draws a result's rich text (the matches highlighted) in the list."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole)))
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        doc = self._document(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft().x() + 4, option.rect.topLeft().y() + 2)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchDialog(QDialog):
    """The search box, its filters and the results."""

    open_requested = Signal(str, str)  # kind, uuid

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(tr("Find"))
        self.resize(640, 520)
        self.box = QLineEdit()
        self.box.setPlaceholderText(tr("Search every record: words, or parts of words"))
        self.box.setAccessibleName(tr("Search"))
        self.box.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Which records"))
        self.kind.addItem(tr("All records"), None)
        for key, name in KIND_NAMES.items():
            self.kind.addItem(tr(name), key)
        self.element = QComboBox()
        self.element.setAccessibleName(tr("Element"))
        self.element.addItem(tr("Any element"), None)
        for element in ALL_ELEMENTS:
            self.element.addItem(element_label(element), element)
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Person"))
        self.first = DateField(tr("From"), allow_none=True, empty_text=tr("From"))
        self.last = DateField(tr("To"), allow_none=True, empty_text=tr("To"))
        self.newest = QCheckBox(tr("Newest first"))
        self.newest.setToolTip(tr("Newest first, instead of the best matches first"))
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(tr("Results"))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._activated)
        self.status = muted_label(tr("Type to search your intentions, questions, visits, …"))
        self.status.setAccessibleName(tr("Search status"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        for combo in (self.kind, self.element, self.person):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        for field in (self.first, self.last):
            field.dateChanged.connect(lambda _day: self.timer.start())
        self.newest.toggled.connect(lambda _on: self.run_search())
        self.box.installEventFilter(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("In:")))
        filters.addWidget(self.kind)
        filters.addWidget(self.element)
        filters.addWidget(self.person)
        filters.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(QLabel(tr("&From:"), buddy=self.first.edit))
        when.addWidget(self.first)
        when.addWidget(QLabel(tr("&To:"), buddy=self.last.edit))
        when.addWidget(self.last)
        when.addWidget(self.newest)
        when.addStretch(1)
        self.load_people()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addLayout(when)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(muted_label(tr("Enter or a double-click opens the record in its tab.")))
        self.hits: list[Hit] = []

    def load_people(self) -> None:
        """The people to filter by (kept chosen across a reload, if still there)."""
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(tr("Anyone"), None)
        for person in self.journal.people():
            self.person.addItem(person_name(person), person.uuid)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def start(self) -> None:
        """Shown, in front, the box's text selected for a new search."""
        self.load_people()
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run_search(self) -> list[Hit]:
        self.timer.stop()
        text = self.box.text()
        kind = self.kind.currentData()
        narrowed = bool(kind) or narrowed_more(self)
        self.hits = self.journal.search(
            text,
            kinds=frozenset({kind}) if kind else None,
            first=self.first.value(),
            last=self.last.value(),
            person_uuid=self.person.currentData(),
            element=self.element.currentData(),
            newest_first=self.newest.isChecked(),
            limit=SHOWN,
        )
        highlight = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.model.clear()
        for hit in self.hits:
            item = QStandardItem(hit_html(hit, highlight + "55"))
            item.setData((hit.kind, hit.uuid), HIT_ROLE)
            item.setAccessibleText(f"{hit.day} {hit.kind}: {hit.snippet}")
            self.model.appendRow(item)
        if not text.strip():
            self.status.setText(tr("Type to search your intentions, questions, visits, …"))
        elif not self.hits and kind and not narrowed_more(self):
            self.status.setText(
                tr("Nothing found for “{text}” in {kind}; “All records” looks everywhere.").format(
                    text=text.strip(), kind=tr(KIND_NAMES[kind])
                )
            )
        elif first_after_last(self):
            self.status.setText(tr("The From day is after the To day: no day is in between."))
        elif not self.hits and narrowed:
            self.status.setText(
                tr("Nothing found for “{text}” with these filters.").format(text=text.strip())
            )
        elif not self.hits:
            self.status.setText(tr("Nothing found for “{text}”.").format(text=text.strip()))
        elif len(self.hits) >= SHOWN:
            self.status.setText(
                tr("The first {n} records found are shown; another word narrows it.").format(
                    n=SHOWN
                )
            )
        else:
            self.status.setText(trn("One record found.", "%n records found.", len(self.hits)))
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        return self.hits

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """In the box: Down goes to the results, Enter opens the current result."""
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                current = self.results.currentIndex()
                if current.isValid():
                    self._activated(current)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Open the result in its tab; the dialog steps aside (Ctrl+F brings it back, with
        its results)."""
        kind, uuid = index.data(HIT_ROLE)
        self.hide()
        self.open_requested.emit(kind, uuid)
