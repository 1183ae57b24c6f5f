"""People: names told apart, cadences, last contacts and who is overdue (dates by hand)."""

from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.people import (
    cadence_name,
    merged_contacts,
    name_key,
    overview,
    status_of,
    unseen_span,
)


def test_names_are_told_apart_without_case_or_spacing():
    assert name_key("  Ana   Costa ") == name_key("ana costa") == "ana costa"
    assert name_key("Lukas") != name_key("Lukas Novak")
    assert name_key("STRASSE") == name_key("strasse")
    assert name_key("Straße") == "strasse"  # casefold, not lower: ß folds to ss


# --- Last contact, cadence and who is overdue -------------------------------------------------

TODAY = date(2026, 12, 2)  # a Wednesday


def test_cadences_by_name_and_custom_ones():
    assert [cadence_name(d) for d in (7, 14, 28, None)] == [
        "weekly", "fortnightly", "monthly", None,
    ]  # fmt: skip
    assert cadence_name(10) == cadence_name(30) == "custom"


@pytest.mark.parametrize(
    ("days", "told"),
    [(0, (0, "days")), (1, (1, "days")), (10, (10, "days")), (13, (13, "days")),
     (14, (2, "weeks")), (20, (2, "weeks")), (21, (3, "weeks")), (70, (10, "weeks"))],
)  # fmt: skip
def test_an_unseen_span_is_told_in_whole_weeks_from_two_weeks_on(days, told):
    assert unseen_span(days) == told


def test_a_follow_up_owner_counts_for_the_person_of_that_name():
    ana, ben = r.Person("Ana Costa"), r.Person("Ben")
    by_person = {ana.uuid: date(2026, 11, 20)}
    by_owner = {"ana  COSTA": date(2026, 11, 25), "Ana Costa": date(2026, 11, 22),
                "Bernd": date(2026, 12, 1)}  # fmt: skip
    # Ana: named on 20 Nov, owns follow-ups of 22 and 25 Nov (written two ways): 25 Nov.
    # Ben: "Bernd" is someone else; nothing names Ben, so he has no last contact.
    assert merged_contacts([ana, ben], by_person, by_owner) == {ana.uuid: date(2026, 11, 25)}
    assert merged_contacts([ana], {ana.uuid: date(2026, 11, 30)}, by_owner) == {
        ana.uuid: date(2026, 11, 30)
    }


def test_days_since_and_overdue_by_against_the_cadence():
    weekly = r.Person("Ana", cadence_days=7)
    # Seen on 2026-11-21: 9 days left of November, and 2 of December: 11 days, 4 past a week.
    seen = status_of(weekly, date(2026, 11, 21), TODAY)
    assert (seen.days_since, seen.overdue_by, seen.overdue) == (11, 4, True)
    on_time = status_of(weekly, date(2026, 11, 25), TODAY)  # 7 days: due today, not past
    assert (on_time.days_since, on_time.overdue_by, on_time.overdue) == (7, 0, False)
    no_cadence = status_of(r.Person("Ben"), date(2026, 9, 2), TODAY)  # 91 days
    assert (no_cadence.days_since, no_cadence.overdue_by) == (91, None)
    never = status_of(r.Person("Cleo"), None, TODAY)
    assert (never.last_contact, never.days_since, never.overdue_by) == (None, None, None)


def test_someone_never_seen_is_counted_from_the_day_they_were_added():
    added = datetime(2026, 11, 12, 9, 30)  # 20 days before TODAY
    fortnightly = r.Person("Dana", cadence_days=14, created_at=added, updated_at=added)
    assert status_of(fortnightly, None, TODAY).overdue_by == 6
    monthly = r.Person("Emil", cadence_days=28, created_at=added, updated_at=added)
    assert status_of(monthly, None, TODAY).overdue_by == 0
    assert status_of(r.Person("Fay", cadence_days=7), None, TODAY).overdue_by == 0  # unsaved


def test_the_overview_puts_the_most_overdue_first_then_the_longest_unseen_then_names():
    ana = r.Person("ana", cadence_days=7)  # seen 2026-11-11: 21 days, 14 past
    ben = r.Person("Ben", cadence_days=14)  # seen 2026-11-11: 21 days, 7 past
    cleo = r.Person("Cleo")  # seen 2026-10-02: 61 days, no cadence
    dan = r.Person("Dan", cadence_days=28)  # seen 2026-11-30: 2 days, on time
    eve = r.Person("Eve")  # never seen, no cadence
    abe = r.Person("Abe")  # never seen, no cadence: before Eve by name
    gone = r.Person("Gus", cadence_days=7, archived=True)  # left; seen 2026-06-01
    contacts = {ana.uuid: date(2026, 11, 11), ben.uuid: date(2026, 11, 11),
                cleo.uuid: date(2026, 10, 2), dan.uuid: date(2026, 11, 30),
                gone.uuid: date(2026, 6, 1)}  # fmt: skip
    people = [eve, dan, cleo, ben, ana, abe, gone]
    listed = overview(people, contacts, TODAY)
    assert [s.person.name for s in listed] == ["ana", "Ben", "Abe", "Eve", "Cleo", "Dan"]
    assert [s.overdue_by for s in listed] == [14, 7, None, None, None, 0]
    everyone = overview(people, contacts, TODAY, archived=True)
    # Gus: 2026-06-01 to 2026-12-02 is 184 days (30+31+31+30+31+30+1), 177 past a week.
    assert everyone[0].person.name == "Gus" and everyone[0].overdue_by == 177
    assert len(everyone) == 7


# --- A person's page -----------------------------------------------------------------------


def test_follow_up_owners_written_as_a_persons_name_are_theirs():
    from l2l_desktop.core.people import owned_by

    ana = r.Person("Ana Costa")
    typed = ["Ana Costa", "  ana   COSTA ", "Ana", "Anabel Costa", ""]
    assert owned_by(ana, typed) == ["Ana Costa", "  ana   COSTA "]
    assert owned_by(r.Person("   "), ["", " "]) == []  # a blank name owns nothing


def test_the_share_of_open_questions_and_what_each_entry_opens():
    from l2l_desktop.core.people import PersonFigures, TimelineEntry

    assert PersonFigures(12, 9, 3).open_share == 0.75  # 9 of 12
    assert PersonFigures(0, 0, 4).open_share is None  # no question asked: no share
    day = date(2026, 11, 2)
    assert [TimelineEntry(k, "u", day, "t").record_kind for k in (
        "question", "tell", "conversation", "follow_up",
    )] == ["question", "tell", "gemba_visit", "gemba_visit"]  # fmt: skip
