"""Drafts: what a form held when it was last edited, keyed by the form's name."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from l2l_desktop.core.dates import utc_now
from l2l_desktop.store.database import Store
from l2l_desktop.store.mapping import as_datetime
from l2l_desktop.store.models import DraftRow


@dataclass(frozen=True)
class Draft:
    key: str
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(store: Store, key: str, payload: dict[str, Any]) -> None:
    """Keep ``payload`` (JSON-able) as the draft of form ``key``, replacing any earlier one."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with store.writing():
        DraftRow.replace(key=key, payload=text, updated_at=utc_now()).execute()


def load_draft(store: Store, key: str) -> Draft | None:
    row = DraftRow.get_or_none(DraftRow.key == key)
    if row is None:
        return None
    try:
        payload = json.loads(row.payload)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    return Draft(row.key, payload, as_datetime(row.updated_at))


def clear_draft(store: Store, key: str) -> None:
    with store.writing():
        DraftRow.delete().where(DraftRow.key == key).execute()
