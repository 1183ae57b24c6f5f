"""The three leadership elements, and how a set of them is stored (a small bit mask)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class Element(Enum):
    """One leadership element; the value is its stable key."""

    DIRECTION = "direction"
    SUPPORT = "support"
    SELF = "self"

    @property
    def bit(self) -> int:
        return _BITS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_BITS = {Element.DIRECTION: 1, Element.SUPPORT: 2, Element.SELF: 4}
_LABELS = {
    Element.DIRECTION: "Set direction",
    Element.SUPPORT: "Provide support",
    Element.SELF: "Develop yourself",
}
ALL_ELEMENTS: tuple[Element, ...] = (Element.DIRECTION, Element.SUPPORT, Element.SELF)
ELEMENT_MASK_MAX = 7


def to_mask(elements: Iterable[Element]) -> int:
    """Bit mask of a set of elements (direction 1, support 2, self 4)."""
    mask = 0
    for element in elements:
        mask |= element.bit
    return mask


def from_mask(mask: int) -> frozenset[Element]:
    """The elements whose bits are set in ``mask``."""
    return frozenset(e for e in ALL_ELEMENTS if mask & e.bit)


def ordered(elements: Iterable[Element]) -> list[Element]:
    """Elements in their canonical order: direction, support, self."""
    chosen = set(elements)
    return [e for e in ALL_ELEMENTS if e in chosen]
