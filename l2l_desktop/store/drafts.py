"""Drafts: what a form held when it was last edited, keyed by the form's name."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from l2l_desktop.core.dates import utc_now
from l2l_desktop.store.database import Store
from l2l_desktop.store.mapping import as_datetime


@dataclass(frozen=True)
class Draft:
    key: str
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(store: Store, key: str, payload: dict[str, Any]) -> None:
    """Keep ``payload`` (JSON-able) as the draft of form ``key``, replacing any earlier one."""
    # ASCII: a lone surrogate typed or pasted (broken UTF-16) is kept as its escape, which the
    # database can store, instead of failing the write.
    text = json.dumps(payload, ensure_ascii=True, sort_keys=True)
    model = store.tables.draft
    with store.writing():
        model.replace(key=key, payload=text, updated_at=utc_now()).execute()


def load_draft(store: Store, key: str) -> Draft | None:
    model = store.tables.draft
    row = model.select(model.payload, model.updated_at).where(model.key == key).tuples().first()
    if row is None:
        return None
    try:
        payload = json.loads(row[0])
    except ValueError:
        return None
    updated = as_datetime(row[1])
    if not isinstance(payload, dict) or updated is None:
        return None
    return Draft(key, payload, updated)


def clear_draft(store: Store, key: str) -> None:
    model = store.tables.draft
    with store.writing():
        model.delete().where(model.key == key).execute()
