"""``--self-test``: passes on a working installation, and fails, saying which check, when a
part of it does not work."""

from __future__ import annotations

import io

from l2l_desktop import self_test
from l2l_desktop.core.kinds import KINDS
from tests.conftest import cli_env, run_cli


def test_the_self_test_passes_as_a_whole_process_and_leaves_nothing(tmp_path):
    env = cli_env(tmp_path, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    done = run_cli(tmp_path, "--self-test", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * 4
    assert f"{len(KINDS.names)} kinds saved and read back" in done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # its temporary folder is gone
    assert not (tmp_path / "child-home" / "data").exists()  # the user's data folder untouched


def test_every_kind_has_a_sample():
    from datetime import date

    from l2l_desktop.core.kinds import kind_of

    assert {kind_of(x) for x in self_test.samples(date(2026, 12, 2))} == KINDS.names


def test_a_kind_without_a_sample_fails_the_records_check(qapp, monkeypatch):
    everything = self_test.samples
    monkeypatch.setattr(self_test, "samples", lambda today: everything(today)[:-1])
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    failed = "FAILED  saved and read back one record of each kind: AssertionError: no sample of"
    assert f"{failed}: coaching_session" in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "1 check(s) failed"


def test_charts_that_are_not_drawn_fail_the_trends_check(qapp, monkeypatch):
    from l2l_desktop.ui.tabs.trends import TrendsTab

    monkeypatch.setattr(TrendsTab, "draw_charts", lambda self: None)
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    assert "FAILED  drew the Trends tab: AssertionError: the balance chart shows 0 of the 3" in (
        out.getvalue()
    )


def test_a_backup_without_the_records_fails_the_backup_check(qapp, monkeypatch):
    from l2l_desktop.services import Journal

    real_back_up, real_records = Journal.back_up_now, self_test.SelfTest.records
    early: list[str] = []

    def records_after_a_backup(test):
        early.append(real_back_up(test.journal, "early"))  # made before any record
        return real_records(test)

    monkeypatch.setattr(self_test.SelfTest, "records", records_after_a_backup)
    monkeypatch.setattr(Journal, "back_up_now", lambda journal, reason="manual": early[0])
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    assert "FAILED  wrote and checked a backup: AssertionError: the backup lacks the person" in (
        out.getvalue()
    )
