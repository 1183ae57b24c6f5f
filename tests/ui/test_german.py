"""The window in German, where the words need more than a catalogue: one English word with two
senses, a unit bent after "von", month names on chart axes, quotation marks, and starter
questions that are stored in English but shown in the user's language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale

from l2l_desktop.core import records as r
from l2l_desktop.core.question_bank import STARTER_BANK
from l2l_desktop.ui import translations
from l2l_desktop.ui.bank_words import bank_text
from l2l_desktop.ui.charts.base import tick_words
from l2l_desktop.ui.style import curly_quotes, done_of, tr


@pytest.fixture
def german(qapp):
    before = QLocale()
    installed = translations.install(qapp, "de")
    yield
    translations.uninstall(qapp, installed)
    QLocale.setDefault(before)


def test_one_english_word_in_two_senses_gets_two_translations(german):
    assert tr("Open", "a question's kind") == "Offen"
    assert tr("Open") == "Öffnen"  # the reminder's button


def test_the_questions_tab_names_the_kinds_as_kinds(german, make_window):
    window = make_window()
    labels = [b.text() for b in window.questions.kind.buttons.values()]
    assert labels == ["Offen", "Geschlossen", "Suggestiv"]


def test_the_unit_after_of_is_bent_as_german_wants(german):
    assert done_of("days", 60, 68) == "60 von 68 Tagen"
    assert done_of("days", 1, 1) == "1 von 1 Tag"
    assert done_of("weeks", 3, 4) == "3 von 4 Wochen"


def test_english_keeps_its_own_plurals():
    assert done_of("days", 60, 68) == "60 of 68 days"
    assert done_of("weeks", 1, 1) == "1 of 1 week"


def test_chart_axes_name_the_months_in_german(german):
    words = tick_words()
    assert words.months[2] == QLocale("de_DE").monthName(3, QLocale.FormatType.ShortFormat)
    assert words.day_month.format(day=3, month=words.months[10]) == "3. Nov."


def test_quotation_marks_are_the_languages_own(german):
    assert curly_quotes('Starts with "Why"') == "Starts with „Why“"


def test_a_starter_question_is_shown_in_german_and_stored_as_it_was(german, journal):
    starter = STARTER_BANK[0].text  # "What is happening here right now?"
    (stored,) = [b for b in journal.bank_questions() if b.text == starter]
    assert stored.builtin
    assert bank_text(stored) == "Was passiert hier gerade?"
    edited = journal.save(replace(stored, text="What is going on at line 3?"))
    assert bank_text(edited) == "What is going on at line 3?"  # the user's words, as written
    own = r.BankQuestion(text=starter, purpose="care")  # the same words, written by the user
    assert bank_text(own) == starter


def test_saving_a_starter_unchanged_in_the_bank_keeps_its_english_text(
    german, journal, make_window, qtbot
):
    from l2l_desktop.ui.bank_dialog import BankDialog

    window = make_window()
    dialog = BankDialog(journal, window)
    qtbot.addWidget(dialog)
    starter = STARTER_BANK[0].text
    (item,) = [b for b in journal.bank_questions() if b.text == starter]
    dialog._select(item.uuid)
    assert dialog.text.text() == "Was passiert hier gerade?"
    dialog.save()
    (kept,) = [b for b in journal.bank_questions() if b.uuid == item.uuid]
    assert kept.text == starter and bank_text(kept) == "Was passiert hier gerade?"


def test_the_practice_question_on_today_is_german_in_german_quotes(german, journal, make_window):
    window = make_window()
    window.today.reload()  # as when the tab is shown
    text = window.today.practice.text()
    shown = bank_text(window.today.practice_question)
    assert shown != window.today.practice_question.text  # a starter, translated
    assert f"„{shown}“" in text


def test_the_rating_asks_about_the_kind_of_reflection(make_window):
    tab = make_window().reflection
    title = tab._rating_title
    assert "How well did the day match my intention?" in title.text()
    tab.kind.setCurrentIndex(tab.kind.findData("weekly"))
    assert "How well did the week match my intentions?" in title.text()
    tab.kind.setCurrentIndex(tab.kind.findData("event"))
    assert "How well did it go?" in title.text()


def test_no_starter_question_is_left_untranslated(german):
    untranslated = [e.text for e in STARTER_BANK if tr(e.text) == e.text]
    assert untranslated == []


def test_ticks_in_english_are_as_before():
    words = tick_words()
    assert words.months[10] == "Nov"
    assert words.day_month.format(day=3, month="Nov") == "3 Nov"


def test_the_merge_dialog_counts_the_records_in_german_plurals(german):
    from l2l_desktop.ui.person_merge import count_text

    said = [count_text(n).format(gone="Jonas", keep="Jonas Berg") for n in (1, 2)]
    assert said == [
        "1 Eintrag nennt Jonas; er wird Jonas Berg nennen.",
        "2 Einträge nennen Jonas; sie werden Jonas Berg nennen.",
    ]
