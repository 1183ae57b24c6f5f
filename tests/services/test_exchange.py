"""Export and import through the journal: the round trip of ten years, the CSV and Markdown
files read back, files written whole and private, and a cancelled export leaving no trace."""

from __future__ import annotations

import csv
import io
import json
import stat
import zipfile
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.demo import days_for_years
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.services.exchange import Cancelled
from l2l_desktop.store import open_store
from l2l_desktop.store.demo import fill_with_demo
from tests.core.test_exchange import HOSTILE

END = date(2026, 11, 30)


def without_stamp(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data.pop("exported_at"), str)
    return data


def test_ten_years_round_trip_through_an_empty_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = Journal(open_store(tmp_path / "a" / "l2l.sqlite3"))
    fill_with_demo(first._store, days_for_years(10, END), seed=3, end=END)
    for i, text in enumerate(HOSTILE):  # and the texts a lossy export would damage
        first.save(r.Tell(END, datetime(2026, 11, 30, 9, i), text, r.Person(text[:400])))
    one = first.export_to(tmp_path / "one.json", "json")
    first.close()
    assert one.records > 10 * 1000 and one.unreadable == 0

    second = Journal(open_store(tmp_path / "b" / "l2l.sqlite3"))
    plan = second.plan_import(second.read_import(tmp_path / "one.json"))
    assert plan.total("added") == one.records  # the starter bank: unchanged, and not counted
    second.run_import(plan)
    again = second.export_to(tmp_path / "two.json", "json")
    tells = second.tells_between(END, END)
    second.close()
    assert again.records == one.records
    assert without_stamp(tmp_path / "two.json") == without_stamp(tmp_path / "one.json")
    assert sorted(t.note for t in tells if t.note in HOSTILE) == sorted(HOSTILE)


@pytest.fixture
def small(journal):
    jonas = journal.save(r.Person("Jonas", "Lead"))
    journal.save(
        r.Intention(
            date(2026, 3, 2), "Heart, with a comma", "Line one\nline two",
            (r.Action("=SUM(A1)", Element.SUPPORT, done=True),),
        )
    )  # fmt: skip
    journal.save(
        r.Question(
            date(2026, 3, 2), datetime(2026, 3, 2, 9), HOSTILE[1], r.QuestionKind.OPEN, person=jonas
        )
    )
    journal.save(
        r.GembaVisit(
            date(2026, 4, 1), "Dock", "See the loading",
            follow_ups=(r.FollowUp("Order a jack", "Ana"), r.FollowUp("Paint lines")),
        )
    )  # fmt: skip
    return journal


def read_zip(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_csv_is_a_zip_of_tables_that_csv_reads_back(small, tmp_path):
    done = small.export_to(tmp_path / "out.zip", "csv")
    files = read_zip(done.path)
    assert all(name.startswith("out/") for name in files)
    assert all(data.startswith(b"\xef\xbb\xbf") for data in files.values())  # UTF-8 with BOM
    tables = {
        name.removeprefix("out/"): list(
            csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        )
        for name, data in files.items()
    }
    assert set(tables) == {
        "person.csv", "intention.csv", "intention_actions.csv", "pause.csv", "question.csv",
        "tell.csv", "bank_question.csv", "gemba_visit.csv", "gemba_visit_assumptions.csv",
        "gemba_visit_conversations.csv", "gemba_visit_follow_ups.csv", "reflection.csv",
        "rest_period.csv", "coaching_session.csv", "coaching_session_obstacles.csv",
    }  # fmt: skip
    (intention,) = tables["intention.csv"]
    assert intention["heart"] == "Heart, with a comma"
    assert intention["direction"] == "Line one\nline two"  # one cell
    (action,) = tables["intention_actions.csv"]
    assert action["intention_uuid"] == intention["uuid"]
    assert action["text"] == "'=SUM(A1)"  # never run as a formula
    assert (action["element"], action["done"], action["position"]) == ("support", "yes", "1")
    (question,) = tables["question.csv"]
    assert (question["text"], question["person"]) == (HOSTILE[1], "Jonas")
    assert question["elements"] == "support"
    follow = tables["gemba_visit_follow_ups.csv"]
    assert [(f["position"], f["text"], f["owner"]) for f in follow] == [
        ("1", "Order a jack", "Ana"), ("2", "Paint lines", ""),
    ]  # fmt: skip
    assert tables["pause.csv"] == []  # the header alone


def test_markdown_is_a_readable_journal_one_file_a_month(small, tmp_path):
    files = read_zip(small.export_to(tmp_path / "journal.zip", "md").path)
    assert sorted(files) == [
        "journal/2026/2026-03.md", "journal/2026/2026-04.md", "journal/people.md",
        "journal/question-bank.md",
    ]  # fmt: skip
    march = files["journal/2026/2026-03.md"].decode("utf-8")
    assert march.startswith("# March 2026\n\n## Monday 2 March 2026\n\n### Intention\n")
    assert "- [x] =SUM(A1) (provide support)" in march
    assert f"> {HOSTILE[1]}" in march
    assert "(with Jonas)" in march
    april = files["journal/2026/2026-04.md"].decode("utf-8")
    assert "### Gemba at Dock (planned)" in april
    assert "- [ ] Order a jack (owner Ana)" in april
    assert files["journal/people.md"].decode() == "# People\n\n- Jonas, Lead\n"


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_an_export_is_private_and_replaces_a_file_whole(small, tmp_path, fmt):
    path = tmp_path / "export.out"
    path.write_text("an older export")
    path.chmod(0o644)
    small.export_to(path, fmt)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes()[:2] in (b"PK", b"{\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "export.out"]  # no .part


def test_a_cancelled_export_keeps_the_file_it_would_replace(small, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text("the export of last week")

    def cancel(done, of):
        if done >= 50:  # reading is done; writing begins
            raise Cancelled

    with pytest.raises(Cancelled):
        small.export_to(path, "json", cancel)
    assert path.read_text() == "the export of last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["journal.json"]


def test_each_format_proposes_a_name_of_its_own():
    from l2l_desktop.services.exchange import default_name

    names = {fmt: default_name(fmt, "2026-12-02") for fmt in ("json", "csv", "md")}
    assert names == {
        "json": "l2l-journal-2026-12-02.json",
        "csv": "l2l-journal-2026-12-02-csv.zip",
        "md": "l2l-journal-2026-12-02-md.zip",
    }
