"""Colours and small text helpers shared by the screens."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from l2l_desktop.core.dates import utc_to_local
from l2l_desktop.core.elements import Element

# One colour per element, used everywhere it appears; readable on light and dark palettes and
# always paired with the element's label, so colour is never the only cue.
ELEMENT_COLOURS = {
    Element.DIRECTION: "#3d7fd9",
    Element.SUPPORT: "#2f9e5f",
    Element.SELF: "#d2901c",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("l2l", text)


def element_label(element: Element) -> str:
    return {
        Element.DIRECTION: tr("Set direction"),
        Element.SUPPORT: tr("Provide support"),
        Element.SELF: tr("Develop yourself"),
    }[element]


def long_day(day: date) -> str:
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def clock(moment_utc: datetime) -> str:
    """A naive UTC timestamp as the local clock time, e.g. 14:05."""
    return utc_to_local(moment_utc).strftime("%H:%M")
