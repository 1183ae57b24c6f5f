"""The CSV export: one file per record kind, and one per kind of part (an intention's
actions, a visit's follow-ups), with columns derived from the declarations.

Each file is UTF-8 with a byte-order mark, so a spreadsheet opens it with every accent and
emoji right, and quoted where needed, so a text with commas or line breaks stays one cell. A
part's file names its record in ``<kind>_uuid``. A person is written by name, with their uuid
beside. A text that a spreadsheet would take for a formula (it begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is written with a ``'`` before it: the JSON export
keeps every text exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from l2l_desktop.core.declared import STAMPS, FieldSpec, Shape, content
from l2l_desktop.core.elements import ordered
from l2l_desktop.core.exchange import Export
from l2l_desktop.core.kinds import KINDS, Kinds

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _header(cls: type) -> list[str]:
    out = []
    for spec in content(cls):
        if spec.shape is Shape.PARTS:
            continue
        if spec.shape is Shape.RECORD:
            out += [spec.name, f"{spec.name}_uuid"]
        else:
            out.append(spec.name)
    return out


def _cell(spec: FieldSpec, value: Any) -> list[str]:
    if spec.shape is Shape.RECORD:
        return ["", ""] if value is None else [_text(value.name), value.uuid]
    if value is None:
        return [""]
    if spec.shape is Shape.ELEMENTS:
        return ["; ".join(e.value for e in ordered(value))]
    if spec.shape in (Shape.CHOICE, Shape.ELEMENT):
        return [value.value]
    if spec.shape is Shape.FLAG:
        return ["yes" if value else "no"]
    if isinstance(value, datetime | date):
        return [value.isoformat()]
    if isinstance(value, str):
        return [_text(value)]
    return [str(value)]


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _row(item: Any, lead: list[str]) -> list[str]:
    out = list(lead)
    for spec in content(type(item)):
        if spec.shape is not Shape.PARTS:
            out += _cell(spec, getattr(item, spec.name))
    return out


def _stamps(record: Any) -> list[str]:
    return [
        record.uuid,
        record.created_at.isoformat() if record.created_at else "",
        record.updated_at.isoformat() if record.updated_at else "",
    ]


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_files(export: Export, kinds: Kinds = KINDS) -> Iterator[tuple[str, bytes]]:
    """(file name, contents) for each record kind and each kind of part, in a fixed order;
    a kind with no records still gets its file, with the header alone."""
    for kind in kinds:
        items = export.records.get(kind.name, ())
        rows = [[*STAMPS, *_header(kind.record)]]
        rows += [_row(x, _stamps(x)) for x in items]
        yield f"{kind.name}.csv", _csv(rows)
        for spec in kind.parts:
            parent = f"{kind.name}_uuid"
            part_rows = [[parent, "position", "uuid", *_header(spec.type)]]
            for x in items:
                for i, part in enumerate(getattr(x, spec.name)):
                    part_rows.append(_row(part, [x.uuid, str(i + 1), part.uuid]))
            yield f"{kind.name}_{spec.name}.csv", _csv(part_rows)
