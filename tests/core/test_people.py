from l2l_desktop.core.people import name_key


def test_names_are_told_apart_without_case_or_spacing():
    assert name_key("  Ana   Costa ") == name_key("ana costa") == "ana costa"
    assert name_key("Lukas") != name_key("Lukas Novak")
    assert name_key("STRASSE") == name_key("strasse")
    assert name_key("Straße") == "strasse"  # casefold, not lower: ß folds to ss
