"""docs/export-format.md is what the declarations make it, and explains every field."""

from l2l_desktop.core import records as r
from l2l_desktop.core.export_doc import document, missing_notes
from tests.conftest import PROJECT_ROOT


def test_the_page_is_the_one_the_declarations_write():
    page = (PROJECT_ROOT / "docs" / "export-format.md").read_text(encoding="utf-8")
    assert page == document(), "run: python -m l2l_desktop.core.export_doc > docs/export-format.md"


def test_every_declared_field_has_its_line():
    assert missing_notes() == []


def test_the_page_lists_each_field_with_its_json_and_rules():
    page = document()
    assert '| `kind` | "open" / "closed" / "leading" | required |' in page
    assert "| `rating` | whole number | may be null, 1 to 5 |" in page
    assert "| `place` | text | required, not blank, at most 500 characters |" in page
    assert "### FollowUp (in `follow_ups`)" in page
    # A field added to a declaration shows up, and needs its line.
    assert "| `learned` | text | at most 20,000 characters | What the answer taught. |" in page
    assert r.Question.__dataclass_fields__["learned"]
