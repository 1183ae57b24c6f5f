# ruff: noqa: E501  (frozen SQL: one statement a line, as it was run)
"""What schema version 7 changed in the search index: FROZEN, never to change.

Version 7 gave a person private ``notes``, a text of the user's, so a person is found by their
notes too: the two triggers that index a person were dropped and made anew with the notes in
the body, and every person indexed again. Made by ``store/search_index.py`` from the
declarations of version 7 and copied here; ``tests/store/test_search.py`` checks that version
5's index with these in place of its person triggers is what the declarations make."""

from __future__ import annotations

DROPPED: tuple[str, ...] = ("search_person_ai", "search_person_au")

TRIGGERS: tuple[str, ...] = (
    'CREATE TRIGGER search_person_ai AFTER INSERT ON "person" BEGIN INSERT INTO search_doc (kind, uuid, day, person_id, body) SELECT \'person\', r.uuid, NULL, NULL, coalesce(r."name", \'\') || char(10) || coalesce(r."role", \'\') || char(10) || coalesce(r."notes", \'\') FROM "person" r WHERE r.id = new.id ON CONFLICT(uuid) DO UPDATE SET day = excluded.day, person_id = excluded.person_id, body = excluded.body; END',
    'CREATE TRIGGER search_person_au AFTER UPDATE ON "person" BEGIN INSERT INTO search_doc (kind, uuid, day, person_id, body) SELECT \'person\', r.uuid, NULL, NULL, coalesce(r."name", \'\') || char(10) || coalesce(r."role", \'\') || char(10) || coalesce(r."notes", \'\') FROM "person" r WHERE r.id = new.id ON CONFLICT(uuid) DO UPDATE SET day = excluded.day, person_id = excluded.person_id, body = excluded.body; END',
)

FILL: tuple[str, ...] = (
    "INSERT INTO search_doc (kind, uuid, day, person_id, body) SELECT 'person', r.uuid, NULL, NULL, coalesce(r.\"name\", '') || char(10) || coalesce(r.\"role\", '') || char(10) || coalesce(r.\"notes\", '') FROM \"person\" r WHERE true ON CONFLICT(uuid) DO UPDATE SET day = excluded.day, person_id = excluded.person_id, body = excluded.body",
)
