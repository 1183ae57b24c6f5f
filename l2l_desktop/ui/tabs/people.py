"""The People tab: the team, when the user last saw each of them, and who is past the cadence
the user wants with them; a form to add and edit a person, and to archive one who left."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.people import (
    CADENCES,
    PersonStatus,
    cadence_name,
    is_forgotten,
    name_key,
    unseen_span,
)
from l2l_desktop.services import Journal
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import SAVE_ERRORS, TextArea, failure_text, form_keys, shortcuts
from l2l_desktop.ui.person_merge import MergeDialog
from l2l_desktop.ui.person_page import PersonPageView
from l2l_desktop.ui.style import person_name, tr, trn
from l2l_desktop.ui.undo import MergePeople
from l2l_desktop.ui.widgets import EmptyState

CUSTOM = "custom"
MAX_CADENCE = 365


def cadence_text(days: int | None) -> str:
    """A cadence as the list says it: "weekly", "fortnightly", "every 4 weeks", "every 10
    days", or nothing."""
    name = cadence_name(days)
    if days is None or name is None:
        return ""
    if name == "weekly":
        return tr("weekly")
    if name == "fortnightly":
        return tr("fortnightly")
    if name == "monthly":
        return tr("every 4 weeks")
    return trn("every %n day", "every %n days", days)


def status_text(status: PersonStatus) -> str:
    """The mark of someone past their cadence ("not seen for 3 weeks"), else nothing."""
    if not status.overdue:
        return ""
    if status.days_since is None:
        return tr("● not seen yet")
    count, unit = unseen_span(status.days_since)
    if unit == "weeks":
        return trn("● not seen for %n week", "● not seen for %n weeks", count)
    return trn("● not seen for %n day", "● not seen for %n days", count)


class CadenceField(QWidget):
    """How often the user wants to see someone: none, weekly, fortnightly, monthly, or a
    custom number of days."""

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Cadence"))
        self.combo.addItem(tr("No cadence"), None)
        self.combo.addItem(tr("Weekly"), 7)
        self.combo.addItem(tr("Fortnightly"), 14)
        self.combo.addItem(tr("Every 4 weeks"), 28)
        self.combo.addItem(tr("Every … days"), CUSTOM)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_CADENCE)
        self.days.setValue(10)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Cadence in days"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.days)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._show_days)
        self._show_days()

    def _show_days(self) -> None:
        self.days.setVisible(self.combo.currentData() == CUSTOM)

    def value(self) -> int | None:
        data = self.combo.currentData()
        return self.days.value() if data == CUSTOM else data

    def set_value(self, days: int | None) -> None:
        if days is None or days in CADENCES:
            self.combo.setCurrentIndex(self.combo.findData(days))
        else:
            self.days.setValue(days)
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))

    def setFocus(self, *args: Any) -> None:
        self.combo.setFocus(*args)


class PeopleTab(EditorTab[r.Person]):
    record_type = r.Person
    shows = frozenset({"person", "question", "tell", "gemba_visit", "follow_up"})
    first_field = "name"
    draft_key = "person-form"
    new_title = QT_TRANSLATE_NOOP("", "Someone new on the team")
    edit_title = QT_TRANSLATE_NOOP("", "Editing {name}")

    def __init__(self, journal: Journal, undo_stack: QUndoStack) -> None:
        super().__init__(
            tr("People"),
            tr("Whom you support, when you last saw them, and who is past your cadence."),
            EmptyState(
                tr("No people yet"),
                tr(
                    "Add the people you support on the right, or name someone in a question, "
                    "a tell or a gemba conversation. Each is listed with when you last saw them."
                ),
            ),
            journal,
            undo_stack,
            [
                (tr("Name"), person_name),
                (tr("Role"), lambda p: p.role),
                (tr("Last contact"), self._last_contact_text),
                (tr("Cadence"), lambda p: cadence_text(p.cadence_days)),
                (tr("Status"), lambda p: status_text(self._statuses[p.uuid])),
            ],
            stretch_column=1,
        )
        self._statuses: dict[str, PersonStatus] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by name or role"))
        self.search.setAccessibleName(tr("Filter people"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.setToolTip(tr("Also list the people who left the team"))
        self.show_archived.toggled.connect(self.refresh)
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.show_archived)
        splitter = self.findChild(QSplitter)
        if splitter is not None:  # the list has five columns, the form four short fields
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
        self.delete_button.clicked.disconnect()
        self.delete_button.clicked.connect(self.toggle_archive)
        self._build_form()
        self._build_page(journal)
        self._fill(None)

    def form_buttons(self) -> list[QWidget]:
        """Merge into…, before Archive (EditorTab puts it in the form's row of buttons)."""
        self.merge_button = QPushButton(tr("Merge into…"))
        self.merge_button.setToolTip(
            tr("The same person under two names: move every record to one of them")
        )
        self.merge_button.clicked.connect(self.open_merge)
        self.forget_button = QPushButton(tr("Forget…"))
        self.forget_button.setToolTip(
            tr("Remove their name and notes from every record, for good (asks first)")
        )
        self.forget_button.clicked.connect(self.forget)
        return [self.merge_button, self.forget_button]

    def forget(self) -> bool:
        """Forget the person in the form, once the user confirms (not undoable)."""
        from l2l_desktop.ui.person_forget import forget

        return forget(self)

    def _build_form(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Their name, as you write it in your records"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("e.g. Team lead, night shift"))
        self.cadence = CadenceField()
        self.notes = TextArea(tr("Notes"), 4, tr("Only for you: what matters to them, what to ask"))
        for name, label, editor, hint in (
            ("name", tr("Name"), self.name, ""),
            ("role", tr("Role"), self.role, ""),
            ("cadence_days", tr("Cadence"), self.cadence, tr("How often you want to see them.")),
            ("notes", tr("Private notes"), self.notes, ""),
        ):
            self.form_layout.addWidget(self.fields.block(name, label, editor, hint))
        self.form_layout.addStretch(1)
        for signal in (
            self.name.textChanged,
            self.role.textChanged,
            self.notes.textChanged,
            self.cadence.combo.currentIndexChanged,
            self.cadence.days.valueChanged,
        ):
            signal.connect(self.form_edited)

    def _build_page(self, journal: Journal) -> None:
        """The person's page under the form, in a splitter: the form keeps its whole height
        (never scrolled: four short fields), the page takes the rest."""
        self.page = PersonPageView(journal)
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setMinimumHeight(self.form.sizeHint().height() + frame)
        right = self.scroll.parentWidget().layout()
        sides = self.sides = QSplitter(Qt.Orientation.Vertical)
        right.insertWidget(right.indexOf(self.scroll), sides, 1)
        sides.addWidget(self.scroll)
        sides.addWidget(self.page)
        sides.setChildrenCollapsible(False)
        sides.setStretchFactor(0, 0)
        sides.setStretchFactor(1, 1)

    def _shortcuts(self) -> None:
        # No Delete key here: a person is archived (a button), never deleted from this list.
        shortcuts(self, [*form_keys(self.save, self.cancel), ("Ctrl+N", self.new)])

    def _last_contact_text(self, person: r.Person) -> str:
        day = self._statuses[person.uuid].last_contact
        return day.isoformat() if day is not None else tr("never")

    # --- EditorTab hooks -----------------------------------------------------------------

    def has_filter(self) -> bool:
        return bool(self.search.text().strip()) or self.show_archived.isChecked()

    def fetch(self, offset: int, limit: int) -> list[r.Person]:
        listed = self.journal.people_overview(
            self.journal.today(), archived=self.show_archived.isChecked()
        )
        wanted = name_key(self.search.text())
        if wanted:
            listed = [
                s
                for s in listed
                if wanted in name_key(s.person.name) or wanted in name_key(s.person.role)
            ]
        self._statuses = {s.person.uuid: s for s in listed}
        return [s.person for s in listed[offset : offset + limit]]

    def blank_fields(self) -> dict[str, Any]:
        return {"name": "", "role": "", "cadence_days": None, "notes": ""}

    def show_fields(self, values: Mapping[str, Any]) -> None:
        if "name" in values:
            self.name.setText(values["name"])
        if "role" in values:
            self.role.setText(values["role"])
        if "cadence_days" in values:
            self.cadence.set_value(values["cadence_days"])
        if "notes" in values:
            self.notes.set_value(values["notes"])

    def form_fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "cadence_days": self.cadence.value(),
            "notes": self.notes.value(),
        }

    # --- a person rather than a day ------------------------------------------------------

    def edit(self, record: r.Person) -> None:
        self._fill(record)
        if is_forgotten(record):
            self.form_title.setText(tr("A removed person: forgotten, their records kept"))
        else:
            self.form_title.setText(tr(self.edit_title).format(name=person_name(record)))

    def _fill(self, record: r.Person | None) -> None:
        super()._fill(record)
        self._archive_words(record)
        forgotten = record is not None and is_forgotten(record)
        self.merge_button.setEnabled(record is not None and not forgotten)
        self.forget_button.setEnabled(record is not None and not forgotten)
        # Someone forgotten is kept only so their records stay together: nothing to edit,
        # nobody to bring back.
        for editor in (self.name, self.role, self.notes):
            editor.setReadOnly(forgotten)
        self.cadence.setEnabled(not forgotten)
        self.save_button.setEnabled(not forgotten)
        self.delete_button.setEnabled(record is not None and not forgotten)
        self.page.show_person(record)

    def reload(self) -> None:
        super().reload()
        self.page.show_person(self.current)  # a record naming them may have changed

    def _archive_words(self, person: r.Person | None) -> None:
        archived = person is not None and person.archived
        self.delete_button.setText(tr("Unarchive") if archived else tr("Archive"))
        self.delete_button.setToolTip(
            tr("Back on the team: listed again")
            if archived
            else tr("Left the team: hidden from the list, kept in your records")
        )

    def save(self) -> bool:
        if self.current is not None and is_forgotten(self.current):
            return False  # Ctrl+S too: someone forgotten is not written again
        return super().save()

    def delete_current(self) -> None:
        """Nobody is deleted from the People tab: they are archived."""
        if self.current is not None and is_forgotten(self.current):
            return
        self.toggle_archive()

    def toggle_archive(self) -> None:
        """Archive the person in the form (or bring them back), as saved: what the form holds
        unsaved stays in it."""
        person = self.current
        if person is None:
            return
        saved = self.journal.save(replace(person, archived=not person.archived))
        self.current = saved
        if self.drafts.dirty:
            self._archive_words(saved)
        else:
            self.edit(saved)
        message = (
            tr("Archived {name}: hidden from the list, kept in your records.")
            if saved.archived
            else tr("{name} is back on the team.")
        )
        self.saved_message.emit(message.format(name=saved.name))

    # --- two names of one person ---------------------------------------------------------

    def open_merge(self) -> MergeDialog | None:
        """Ask whom to merge the person in the form into (what the form holds unsaved first
        saved or discarded); accepted, merge them, undoably."""
        gone = self.current
        if gone is None or not self.confirm_leave():
            return None
        dialog = MergeDialog(self.journal, gone, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one a merge, none kept
        dialog.accepted.connect(lambda: self.merge(gone, dialog.keep()))
        dialog.open()
        return dialog

    def merge(self, gone: r.Person, keep: r.Person | None) -> bool:
        """Merge ``gone`` into ``keep`` (Ctrl+Z brings them back apart); shows ``keep``."""
        if keep is None:
            return False
        try:
            receipt = self.journal.merge_people(keep, gone)
        except SAVE_ERRORS as error:
            self.status.set_error(failure_text(error))
            return False
        command = MergePeople(self.journal, receipt)
        self.undo_stack.push(command)
        self.saved_message.emit(command.message)
        self.drafts.clear()
        self.edit(receipt.kept)
        self.select_uuid(receipt.kept.uuid)
        # On the list, Ctrl+Z reaches the window's undo; a text field keeps it for its text.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
