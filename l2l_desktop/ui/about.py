"""The About box: version, where the data lives, and what the app is (and is not)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from l2l_desktop import APP_NAME, __version__
from l2l_desktop.ui.style import tr


def about_text(data_location: str) -> str:
    purpose = tr(
        "A private companion for the daily habits of leaders who want to learn: set an "
        "intention, ask better questions, go and see, reflect, and review the trends."
    )
    origin = tr(
        "Inspired by the Leading to Learn framework; not affiliated with or endorsed by its "
        "authors."
    )
    where = tr("Your records stay on this computer, in:")
    return (
        f"<h3>{APP_NAME} {escape(__version__)}</h3><p>{purpose}</p><p>{origin}</p>"
        f"<p>{where}<br><code>{escape(data_location)}</code></p>"
    )


def show_about(parent: QWidget, data_location: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About {app}").format(app=APP_NAME))
    box.setText(about_text(data_location))
    box.setIcon(QMessageBox.Icon.Information)
    box.open()
    return box
