"""Translations that can work: every text is extracted by pyside6-lupdate into the context the
app translates in, the catalogue in resources/ is up to date with the code, and a catalogue
loaded at run time reaches a plain text and a plural alike."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from l2l_desktop.ui import translations
from l2l_desktop.ui.style import tr, trn


def _key(source: str, sense: str | None) -> str:
    """A text's key: its source, and the sense that tells two uses of one word apart."""
    return f"{source}\x04{sense}" if sense else source


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    contexts = root.findall("context")
    assert [c.findtext("name") or "" for c in contexts] == [""]  # one context, the empty one
    found = {}
    for m in contexts[0].iter("message"):
        # A plural's comment is its English plural; any other comment is a sense.
        sense = None if m.get("numerus") == "yes" else m.findtext("comment")
        found[_key(m.findtext("source") or "", sense)] = m
    return found


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


MARKERS = {"tr": 0, "trn": 0, "QT_TRANSLATE_NOOP": 1}  # the function, where its text is


def _marked_texts() -> set[tuple[str, int, str]]:
    """Every literal text given to tr, trn or QT_TRANSLATE_NOOP in the package: where, what."""
    found = set()
    for path in sorted((translations.ROOT / "l2l_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in MARKERS and len(node.args) > MARKERS[name]:
                text = node.args[MARKERS[name]]
                sense = node.args[1] if name == "tr" and len(node.args) > 1 else None
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    said = sense.value if isinstance(sense, ast.Constant) else None
                    found.add((path.name, node.lineno, _key(text.value, said)))
    return found


def test_every_marked_text_reaches_the_catalogue(extracted):
    # lupdate does not look inside an f-string's braces: f"<b>{tr('Due')}</b>" is lost.
    marked = _marked_texts()
    assert len(marked) > 700
    assert [m for m in marked if m[2] not in extracted] == []


PLACES = re.compile(r"\{[^{}]*\}|%n|<[^>]+>|&[a-z]+;")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?![a-z]+;)(?=[^\s&])", text.replace("&&", "")))


def test_the_german_catalogue_is_complete_and_keeps_every_placeholder():
    stored = _messages(translations.SOURCES / "l2l_desktop_de.ts")
    for source, message in stored.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            sources = [source, message.findtext("comment") or source]
        else:
            forms, sources = [translation.text or ""], [source]
        assert len(forms) == len(sources) and all(f.strip() for f in forms), source
        for form, original in zip(forms, sources, strict=True):
            form = form.replace("%Ln", "%n")  # the count as the locale writes it: 1.234
            assert sorted(PLACES.findall(form)) == sorted(PLACES.findall(original)), source
            assert _accelerators(form) == _accelerators(original), source


def test_the_built_german_catalogue_is_the_one_in_the_package(tmp_path):
    built = translations.build(tmp_path)
    assert [qm.name for qm in built] == ["l2l_desktop_de.qm"]
    assert built[0].read_bytes() == translations.catalogue("de").read_bytes(), (
        "run: python -m l2l_desktop.ui.translations build"
    )


def test_german_reaches_our_texts_plurals_and_the_standard_buttons(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    before = QLocale()
    installed = translations.install(qapp, "de")
    try:
        assert len(installed) == 2  # ours and Qt's own
        assert tr("Settings") == "Einstellungen"
        assert trn("%n record", "%n records", 1) == "1 Eintrag"
        assert trn("%n record", "%n records", 1234) == "1.234 Einträge"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"
    finally:
        translations.uninstall(qapp, installed)
        QLocale.setDefault(before)
    assert translations.active() == "en"
    assert tr("Settings") == "Settings"


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
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:  # English, untranslated, its count as the locale writes it
        assert trn("%n record", "%n records", 1234) == "1,234 records"
    finally:
        QLocale.setDefault(before)


def test_the_window_words_each_purpose_of_the_question_bank():
    from l2l_desktop.core.question_bank import PURPOSES as CORE
    from l2l_desktop.ui.bank_dialog import PURPOSES

    assert PURPOSES == CORE  # the same words; the window's are marked for the catalogue


def test_the_import_summary_words_each_kind():
    from l2l_desktop.core.kinds import KINDS
    from l2l_desktop.ui.exchange_dialogs import KIND_PLURALS

    assert {k.name: k.plural for k in KINDS} == KIND_PLURALS


def test_without_a_system_locale_the_window_writes_numbers_as_english_does(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    installed = translations.install(qapp, "system")
    try:
        if QLocale.system().language() == QLocale.Language.C:  # LANG=C, as on this machine
            assert QLocale().toString(1234) == "1,234"
        else:  # the system's own locale, untouched
            assert QLocale().language() == QLocale.Language.C
    finally:
        translations.uninstall(qapp, installed)
        QLocale.setDefault(before)
