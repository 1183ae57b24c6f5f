"""The JSON export: everything in a journal, in one document with a format version.

The document is derived from the record declarations (``core/codec.py`` gives each record's
shape); ``docs/export-format.md`` describes it field by field and a test keeps the two the
same. Reading a document back checks every value before anything is imported, and names each
problem by its place in the file: a JSON pointer (``/records/question/3/kind``), or a line and
column when the text is not JSON at all.
"""

from __future__ import annotations

import dataclasses
import json
import uuid as _uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from l2l_desktop.core import codec
from l2l_desktop.core import records as r
from l2l_desktop.core.declared import STAMPS, Shape, specs
from l2l_desktop.core.kinds import KINDS, Kinds
from l2l_desktop.core.validation import ValidationError, validate

FORMAT = "l2l-desktop-export"
FORMAT_VERSION = 1
MAX_PROBLEMS = 20  # reading stops collecting after this many


@dataclass(frozen=True)
class Deletion:
    """A record deleted in the journal that made the export."""

    kind: str
    uuid: str
    deleted_at: datetime


@dataclass(frozen=True)
class Export:
    """What an export holds: the records of each kind, the deletions, the preferences."""

    records: dict[str, tuple[r.Record, ...]]
    deletions: tuple[Deletion, ...] = ()
    preferences: dict[str, Any] = field(default_factory=dict)
    exported_at: datetime | None = None
    app_version: str = ""

    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (a JSON pointer, or "line L, column C") and what."""

    where: str
    message: str

    def __str__(self) -> str:
        """One clause, without a full stop of its own: problems are joined by "; "."""
        message = self.message.rstrip(".")
        return f"at {self.where}: {message}" if self.where else message


class ExportFileError(ValueError):
    """A file that cannot be imported; ``problems`` lists the first things wrong with it."""

    def __init__(self, problems: list[Problem], headline: str = "") -> None:
        self.problems = problems
        super().__init__(headline or f"This file cannot be imported: {self.listed(3)}.")

    def listed(self, shown: int) -> str:
        """The first ``shown`` problems, joined: "at /a: …; at /b: … (and 4 more)"."""
        first = "; ".join(str(p) for p in self.problems[:shown])
        more = len(self.problems) - shown
        return first + (f" (and {more} more)" if more > 0 else "")


class NewerFormatError(ExportFileError):
    """An export of a newer format than this app reads."""


# --- writing -----------------------------------------------------------------------------


def _order(record: r.Record) -> tuple[str, str]:
    return (record.created_at.isoformat() if record.created_at else "", record.uuid)


def to_document(export: Export, kinds: Kinds = KINDS) -> dict[str, Any]:
    """The export as a JSON object: records of each kind in order of creation."""
    records = {
        kind.name: [codec.to_json(x) for x in sorted(export.records.get(kind.name, ()), key=_order)]
        for kind in kinds
    }
    deletions = sorted(export.deletions, key=lambda d: (d.deleted_at, d.uuid))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": export.exported_at.isoformat() if export.exported_at else None,
        "app_version": export.app_version,
        "records": records,
        "deletions": [
            {"kind": d.kind, "uuid": d.uuid, "deleted_at": d.deleted_at.isoformat()}
            for d in deletions
        ],
        "preferences": dict(sorted(export.preferences.items())),
    }


def dumps(export: Export, kinds: Kinds = KINDS) -> str:
    """The export as JSON text (UTF-8, not escaped, one member a line)."""
    return json.dumps(to_document(export, kinds), ensure_ascii=False, indent=1) + "\n"


# --- reading -----------------------------------------------------------------------------


class Problems(list[Problem]):
    """The problems found so far (at most :data:`MAX_PROBLEMS`)."""

    def add(self, where: str, message: str) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(Problem(where, message))

    @property
    def full(self) -> bool:
        return len(self) >= MAX_PROBLEMS


def loads(text: str | bytes, kinds: Kinds = KINDS) -> Export:
    """The export that ``text`` holds, every record checked as a save would check it.

    Raises :class:`ExportFileError` naming the first problems, or :class:`NewerFormatError`.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            where = f"byte {exc.start}"
            raise ExportFileError([Problem(where, "the file is not UTF-8 text")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem(f"line {exc.lineno}, column {exc.colno}", _json_message(exc, text))
        raise ExportFileError([problem]) from None
    except RecursionError:
        raise ExportFileError([Problem("", "the file nests too deeply")]) from None
    return read_document(data, kinds)


def _json_message(exc: json.JSONDecodeError, text: str) -> str:
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return "the file ends too early (was it cut short?)"
    return f"not valid JSON ({exc.msg.lower()})"


def read_document(data: Any, kinds: Kinds = KINDS) -> Export:
    """The export a parsed JSON document describes (see :func:`loads`)."""
    problems = Problems()
    if not isinstance(data, Mapping):
        raise ExportFileError(
            [Problem("", "expected an object: this is not an L2L Desktop export")]
        )
    if data.get("format") != FORMAT:
        raise ExportFileError(
            [Problem("/format", f'expected "{FORMAT}": not an L2L Desktop export')]
        )
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExportFileError([Problem("/format_version", "expected a whole number from 1")])
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            [Problem("/format_version", f"format version {version}")],
            f"This export was made by a newer L2L Desktop (format version {version}; this "
            f"version reads up to {FORMAT_VERSION}). Update the app to import it.",
        )
    exported_at = _moment_or_none(data.get("exported_at"), "/exported_at", problems)
    app_version = data.get("app_version", "")
    if not isinstance(app_version, str):
        problems.add("/app_version", "expected text")
        app_version = ""
    records = _records(data.get("records"), kinds, problems)
    deletions = _deletions(data.get("deletions", []), kinds, problems)
    preferences = data.get("preferences", {})
    if not isinstance(preferences, Mapping):
        problems.add("/preferences", "expected an object")
        preferences = {}
    if problems:
        raise ExportFileError(list(problems))
    return Export(records, deletions, dict(preferences), exported_at, app_version)


def _moment_or_none(value: Any, where: str, problems: Problems) -> datetime | None:
    if value is None:
        return None
    spec = next(s for s in specs(r.Record) if s.name == "created_at")
    try:
        moment = codec.decode(spec, value)
    except (ValueError, TypeError) as exc:
        problems.add(where, _plain(exc))
        return None
    assert isinstance(moment, datetime)
    return moment


def _records(value: Any, kinds: Kinds, problems: Problems) -> dict[str, tuple[r.Record, ...]]:
    if not isinstance(value, Mapping):
        problems.add("/records", "expected an object of record kinds")
        return {}
    for name in value:
        if name not in kinds.names:
            problems.add(f"/records/{_escape(str(name))}", "not a kind of record this app knows")
    seen: dict[str, str] = {}  # uuid -> where first
    out: dict[str, tuple[r.Record, ...]] = {}
    for kind in kinds:
        items = value.get(kind.name, [])
        where = f"/records/{kind.name}"
        if not isinstance(items, list):
            problems.add(where, "expected a list of records")
            continue
        found = []
        for i, item in enumerate(items):
            if problems.full:
                break
            record = read_record(kind.record, item, f"{where}/{i}", problems)
            if record is None:
                continue
            first = seen.setdefault(record.uuid, f"{where}/{i}")
            if first != f"{where}/{i}":
                problems.add(f"{where}/{i}/uuid", f"the same uuid as {first}")
                continue
            found.append(record)
        out[kind.name] = tuple(found)
    _one_a_day(out, problems)
    return out


def _one_a_day(records: dict[str, tuple[r.Record, ...]], problems: Problems) -> None:
    """One intention a day, one daily reflection a day, as the journal allows."""
    for kind, only in (("intention", None), ("reflection", r.ReflectionKind.DAILY)):
        days: dict[date, int] = {}
        for i, x in enumerate(records.get(kind, ())):
            if only is not None and getattr(x, "kind", None) is not only:
                continue
            day = getattr(x, "day", None)
            if not isinstance(day, date):
                continue
            if day in days:
                what = "intention" if kind == "intention" else "daily reflection"
                problems.add(
                    f"/records/{kind}/{i}/day",
                    f"a second {what} for {day.isoformat()} (the first is "
                    f"/records/{kind}/{days[day]})",
                )
            else:
                days[day] = i


def read_record(cls: type, data: Any, where: str, problems: Problems) -> Any:
    """The record or part of class ``cls`` that ``data`` describes, checked as a save checks
    it; None (with the problems added) when it cannot be read."""
    before = len(problems)
    values = _values(cls, data, where, problems)
    if values is None or len(problems) > before:
        return None
    try:
        item = cls(**values)
        if issubclass(cls, r.Record):
            validate(item)
    except ValidationError as exc:
        for error in exc.errors:
            problems.add(f"{where}/{_pointer(error.field)}", error.message)
        return None
    except (TypeError, ValueError) as exc:
        problems.add(where, _plain(exc))
        return None
    return item


def _values(cls: type, data: Any, where: str, problems: Problems) -> dict[str, Any] | None:
    add = problems.add
    if not isinstance(data, Mapping):
        add(where, "expected an object")
        return None
    values: dict[str, Any] = {}
    for spec in specs(cls):
        at = f"{where}/{spec.name}"
        if spec.name not in data:
            if spec.name in STAMPS:
                add(at, "missing (each record of an export has its uuid and times)")
            elif spec.default is dataclasses.MISSING:
                add(at, "missing")
            continue
        value = data[spec.name]
        if spec.shape is Shape.PARTS:
            if not isinstance(value, list):
                add(at, "expected a list")
                continue
            parts = [
                read_record(spec.type, item, f"{at}/{i}", problems) for i, item in enumerate(value)
            ]
            values[spec.name] = tuple(parts)
        elif spec.shape is Shape.RECORD and value is not None:
            values[spec.name] = read_record(spec.type, value, at, problems)
        else:
            try:
                values[spec.name] = codec.decode(spec, value)
            except (ValueError, TypeError, KeyError) as exc:
                if spec.shape in (Shape.CHOICE, Shape.ELEMENT, Shape.ELEMENTS):
                    keys = ", ".join(str(m.value) for m in spec.type)  # type: ignore[attr-defined]
                    add(at, f"{json.dumps(value, ensure_ascii=False)} is not one of: {keys}")
                elif spec.shape in _EXPECTED:
                    add(at, _EXPECTED[spec.shape])
                else:
                    add(at, _plain(exc))
                continue
        if spec.name == "uuid":
            try:
                _uuid.UUID(str(values["uuid"]))
            except ValueError:
                add(at, "not a UUID")
    return values


_EXPECTED = {
    Shape.DAY: "expected a date as YYYY-MM-DD",
    Shape.MOMENT: "expected a time as YYYY-MM-DDTHH:MM:SS (UTC)",
}


def _deletions(value: Any, kinds: Kinds, problems: Problems) -> tuple[Deletion, ...]:
    if not isinstance(value, list):
        problems.add("/deletions", "expected a list")
        return ()
    out = []
    for i, item in enumerate(value):
        where = f"/deletions/{i}"
        if not isinstance(item, Mapping):
            problems.add(where, "expected an object")
            continue
        kind, uuid = item.get("kind"), item.get("uuid")
        if kind not in kinds.names:
            problems.add(f"{where}/kind", "not a kind of record this app knows")
            continue
        if not isinstance(uuid, str):
            problems.add(f"{where}/uuid", "expected text")
            continue
        at = _moment_or_none(item.get("deleted_at"), f"{where}/deleted_at", problems)
        if at is None:
            if item.get("deleted_at") is None:
                problems.add(f"{where}/deleted_at", "missing")
            continue
        out.append(Deletion(str(kind), uuid, at))
    return tuple(out)


def _pointer(field_name: str) -> str:
    """A validation error's field (``follow_ups[0].done_day``) as a JSON pointer's tail."""
    return field_name.replace("].", "/").replace("[", "/").replace(".", "/").rstrip("]")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _plain(exc: BaseException) -> str:
    """An exception's message as a line for the user."""
    return str(exc).strip("'\"")
