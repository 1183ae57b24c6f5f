"""The store says what happened as codes with values; the sentences live in words.py, where
the catalogue finds them, and are filled in in the user's language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from l2l_desktop import words
from l2l_desktop.store import errors, restore
from l2l_desktop.store.errors import StorageConditionError
from l2l_desktop.words import Condition, said

PACKAGE = Path(words.__file__).parent
NOT_WORDED = {"ValueError", "TypeError", "FieldError"}  # bugs; a field's code (field_words)


def _codes_given_in_code() -> set[str]:
    """The first argument of every ``…Error("code", …)`` and ``Condition("code", …)`` call in
    the store and in paths.py, where it is a literal."""
    found = set()
    for source in [*(PACKAGE / "store").glob("*.py"), PACKAGE / "paths.py"]:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            ours = (name.endswith("Error") and name not in NOT_WORDED) or name == "Condition"
            if ours and literal:
                found.add(first.value)
    return found


def test_every_code_the_store_gives_has_its_sentence():
    given = _codes_given_in_code()
    assert {"open.damaged", "upgrade.failed", "data_dir.not_writable", "backup.damaged"} <= given
    tables = [errors._CONDITIONS, errors._AT_OPEN, errors._OS_AT_OPEN, restore._SHORT]
    given |= {code for table in tables for code in table.values()}
    assert given <= set(words.SENTENCES)


def test_each_sentence_names_only_plain_placeholders():
    for code, text in words.SENTENCES.items():
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        assert all(f.isidentifier() for f in fields), code


def test_a_code_reads_as_a_sentence_with_its_values_worded_too():
    full = StorageConditionError(
        "open.condition", Path("/data/l2l.sqlite3"), condition=Condition("disk_full_free", kib=4)
    )
    assert str(full) == (
        "/data/l2l.sqlite3 cannot be opened just now: the disk is full (4 KiB free). Nothing "
        "was changed, and this is not damage to the file. Put that right, then try again."
    )
    marked = said(full, lambda text: f"[{text}]")  # a "translation" of each sentence
    assert marked.startswith("[/data/l2l.sqlite3 cannot be opened just now: [the disk is full (4")
    assert marked.endswith("then try again.]")


def test_every_practice_has_its_name():
    from l2l_desktop.core.trends import ANY_PRACTICE, PRACTICES

    assert set(words.PRACTICE_NAMES) == {*PRACTICES, ANY_PRACTICE}
    assert words.PRACTICE_NAMES["weekly_review"] == "Weekly review"
    assert words.STRENGTH_EXPLANATION.count(".") == 1 and "13" in words.STRENGTH_EXPLANATION
