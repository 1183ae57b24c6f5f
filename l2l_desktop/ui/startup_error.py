"""Telling the user why the app cannot start, and what they can do about a bad database."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from l2l_desktop import APP_NAME
from l2l_desktop.ui.style import tr

# Platforms with no screen a person could see a dialog on.
HEADLESS_PLATFORMS = {"offscreen", "minimal"}


def startup_error_box(message: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("{app} cannot start").format(app=APP_NAME), "")
    box.setText(tr("{app} cannot start.").format(app=APP_NAME))
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    # A path wraps badly in a narrow box; widen the text only (the icon is a label too).
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 26em; }")
    return box


def show_startup_error(message: str) -> bool:
    """Show ``message`` in a modal dialog; False (nothing shown) on a headless platform."""
    app = QApplication.instance() or QApplication([APP_NAME])
    if app.platformName() in HEADLESS_PLATFORMS:
        return False
    startup_error_box(message).exec()
    return True


class StartupChoice(Enum):
    RESTORE = "restore"
    RETRY = "retry"
    OPEN_OTHER = "open"
    QUIT = "quit"


def database_problem_box(message: str, backup: str | None, can_retry: bool = False) -> QMessageBox:
    """The database cannot be opened. For a damaged file: restore ``backup`` (when there is a
    sound one); for a condition that may pass (a full disk, a lock): try again. Open another
    file, or quit, in every case. Each button's choice is in its ``choice`` property.

    A restore is never the default button: it puts the file found aside for an older one.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("{app}: database problem").format(app=APP_NAME), ""
    )
    if can_retry:
        box.setText(tr("{app} cannot open its database just now.").format(app=APP_NAME))
        offer = tr("Try again once that is put right. Or open another database file, or quit.")
    elif backup:
        box.setText(tr("{app} found a problem with its database.").format(app=APP_NAME))
        offer = tr(
            "You can go back to {backup}; the file found now is kept beside it under a new "
            "name. Or open another database file, or quit."
        ).format(backup=backup)
    else:
        box.setText(tr("{app} found a problem with its database.").format(app=APP_NAME))
        offer = tr("There is no sound backup to go back to. Open another database file, or quit.")
    box.setInformativeText(f"{message}\n\n{offer}")
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    default = None
    if can_retry:
        default = box.addButton(tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
        default.setProperty("choice", StartupChoice.RETRY.value)
    elif backup:
        restore = box.addButton(tr("&Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setProperty("choice", StartupChoice.RESTORE.value)
    other = box.addButton(tr("&Open another file…"), QMessageBox.ButtonRole.ActionRole)
    other.setProperty("choice", StartupChoice.OPEN_OTHER.value)
    quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setProperty("choice", StartupChoice.QUIT.value)
    box.setDefaultButton(default or quit_button)
    box.setEscapeButton(quit_button)
    return box


def chosen(box: QMessageBox) -> StartupChoice:
    button = box.clickedButton()
    value = button.property("choice") if button is not None else None
    return StartupChoice(value) if value else StartupChoice.QUIT


def ask_about_database(
    message: str, backup: str | None, can_retry: bool = False
) -> tuple[StartupChoice, Path | None]:
    """Show the choice (modal); with "open another file", the file picked (None: cancelled)."""
    box = database_problem_box(message, backup, can_retry)
    box.exec()
    choice = chosen(box)
    if choice is not StartupChoice.OPEN_OTHER:
        return choice, None
    name, _ = QFileDialog.getOpenFileName(
        None,
        tr("Open a database"),
        str(Path.home()),
        tr("L2L Desktop database (*.sqlite3 *.db);;All files (*)"),
    )
    return choice, Path(name) if name else None
