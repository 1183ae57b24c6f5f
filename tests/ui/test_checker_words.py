"""The checker's reasons are codes; the window words each one, with the question's words."""

from l2l_desktop.core.question_checker import REASONS, check_question
from l2l_desktop.ui.checker_words import REASON_WORDS, reason_text


def test_every_reason_the_checker_gives_has_its_words():
    assert set(REASON_WORDS) == REASONS
    assert all("{p}" in REASON_WORDS[code] for code in REASONS - {
        "own_choice", "fixed_choice", "statement", "statement_asked"
    })  # fmt: skip


def test_the_reason_quotes_the_question_as_written():
    said = reason_text(check_question("Why didn't you call maintenance?"))
    assert said == (
        "Starts with “Why didn't you”: blame framing that puts the person on the defensive."
    )
    tag = reason_text(check_question("That was a one-off, right?"))
    assert tag == "Ends with “, right?”: a statement looking for agreement."
    statement = reason_text(check_question("The line stopped."))
    assert statement.startswith("Does not read as a question;")


def test_in_another_language_the_checker_gives_no_verdict_and_says_why(
    make_window, monkeypatch, qtbot
):
    from l2l_desktop.ui import translations

    window = make_window()
    window.show()
    tab = window.questions
    tab.text.setPlainText("Was ist passiert?")  # German "what": English would read "was" as yes/no
    assert tab.suggestion is not None and tab.suggestion.kind.value == "closed"
    monkeypatch.setattr(translations, "_active", ["de"])
    tab.text.setPlainText("Was ist passiert?")
    assert tab.suggestion is None and tab.kind.value() is None
    assert "reads English questions only" in tab.hint.text()
    tab.text.setPlainText("")
    assert tab.hint.text() == ""
