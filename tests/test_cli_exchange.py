"""``export``, ``import`` and ``log`` as whole processes: exit codes, messages, and a broken
file that leaves the database byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from tests.conftest import run_cli
from tests.test_cli import _seed, assert_no_qt

DAY = date(2026, 3, 2)


def seeded(tmp_path):
    data = tmp_path / "data"
    _seed(
        data,
        [
            r.Intention(DAY, "Heart", "Direction", (r.Action("Go and see", Element.SUPPORT),)),
            r.Question(DAY, datetime(2026, 3, 2, 9), "What do you see?", r.QuestionKind.OPEN),
            r.Tell(DAY, datetime(2026, 3, 2, 10), "Told the fix", r.Person("Ana")),
        ],
    )
    return data


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "-o", "x.json"],
        ["import", "x.json", "--dry-run"],
        ["log", "pause", "aligned"],
        ["log", "question", "What do you see?"],
    ],
)
def test_the_data_commands_import_no_qt(tmp_path, argv):
    assert_no_qt(tmp_path, [*argv, "--data-dir", str(tmp_path / "data")])


@pytest.mark.parametrize(
    "command",
    [["export"], ["import"], ["log"], ["log", "question"], ["log", "tell"], ["log", "pause"]],
)
def test_each_command_has_its_help(tmp_path, command):
    done = run_cli(tmp_path, *command, "--help")
    assert done.returncode == 0
    assert done.stdout.startswith(f"usage: l2l-desktop {' '.join(command)}")


def test_export_then_import_into_a_new_folder_then_nothing_more(tmp_path):
    data = seeded(tmp_path)
    out = tmp_path / "journal.json"
    done = run_cli(tmp_path, "export", "-o", str(out), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    # Three records, and Ana (a person); the action is part of its intention, and the starter
    # bank (in the file too) is not counted, as the status bar does not count it.
    exported = json.loads(out.read_text(encoding="utf-8"))
    bank = len(exported["records"]["bank_question"])
    assert bank > 20
    assert done.stdout == f"Exported 4 records to {out}.\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    new = tmp_path / "new"
    dry = run_cli(tmp_path, "import", str(out), "--dry-run", "--data-dir", str(new))
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "Merge: this import would",
        "  people            1 added",
        "  intentions        1 added",
        "  questions         1 added",
        "  tells             1 added",
        f"  bank questions    {bank} unchanged",
        "Nothing was changed (dry run).",
    ]
    first = run_cli(tmp_path, "import", str(out), "--data-dir", str(new))
    assert first.returncode == 0, first.stderr
    assert "before-import" in first.stdout.splitlines()[-1]
    second = run_cli(tmp_path, "import", str(out), "--data-dir", str(new))
    assert second.returncode == 1  # nothing to do
    assert "Nothing to change" in second.stdout


BREAKAGES = {
    "truncated": lambda text: text[: len(text) * 2 // 3],
    "hand-broken": lambda text: text.replace('"records": {', '"records" {', 1),
    "wrong type": lambda text: _edit(text, lambda d: d["records"]["tell"][0].update(told_at=42)),
    "wrong choice": lambda text: _edit(
        text, lambda d: d["records"]["question"][0].update(kind="rhetorical")
    ),
    "missing field": lambda text: _edit(text, lambda d: d["records"]["intention"][0].pop("heart")),
    "not a list": lambda text: _edit(text, lambda d: d["records"].update(tell={"a": 1})),
    "empty": lambda text: "",
}
WHERE = {
    "truncated": "at line ",
    # Line 6 is ` "records" {`: after the name (columns 2 to 10) and a space, the brace.
    "hand-broken": "at line 6, column 12: not valid JSON (expecting ':' delimiter)",
    "wrong type": "at /records/tell/0/told_at: expected a time as YYYY-MM-DDTHH:MM:SS (UTC)",
    "wrong choice": (
        'at /records/question/0/kind: "rhetorical" is not one of: open, closed, leading'
    ),
    "missing field": "at /records/intention/0/heart: missing",
    "not a list": "at /records/tell: expected a list of records",
    "empty": "at line 1, column 1: the file ends too early",
}


def _edit(text, change):
    data = json.loads(text)
    change(data)
    return json.dumps(data, indent=1)


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_a_broken_file_says_where_and_changes_nothing(tmp_path, breakage):
    data = seeded(tmp_path)
    good = tmp_path / "good.json"
    assert run_cli(tmp_path, "export", "-o", str(good), "--data-dir", str(data)).returncode == 0
    other = tmp_path / "other"
    _seed(other, [r.Tell(DAY, datetime(2026, 3, 2, 11), "Mine alone")])
    bad = tmp_path / "bad.json"
    bad.write_text(BREAKAGES[breakage](good.read_text(encoding="utf-8")), encoding="utf-8")
    db = other / "l2l.sqlite3"
    before = digest(db)
    for mode in ([], ["--replace"]):
        done = run_cli(tmp_path, "import", str(bad), *mode, "--data-dir", str(other))
        assert done.returncode == 2
        assert done.stdout == ""
        (line,) = done.stderr.splitlines()  # one line
        assert line.startswith(f"l2l-desktop: {bad}: cannot be imported: {WHERE[breakage]}")
        assert line.endswith("Nothing was changed.")
        assert digest(db) == before
    assert not (other / "backups").exists() or not any((other / "backups").iterdir())


def test_a_newer_format_is_refused_with_a_clear_message(tmp_path):
    data = seeded(tmp_path)
    good = tmp_path / "good.json"
    assert run_cli(tmp_path, "export", "-o", str(good), "--data-dir", str(data)).returncode == 0
    newer = tmp_path / "newer.json"
    newer.write_text(_edit(good.read_text(), lambda d: d.update(format_version=7)))
    done = run_cli(tmp_path, "import", str(newer), "--data-dir", str(data))
    assert done.returncode == 2
    assert done.stderr == (
        f"l2l-desktop: {newer}: This export was made by a newer L2L Desktop (format version 7; "
        "this version reads up to 1). Update the app to import it.\n"
    )


def test_log_writes_directly_when_no_app_runs(tmp_path):
    data = seeded(tmp_path)
    asked = run_cli(
        tmp_path, "log", "question", "Did you check the guard?", "--person", "  ana ",
        "--data-dir", str(data),
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.startswith("Logged a closed question (Ana) at ")  # the checker's kind
    assert "was added" not in asked.stdout  # Ana was known: no one new
    told = run_cli(tmp_path, "log", "tell", "--data-dir", str(data))
    assert told.returncode == 0 and told.stdout.startswith("Logged a tell at ")
    paused = run_cli(tmp_path, "log", "pause", "partly", "Firefighting", "--data-dir", str(data))
    assert paused.returncode == 0 and paused.stdout.startswith("Logged a pause (partly) at ")
    found = run_cli(tmp_path, "search", "guard", "--json", "--data-dir", str(data))
    (hit,) = json.loads(found.stdout)
    assert hit["kind"] == "question" and "Ana" in hit["snippet"]  # the same Ana, not a new one
    people = run_cli(
        tmp_path, "search", "ana", "--kind", "person", "--json", "--data-dir", str(data)
    )
    assert len(json.loads(people.stdout)) == 1


def test_log_refuses_what_it_cannot_log(tmp_path):
    data = seeded(tmp_path)
    unclear = run_cli(tmp_path, "log", "question", "?", "--data-dir", str(data))
    assert unclear.returncode == 2
    assert unclear.stderr == (
        "l2l-desktop: the checker cannot tell what kind of question this is: add --kind\n"
    )
    for kind in ([], ["--kind", "open"]):
        empty = run_cli(tmp_path, "log", "question", "  ", *kind, "--data-dir", str(data))
        assert empty.returncode == 2
        assert empty.stderr == "l2l-desktop: not logged: the question is empty\n"
    new = run_cli(tmp_path, "log", "tell", "--person", "Lukas", "--data-dir", str(data))
    assert new.stdout.endswith(" Lukas was added to your people.\n")
    wrong = run_cli(tmp_path, "log", "pause", "great", "--data-dir", str(data))
    assert wrong.returncode == 2 and "invalid choice: 'great'" in wrong.stderr


def test_search_filters_on_the_command_line(tmp_path):
    data = seeded(tmp_path)  # a question (support), a tell naming Ana (support), an intention
    base = ["search", "the", "--json", "--data-dir", str(data)]
    by_ana = run_cli(tmp_path, *base, "--person", "ana")
    assert [h["kind"] for h in json.loads(by_ana.stdout)] == ["tell"]
    nobody = run_cli(tmp_path, *base, "--person", "Zed")
    assert nobody.returncode == 2 and "no person named 'Zed'" in nobody.stderr
    later = run_cli(tmp_path, *base, "--since", "2026-03-03")
    assert later.returncode == 1 and json.loads(later.stdout) == []
    until = run_cli(tmp_path, *base, "--until", "2026-03-02", "--element", "direction")
    assert json.loads(until.stdout) == []  # the intention's action serves support
