import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l2l_desktop.core.question_checker import REASONS, Suggestion, check_question
from l2l_desktop.core.records import QuestionKind

OPEN, CLOSED, LEADING = QuestionKind.OPEN, QuestionKind.CLOSED, QuestionKind.LEADING

LEADING_CASES = [
    "Why don't you restart it?",
    "Why don't we swap the order?",
    "Why not ask the operator?",
    "Have you tried restarting it?",
    "Have you considered moving the check?",
    "Have you thought about a second jig?",
    "Have you thought of asking maintenance?",
    "What if you tried the old settings?",
    "What if we just ran it slower?",
    "What about trying a new seal?",
    "How about moving the scanner?",
    "Shouldn't we stop the line?",
    "Shouldn't you tell your lead first?",
    "Wouldn't it be better to run two shifts?",
    "Don't you think that's risky?",
    "Couldn't you just swap the sensor?",
    "Can't you just ask them?",
    "Isn't it obvious by now?",
    "Isn't the problem the supplier?",
    "Did you try turning it off and on?",
    "Did we try the spare?",
    "That was a one-off, right?",
    "It needs a reset, correct?",
    "We're on track, yes?",
    "It's late again, isn't it?",
    "You like the new layout, don't you?",
    "That would help, wouldn't it?",
    "Would it make sense to add a check?",
    "Could you maybe ask Tom?",
    "Wouldn't you agree it's too slow?",
    "Wasn't that fixed last week?",
    "Do you not think it's too fast?",
    "Is it because the sensor is dirty?",
    "Surely that's a one-off?",
    "Do you think we should pause the order?",
]

BLAME_CASES = [
    "Why didn't you call maintenance?",
    "Why haven't you finished the report?",
    "Why did you not escalate?",
    "Why weren't you at the huddle?",
    "Why hasn't she updated the board?",
    "Why couldn't they finish on time?",
    "How come you didn't tell me?",
    "Who forgot the torque check?",
]

OPEN_CASES = [
    "Why did this happen?",
    "Why does the press stop after lunch?",
    "Why wasn't the part ordered?",
    "What happened on the night shift?",
    "What's getting in the way?",
    "How does the changeover work?",
    "How might we make the handover easier?",
    "How could we cut the waiting?",
    "Where does it get stuck?",
    "Who can help with this?",
    "When did it start?",
    "Which step takes longest?",
    "What would you change first?",
    "What do you think is going on?",
    "What else did you notice?",
    "Tell me about the last stop.",
    "Describe what you saw.",
    "Walk me through the setup.",
    "Help me understand the delay.",
    "Can you walk me through the changeover?",
    "Could you tell me more about the noise?",
    "Can you describe the fault?",
    "Can you explain why it stops?",
    "Can you show me the jig?",
    "Would you mind walking me through it?",
    "What about the night shift?",
    "What if it happens again?",
    "In what way did it change?",
]

CLOSED_CASES = [
    "Is the line running?",
    "Did the part arrive?",
    "Are you done?",
    "Can we ship today?",
    "Was the order late?",
    "Were the gauges checked?",
    "Do you have the drawing?",
    "Does it fit now?",
    "Has anyone called the supplier?",
    "Have you got a minute?",
    "Had it stopped before?",
    "Could it be ready by noon?",
    "Will it be ready tomorrow?",
    "Would that be enough?",
    "Should I call them?",
    "Shall we start?",
    "May I join the huddle?",
    "Might it rain on the yard?",
    "Must we wait for sign-off?",
    "Is there anything else?",
    "Do you know why it stopped?",
    "Any questions?",
    "Is it A or B?",
    "Which one do you want, the red or the blue?",
    "Is it running or not?",
    "You restarted it?",
]

ALL_CASES = (
    [(text, LEADING) for text in LEADING_CASES + BLAME_CASES]
    + [(text, OPEN) for text in OPEN_CASES]
    + [(text, CLOSED) for text in CLOSED_CASES]
)


def test_enough_phrasings():
    assert len(ALL_CASES) >= 70
    assert len({text for text, _ in ALL_CASES}) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "kind"), ALL_CASES)
def test_kind(text, kind):
    result = check_question(text)
    assert result is not None
    assert result.kind is kind, result.reason


@pytest.mark.parametrize(("text", "kind"), ALL_CASES)
def test_hint_only_for_leading_and_reason_always(text, kind):
    result = check_question(text)
    assert result is not None
    assert result.reason in REASONS
    if result.kind is LEADING:
        assert result.rewrite.endswith("?")
    else:
        assert result.rewrite == ""
        assert result.blame is False


@pytest.mark.parametrize("text", BLAME_CASES)
def test_blame_framed(text):
    result = check_question(text)
    assert result is not None
    assert result.kind is LEADING
    assert result.blame is True
    assert result.reason in {"blame", "culprit", "justify"}  # on the defensive


@pytest.mark.parametrize("text", LEADING_CASES + OPEN_CASES + CLOSED_CASES)
def test_not_blame(text):
    result = check_question(text)
    assert result is not None
    assert result.blame is False


def test_why_didnt_you_rewrite_points_to_what_got_in_the_way():
    result = check_question("Why didn't you call maintenance?")
    assert result == Suggestion(
        LEADING, "blame", "Why didn't you", "What got in the way of …?", blame=True
    )


def test_have_you_tried_names_the_pattern():
    result = check_question("Have you tried restarting it?")
    assert result is not None
    assert result.kind is LEADING
    assert (result.reason, result.words) == ("suggestion", "Have you tried")
    assert result.rewrite == "What have you tried so far?"


def test_walk_me_through_says_open_in_effect():
    result = check_question("Can you walk me through the changeover?")
    assert result is not None
    assert result.kind is OPEN
    assert result.reason == "in_effect"


def test_tag_question_names_the_tag():
    result = check_question("That was a one-off, right?")
    assert result is not None
    assert (result.reason, result.words) == ("tag", "right")


def test_fixed_choice_says_so():
    result = check_question("Is it A or B?")
    assert result is not None
    assert result.kind is CLOSED
    assert result.reason == "fixed_choice"


def test_hints_are_adapted_to_the_pattern():
    hints = {
        check_question(text).rewrite
        for text in ("Have you tried X?", "Why didn't you X?", "Isn't the problem X?")
    }
    assert len(hints) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Why don’t you restart it?",
        "Why don‘t you restart it?",
        "why dont you restart it?",
        "WHY DON'T YOU RESTART IT?",
        "   \t Why don't you restart it?",
        "Why don't you restart it",
        "“Why don’t you restart it?”",
        "Why don't you… restart it?",
        "So, why don't you restart it?",
    ],
)
def test_tolerant_of_quotes_case_whitespace_and_missing_mark(text):
    result = check_question(text)
    assert result is not None
    assert result.kind is LEADING
    assert result.words.lower().startswith("why don")  # the words as written


def test_curly_apostrophe_blame():
    result = check_question("Why didn’t you call maintenance?")
    assert result is not None
    assert result.blame is True


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What happened", OPEN),
        ("Have you tried restarting it", LEADING),
        ("How might we make it easier", OPEN),
        ("That was a one-off, right", LEADING),
    ],
)
def test_no_question_mark(text, kind):
    assert check_question(text).kind is kind


@pytest.mark.parametrize(
    ("text", "kind", "blame"),
    [
        ("The line stopped at ten. What happened next?", OPEN, False),
        ("We lost an hour. Why didn't you call maintenance?", LEADING, True),
        ("What happened? Did you restart it?", CLOSED, False),
        ("Why didn't you call? What got in the way?", OPEN, False),
        ("I saw the queue. Have you tried the spare line. Thanks!", LEADING, False),
        ("Thanks for today! How might we make the handover easier?", OPEN, False),
    ],
)
def test_several_sentences_judge_the_last_question(text, kind, blame):
    result = check_question(text)
    assert result is not None
    assert (result.kind, result.blame) == (kind, blame)


@pytest.mark.parametrize("text", ["Anna, why didn't you call?", "Looking back, why not ask?"])
def test_short_address_before_the_question_is_skipped(text):
    assert check_question(text).kind is LEADING


@pytest.mark.parametrize("text", ["The line stopped.", "Thanks for that. Let's go.", "42"])
def test_statement_is_closed_and_says_so(text):
    result = check_question(text)
    assert result is not None
    assert result.kind is CLOSED
    assert (result.reason, result.statement) == ("statement", True)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?", "...?!", "“ ” ’"])
def test_no_words_gives_none(text):
    assert check_question(text) is None


def test_suggestion_is_frozen():
    result = check_question("What happened?")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kind = CLOSED  # type: ignore[misc]


@given(st.text())
def test_never_raises_and_none_only_without_letters_or_digits(text):
    result = check_question(text)
    has_word = any(ch.isalnum() for ch in text)
    assert (result is None) == (not has_word)
    if result is not None:
        assert isinstance(result.kind, QuestionKind)
        assert result.reason
        assert (result.rewrite != "") == (result.kind is LEADING)
        assert not result.blame or result.kind is LEADING


@given(st.lists(st.sampled_from(["why", "didn't", "you", ",", "?", ".", "or", "right", " "])))
def test_never_raises_on_question_like_noise(words):
    text = " ".join(words)
    result = check_question(text)
    assert (result is None) == (not any(ch.isalnum() for ch in text))


# The families of issue 13, in its own examples: each verdict and what the reason names.
FAMILIES = [
    # fact questions are closed; questions about experience stay open
    ("What time does the audit start?", CLOSED),
    ("How many orders are late?", CLOSED),
    ("Who has the key to the store room?", CLOSED),
    ("Which press was down?", CLOSED),
    ("How did the review go?", OPEN),
    ("What did you notice?", OPEN),
    # suggestions in polite or tentative form are leading
    ("Maybe swap the two stations?", LEADING),
    ("Is it worth calling the carrier?", LEADING),
    ("Could it be the new glue?", LEADING),
    ("Do you think a checklist would solve it?", LEADING),
    ("Is the problem that the night team skips the handover?", LEADING),
    ("I was wondering if you could ask Sam to cover?", LEADING),
    ("Can we agree the spec was wrong?", LEADING),
    ("Shall we go with the second option?", LEADING),
    # either-or: the asker's own options lead, a choice between facts is closed
    ("Should we reorder now or wait for the count?", LEADING),
    ("Is Ana on days or nights?", CLOSED),
    # open-sounding openings that carry a solution, and blame
    ("What do you think about just reordering?", LEADING),
    ("How would you feel about moving it to Friday?", LEADING),
    ("What's stopping you from calling them?", LEADING),
    ("What's your plan — overtime?", LEADING),
    ("Why didn't you stop the line?", LEADING),
    ("Explain why you skipped the check.", LEADING),
    # invitations in yes/no form are open, with or without a mark, in any case
    ("Could you walk me through the changeover?", OPEN),
    ("Would you tell me what you saw?", OPEN),
    ("Do you want to talk me through it?", OPEN),
    ("walk me through the deploy", OPEN),
    # context before the question, tags, full-width and inverted marks, emoji
    ("I saw the scrap bin was full. What happened?", OPEN),
    ("The new layout works, right?", LEADING),
    ("It's the supplier again, isn't it?", LEADING),
    ("Is the welder fixed？", CLOSED),
    ("¿Did the consultant sign the form?", CLOSED),
    ("How's the refactor going? 🚀", OPEN),
    ("Maybe just give them the upgrade? 🙂", LEADING),
]


@pytest.mark.parametrize(("text", "kind"), FAMILIES)
def test_the_families_of_hard_cases(text, kind):
    result = check_question(text)
    assert result is not None
    assert result.kind is kind, result.reason
    assert result.reason in REASONS
    if kind is LEADING:
        assert result.rewrite.endswith("?")


def test_a_fact_question_says_why_it_is_closed():
    result = check_question("How many orders are late?")
    assert (result.reason, result.words) == ("fact", "How many")


def test_the_rewrite_keeps_to_the_subject():
    assert check_question("Could it be the new glue?").rewrite == "What might be causing it?"
    dash = check_question("What's your plan — overtime?")
    assert dash.rewrite == "What's your plan?"  # the question, without the answer


def test_unsure_says_so_instead_of_guessing():
    result = check_question("Should we call the supplier?")
    assert result.kind is LEADING and result.unsure
    assert result.reason == "one_course"
    assert not check_question("Should I call them?").unsure  # asks leave: closed, sure
    assert not check_question("Have you tried restarting it?").unsure


def test_texting_shorthand_is_read_as_words():
    assert check_question("how r u finding the night shifts").kind is OPEN
    assert check_question("cant u just bump the timeout").kind is LEADING


NEW_WORDS = [
    "maybe", "perhaps", "is", "it", "worth", "could", "be", "the", "do", "you", "think",
    "would", "help", "should", "we", "or", "shall", "go", "with", "what", "about", "just",
    "moving", "how", "feel", "stopping", "from", "—", "-", "explain", "why", "tell", "me",
    "who", "has", "key", "many", "time", "which", "was", "down", "walk", "through", "want",
    "to", "talk", "i", "wondering", "if", "agree", "can", "u", "r", "？", "¿", "🙂", ",",
    "right", "isn't", "?", ".", "rather", "problem", "that", "a", "new",
]  # fmt: skip


@given(st.lists(st.sampled_from(NEW_WORDS), max_size=30))
def test_the_new_rules_never_raise_and_keep_their_promises(words):
    text = " ".join(words)
    result = check_question(text)
    assert (result is None) == (not any(ch.isalnum() for ch in text))
    if result is not None:
        assert result.reason in REASONS
        assert (result.rewrite != "") == (result.kind is LEADING)
        assert result.rewrite == "" or result.rewrite.endswith("?")
        assert not result.unsure or result.reason == "one_course"
        assert not result.blame or result.kind is LEADING


def test_a_closed_question_gets_an_open_form_to_ask_it():
    fact = check_question("How many orders are late?")
    assert fact.rewrite == "" and fact.open_form == "What do you make of …?"
    yes_no = check_question("Is the hoist working?")
    assert yes_no.open_form == "What can you tell me about …?"
    assert check_question("What did you notice?").open_form == ""  # open: nothing to offer
    assert check_question("Maybe swap?").open_form == ""  # leading: its rewrite says it
