from l2l_desktop.store import drafts


def test_draft_round_trip_replace_and_clear(store):
    assert drafts.load_draft(store, "form") is None
    drafts.save_draft(store, "form", {"text": "first ✓", "n": 1})
    drafts.save_draft(store, "form", {"text": "second 👋"})
    draft = drafts.load_draft(store, "form")
    assert draft.payload == {"text": "second 👋"} and draft.updated_at is not None
    drafts.save_draft(store, "other", {})
    drafts.clear_draft(store, "form")
    assert drafts.load_draft(store, "form") is None
    assert drafts.load_draft(store, "other").payload == {}


def test_damaged_draft_reads_as_none(store):
    store.db.execute_sql(
        "INSERT INTO draft (key, payload, updated_at) VALUES ('bad', 'not json', '2026-01-01')"
    )
    store.db.execute_sql(
        "INSERT INTO draft (key, payload, updated_at) VALUES ('list', '[1]', '2026-01-01')"
    )
    assert drafts.load_draft(store, "bad") is None
    assert drafts.load_draft(store, "list") is None


def test_drafts_are_not_records(store):
    from l2l_desktop.store import queries

    drafts.save_draft(store, "form", {"text": "x"})
    assert not queries.holds_user_records(store)
