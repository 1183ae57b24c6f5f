"""Colours and small text helpers shared by the screens."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from l2l_desktop.core.dates import utc_to_local
from l2l_desktop.core.elements import Element
from l2l_desktop.core.people import is_forgotten
from l2l_desktop.words import PRACTICE_NAMES, STRENGTH_EXPLANATION, Worded
from l2l_desktop.words import said as _said

# One colour per element, used everywhere it appears; readable on light and dark palettes and
# always paired with the element's label, so colour is never the only cue.
ELEMENT_COLOURS = {
    Element.DIRECTION: "#3d7fd9",
    Element.SUPPORT: "#2f9e5f",
    Element.SELF: "#d2901c",
}


# The context of every text: the empty one, which is where ``pyside6-lupdate`` files a bare
# ``tr("…")`` call (see ui/translations.py). A catalogue made by it then matches at run time.
CONTEXT = ""


def tr(text: str, sense: str | None = None) -> str:
    """``text`` in the user's language (as it is, where the catalogue has none). ``sense``
    tells apart two uses of one English word ("Open" a question, "Open" the window): lupdate
    reads it as the text's disambiguation, so each gets its own translation."""
    return QCoreApplication.translate(CONTEXT, text, sense)


def trn(singular: str, plural: str, n: int) -> str:
    """A text with a count, in the right plural form: Qt's numerus translation (``%n`` is
    the count) when one is installed, else English: ``singular`` for 1, ``plural``
    otherwise. "1 day", "2 days", and whatever forms a language has. lupdate reads it as
    ``tr(singular, plural, n)``: the singular is the source, the plural its comment."""
    translated = QCoreApplication.translate(CONTEXT, singular, plural, n)
    if translated == singular.replace("%n", str(n)):  # no translation: English rules
        return (singular if n == 1 else plural).replace("%n", number(n))
    return translated


def in_units(unit: str, n: int) -> str:
    """A count of a practice's streak unit ("days" or "weeks"): "1 day", "13 weeks"."""
    return trn("%n week", "%n weeks", n) if unit == "weeks" else trn("%n day", "%n days", n)


def done_of(unit: str, done: int, total: int) -> str:
    """ "3 of 4 days": one phrase with its plural, as a language may bend the unit after
    "of" (German: "3 von 4 Tagen")."""
    if unit == "weeks":
        text = trn("{done} of %n week", "{done} of %n weeks", total)
    else:
        text = trn("{done} of %n day", "{done} of %n days", total)
    return text.format(done=number(done))


def percent(value: float) -> str:
    """A share in percent, rounded, as the user's language writes it: 75% or 75 %."""
    return tr("{n}%").format(n=number(round(value)))


def number(value: float, decimals: int = 0) -> str:
    """A count or a measure as the user's locale writes it: 1,234 or 1.234; 3.5 or 3,5."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def said(thing: object) -> str:
    """What the store's code (an error, a condition) says, in the user's language; anything
    else as it words itself."""
    return _said(thing, tr) if isinstance(thing, Worded) else str(thing)


def practice_name(key: str) -> str:
    """A practice as the window names it, by its key in core/trends.py."""
    return tr(PRACTICE_NAMES[key]) if key in PRACTICE_NAMES else key


def strength_explanation() -> str:
    """How habit strength moves, in a sentence (as core/trends.py computes it)."""
    return tr(STRENGTH_EXPLANATION)


def quote_marks() -> tuple[str, str]:
    """The opening and closing quotation marks of the user's language: “ ” or „ “."""
    marks = QLocale().quoteString("\0")
    opening, _, closing = marks.partition("\0")
    return opening or "\u201c", closing or "\u201d"


def curly_quotes(text: str) -> str:
    """Straight double quotes as the user's language writes them: “like this”, „so“."""
    opening, closing = quote_marks()
    parts = text.split('"')
    return parts[0] + "".join(
        (opening if i % 2 == 0 else closing) + part for i, part in enumerate(parts[1:])
    )


def person_name(person: object) -> str:
    """A person as lists and titles name them: their name, "a removed person" for someone
    forgotten, nothing for nobody."""
    if person is None:
        return ""
    return tr("a removed person") if is_forgotten(person) else str(getattr(person, "name", ""))


def quoted(text: str) -> str:
    """``text`` between the user's language's quotation marks (its own quotes left alone)."""
    opening, closing = quote_marks()
    return f"{opening}{text}{closing}"


def element_label(element: Element) -> str:
    return {
        Element.DIRECTION: tr("Set direction"),
        Element.SUPPORT: tr("Provide support"),
        Element.SELF: tr("Develop yourself"),
    }[element]


def weekday_name(weekday: int, short: bool = True) -> str:
    """Monday (0) to Sunday (6) in the user's language, from QLocale: "Mon", or "Monday"."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def long_day(day: date) -> str:
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def clock(moment_utc: datetime) -> str:
    """A naive UTC timestamp as the local clock time, e.g. 14:05."""
    return utc_to_local(moment_utc).strftime("%H:%M")
