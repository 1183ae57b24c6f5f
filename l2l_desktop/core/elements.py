"""The three leadership elements, and how a set of them is stored (a small bit mask)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, IntFlag


class ElementBit(IntFlag):
    """The bit of each element in a stored set (SQL counts them per week with ``&``)."""

    DIRECTION = 1
    SUPPORT = 2
    SELF = 4


class Element(Enum):
    """One leadership element; the value is its stable key."""

    DIRECTION = "direction"
    SUPPORT = "support"
    SELF = "self"

    @property
    def bit(self) -> ElementBit:
        return ElementBit[self.name]


ALL_ELEMENTS: tuple[Element, ...] = (Element.DIRECTION, Element.SUPPORT, Element.SELF)


def to_mask(elements: Iterable[Element]) -> int:
    """Bit mask of a set of elements (direction 1, support 2, self 4)."""
    mask = ElementBit(0)
    for element in elements:
        mask |= element.bit
    return int(mask)


def from_mask(mask: int) -> frozenset[Element]:
    """The elements whose bits are set in ``mask``."""
    bits = ElementBit(mask)
    return frozenset(e for e in ALL_ELEMENTS if e.bit in bits)


def ordered(elements: Iterable[Element]) -> list[Element]:
    """Elements in their canonical order: direction, support, self."""
    chosen = set(elements)
    return [e for e in ALL_ELEMENTS if e in chosen]
