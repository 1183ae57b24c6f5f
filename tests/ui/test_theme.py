"""The look: light or dark as chosen (or as the system says), and check boxes that can be seen
on the dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyleFactory

from l2l_desktop.ui.theme import Theme, app_style, dark_palette, light_palette


@pytest.fixture
def app_look(qapp):
    """The application's palette and style put back after the test."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_the_choice_applies_at_once(app_look):
    theme = Theme(app_look, "dark")
    assert window_lightness(app_look) < 64
    theme.set_choice("light")
    assert window_lightness(app_look) > 192
    assert theme.dark() is False


def test_following_the_system_reads_its_palette_where_it_gives_no_scheme(app_look):
    # The offscreen platform names no colour scheme; the palette it started with decides.
    app_look.setPalette(dark_palette())
    theme = Theme(app_look, "system")
    assert theme.dark() is True and window_lightness(app_look) < 64
    app_look.setPalette(light_palette())
    assert Theme(app_look, "system").dark() is False


def _frame_lightness(qtbot, widget, style) -> int:
    """The lightest pixel of the widget's indicator (an unticked box is its frame alone)."""
    widget.setStyle(style)
    widget.setPalette(dark_palette())
    widget.resize(120, 24)
    qtbot.addWidget(widget)
    image = widget.grab().toImage()
    return max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(min(20, image.width()))
        for y in range(image.height())
    )


@pytest.mark.parametrize("make", [QCheckBox, QRadioButton])
def test_an_unticked_box_can_be_seen_on_the_dark_palette(qtbot, make):
    fusion = QStyleFactory.create("Fusion")
    plain = _frame_lightness(qtbot, make(""), fusion)
    ours = _frame_lightness(qtbot, make(""), app_style())
    # The window is #202124 (lightness 33); Fusion's own frame is barely lighter. Ours is
    # drawn in the palette's Light role, #80868b (lightness 133; a little less where the
    # circle of a radio button is smoothed): at least 90, nearly three times the window's.
    assert plain < 80
    assert ours >= 90
