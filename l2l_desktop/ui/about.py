"""The About box: name, version and licence, where the data and the log live (each with a
button that opens its folder), and what the app is (and is not)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop import APP_NAME, __version__
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import muted_label

LICENCE = "MIT"


def about_text() -> str:
    """The box's heading and what the app is, as rich text."""
    purpose = tr(
        "A private companion for the daily habits of leaders who want to learn: set an "
        "intention, ask better questions, go and see, reflect, and review the trends."
    )
    origin = tr(
        "Inspired by the Leading to Learn framework; not affiliated with or endorsed by its "
        "authors."
    )
    licence = tr("Free software under the {licence} licence.").format(licence=LICENCE)
    return (
        f"<h3>{APP_NAME} {escape(__version__)}</h3><p>{purpose}</p><p>{origin}</p><p>{licence}</p>"
    )


def folder_of(location: str) -> Path:
    """The folder to open for a location: itself, or the folder of a file."""
    path = Path(location).expanduser()
    return path if path.is_dir() or not path.suffix else path.parent


class AboutDialog(QDialog):
    """Help › About."""

    def __init__(self, parent: QWidget | None, data_location: str, log_location: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About {app}").format(app=APP_NAME))
        self.opened: list[Path] = []  # the folders asked to be opened (for tests)
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(about_text())
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QGridLayout()
        top.addWidget(icon, 0, 0)
        top.addWidget(self.text, 0, 1)
        top.setColumnStretch(1, 1)
        places = QGridLayout()
        self.open_buttons: list[QPushButton] = []
        for row, (label, location) in enumerate(
            (
                (tr("Your records stay on this computer, in:"), data_location),
                (tr("The log, for a bug report:"), log_location),
            )
        ):
            places.addWidget(muted_label(label), row * 2, 0, 1, 2)
            shown = QLabel(f"<code>{escape(location)}</code>")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            button = QPushButton(tr("Open folder"))
            button.setAccessibleName(f"{tr('Open folder')}: {location}")
            button.clicked.connect(lambda _=False, where=location: self.open_folder(where))
            places.addWidget(shown, row * 2 + 1, 0)
            places.addWidget(button, row * 2 + 1, 1)
            self.open_buttons.append(button)
        places.setColumnStretch(0, 1)
        self.problem = muted_label("")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(places)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(560, self.sizeHint().height())

    def open_folder(self, location: str) -> bool:
        """Show the folder in the desktop's file manager."""
        folder = folder_of(location)
        self.opened.append(folder)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.problem.setText(
            ""
            if opened
            else tr(
                "No file manager opened {folder}; the path above can be selected and copied."
            ).format(folder=folder)
        )
        self.problem.setVisible(not opened)
        return opened


def show_about(parent: QWidget, data_location: str) -> AboutDialog:
    from l2l_desktop.logs import log_dir

    box = AboutDialog(parent, data_location, str(log_dir()))
    box.open()
    return box
