from l2l_desktop.core.elements import ALL_ELEMENTS, Element, from_mask, ordered, to_mask


def test_masks_round_trip_every_subset():
    for mask in range(8):
        assert to_mask(from_mask(mask)) == mask


def test_bits_are_distinct_and_named():
    assert to_mask([Element.DIRECTION]) == 1
    assert to_mask([Element.SUPPORT]) == 2
    assert to_mask([Element.SELF]) == 4
    assert to_mask(ALL_ELEMENTS) == 7
    assert {e.value for e in ALL_ELEMENTS} == {"direction", "support", "self"}


def test_ordered_uses_canonical_order():
    assert ordered({Element.SELF, Element.DIRECTION}) == [Element.DIRECTION, Element.SELF]
