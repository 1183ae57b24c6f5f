"""File › Export journal… and File › Import journal…: the work runs on a worker thread, with
progress and cancel; the window stays drawn and answers meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.dates import local_day
from l2l_desktop.core.exchange import ExportFileError, NewerFormatError
from l2l_desktop.services import Journal
from l2l_desktop.services.exchange import Cancelled, default_name
from l2l_desktop.services.import_summary import (
    ADDED,
    DELETED,
    OUTCOMES,
    SHOWN_SKIPS,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    rows,
)
from l2l_desktop.ui.files import suggested_path
from l2l_desktop.ui.jobs import JobDialog, reason
from l2l_desktop.ui.style import number, tr, trn
from l2l_desktop.ui.widgets import muted_label

# The window's words for the formats, the kinds (several of them) and what an import does
# with each record: marked for the catalogue, put in the user's language by tr() at use.
FORMAT_LABELS = {
    "json": QT_TRANSLATE_NOOP("", "JSON (everything, to import again)"),
    "csv": QT_TRANSLATE_NOOP("", "CSV (a zip of tables)"),
    "md": QT_TRANSLATE_NOOP("", "Markdown (a zip, one file a month)"),
}
KIND_PLURALS = {
    "person": QT_TRANSLATE_NOOP("", "people"),
    "intention": QT_TRANSLATE_NOOP("", "intentions"),
    "pause": QT_TRANSLATE_NOOP("", "pauses"),
    "question": QT_TRANSLATE_NOOP("", "questions"),
    "tell": QT_TRANSLATE_NOOP("", "tells"),
    "bank_question": QT_TRANSLATE_NOOP("", "bank questions"),
    "gemba_visit": QT_TRANSLATE_NOOP("", "gemba visits"),
    "reflection": QT_TRANSLATE_NOOP("", "reflections"),
    "rest_period": QT_TRANSLATE_NOOP("", "days-off periods"),
    "coaching_session": QT_TRANSLATE_NOOP("", "coaching sessions"),
}
VERB_WORDS = {
    ADDED: QT_TRANSLATE_NOOP("", "added"),
    UPDATED: QT_TRANSLATE_NOOP("", "updated"),
    UNCHANGED: QT_TRANSLATE_NOOP("", "unchanged"),
    SKIPPED: QT_TRANSLATE_NOOP("", "skipped"),
    DELETED: QT_TRANSLATE_NOOP("", "removed"),
}


class _FileDialog(JobDialog):
    """A job dialog about one file: its path, and Choose… beside it."""

    def choose_file(self) -> None:
        """Choose the file with the platform's file dialog."""

    def _file_row(self) -> QHBoxLayout:
        """ "File:", the path (``self.path``), and Choose… beside it."""
        self.path.setAccessibleName(tr("File"))
        choose = QPushButton(tr("&Choose…"))
        choose.setAutoDefault(False)  # Enter exports (imports), it does not open a file dialog
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("&File:"), buddy=self.path))
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        return row


class ExportDialog(_FileDialog):
    """Choose a format and a file; Export writes it on a worker thread."""

    exported = Signal(str)  # what to say in the status bar

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.setWindowTitle(tr("Export journal"))
        self.resize(600, 260)  # room for the wrapped lines (a height of 0 cuts them)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Everything you wrote, in a file of your own. JSON keeps every record and can "
                "be imported again, here or on another computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.formats = QButtonGroup(self)
        for i, (key, name) in enumerate(FORMAT_LABELS.items()):
            button = QRadioButton(tr(name))
            button.setProperty("format", key)
            button.setChecked(i == 0)
            self.formats.addButton(button, i)
            layout.addWidget(button)
        self.formats.buttonToggled.connect(lambda *_: self._format_changed())
        self.path = QLineEdit(suggested_path(default_name("json", self._day())))
        self.path.textEdited.connect(lambda _text: self.error.set_error(""))
        layout.addLayout(self._file_row())
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        self.export_button = self.buttons.addButton(
            tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.export)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: Enter exports
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.setTabOrder(self.export_button, cancel)  # in the order they are shown
        self.formats.button(0).setFocus()
        self.target = Path()

    @staticmethod
    def _day() -> str:
        return local_day(day_start_hour=0).isoformat()

    def format(self) -> str:
        return str(self.formats.checkedButton().property("format"))

    def _format_changed(self) -> None:
        """The file's ending follows the format (a JSON file, or a zip)."""
        path = Path(self.path.text())
        wanted = default_name(self.format(), self._day())
        if path.name.startswith("l2l-journal-"):
            path = path.with_name(wanted)
        elif path.name:
            path = path.with_suffix(Path(wanted).suffix)
        self.path.setText(str(path))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export journal"), self.path.text())
        if path:
            self.path.setText(path)

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.set_error(tr("Choose the file to write."))
            self.path.setFocus()
            return
        path = Path(text).expanduser()
        if path.is_dir():
            path = path / default_name(self.format(), self._day())
        fmt = self.format()
        self.target = path
        self.start(
            lambda progress: self.journal.export_to(path, fmt, progress),
            self._done,
            tr("Exporting"),
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.error.set_error(
                tr("{path} could not be written: {why}. Choose another place.").format(
                    path=self.target, why=reason(exc).lower()
                )
            )
            self.path.setFocus()
            return
        super()._failed(exc)

    def _done(self, result: Any) -> None:
        note = trn(
            "Exported %n record to {path}.", "Exported %n records to {path}.", result.records
        ).format(path=result.path)
        if result.unreadable:
            note += " " + trn(
                "%n that could not be read was left out.",
                "%n that could not be read were left out.",
                result.unreadable,
            )
        self.exported.emit(note)
        self.accept()


class ImportDialog(_FileDialog):
    """Choose an export; see what merging (or replacing) would do; then do it, in one
    transaction after a backup."""

    imported = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.setWindowTitle(tr("Import journal"))
        self.resize(640, 440)
        self.export: Any = None
        self.plan: Any = None
        layout = QVBoxLayout(self)
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("A JSON export of L2L Desktop; Enter reads it"))
        self.path.returnPressed.connect(self.read_file)
        self.path.textEdited.connect(lambda _text: self._forget_file())
        layout.addLayout(self._file_row())
        self.merge = QRadioButton(tr("&Merge: add what is new, keep the newer edit of each record"))
        self.replace = QRadioButton(tr("&Replace everything here by the file"))
        self.merge.setChecked(True)
        self.merge.toggled.connect(lambda *_: self._plan_again())
        layout.addWidget(self.merge)
        layout.addWidget(self.replace)
        self.summary = QLabel(tr("Choose a file to see what importing it would do."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.note = muted_label(tr("A backup is made first; the import is all or nothing."))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self.path.setFocus()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import journal"), self.path.text() or suggested_path(""),
            tr("L2L Desktop export (*.json);;All files (*)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)
            self.read_file()

    def _busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy and self.plan is not None and self._worth_it())
        self.merge.setEnabled(not busy)
        self.replace.setEnabled(not busy)

    def _forget_file(self) -> None:
        """The path was edited: what was read belongs to another file, and cannot be
        imported until this one is read (Enter)."""
        if self.job is not None:
            return
        self.export = self.plan = None
        self.import_button.setEnabled(False)
        self.error.set_error("")
        self.note.show()
        self.summary.setText(tr("Press Enter to read the file and see what importing it would do."))

    def _worth_it(self) -> bool:
        return self.plan is not None and (self.plan.changes_anything or self.plan.replace)

    def read_file(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.set_error(tr("Choose the file to import."))
            return
        path = Path(text).expanduser()
        replace_all = self.replace.isChecked()

        def work(progress: Callable[[int, int], None]) -> tuple[Any, Any]:
            export = self.journal.read_import(path)
            progress(1, 2)
            return export, self.journal.plan_import(export, replace_all)

        self.export = self.plan = None
        self.summary.setText(tr("Reading {name}…").format(name=path.name))
        self.note.show()
        self.start(work, self._planned, tr("Reading"))

    def _plan_again(self) -> None:
        if self.export is None:
            return
        export, replace_all = self.export, self.replace.isChecked()
        self.plan = None
        self.start(
            lambda _p: (export, self.journal.plan_import(export, replace_all)),
            self._planned,
            tr("Reading"),
        )

    def _failed(self, exc: BaseException) -> None:
        if (
            isinstance(exc, ExportFileError)
            and exc.problems
            and not isinstance(exc, NewerFormatError)
        ):
            what = exc.listed(3)
            self.error.set_error(tr("This file cannot be imported: {what}.").format(what=what))
            self.summary.setText(tr("Nothing was changed."))
            self.note.hide()  # no import is coming: its promise would only confuse
            return
        if not isinstance(exc, Cancelled):
            self.summary.setText(tr("Nothing was changed."))
            self.note.hide()
        super()._failed(exc)

    def _planned(self, result: tuple[Any, Any]) -> None:
        self.export, self.plan = result
        self.summary.setText(summary_html(self.plan))
        self._busy(False)  # the focus stays where it was: Enter in the path reads again

    def confirm_replace(self) -> bool:
        """Replace removes what the file does not have: asked once more, No the default."""
        from PySide6.QtWidgets import QMessageBox

        gone = self.plan.total("deleted") if self.plan is not None else 0
        answer = QMessageBox.warning(
            self,
            tr("Replace everything?"),
            tr(
                "Replacing makes this journal exactly the file's: {n} records here that the "
                "file does not have are removed, and edits made here since are lost. A backup "
                "is made first. Replace?"
            ).format(n=number(gone)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or self.job is not None:
            return
        if plan.replace and not self.confirm_replace():
            return
        self.start(
            lambda progress: self.journal.run_import(plan, progress, announce=False),
            self._done,
            tr("Importing"),
        )

    def _done(self, backup: Any) -> None:
        self.journal.announce_everything()  # here, on the window's thread
        counts = ", ".join(
            f"{number(self.plan.total(o))} {tr(VERB_WORDS[o])}"
            for o in OUTCOMES
            if self.plan.total(o) and o != "unchanged"
        )
        note = tr("Imported: {counts}.").format(counts=counts or tr("nothing new"))
        if backup:
            note += " " + tr("Backed up first as {name}.").format(name=Path(backup).name)
        self.imported.emit(note)
        self.accept()


def summary_html(plan: Any) -> str:
    """The plan as a small table: a row per kind, a column per outcome that happens."""
    from html import escape

    table = rows(plan)
    used = [o for o in OUTCOMES if any(c[o] for _, c in table)]
    if not table:
        return tr("The file holds no records.")
    head = "".join(f"<th align='right'>&nbsp;{escape(tr(VERB_WORDS[o]))}&nbsp;</th>" for o in used)
    body = "".join(
        f"<tr><td>{escape(tr(KIND_PLURALS.get(name, name)))}</td>"
        + "".join(f"<td align='right'>{number(c[o])}</td>" for o in used)
        + "</tr>"
        for name, c in table
    )
    lead = tr("Replacing everything would:") if plan.replace else tr("Merging would:")
    if not plan.changes_anything and not plan.replace:
        lead = tr("Nothing to change: this journal already has everything in the file.")
    skipped = ""
    if plan.skipped:
        reasons = sorted(plan.skipped)
        items = "".join(f"<li>{escape(why)}</li>" for why in reasons[:SHOWN_SKIPS])
        more = len(reasons) - SHOWN_SKIPS
        and_more = tr("and {n} more").format(n=number(more))
        tail = f"<li>{escape(and_more)}</li>" if more > 0 else ""
        title = escape(tr("Skipped ({n}):").format(n=number(len(reasons))))
        skipped = f"<p>{title}</p><ul style='margin-top:0'>{items}{tail}</ul>"
    table_html = f"<table cellspacing='2'><tr><th></th>{head}</tr>{body}</table>"
    same = ""
    if plan.same_people:
        names = sorted({p.name for p in plan.same_people.values()}, key=str.casefold)
        same = "<p>" + escape(
            tr("Taken as the people of the same name here: {names}.").format(names=", ".join(names))
        ) + "</p>"  # fmt: skip
    return f"<p>{escape(lead)}</p>{table_html}{same}{skipped}"
