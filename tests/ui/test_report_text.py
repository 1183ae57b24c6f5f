from datetime import date

from l2l_desktop.core import records as r
from l2l_desktop.core.analytics import WeekElements, WeekQuestions
from l2l_desktop.core.trends import TrendInputs, compute_trends
from l2l_desktop.ui.report_text import markdown_report, week_figures

AS_OF = date(2026, 11, 20)  # a Friday
MON = date(2026, 11, 16)


def trends():
    return compute_trends(
        TrendInputs(
            as_of=AS_OF,
            first=MON,
            done={"intention": frozenset({MON, date(2026, 11, 17)}), "question": frozenset({MON})},
            rest=frozenset(),
            weekdays={},
            week_elements=[WeekElements(MON, 3, 3, 3)],
            week_questions=[WeekQuestions(MON, 3, 1, 0, 2)],
            ratings=[(MON, 4), (date(2026, 11, 17), 2)],
            follow_ups=[],
            day_counts={MON: 2},
        )
    )


def test_markdown_has_every_section_and_escapes_user_text():
    reflections = [
        r.Reflection(MON, learned="first line\n# not a heading", rating=4, went_well="ok"),
    ]
    text = markdown_report(trends(), reflections)
    for heading in ("## Practices", "## Balance", "## Questions", "## Alignment", "## Reflections"):
        assert heading in text
    # Friday still open, Thursday missed: no current streak; Mon+Tue was the longest.
    assert "| Intention set | 0 days | 2 |" in text
    assert "| 2026-11-16 | 3 | 3 | 3 | 100 |" in text
    assert "| 2026-11-16 | 4 | 75% | 2 |" in text
    assert "mean rating 3.0 of 5" in text
    assert "\\# not a heading" in text
    assert "not affiliated" in text


def test_week_figures():
    text = week_figures(trends())
    # Monday to Thursday: Friday, the as-of day, is still open and not counted yet.
    assert "Intention set: 2 of 4 days" in text
    assert "Questions: 4 asked (75% open), told instead of asking 2 times" in text
    assert "Balance 100" in text and "Alignment: mean 3.0 over 2 days" in text


def test_counts_read_in_the_right_plural_form():
    one = trends()
    text = markdown_report(one, [])
    assert "2 rated days; mean rating 3.0 of 5." in text
    # Asked on Monday only (Friday still open): no streak now, 1 at most, 1 of 4 days done.
    (row,) = [line for line in text.splitlines() if line.startswith("| Question asked |")]
    assert row.startswith("| Question asked | 0 days | 1 |") and row.endswith("| 1 of 4 days |")
    assert "told instead of asking 2 times" in week_figures(one)


def test_a_practice_not_begun_reads_as_on_the_card():
    text = markdown_report(trends(), [])
    assert "| Intention pause | 0 days | 0 |" in text and "not started yet |" in text
