"""The question bank's starter questions in the user's language.

A starter question is stored in English, the same record in every database; the window shows
it translated for as long as it is the starter's own text. One the user edited, or wrote, is
shown as written."""

from __future__ import annotations

from l2l_desktop.core.question_bank import STARTER_BANK
from l2l_desktop.core.records import BankQuestion
from l2l_desktop.ui.style import tr

STARTER_TEXTS = frozenset(entry.text for entry in STARTER_BANK)


def bank_text(question: BankQuestion) -> str:
    """The question as the window shows it."""
    if question.builtin and question.text in STARTER_TEXTS:
        return tr(question.text)
    return question.text
