"""Full-text search: the index follows every write, finds word starts and inner parts, and no
text typed into the box can make it fail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.search_query import MARK, highlights, parse
from l2l_desktop.store import frozen_v5, frozen_v7, frozen_v8, writes
from l2l_desktop.store.schema import Tables
from l2l_desktop.store.search import search
from l2l_desktop.store.search_index import fill_sql, index_sql

DAY = date(2026, 11, 2)
AT = datetime(2026, 11, 2, 9)


def kinds_found(store, text, **filters):
    return sorted(hit.kind for hit in search(store, text, **filters))


def _trigger(statement):
    return statement.split()[2] if statement.startswith("CREATE TRIGGER") else None


def test_the_frozen_steps_are_what_the_declarations_make(store):
    # Version 5 made the index; version 7 remade the person triggers (a person's notes);
    # version 8 added a coaching session's triggers and remade the renamed-person trigger.
    tables = Tables(store.db)
    remade = {_trigger(s): s for s in (*frozen_v7.TRIGGERS, *frozen_v8.TRIGGERS)}
    v8_added = [s for s in frozen_v8.TRIGGERS if _trigger(s) not in frozen_v8.DROPPED]
    assert set(remade) - {_trigger(s) for s in v8_added} == {
        *frozen_v7.DROPPED,
        *frozen_v8.DROPPED,
    }
    *before, renamed = [remade.get(_trigger(s), s) for s in frozen_v5.INDEX]
    assert _trigger(renamed) == "search_person_renamed"
    assert [*before, *v8_added, renamed] == index_sql(tables)
    person_fill = frozen_v7.FILL[0]
    *filled, coaching_fill = fill_sql(tables)
    assert [person_fill if " 'person', " in s else s for s in frozen_v5.FILL] == filled
    assert "'coaching_session'" in coaching_fill  # a new table: nothing to fill in version 8


def test_version_8_creates_the_coaching_tables_a_new_database_has(store):
    made = {
        sql
        for (sql,) in store.db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name LIKE 'coaching%' AND type != 'trigger'"
        )
    }
    assert made == set(frozen_v8.TABLES)


def test_a_persons_notes_and_role_are_searched_and_follow_edits(store):
    ana = writes.save(store, r.Person("Ana", "Planner", notes="Wants to learn kanban"))
    assert kinds_found(store, "kanban") == ["person"]
    writes.save(store, replace(ana, notes="Moving to nights", archived=True))
    assert kinds_found(store, "kanban") == [] and kinds_found(store, "nights") == ["person"]


def test_word_starts_inner_parts_case_and_accents(store):
    writes.save(store, r.Question(DAY, AT, "How is the teamwork on nights?", r.QuestionKind.OPEN,
                                  context="A chat at the Café"))  # fmt: skip
    writes.save(store, r.Tell(DAY, AT, "Told the teams to reorder"))
    assert kinds_found(store, "team") == ["question", "tell"]  # "teams", and "teamwork" inside
    assert kinds_found(store, "work") == ["question"]  # inside "teamwork"
    assert kinds_found(store, "CAFE") == ["question"]  # case and accent
    assert kinds_found(store, "reorder teams") == ["tell"]  # every word, in any order
    assert kinds_found(store, "teams night") == []


def test_every_text_of_a_record_and_of_its_parts_is_found(store):
    ana = writes.save(store, r.Person("Ana Lima", "Planner"))
    writes.save_many(
        store,
        [
            r.Intention(DAY, "calm", "steady flow", (r.Action("walk the line", Element.SUPPORT),)),
            r.Pause(DAY, AT, r.Alignment.OFF, "firefighting"),
            r.GembaVisit(
                DAY, "Dock 4", "loading", observed="pallets waiting",
                assumptions=(r.Assumption("forklift late", fact="it was on time"),),
                conversations=(r.Conversation("needs a second jack", person=ana),),
                follow_ups=(r.FollowUp("order spare jack", "Tomás"),),
            ),
            r.Reflection(DAY, learned="listen longer", rating=4),
            r.RestPeriod(DAY, DAY, r.RestKind.LEAVE, "dentist"),
        ],
    )  # fmt: skip
    for word, kind in (("walk", "intention"), ("firefight", "pause"), ("pallets", "gemba_visit"),
                       ("forklift", "gemba_visit"), ("jack", "gemba_visit"),
                       ("tomás", "gemba_visit"), ("listen", "reflection"),
                       ("dentist", "rest_period"), ("planner", "person")):  # fmt: skip
        assert kind in kinds_found(store, word), word
    assert kinds_found(store, "lima") == ["gemba_visit", "person"]  # named in a conversation


def test_the_index_follows_edits_deletes_and_renames(store):
    ana = writes.save(store, r.Person("Ana", ""))
    question = writes.save(
        store, r.Question(DAY, AT, "What blocks the dock?", r.QuestionKind.OPEN, person=ana)
    )
    assert kinds_found(store, "ana") == ["person", "question"]
    writes.save(store, replace(question, text="What slows the yard?"))
    assert kinds_found(store, "dock") == [] and kinds_found(store, "yard") == ["question"]
    writes.save(store, replace(ana, name="Anabel"))  # renamed: found under the new name
    assert kinds_found(store, "anabel") == ["person", "question"]
    intention = writes.save(
        store, r.Intention(DAY, "calm", "flow", (r.Action("walk the line", Element.SUPPORT),))
    )
    writes.save(store, replace(intention, actions=(r.Action("call Ben", Element.DIRECTION),)))
    assert kinds_found(store, "walk") == [] and kinds_found(store, "ben") == ["intention"]
    writes.delete(store, "question", question.uuid)
    assert kinds_found(store, "yard") == []


def test_filters_and_the_newest_first_order(store):
    writes.save_many(
        store,
        [
            r.Tell(date(2026, 11, 1), AT, "spare parts spare parts"),
            r.Tell(date(2026, 11, 5), AT, "spare parts later on"),
            r.Question(date(2026, 11, 3), AT, "Where are the spare parts?", r.QuestionKind.CLOSED),
        ],
    )
    assert kinds_found(store, "spare", kinds=frozenset({"tell"})) == ["tell", "tell"]
    assert kinds_found(store, "spare", kinds=frozenset()) == []
    days = [h.day for h in search(store, "spare", order="newest")]
    assert days == [date(2026, 11, 5), date(2026, 11, 3), date(2026, 11, 1)]
    found = search(store, "spare", first=date(2026, 11, 2), last=date(2026, 11, 4))
    assert [h.day for h in found] == [date(2026, 11, 3)]
    best = search(store, "spare")[0]  # "spare" twice in as many words: the best match
    assert best.day == date(2026, 11, 1)


def test_snippets_mark_the_matches():
    text, spans = highlights(f"the {MARK[0]}teams{MARK[1]} and {MARK[0]}team{MARK[1]}work")
    assert text == "the teams and teamwork"
    assert [text[a:b] for a, b in spans] == ["teams", "team"]


def test_what_is_typed_becomes_words_only():
    assert parse('say "AND" NEAR( x* -y "').words == ("say", "AND", "NEAR", "x", "y")
    assert parse("  \" ' * - ( ) ").words == ()
    assert parse("teamwork").inner == '"teamwork"' and parse("te am").inner is None


HOSTILE = st.text(
    alphabet=st.sampled_from(list("\"'*-()^:+ANDORNEAR{}[]_ 0aé🙂\u200f\\")), max_size=30
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.text(max_size=40), HOSTILE))
def test_no_text_makes_the_search_fail(store, text):
    if not search(store, "seed"):  # one record to search, written once
        writes.save(store, r.Tell(DAY, AT, 'seed "quoted" AND NEAR(x) -minus * teamwork'))
    found = search(store, text)
    assert all(hit.kind == "tell" for hit in found)


def test_newest_first_are_the_newest_matches_not_the_best_ones_re_sorted(store):
    writes.save_many(
        store,
        [
            r.Tell(date(2026, 11, 1), AT, "spare spare spare"),  # the best matches: oldest
            r.Tell(date(2026, 11, 2), AT, "spare spare spare"),
            r.Tell(date(2026, 11, 9), AT, "one spare among many other words here"),
            r.Tell(date(2026, 11, 10), AT, "another spare among many other words here"),
        ],
    )
    newest = search(store, "spare", order="newest", limit=2)
    assert [h.day for h in newest] == [date(2026, 11, 10), date(2026, 11, 9)]
    best = search(store, "spare", limit=2)
    assert {h.day for h in best} == {date(2026, 11, 1), date(2026, 11, 2)}


def test_matches_inside_words_keep_a_place_however_many_whole_words_match(store):
    writes.save_many(store, [r.Tell(DAY, AT, f"work number {n}") for n in range(120)])
    writes.save(store, r.Question(DAY, AT, "How is the teamwork?", r.QuestionKind.OPEN))
    found = search(store, "work", limit=100)
    assert len(found) == 100
    assert "question" in {h.kind for h in found}  # "teamwork", among 120 whole-word matches
    assert [h.kind for h in found[:75]] == ["tell"] * 75  # whole words first


def test_filters_by_element_and_by_a_person_a_visit_talked_with(store):
    ana, ben = writes.save(store, r.Person("Ana")), writes.save(store, r.Person("Ben"))
    writes.save(store, r.Intention(DAY, "Scrap down", "Scrap plan",
                                   (r.Action("Scrap board", Element.DIRECTION),)))  # fmt: skip
    writes.save(store, r.Question(DAY, AT, "Where is the scrap from?", r.QuestionKind.OPEN,
                                  person=ben, elements=frozenset({Element.SUPPORT})))  # fmt: skip
    both = frozenset({Element.SELF, Element.SUPPORT})
    writes.save(store, r.Reflection(DAY, learned="Scrap talk went well", elements=both))
    talk = (r.Conversation("She sorts it", ana),)
    writes.save(store, r.GembaVisit(DAY, "Line 2", "See the scrap bin", conversations=talk))
    # By hand: the intention serves direction (its action); the question support; the
    # reflection self and support; the visit support (its default).
    assert kinds_found(store, "scrap", element=Element.DIRECTION) == ["intention"]
    assert kinds_found(store, "scrap", element=Element.SUPPORT) == [
        "gemba_visit", "question", "reflection",
    ]  # fmt: skip
    assert kinds_found(store, "scrap", element=Element.SELF) == ["reflection"]
    assert kinds_found(store, "scrap", person_uuid=ana.uuid) == ["gemba_visit"]  # talked with
    assert kinds_found(store, "scrap", person_uuid=ben.uuid) == ["question"]
    assert kinds_found(store, "scrap", person_uuid=ben.uuid, element=Element.SELF) == []
