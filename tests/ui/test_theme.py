"""The look: light or dark as chosen (or as the system says), and check boxes that can be seen
on the dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton, QStyleFactory

from l2l_desktop.ui.theme import Theme, app_style, dark_palette, light_palette


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


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_switch_while_running_reaches_hints_and_charts(qtbot, app_look, make_window):
    """Style sheets read palette() colours when they are set, and a chart on screen waited
    for the next tab switch to draw its background: both follow at once now."""
    theme = Theme(app_look, "light")
    window = make_window()
    window.resize(1100, 720)
    window.show()
    window.tabs.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: bool(window.trends.charts), timeout=10000)
    qtbot.wait(100)  # drawn once, in the light palette
    theme.set_choice("dark")
    qtbot.wait(50)
    image = window.grab().toImage()
    # The middle of the Trends page, charts included: dark like the window, nowhere a
    # light patch left from before (the light window is lightness 239).
    light = [
        (x, y)
        for x in range(40, image.width() - 40, 40)
        for y in range(160, image.height() - 60, 40)
        if QColor(image.pixel(x, y)).lightness() > 200
    ]
    assert light == []
    muted = [w for w in window.findChildren(QLabel) if "placeholder-text" in w.styleSheet()]
    assert muted
    for label in muted[:5]:
        colour = label.palette().color(label.foregroundRole())
        assert colour.lightness() > 100  # the dark palette's placeholder grey, #9aa0a6
