"""Telling the user why the app cannot start, in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

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
