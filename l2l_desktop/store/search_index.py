"""The full-text search index, derived from the record declarations.

One row of ``search_doc`` per record: its kind, UUID, day, the person it names, and ``body``,
every text of the record and of its parts (and the names of the people they name) on lines of
their own. Two FTS5 tables index ``body`` as external content: ``search_fts`` by words
(``unicode61 remove_diacritics 2``, with prefix indexes) and ``search_tri`` by trigrams, so that
"work" also finds "teamwork". Triggers keep all of it in step with every write, whatever
writes: a record saved, its parts replaced, a person renamed, a record deleted.

:func:`index_sql` makes the statements from the declarations. A migration step must not depend
on declarations that change later, so the step that added the index runs a frozen copy
(``frozen_v5.py``), and a later step that changed it runs its own (``frozen_v7.py``: a
person's notes); a test checks that together they are what the current declarations make.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a command reading the index needs its names, not the declarations
    from l2l_desktop.store.schema import Table, Tables

DOC = "search_doc"
WORDS = "search_fts"
TRIGRAMS = "search_tri"
SKIPPED = frozenset({"bank_question"})  # the starter bank is the app's text, not the user's

_NL = " || char(10) || "


def _text_columns(table: Table) -> list[str]:
    from l2l_desktop.core.declared import Shape

    return [c.field.column_name for c in table.columns if c.spec.shape is Shape.TEXT]


def _person_columns(table: Table) -> list[str]:
    from l2l_desktop.core.declared import Shape

    return [
        c.field.column_name
        for c in table.columns
        if c.spec.shape is Shape.RECORD and c.spec.type.__name__ == "Person"
    ]


def _texts(table: Table, alias: str) -> list[str]:
    """SQL expressions for the texts of one row of ``table`` (``alias``), names included."""
    out = [f"coalesce({alias}.\"{c}\", '')" for c in _text_columns(table)]
    out += [
        f"coalesce((SELECT name FROM person WHERE person.id = {alias}.\"{c}\"), '')"
        for c in _person_columns(table)
    ]
    return out


def _body(table: Table) -> str:
    parts = []
    for _spec, part in table.parts:
        fk = part.parent.column_name
        inner = _NL.join(_texts(part, "p")) or "''"
        parts.append(
            f'coalesce((SELECT group_concat({inner}, char(10)) FROM "{part.name}" p '
            f'WHERE p."{fk}" = r."id"), \'\')'
        )
    return _NL.join(_texts(table, "r") + parts) or "''"


def _day(table: Table) -> str:
    from l2l_desktop.core.declared import Shape

    days = [c.field.column_name for c in table.columns if c.spec.shape is Shape.DAY]
    return f'r."{days[0]}"' if days else "NULL"


def _upsert(table: Table, where: str) -> str:
    """Insert or refresh the search rows of the records of ``table`` that ``where`` selects."""
    people = _person_columns(table)
    person = f'r."{people[0]}"' if people else "NULL"
    return (
        f"INSERT INTO {DOC} (kind, uuid, day, person_id, body) "
        f"SELECT '{table.key}', r.uuid, {_day(table)}, {person}, {_body(table)} "
        f'FROM "{table.name}" r WHERE {where} '
        "ON CONFLICT(uuid) DO UPDATE SET day = excluded.day, person_id = excluded.person_id, "
        "body = excluded.body"
    )


def indexed(tables: Tables) -> list[Table]:
    """The kinds whose records are searched."""
    return [t for t in tables.kind_tables() if t.key not in SKIPPED]


def index_sql(tables: Tables) -> list[str]:
    """Every statement that creates the search index and its triggers (empty index)."""
    sql = [
        f"CREATE TABLE {DOC} (id INTEGER NOT NULL PRIMARY KEY, kind TEXT NOT NULL, "
        "uuid TEXT NOT NULL UNIQUE, day DATE, person_id INTEGER, body TEXT NOT NULL)",
        f"CREATE INDEX {DOC}_day ON {DOC} (day)",
        f"CREATE VIRTUAL TABLE {WORDS} USING fts5(body, content='{DOC}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE VIRTUAL TABLE {TRIGRAMS} USING fts5(body, content='{DOC}', "
        "content_rowid='id', tokenize='trigram')",
    ]
    add = "".join(
        f"INSERT INTO {fts} (rowid, body) VALUES (new.id, new.body); " for fts in (WORDS, TRIGRAMS)
    )
    remove = "".join(
        f"INSERT INTO {fts} ({fts}, rowid, body) VALUES ('delete', old.id, old.body); "
        for fts in (WORDS, TRIGRAMS)
    )
    sql += [
        f"CREATE TRIGGER {DOC}_ai AFTER INSERT ON {DOC} BEGIN {add}END",
        f"CREATE TRIGGER {DOC}_ad AFTER DELETE ON {DOC} BEGIN {remove}END",
        f"CREATE TRIGGER {DOC}_au AFTER UPDATE ON {DOC} BEGIN {remove}{add}END",
    ]
    for table in indexed(tables):
        name = table.name
        sql += [
            f'CREATE TRIGGER search_{name}_ai AFTER INSERT ON "{name}" BEGIN '
            f"{_upsert(table, 'r.id = new.id')}; END",
            f'CREATE TRIGGER search_{name}_au AFTER UPDATE ON "{name}" BEGIN '
            f"{_upsert(table, 'r.id = new.id')}; END",
            f'CREATE TRIGGER search_{name}_ad AFTER DELETE ON "{name}" BEGIN '
            f"DELETE FROM {DOC} WHERE uuid = old.uuid; END",
        ]
        for _spec, part in table.parts:
            fk = part.parent.column_name
            for event, row in (("ai", "new"), ("au", "new"), ("ad", "old")):
                verb = {"ai": "INSERT", "au": "UPDATE", "ad": "DELETE"}[event]
                where = f'r.id = {row}."{fk}"'
                sql.append(
                    f'CREATE TRIGGER search_{part.name}_{event} AFTER {verb} ON "{part.name}" '
                    f"BEGIN {_upsert(table, where)}; END"
                )
    sql.append(_person_renamed(tables))
    return sql


def _person_renamed(tables: Tables) -> str:
    """A renamed person: every record that names them is searched under the new name."""
    refresh = []
    for table in indexed(tables):
        for column in _person_columns(table):
            refresh.append(_upsert(table, f'r."{column}" = new.id'))
        for _spec, part in table.parts:
            for column in _person_columns(part):
                fk = part.parent.column_name
                where = f'r.id IN (SELECT "{fk}" FROM "{part.name}" WHERE "{column}" = new.id)'
                refresh.append(_upsert(table, where))
    body = "".join(f"{statement}; " for statement in refresh)
    return f"CREATE TRIGGER search_person_renamed AFTER UPDATE OF name ON person BEGIN {body}END"


def fill_sql(tables: Tables) -> list[str]:
    """The statements that index every record already stored (for a migration)."""
    return [_upsert(table, "true") for table in indexed(tables)]
