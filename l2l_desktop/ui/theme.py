"""Light and dark: Fusion with a palette of each, following the system unless the user chose.

The system's choice is read from ``QStyleHints.colorScheme()`` and followed when it changes;
where the platform does not say (Unknown), the palette it gave the app tells by its lightness.
The charts redraw themselves on a palette change (``ui/charts/base.py``)."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2d31",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7fd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2d31",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    # Fusion draws the frames of check boxes and radio buttons from these: lighter than the
    # usual dark shades, so that an unticked box stands out from the window behind it.
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Light: "#80868b",
    QPalette.ColorRole.Midlight: "#5f6368",
    QPalette.ColorRole.Dark: "#9aa0a6",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


class _ClearIndicators(QProxyStyle):
    """Fusion, with the frame of a check box or radio button drawn in a light grey on a dark
    palette: Fusion darkens the window's colour for it, which on a dark window all but hides
    an unticked box."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: Any, painter: QPainter, widget: Any = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        palette = option.palette
        if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, radio)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Light), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(1, 1, -2, -2) if radio else option.rect.adjusted(0, 0, -1, -1)
        if radio:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()


def app_style() -> QProxyStyle:
    """The app's style: Fusion, its indicators readable on a dark palette."""
    return _ClearIndicators(QStyleFactory.create("Fusion"))


def system_is_dark(app: QGuiApplication, system_palette: QPalette) -> bool:
    """Whether the system asks for a dark look; where it does not say, whether the palette it
    gave the app (before this app set its own) is a dark one."""
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return system_palette.color(QPalette.ColorRole.Window).lightness() < 128


class Theme(QObject):
    """Applies the chosen look to the application, now and whenever the system's changes."""

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.choice = choice
        self.system_palette = QPalette(app.palette())  # the system's, before ours is set
        self.style = app_style()  # (kept: the application does not own a style set on it)
        app.setStyle(self.style)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def set_choice(self, choice: str) -> None:
        """ "system", "light" or "dark", applied at once."""
        self.choice = choice
        self.apply()

    def dark(self) -> bool:
        if self.choice == "system":
            return system_is_dark(self.app, self.system_palette)
        return self.choice == "dark"

    def apply(self) -> None:
        self.app.setPalette(dark_palette() if self.dark() else light_palette())
        repolish(self.app)


def repolish(app: QApplication) -> None:
    """A style sheet's ``palette(...)`` colours are read when it is set: set each again, so
    that a hint's grey, a band's background follow the new palette at once."""
    collecting = gc.isenabled()
    gc.disable()  # a collection here could delete a dialog whose widgets are still listed
    try:
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if "palette(" in sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
    finally:
        if collecting:
            gc.enable()
