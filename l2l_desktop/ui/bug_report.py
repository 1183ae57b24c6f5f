"""A bug (not a known condition) told to the user, with its details to copy into a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop import APP_NAME
from l2l_desktop.ui.style import tr


class BugDialog(QDialog):
    """What happened in plain words, the details, "Copy details" and "Close".

    Later errors are added to the same dialog instead of opening one more.
    """

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.resize(620, 420)
        where = (
            tr("The details were also written to {path}.").format(path=log_file)
            if log_file
            else tr("The details could not be written to a log file.")
        )
        self.message = QLabel(
            tr(
                "{app} ran into a fault of its own; it was not something you did. Your saved "
                "records are safe, and a save that was interrupted was not half-written: "
                "check that your last entry is there, and save it again if not. {where} "
                "Copying the details into a bug report helps to fix it."
            ).format(app=APP_NAME, where=where)
        )
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add(self, details: str) -> None:
        text = self.details.toPlainText()
        self.details.setPlainText(f"{text}\n\n{details}" if text else details)
        self.copy_button.setText(tr("&Copy details"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(tr("Copied"))


class BugReporter:
    """Shows bugs in one dialog at a time (window-modal, so the app's loop keeps running)."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        self.log_file = log_file
        self.parent = parent
        self.dialog: BugDialog | None = None

    def report(self, details: str) -> BugDialog:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = BugDialog(self.log_file, self.parent)
            self.dialog.add(details)
            self.dialog.open()
        else:
            self.dialog.add(details)
        return self.dialog
