"""The question bank: open coaching questions by purpose; add, edit, retire, practise."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.services import Journal
from l2l_desktop.ui.bank_words import bank_text
from l2l_desktop.ui.forms import SAVE_ERRORS, ErrorLabel, failure_text
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import RecordTableModel, record_table

# The purposes of core/question_bank.py, as the window names them.
PURPOSES = {
    "situation": QT_TRANSLATE_NOOP("", "Understand the situation"),
    "target": QT_TRANSLATE_NOOP("", "The target"),
    "obstacles": QT_TRANSLATE_NOOP("", "Obstacles"),
    "next_step": QT_TRANSLATE_NOOP("", "Next step"),
    "learned": QT_TRANSLATE_NOOP("", "What we learned"),
    "care": QT_TRANSLATE_NOOP("", "Care"),
}


def purpose_label(key: str) -> str:
    return tr(PURPOSES.get(key, key))


class BankDialog(QDialog):
    """Browse and edit the bank; "Practise today" hands a question to the Today tab."""

    practise = Signal(str)  # the bank question's UUID

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.editing: r.BankQuestion | None = None
        self.setWindowTitle(tr("Question bank"))
        self.resize(760, 520)
        self.model = RecordTableModel(
            [
                (tr("Purpose"), lambda b: purpose_label(b.purpose)),
                (tr("Question"), bank_text),
                (tr("In use"), lambda b: tr("yes") if b.active else tr("retired")),
            ],
            self,
        )
        self.table = record_table(self.model, tr("Bank questions"), 1)
        self.show_retired = QCheckBox(tr("Show retired questions"))
        self.show_retired.toggled.connect(self.reload)
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Question text"))
        self.text.setPlaceholderText(tr("An open question you want to practise"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(tr("Purpose"))
        for key, label in PURPOSES.items():
            self.purpose.addItem(tr(label), key)
        self.error = ErrorLabel()
        self.new_button = QPushButton(tr("New"))
        self.new_button.setToolTip(tr("Write a new question (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new)
        self.save_button = QPushButton(tr("Add"))
        self.retire_button = QPushButton(tr("Retire"))
        self.practise_button = QPushButton(tr("Practise today"))
        close = QPushButton(tr("Close"))
        # Enter saves the question being written (or, in the list, opens the one chosen):
        # no button of the dialog takes it over.
        for button in (
            self.new_button,
            self.save_button,
            self.retire_button,
            self.practise_button,
            close,
        ):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.practise_button.clicked.connect(self.practise_selected)
        close.clicked.connect(self.accept)
        self.table.chosen.connect(lambda row: self._load(self.model.record(row)))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.text.returnPressed.connect(self.save)
        editor = QHBoxLayout()
        editor.addWidget(self.purpose)
        editor.addWidget(self.text, 1)
        editor.addWidget(self.new_button)
        editor.addWidget(self.save_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_retired)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.practise_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Open questions to practise, grouped by what they help you find out."))
        )
        layout.addWidget(self.table, 1)
        self.editor_title = QLabel()
        layout.addWidget(self.editor_title)
        layout.addLayout(editor)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()
        self.new()

    def reload(self) -> None:
        self.model.set_records(self.journal.bank_questions(self.show_retired.isChecked()))
        if self.editing is not None and not self._select(self.editing.uuid):
            self.new()
        self._update_buttons()

    def selected(self) -> r.BankQuestion | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self, *_: object) -> None:
        item = self.selected()
        self.retire_button.setEnabled(item is not None)
        self.retire_button.setText(tr("Bring back") if item and not item.active else tr("Retire"))
        self.practise_button.setEnabled(item is not None and item.active)

    def _load(self, item: r.BankQuestion | None) -> None:
        """Show ``item`` in the editor below the list (None: a new, empty question)."""
        self.editing = item
        self.text.setText(bank_text(item) if item else "")
        if item is not None:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(item.purpose)))
        self.save_button.setText(tr("Save changes") if item else tr("Add"))
        self.editor_title.setText(
            tr("<b>Edit the question chosen above</b>")
            if item
            else tr("<b>Add a question of your own</b>")
        )
        self.error.set_error("")
        self._update_buttons()

    def new(self) -> None:
        """An empty editor for a question of the user's own (Ctrl+N)."""
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self._load(None)
        self.text.setFocus()

    def save(self) -> None:
        """Add the new question (the editor is then ready for the next one), or save the
        changes to the one being edited."""
        text = self.text.text()
        if self.editing is not None and text == bank_text(self.editing):
            text = self.editing.text  # a starter question shown translated, its words kept
        fields = {"text": text, "purpose": self.purpose.currentData()}
        adding = self.editing is None
        record = replace(self.editing, **fields) if self.editing else r.BankQuestion(**fields)
        try:
            saved = self.journal.save(record)
        except SAVE_ERRORS as error:
            self.error.set_error(failure_text(error))
            return
        self.reload()
        if adding:
            self.new()
            self._show_in_list(saved.uuid)
            self.error.set_error("")
        else:
            self._select(saved.uuid)

    def toggle_retired(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.journal.save(replace(item, active=not item.active))
        self.reload()

    def practise_selected(self) -> None:
        item = self.selected()
        if item is not None and item.active:
            self.practise.emit(item.uuid)
            self.accept()

    def _show_in_list(self, uuid: str) -> None:
        """Scroll to the question just added, without choosing it for editing."""
        row = self.model.row_of(uuid)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))

    def _select(self, uuid: str) -> bool:
        """Select the question ``uuid`` and show it in the editor; False if it is not listed."""
        row = self.model.row_of(uuid)
        if row is None:
            return False
        self.table.selectRow(row)
        self._load(self.model.record(row))
        return True
