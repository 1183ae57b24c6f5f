"""The question checker's reasons in words: the checker returns a code and the words of the
question it is about; here each code is a sentence, marked for the catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from l2l_desktop.core.question_checker import Suggestion, check_question
from l2l_desktop.ui import translations
from l2l_desktop.ui.style import tr

# "{p}" is the words of the question, as the user wrote them.
REASON_WORDS = {
    "blame": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: blame framing that puts the person on the defensive."
    ),
    "culprit": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: it hunts for a culprit and puts people on the defensive."
    ),
    "justify": QT_TRANSLATE_NOOP(
        "",
        "Starts with “{p}”: it asks them to justify themselves, which puts them on the defensive.",
    ),
    "suggestion": QT_TRANSLATE_NOOP("", "Starts with “{p}”: a suggestion phrased as a question."),
    "proposal": QT_TRANSLATE_NOOP("", "Starts with “{p}”: a proposal phrased as a question."),
    "solution": QT_TRANSLATE_NOOP("", "Starts with “{p}”: a solution offered as a question."),
    "should": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: it tells them what you think should happen."
    ),
    "agree": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it asks them to agree with you."),
    "diagnosis": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it offers your own diagnosis."),
    "explanation": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it offers your own explanation."),
    "idea": QT_TRANSLATE_NOOP("", "Starts with “{p}”: your own idea, offered as a question."),
    "agree_idea": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it asks them to agree with your idea."),
    "idea_opinion": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: your own idea, offered for their opinion."
    ),
    "own_answer": QT_TRANSLATE_NOOP("", "Starts with “{p}”, then offers your own answer."),
    "tag": QT_TRANSLATE_NOOP("", "Ends with “, {p}?”: a statement looking for agreement."),
    "lone_tag": QT_TRANSLATE_NOOP("", "A lone “{p}?” after a statement looks for agreement."),
    "signal": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it signals the answer you expect."),
    "negative": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: a negative question that signals the answer you expect."
    ),
    "in_effect": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: a polite request for a full answer, so it is open in effect."
    ),
    "invitation": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: an invitation to answer in their own words."
    ),
    "together": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: it invites ideas you can work on together."
    ),
    "fact": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: it asks for one fact, so the answer is a word or a number."
    ),
    "more": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it asks for more than the first answer."),
    "view": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it asks for their own view."),
    "yes_no": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it can be answered with a yes or no."),
    "own_choice": QT_TRANSLATE_NOOP(
        "", "Offers a choice between your own ideas, so it steers the answer."
    ),
    "fixed_choice": QT_TRANSLATE_NOOP(
        "", "Offers a fixed choice, so the answer is one of the options named."
    ),
    "what": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it invites a full answer."),
    "explain": QT_TRANSLATE_NOOP("", "Starts with “{p}”: it asks them to explain."),
    "why": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}” about the situation: it looks for causes, not culprits."
    ),
    "specifics": QT_TRANSLATE_NOOP(
        "", "Starts with “{p}”: it asks for specifics in their own words."
    ),
    "one_course": QT_TRANSLATE_NOOP("", "“{p}” proposes one course of action."),
    "statement_asked": QT_TRANSLATE_NOOP(
        "", "Reads as a statement with a question mark, so it asks for a yes or no."
    ),
    "statement": QT_TRANSLATE_NOOP(
        "", "Does not read as a question; an open question invites more than a yes or no."
    ),
}


def reason_text(s: Suggestion) -> str:
    """Why the checker reads the question as it does, in the user's language."""
    return tr(REASON_WORDS[s.reason]).format(p=s.words)


def read_question(text: str) -> Suggestion | None:
    """The checker's verdict on ``text``, when the window speaks English. The checker reads
    English only: in another language it would misread most questions (German "Was …?" as
    an English yes/no "Was …?"), so there it gives none, and the kind is the user's pick."""
    return check_question(text) if translations.active() == "en" else None


def checker_silent_note(text: str) -> str:
    """Said under a question when the checker gives no verdict because of the language."""
    if translations.active() == "en" or not text.strip():
        return ""
    return tr("The question checker reads English questions only: choose the kind yourself.")
