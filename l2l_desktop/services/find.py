"""Search from the command line: ``Journal.search`` on a database file, read-only and, where
the database allows, without loading peewee or the records' tables (``store/reading.py``), so
that ``l2l-desktop search`` answers in the same short time for one year or ten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from l2l_desktop.core.elements import Element
from l2l_desktop.core.people import name_key
from l2l_desktop.core.search_query import Hit


class NoSuchPerson(LookupError):
    """No person of the journal has the name a search was filtered by."""


def _uuid_of(people: list[tuple[str, str]], name: str) -> str:
    """The uuid of the first person (as the journal lists them) with that name, case and
    spaces aside."""
    wanted = name_key(name)
    for uuid, their_name in people:
        if name_key(their_name) == wanted:
            return uuid
    raise NoSuchPerson(name)


def search_file(
    path: Path,
    text: str,
    *,
    kinds: frozenset[str] | None = None,
    first: date | None = None,
    last: date | None = None,
    person: str | None = None,
    element: Element | None = None,
    newest_first: bool = False,
    limit: int = 100,
) -> list[Hit]:
    """The records of the database at ``path`` whose texts hold every word of ``text``, as
    :meth:`Journal.search` finds them; ``person`` is a name. Raises :class:`NoSuchPerson`, or
    the store's known errors for a database that cannot be read."""
    from l2l_desktop.store.reading import open_for_reading, people, reading

    conn = open_for_reading(path)
    if conn is None:  # an older schema to upgrade first, say
        return _search_opened(path, text, kinds, first, last, person, element, newest_first, limit)
    from l2l_desktop.store.declared_schema import SERVING
    from l2l_desktop.store.search import search_in

    with reading(conn, path):
        return search_in(
            conn,
            text,
            SERVING,
            kinds=kinds,
            first=first,
            last=last,
            person_uuid=_uuid_of(people(conn), person) if person else None,
            element=element,
            order="newest" if newest_first else "rank",
            limit=limit,
        )


def _search_opened(
    path: Path,
    text: str,
    kinds: frozenset[str] | None,
    first: date | None,
    last: date | None,
    person: str | None,
    element: Element | None,
    newest_first: bool,
    limit: int,
) -> list[Hit]:
    """The same search through a :class:`Journal` (which upgrades an older schema)."""
    from l2l_desktop.services.journal import Journal
    from l2l_desktop.store import open_store

    journal = Journal(open_store(path, path.parent / "backups", every_page=False))
    try:
        uuid = None
        if person:
            uuid = _uuid_of([(p.uuid, p.name) for p in journal.people()], person)
        return journal.search(
            text,
            kinds=kinds,
            first=first,
            last=last,
            person_uuid=uuid,
            element=element,
            newest_first=newest_first,
            limit=limit,
        )
    finally:
        journal.close()
