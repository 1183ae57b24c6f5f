"""A tab with a filterable list of records on the left and the record's form on the right.

Subclasses declare the record class, the list's columns, the filters, and the form; this class
handles selecting, saving (Ctrl+S, Ctrl+Enter), starting a new record (Ctrl+N), cancelling an
edit (Esc), deleting with undo (Delete, then Ctrl+Z), drafts, and errors shown at the field at
fault.

A form speaks in the record's own fields: :meth:`EditorTab.form_fields` gives what the form
holds as field values, :meth:`EditorTab.show_fields` puts field values into the form. The
record to save and the draft to keep are both made from those values, so a field the form
does not show is kept as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.codec import fields_from_json, fields_to_json
from l2l_desktop.core.declared import values_of
from l2l_desktop.core.kinds import KINDS
from l2l_desktop.core.validation import validate
from l2l_desktop.services import Journal
from l2l_desktop.ui.drafts import (
    DraftBanner,
    DraftKeeper,
    confirm_discard,
    confirm_leave,
    unsaved_mark,
)
from l2l_desktop.ui.forms import ErrorLabel, Fields, close_popup, footer, form_keys, shortcuts
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.undo import DeleteRecord
from l2l_desktop.ui.widgets import (
    Column,
    EmptyState,
    RecordTableModel,
    TabPage,
    record_table,
    scrolling,
)

R = TypeVar("R", bound=r.Record)


class EditorTab(TabPage, Generic[R]):
    saved_message = Signal(str)  # the main window shows it in the status bar
    record_type: type[R]
    draft_key = ""
    # The form's and the Edit menu's words for this kind, whole sentences for each language
    # to word as it must ({day}: the record's day); put in the user's language by tr().
    new_title = QT_TRANSLATE_NOOP("", "A new record")
    edit_title = QT_TRANSLATE_NOOP("", "Editing the record of {day}")
    delete_title = QT_TRANSLATE_NOOP("", "Delete record")
    deleted = QT_TRANSLATE_NOOP("", "Deleted the record of {day}. Ctrl+Z brings it back.")

    def __init__(
        self,
        title: str,
        subtitle: str,
        empty: EmptyState,
        journal: Journal,
        undo_stack: QUndoStack,
        columns: list[Column],
        stretch_column: int | tuple[int, ...],
    ) -> None:
        super().__init__(title, subtitle, empty)
        self.journal = journal
        self.undo_stack = undo_stack
        self.current: R | None = None  # the record being edited; None while writing a new one
        self._loading = False
        self.fields = Fields()
        self.drafts = DraftKeeper(journal, self.draft_key, self.draft_payload, self)

        # Left: filters above the list (or the empty state).
        self.model = RecordTableModel(columns, self)
        self.table = record_table(
            self.model, tr("{title} list").format(title=title), stretch_column
        )
        self.filters = QHBoxLayout()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        left = self.left = QWidget()
        left_layout = self.left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filters)
        left_layout.addWidget(self.list_stack, 1)

        # Right: draft banner, the form in a scroll area, the buttons.
        self.banner = DraftBanner(self.drafts, self._load_draft)
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-weight: 600;")
        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 8, 0)
        scroll = self.scroll = scrolling(self.form)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.new_button = QPushButton(tr("New"))
        self.new_button.setToolTip(tr("Start a new one (Ctrl+N)"))
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete (Del); Ctrl+Z brings it back"))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete_current)
        self.status = ErrorLabel()
        self.unsaved = unsaved_mark(self.drafts)
        buttons = footer(
            self.status,
            *self.form_buttons(),
            self.delete_button,
            self.new_button,
            self.save_button,
            mark=self.unsaved,
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.stack.setCurrentWidget(self.content)

        self.table.chosen.connect(self._row_chosen)
        self._shortcuts()

    # --- subclass hooks ------------------------------------------------------------------

    def fetch(self, offset: int, limit: int) -> list[R]:
        """``limit`` records of the list from the ``offset``-th, with the filters applied."""
        raise NotImplementedError

    def refresh_around(self) -> None:
        """Bring the tab's other parts up to date (its side lists, the people to choose
        from); called on every reload, before the list is read."""

    def form_buttons(self) -> list[QWidget]:
        """Buttons of the tab's own, shown before Delete in the form's row (none here)."""
        return []

    def form_fields(self) -> dict[str, Any]:
        """What the form holds, as values of the record's fields (unchecked)."""
        raise NotImplementedError

    def show_fields(self, values: Mapping[str, Any]) -> None:
        """Put these field values into the form (fields not given are left as they are)."""
        raise NotImplementedError

    def blank_fields(self) -> dict[str, Any]:
        """The field values of a fresh, empty form."""
        raise NotImplementedError

    def form_state(self) -> dict[str, Any]:
        """What a draft keeps besides the fields (a form's own choices), as JSON values."""
        return {}

    def restore_form_state(self, state: Mapping[str, Any]) -> None:
        """Put back what :meth:`form_state` kept."""

    def do_save(self, record: R) -> R:
        """Save ``record``; its form's draft is cleared in the same transaction."""
        return self.journal.save(record, self.draft_key)

    # --- the form as records and drafts ----------------------------------------------------

    def load_form(self, record: R | None) -> None:
        """Fill the form from ``record`` (None: a fresh, empty form)."""
        self.show_fields(values_of(record) if record is not None else self.blank_fields())

    def record_from_form(self) -> R:
        """The record the form describes: the one being edited with the form's fields, or a
        new one (validated when it is saved)."""
        values = self.form_fields()
        if self.current is not None:
            return replace(self.current, **values)
        return self.record_type(**values)

    # --- behaviour -----------------------------------------------------------------------

    def _shortcuts(self) -> None:
        shortcuts(self, [*form_keys(self.save, self.cancel), ("Ctrl+N", self.new)])
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.delete_current)

    def set_empty(self, empty: bool) -> None:
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.table)

    @property
    def is_empty(self) -> bool:
        return self.list_stack.currentWidget() is self.empty_state

    def reload(self) -> None:
        self._follow_current()
        self.refresh_around()
        uuid = self.current.uuid if self.current is not None else None
        self.table.selectionModel().blockSignals(True)
        self.model.load(self.fetch, self.model.rowCount())  # as far down as it was read
        self.table.selectionModel().blockSignals(False)
        self.set_empty(not self.model.rowCount() and not self.has_filter())
        if uuid is not None:
            self.select_uuid(uuid)
        if self.stale and not self.drafts.dirty and self.current is None and not self._loading:
            self.banner.offer()

    def _follow_current(self) -> None:
        """The record in the form changed elsewhere (a follow-up marked done, an undo): with
        nothing unsaved in the form, show it as it is now, so a save never writes back what
        the form showed before."""
        if self.current is None or self.drafts.dirty or self._loading:
            return
        fresh = self.find_record(self.current.uuid)
        if fresh is None:
            self._fill(None)  # deleted
        elif fresh != self.current:
            self._fill(fresh)
            self.edit(fresh)

    def has_filter(self) -> bool:
        return False

    def select_uuid(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))  # in sight, wherever it is in the list
        return True

    def _row_chosen(self, row: int) -> None:
        """The user chose a row of the list: show its record (the form's changes first
        saved or discarded, as the user says)."""
        record = self.model.record(row)
        if self.current is not None and record.uuid == self.current.uuid:
            return
        if not self.confirm_leave():
            if self.current is not None:
                self.select_uuid(self.current.uuid)
            else:
                self.table.selectionModel().blockSignals(True)
                self.table.clearSelection()
                self.table.selectionModel().blockSignals(False)
            return
        self.edit(record)

    def confirm_leave(self) -> bool:
        """Before the form is replaced: save, discard or stay when it holds unsaved text."""
        return confirm_leave(self, self.drafts, self.save)

    def edit(self, record: R) -> None:
        """Show ``record`` in the form for editing."""
        self._fill(record)
        self.form_title.setText(tr(self.edit_title).format(day=record.day))

    def new(self) -> None:
        if not self.confirm_leave():
            return
        self._fill(None)
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)
        self.focus_first()

    first_field = ""  # the field the user types in first (default: the form's first)

    def focus_first(self) -> None:
        """The focus to where the user will type: the form's first field."""
        editors = self.fields.editors
        first = editors.get(self.first_field) or next(iter(editors.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fill(self, record: R | None) -> None:
        self._loading = True
        try:
            self.current = record
            self.fields.clear_errors()
            self.status.set_error("")
            self.load_form(record)
        finally:
            self._loading = False
        self.drafts.dirty = False
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self.form_title.setText(tr(self.new_title))

    def cancel(self) -> None:
        """Esc: close a popup if one is open; else, once the user agrees, throw away the edit
        and show the record as saved (or an empty form)."""
        if close_popup() or self._clear_filter() or not confirm_discard(self, self.drafts):
            return
        self.drafts.clear()
        self._fill(self.current)
        if self.current is not None:
            self.edit(self.current)

    def _clear_filter(self) -> bool:
        """Esc in a filter box clears it and leaves the form alone; True if it was there."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and self.left.isAncestorOf(focus):
            focus.clear()
            return True
        return False

    def form_edited(self) -> None:
        """Connect every editor's change signal here."""
        if not self._loading:
            self.drafts.edited()

    def save(self) -> bool:
        saved = self.fields.attempt(self._checked_save, self.status, tr("above"))
        if saved is None:
            shown = [e for e in self.fields.errors.values() if not e.isHidden()]
            if shown:  # the first message in sight, below the rows it names too
                self.scroll.ensureWidgetVisible(shown[0])
            return False
        self.drafts.forget()  # the save cleared it in its own transaction
        self.current = saved
        self.select_uuid(saved.uuid)  # the list reloaded with the change the save announced
        self.edit(saved)
        self.saved_message.emit(tr("Saved."))
        return True

    def _checked_save(self) -> R | None:
        """Save the form's record once its fields pass their checks and the user has said
        whether each name new to the journal is someone new (None: they went back)."""
        from l2l_desktop.ui.new_people import confirm_new_people

        record = self.record_from_form()
        validate(record)
        confirmed = confirm_new_people(self, record, self.journal.people)
        return None if confirmed is None else self.do_save(confirmed)

    def delete_current(self) -> None:
        record = self.current
        index = self.table.selectionModel().currentIndex()
        if record is None and index.isValid():
            record = self.model.record(index.row())
        if record is None:
            return
        self.drafts.clear()
        command = DeleteRecord(self.journal, record, tr(self.delete_title), tr(self.deleted))
        self.undo_stack.push(command)
        self.saved_message.emit(command.message)
        self._fill(None)
        self.table.setFocus()

    # --- drafts --------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        return {
            "editing": self.current.uuid if self.current is not None else None,
            "fields": fields_to_json(self.record_type, self.form_fields()),
            "form": self.form_state(),
        }

    def _load_draft(self, payload: dict[str, Any]) -> None:
        editing = payload.get("editing")
        record = self.find_record(editing) if isinstance(editing, str) else None
        self._fill(record)
        if record is not None:
            self.edit(record)
            self.select_uuid(record.uuid)
        self._loading = True
        try:
            self.show_fields(fields_from_json(self.record_type, payload.get("fields", {})))
            state = payload.get("form", {})
            self.restore_form_state(state if isinstance(state, dict) else {})
        finally:
            self._loading = False

    def find_record(self, uuid: str) -> R | None:
        """The saved record a draft was typed for (None when it is gone)."""
        return self.journal.by_uuid(self.journal_kind, uuid)

    @property
    def journal_kind(self) -> str:
        return KINDS.of(self.record_type).name
