"""Translations that can work: every text is extracted by pyside6-lupdate into the context the
app translates in, the catalogue in resources/ is up to date with the code, and a catalogue
loaded at run time reaches a plain text and a plural alike."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from l2l_desktop.ui import translations
from l2l_desktop.ui.style import tr, trn


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    contexts = root.findall("context")
    assert [c.findtext("name") or "" for c in contexts] == [""]  # one context, the empty one
    return {m.findtext("source") or "": m for m in contexts[0].iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, ET.Element]:
    ts = tmp_path_factory.mktemp("ts") / "fresh.ts"
    translations.extract(ts)
    return _messages(ts)


def test_texts_in_functions_and_in_classes_plurals_too_are_extracted(extracted):
    assert "Settings" in extracted  # a menu's action, in a class
    assert "Not for demo data: it is deleted when you quit." in extracted
    day = extracted["%n record"]  # trn("%n record", "%n records", n) in the status bar
    assert day.get("numerus") == "yes" and day.findtext("comment") == "%n records"


def test_the_catalogue_in_resources_is_up_to_date_with_the_code(extracted):
    stored = _messages(translations.SOURCES / "l2l_desktop_de.ts")
    assert set(stored) == set(extracted), "run: python -m l2l_desktop.ui.translations update"


def _pseudo_catalogue(folder: Path) -> Path:
    """Every text as [!text!], compiled with lrelease: what a pseudo-locale shows."""
    tree = ET.parse(translations.SOURCES / "l2l_desktop_de.ts")
    tree.getroot().set("language", "en_US")  # two plural forms, as English
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for empty in list(translation):
                translation.remove(empty)
            for form in (source, message.findtext("comment") or source):
                ET.SubElement(translation, "numerusform").text = f"[!{form}!]"
        else:
            translation.text = f"[!{source}!]"
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(translations._tool("lrelease"))
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_a_loaded_catalogue_reaches_texts_and_plurals(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(_pseudo_catalogue(tmp_path)))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Settings") == "[!Settings!]"
        assert trn("%n record", "%n records", 1) == "[!1 record!]"
        assert trn("%n record", "%n records", 3) == "[!3 records!]"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Settings") == "Settings"
    assert trn("%n record", "%n records", 1234) == "1,234 records"  # English, untranslated


def test_the_window_words_each_purpose_of_the_question_bank():
    from l2l_desktop.core.question_bank import PURPOSES as CORE
    from l2l_desktop.ui.bank_dialog import PURPOSES

    assert PURPOSES == CORE  # the same words; the window's are marked for the catalogue


def test_the_import_summary_words_each_kind():
    from l2l_desktop.core.kinds import KINDS
    from l2l_desktop.ui.exchange_dialogs import KIND_PLURALS

    assert {k.name: k.plural for k in KINDS} == KIND_PLURALS
