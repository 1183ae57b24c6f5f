"""Full-text search over every record: the queries behind the search box and
``l2l-desktop search``. The index is kept by triggers (``search_index.py``)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING, Literal

from l2l_desktop.core.elements import Element
from l2l_desktop.core.search_query import MARK, Hit, parse
from l2l_desktop.store.search_index import DOC, TRIGRAMS, WORDS

if TYPE_CHECKING:
    from l2l_desktop.store.database import Store
    from l2l_desktop.store.schema import Tables

Order = Literal["rank", "newest"]


def search(
    store: Store,
    text: str,
    *,
    kinds: frozenset[str] | None = None,
    first: date | None = None,
    last: date | None = None,
    person_uuid: str | None = None,
    element: Element | None = None,
    order: Order = "rank",
    limit: int = 100,
) -> list[Hit]:
    """The records whose texts hold every word of ``text`` (as a word start, or inside a
    word), best match first (bm25) or newest first; filtered by kind, day, the person they
    name (a question's, a tell's, one a visit talked with) and the element they serve."""
    return search_in(
        store.db.connection(),
        text,
        serving_sql(store.tables),
        kinds=kinds,
        first=first,
        last=last,
        person_uuid=person_uuid,
        element=element,
        order=order,
        limit=limit,
    )


def search_in(
    conn: sqlite3.Connection,
    text: str,
    serving: str,
    *,
    kinds: frozenset[str] | None = None,
    first: date | None = None,
    last: date | None = None,
    person_uuid: str | None = None,
    element: Element | None = None,
    order: Order = "rank",
    limit: int = 100,
) -> list[Hit]:
    """:func:`search` on a connection of its own (a read-only one, say); ``serving`` is
    :func:`serving_sql` of the database's tables."""
    query = parse(text)
    if not query.words:
        return []
    where, params = _filters(kinds, first, last, person_uuid)
    if element is not None:
        where += f" AND d.uuid IN ({serving})"
        params += (int(element.bit),) * serving.count("?")
    # The best matches, or the newest: each index is asked for its own first ``limit``.
    found: dict[int, tuple[float, str]] = {}
    inner: list[int] = []  # found only inside words, best first
    for table, match, tokens in ((WORDS, query.prefixes, 12), (TRIGRAMS, query.inner, 40)):
        if match is None:
            continue
        snippet = f"snippet({table}, 0, ?, ?, '…', {tokens})"
        # The trigram pass looks only for what the words cannot find: matches inside words.
        inner_pass = table == TRIGRAMS
        seen: tuple[str, ...] = (query.prefixes,) if inner_pass else ()
        unseen = (
            f" AND {table}.rowid NOT IN (SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH ?)"
            if inner_pass
            else ""
        )
        # The records' table only where a filter or the order needs it: joined to every
        # match of a common word, it cost a seventh of the search on thirty years.
        joined = f" JOIN {DOC} d ON d.id = {table}.rowid" if where or order == "newest" else ""
        join = f"FROM {table}{joined} WHERE {table} MATCH ? {where}{unseen}"
        if order == "rank":  # FTS5 ranks and cuts first: snippets of the chosen rows only
            rows = conn.execute(
                f"SELECT {table}.rowid, bm25({table}), {snippet} {join} "
                f"ORDER BY bm25({table}) LIMIT ?",
                (*MARK, match, *params, *seen, limit),
            ).fetchall()
        else:  # the newest rows first, then the snippets of those alone
            chosen = conn.execute(
                f"SELECT {table}.rowid {join} ORDER BY d.day DESC, d.id DESC LIMIT ?",
                (match, *params, *seen, limit),
            ).fetchall()
            ids = [int(rowid) for (rowid,) in chosen if int(rowid) not in found]
            marks = ",".join("?" * len(ids))
            # One pass of FTS5 over the chosen rows' range, the list checked by SQLite ("+"):
            # given "rowid IN" itself, FTS5 ran the query again for each row (a prefix's
            # words merged 100 times: 22 ms of a 30 ms search on thirty years, now 1 ms).
            rows = conn.execute(
                f"SELECT rowid, 0.0, {snippet} FROM {table} "
                f"WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
                (*MARK, match, min(ids, default=0), max(ids, default=0), *ids),
            ).fetchall() if ids else []  # fmt: skip
        for rowid, rank, text in rows:
            if int(rowid) not in found:  # a word-index hit keeps its snippet of whole words
                found[int(rowid)] = (float(rank), _tidy(str(text)))
                if table == TRIGRAMS:
                    inner.append(int(rowid))
    if not found:
        return []
    marks = ",".join("?" * len(found))
    docs = conn.execute(
        f"SELECT id, kind, uuid, day FROM {DOC} WHERE id IN ({marks})", tuple(found)
    ).fetchall()
    hits = [
        Hit(kind, uuid, _day(day), found[rowid][1], found[rowid][0])
        for rowid, kind, uuid, day in docs
    ]
    if order == "newest":
        hits.sort(key=lambda h: (h.day or date.min, h.uuid), reverse=True)
        return hits[:limit]
    # Best first: the whole-word matches, then those inside words ("work" in "teamwork"),
    # which keep a quarter of the page however many whole-word matches there are.
    by_id = dict(zip([d[0] for d in docs], hits, strict=True))
    inside = [by_id[i] for i in inner if i in by_id]
    words = sorted((h for h in hits if h not in inside), key=lambda h: (h.rank, h.uuid))
    room = min(len(inside), max(limit // 4, limit - len(words)))
    return words[: limit - room] + inside[:room]


def _filters(
    kinds: frozenset[str] | None, first: date | None, last: date | None, person: str | None
) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    if kinds is not None:
        clauses.append(f"d.kind IN ({','.join('?' * len(kinds))})" if kinds else "0")
        params += sorted(kinds)
    if first is not None:
        clauses.append("d.day >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("d.day <= ?")
        params.append(last.isoformat())
    if person is not None:  # the record names them, or a visit talked with them
        clauses.append(
            "(d.person_id = (SELECT id FROM person WHERE uuid = ?) OR d.uuid IN (SELECT "
            "v.uuid FROM gemba_visit v JOIN gemba_conversation c ON c.visit_id = v.id "
            "JOIN person p ON p.id = c.person_id WHERE p.uuid = ?))"
        )
        params += [person, person]
    return "".join(f" AND {c}" for c in clauses), tuple(params)


def serving_sql(tables: Tables) -> str:
    """The uuids of the records that serve an element (one ``?`` per table for its bit),
    from every kind that stores a set of elements, as the declarations say."""
    from l2l_desktop.core.declared import Shape

    selects = []
    for table in tables.kind_tables():
        columns = [c.field.column_name for c in table.columns if c.spec.shape is Shape.ELEMENTS]
        columns += [field.column_name for _name, field in table.derived]
        selects += [f'SELECT uuid FROM "{table.name}" WHERE "{c}" & ?' for c in columns]
    return " UNION ALL ".join(selects)


def _tidy(snippet: str) -> str:
    """One line: the record's texts (each on a line of its own in the index) joined by " · "."""
    return " · ".join(line.strip() for line in snippet.splitlines() if line.strip())


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None
