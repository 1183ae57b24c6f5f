"""Tell whether a question is open, closed or leading, why (as a code), and an open rewrite.

The checker is a table of patterns tried in order; the first that fits the start (or, for tag
questions like "…, right?", the end) of the sentence wins, so the specific leading patterns
("Have you tried…") sit above the generic yes/no rule ("Have…?").

Choices made where plain English is ambiguous:

* Text with no letters or digits gives ``None``; anything else gives a :class:`Suggestion`.
* Several sentences: the last one ending in "?" is judged (it is the one the other person is
  left to answer). Without any "?", the last sentence that starts like a question is judged,
  else the last sentence.
* A statement is CLOSED, with a reason saying it does not read as a question. A statement with
  a question mark ("You restarted it?") is CLOSED too: it asks for a yes or a no.
* Negative "why" questions about a person ("Why didn't you…?", "Why weren't we…?") are blame
  framed; "Why don't you…?" / "Why not…?" are suggestions. A "why" about things is OPEN.
* Polite requests that invite a full answer ("Can you walk me through…?") are OPEN in effect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from l2l_desktop.core.records import QuestionKind

__all__ = ["REASONS", "Suggestion", "check_question"]

OPEN, CLOSED, LEADING = QuestionKind.OPEN, QuestionKind.CLOSED, QuestionKind.LEADING


@dataclass(frozen=True)
class Suggestion:
    """The verdict on one question: its kind, why (a code the window words, with the words of
    the question it is about), and an open way to ask.

    ``reason`` is one of :data:`REASONS`. ``rewrite`` (a leading question) and ``open_form``
    (a closed one) are English questions, like the patterns: the checker reads English, and
    what it suggests is meant to go into the question as written. An "…" in them is a gap
    for the user to fill."""

    kind: QuestionKind
    reason: str
    words: str = ""  # the words of the question the reason is about, as written
    rewrite: str = ""
    blame: bool = False
    statement: bool = False  # not worded as a question at all (no question mark either)
    unsure: bool = False  # it could read either way
    open_form: str = ""


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: QuestionKind
    reason: str  # a code of REASONS, about the words that matched
    hint: str = ""  # "{p}" stands for the words that matched
    blame: bool = False
    needs_mark: bool = False  # only for a sentence that ends with "?"
    unsure: bool = False


def _start(kind: QuestionKind, reason: str, hint: str, *alts: str, **flags: bool) -> _Rule:
    """A rule on how the sentence starts; ``alts`` are regex alternatives."""
    regex = "|".join(alts)
    if "(?P<p>" not in regex:
        regex = f"(?P<p>{regex})"
    return _Rule(re.compile(rf"^(?:{regex})\b"), kind, reason, hint, **flags)


def _fact(*alts: str) -> _Rule:
    """A question after one fact (a time, a number, a name, a place): closed."""
    return _start(CLOSED, _FACT, "", *alts)


def _end(kind: QuestionKind, reason: str, hint: str, *alts: str) -> _Rule:
    """A rule on a tag that ends the sentence after a comma or dash ("…, right")."""
    return _Rule(re.compile(rf"[,;\u2013\u2014]\s*(?P<p>{'|'.join(alts)})$"), kind, reason, hint)


_AUX = (
    r"(?:is|are|am|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may"
    r"|might|must)"
)
_NEG = (
    r"(?:(?:is|are|was|were|do|does|did|have|has|had|could|would|should|must|might|need|ca|wo"
    r"|ai)n'?t|cannot)"
)
_SUBJ = (
    r"(?:you|we|they|he|she|it|i|there|this|that|these|those|anyone|anybody|someone|somebody"
    r"|everyone|everybody|the|your|our|their|my|his|her|its)"
)
_PERSON = r"(?:you|we|they|he|she|anyone|anybody|someone|somebody|nobody|no one|(?:your|the) team)"
_TAG_SUBJ = r"(?:it|that|this|there|you|we|they|he|she|i)"
_B = r"(?:did|have|has|had|were|was|are|is|could|would|ca)"  # + "n't"
_B2 = r"(?:did|have|has|had|were|was|are|is|could|would|can)"  # + person + "not"
_NOUN_ING = r"(?:some|no|any|every)?thing|morning|evening|meeting|building|ceiling|spring|string"
_ING = rf"(?!(?:{_NOUN_ING}|during)\b)\w+ing"  # "trying", "moving"; not "the morning"

_BLAME = "blame"
_SUGGEST = "suggestion"
_PROPOSE = "proposal"
_SIGNAL = "negative"
_IN_EFFECT = "in_effect"
_YES_NO = "yes_no"
_SEE = "How do you see it?"
_OPTIONS = "What options do you see?"
_FACT = "fact"
_IDEA = "idea"
_OWN_CHOICE = "own_choice"
_CAUSE = "What might be causing it?"
_WHAT_HELP = "What do you think would help?"
_FACT_NOUN = (
    r"(?:number|rate|yield|time|date|name|total|score|count|figure|level|price|cost|status"
    r"|version|average|percentage|temperature|address|deadline|target|code|size)"
)

# First match wins: blame, then the other leading patterns, then open-in-effect requests and
# open starts, then fixed choices and yes/no starts.
# fmt: off
_RULES: tuple[_Rule, ...] = (
    _start(LEADING, _BLAME, "What got in the way of …?",
           rf"why (?:{_B}n'?t {_PERSON}|cannot {_PERSON}|{_B2} {_PERSON} not)",
           r"why (?:did|has|have|had|was|were) (?:nobody|no one)",
           rf"how come {_PERSON} (?:{_B}n'?t|cannot|{_B2} not|never)", blame=True),
    _start(LEADING, "culprit",
           "What made this easy to miss?",
           r"who (?:forgot|broke|messed up|screwed up|missed|dropped the ball|caused)",
           r"who (?:is|was) (?:to blame|responsible)", blame=True),
    _start(LEADING, "justify", "What made that the way to go at the time?",
           r"(?:explain|tell me|justify) why(?! (?:you|we|they) (?:think|feel|believe)\b)",
           blame=True),
    _start(LEADING, _SUGGEST, _OPTIONS,
           rf"why (?:don'?t|do not|doesn'?t|does not|won'?t|will not) {_PERSON}",
           rf"why do {_PERSON} not", r"why not"),
    _start(LEADING, _SUGGEST, "What have you tried so far?",
           r"have (?:you|we) (?:tried|attempted)", r"did (?:you|we) (?:try|attempt)"),
    _start(LEADING, _SUGGEST, "What options have you considered?",
           r"have you (?:considered|thought about|thought of)",
           r"did you (?:consider|think about|think of)"),
    _start(LEADING, _PROPOSE, "What could you try next?",
           r"what if (?:you|we|i|they)", rf"what about (?:if|{_ING})",
           rf"how about (?:if|we|i|just|you(?= \w)|{_ING})"),
    _start(LEADING, _PROPOSE, "What would make sense here?",
           r"(?:would|does|wouldn'?t|doesn'?t) it make sense", r"would it help",
           r"would you (?:consider|be open to)", r"do you think (?:we|you|i|they) should"),
    _start(LEADING, _PROPOSE, "What would work better here?",
           r"(?:would|wouldn'?t) it (?:not )?be (?:better|easier|worth|good|smarter|wiser)",
           r"(?:would|wouldn'?t) it (?:not )?be an idea"),
    _start(LEADING, "solution", _OPTIONS,
           r"(?:could|can|would) (?:you|we) (?:maybe|perhaps|possibly|just|simply)",
           r"(?:can'?t|cannot|couldn'?t|can not|could not) (?:you|we)"
           r" (?:just|simply|maybe|perhaps)"),
    _start(LEADING, "should",
           "What do you think should happen next?",
           rf"shouldn'?t {_SUBJ}", rf"should {_SUBJ} not"),
    _start(LEADING, "agree",
           "What do you think?",
           r"(?:would|wouldn'?t|don'?t) you agree",
           r"don'?t you (?:think|feel|believe|see|reckon)"),
    _start(LEADING, "diagnosis",
           "What do you see as the problem?",
           r"isn'?t (?:the|it|that) (?:real |main |root |actual )?(?:problem|issue|cause|reason)"),
    _start(LEADING, "explanation",
           "What do you think caused it?",
           r"(?:is|was) (?:it|that|this) because", r"could it be (?:that|because)", r"maybe it'?s"),
    _start(LEADING, "explanation", _CAUSE,
           r"(?:could|might|would) it be (?:the|a|an|my|our|your|their|his|her|this|those|these)",
           r"(?:is|was) (?:the )?(?:real |main |root |actual )?(?:problem|issue|cause|reason)"
           r" (?:that|because)"),
    _start(LEADING, _IDEA, "What could we try?", r"maybe", r"perhaps",
           r"(?:i was|i'?m|i am) wondering (?:if|whether)", r"i wonder (?:if|whether)"),
    _start(LEADING, _IDEA, "What would be worth doing?",
           r"(?:is|would) it (?:be )?worth"),
    _start(LEADING, "agree_idea", _WHAT_HELP,
           r"do you (?:think|reckon|feel)(?=.*\b(?:would|will|could|might|can)\b)",
           r"would (?:a|an|the|more|another|some|an extra|a second|extra)\b"
           r"(?=.*\b(?:help|work|fix|solve|calm|catch|do)\b)"),
    _start(LEADING, "agree",
           "What do you think?", r"can we (?:all )?agree"),
    _start(LEADING, _PROPOSE, "What would you do?",
           r"shall (?:we|i) (?:just|go with|go for|use|try|move|switch|change|swap|stop|drop|add"
           r"|put|give|call|skip|cancel)", r"should (?:we|i) just"),
    _start(LEADING, "idea_opinion", _OPTIONS,
           rf"what do you (?:think|reckon|feel) (?:about|of) (?:just |simply |maybe )?"
           rf"(?:{_ING}|just)",
           rf"how (?:would|do) you feel about (?:just )?(?:{_ING}|me|us|the|a|an)",
           r"what would you say (?:to|if)",
           r"what(?:'s| is) (?:stopping|keeping|preventing|holding) (?:you|us|them|him|her)"
           r" (?:from|back)"),
    _Rule(re.compile(r"^(?P<p>(?:what|how|who|which|where|when)\b[^\u2013\u2014]*?)\s*"
                     r"(?:[\u2013\u2014]| - )\s*\w"),
          LEADING, "own_answer", "{p}?"),
    _end(LEADING, "tag", _SEE,
         r"right|correct|yes|no|ok|okay|yeah|true|agreed|surely",
         rf"{_NEG} {_TAG_SUBJ}", rf"{_AUX} {_TAG_SUBJ}"),
    _start(LEADING, "lone_tag", _SEE,
           r"(?:right|correct|yes|yeah|ok|okay|agreed|true)$"),
    _start(LEADING, "signal", _SEE, r"surely"),
    _start(LEADING, _SIGNAL, _SEE, rf"{_NEG} {_SUBJ}", rf"{_AUX} {_SUBJ} not"),
    _start(LEADING, _SIGNAL, _SEE, _NEG, needs_mark=True),
    _start(OPEN, _IN_EFFECT, "",
           r"(?:can|could|would|will) you (?:please )?(?:(?:walk|talk|take) (?:me|us) through"
           r"|describe|explain|show (?:me|us)|help (?:me|us) (?:to )?understand|say more"
           r"|expand on|tell (?:me|us) (?:a (?:bit|little) )?"
           r"(?:more|about|how|what|why|where|who|when|which))",
           r"would you mind (?:walking|talking|taking|telling|describing|explaining|showing)",
           r"(?:do|would) you (?:want|like|care) to (?:talk|walk|take|tell|show|explain|describe)"),
    _Rule(re.compile(r"^(?:can|could|would|will) you\b.*\band (?P<p>(?:talk|walk|take) (?:me|us) "
                     r"through)"), OPEN, _IN_EFFECT, ""),
    _start(OPEN, "invitation", "",
           r"(?:tell|show) (?:me|us)|describe|explain|(?:walk|talk|take) (?:me|us) through",
           r"help (?:me|us) (?:to )?understand|say more|talk about|share",
           r"i'?m curious|i'?d (?:love|like) to hear"),
    _start(OPEN, "together", "",
           r"how (?:might|could|can|would|do|should) we"),
    _fact(r"how (?:many|much|long|old|far|often|soon|big|tall|heavy|late|early)",
          r"what (?:time|day|date|year|month|week|number|percentage|version|size|temperature)",
          rf"what(?:'s| is| was| were| are) (?:the|your|our|their|his|her|its|this|that)\b"
          rf"(?=.*\b{_FACT_NOUN}s?\b)",
          r"who(?:'s| is| was| are| were| has| had| owns| signed| ran| did| took| got| knows)",
          r"who else (?:is|was|are|were)",
          r"where(?:'s| is| are| was| were)", r"when(?:'s| is| are| was| were| does| will)",
          r"which(?=.*\b(?:is|was|are|were|has|had|did|does)\b)",
          r"which (?:\w+ ){1,3}(?:\w+ed|sent|ran|went|broke|came|got|made|took)"),
    _start(OPEN, "more", "",
           r"(?:what|who|where|how) else"),
    _start(OPEN, "view", "",
           r"what do you (?:think|see|notice|make of|reckon|suggest|need|propose)",
           r"what would you|what'?s your (?:view|take|sense|read)|how do you see"),
    _start(CLOSED, _YES_NO, "", rf"(?P<p>{_AUX})\b.*\bor not"),
    _start(LEADING, _OWN_CHOICE, "What options do you see?",
           r"(?:should|shall|could|can|would) (?:we|i|you)\b(?=.*\bor\b)",
           r"do (?:we|i)\b(?=.*\bor\b)", r"would you rather"),
    _start(CLOSED, "fixed_choice", "",
           rf"(?:which|{_AUX})\b.*\bor"),
    _start(OPEN, "what", "", r"what"),
    _start(OPEN, "explain", "", r"how come|how"),
    _start(OPEN, "why", "",
           r"why"),
    _start(OPEN, "specifics", "",
           r"where|when|whom|whose|who|which|in what|to what|in which|from what|on what"),
    _start(LEADING, "one_course",
           "What would you do?", r"should (?:we|you) (?!not\b)\w+", unsure=True),
    _start(CLOSED, _YES_NO, "", rf"(?P<p>{_AUX}) {_SUBJ}"),
    _start(CLOSED, _YES_NO, "", _AUX, needs_mark=True),
    _start(CLOSED, _YES_NO, "", r"any|anything|anyone|anybody|everything|all good|got|ready",
           r"need|want|happy", needs_mark=True),
)
# fmt: on

# Open ways to ask a closed question, for when their view is what you are after; the "…" is
# the subject, for the user to type (Alt+U selects it).
_FACT_FORM = "What do you make of …?"
_YES_NO_FORM = "What can you tell me about …?"
_STATEMENT_ASKED = "statement_asked"  # a statement with a question mark: it asks for a yes or no
_STATEMENT = "statement"  # it does not read as a question
# Every reason the checker gives; the window words each.
REASONS = frozenset({rule.reason for rule in _RULES} | {_STATEMENT_ASKED, _STATEMENT})

# Curly and other look-alike apostrophes and quotes, as their plain forms.
_CHARS = str.maketrans(
    "\u2019\u2018\u02bc\u2032`\u201c\u201d\u201e\u00ab\u00bb\uff1f\uff01\uff0c",
    "'''''\"\"\"\"\"?!,",
    "\u00bf\u00a1",  # inverted marks open a question or an exclamation: dropped
)
_TEXTING = (
    (re.compile(r"\bu\b"), "you"),
    (re.compile(r"\bur\b"), "your"),
    (re.compile(r"\br\b"), "are"),
)
_SPLIT = re.compile(r"(?<=[!?])\s+|(?<=[^.]\.)\s+")  # not after "..." (a trailing-off pause)
_FILLER = re.compile(r"^(?:(?:so|and|but|well|ok|okay|right|now|then|also|please|hey|just),?\s+)+")
_PREFIX = re.compile(r"^(?:[\w'-]+ ){0,2}[\w'-]+, (.+)$")  # "Anna, …", "Looking back, …"


def check_question(text: str) -> Suggestion | None:
    """Classify ``text`` as an open, closed or leading question; ``None`` if it has no words.

    Matching ignores case, leading whitespace, curly quotes and a missing final "?". See the
    module docstring for how statements and several sentences are judged.
    """
    if not any(ch.isalnum() for ch in text):
        return None
    sentences = [s for s in map(_clean, _SPLIT.split(text)) if s[0]]
    if not sentences:
        return Suggestion(CLOSED, _STATEMENT, statement=True)
    asked = [s for s in sentences if s[1]]
    if asked:
        core, mark = asked[-1]
    else:
        questions = [s for s in sentences if _verdict(*s) is not None]
        core, mark = (questions or sentences)[-1]
    found = _verdict(core, mark)
    if found is not None:
        if found.kind is CLOSED:
            form = _FACT_FORM if found.reason == _FACT else _YES_NO_FORM
            return replace(found, open_form=form)
        return found
    if mark:
        return Suggestion(CLOSED, _STATEMENT_ASKED, open_form=_YES_NO_FORM)
    return Suggestion(CLOSED, _STATEMENT, statement=True)


def _clean(sentence: str) -> tuple[str, bool]:
    """The sentence lowercased, edges and fillers stripped; and whether it ends with "?"."""
    text = " ".join(sentence.translate(_CHARS).lower().split())
    for short, word in _TEXTING:  # "how r u", typed in a hurry
        text = short.sub(word, text)
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return _FILLER.sub("", text[start:end]), "?" in text[end:]


def _verdict(core: str, mark: bool) -> Suggestion | None:
    """The first rule that fits ``core`` (or what follows a short "Anna, …" prefix), if any."""
    prefix = _PREFIX.match(core)
    for candidate in (core, _FILLER.sub("", prefix.group(1)) if prefix else None):
        if not candidate:
            continue
        for rule in _RULES:
            if rule.needs_mark and not mark:
                continue
            if match := rule.pattern.search(candidate):
                words = re.sub(r"\bi\b", "I", match.group("p").strip())
                if match.start("p") == 0:
                    words = words[:1].upper() + words[1:]
                return Suggestion(
                    rule.kind,
                    rule.reason,
                    words,
                    rule.hint.replace("{p}", words),
                    rule.blame,
                    unsure=rule.unsure,
                )
    return None
