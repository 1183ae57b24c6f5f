"""Two launches on one data folder: the second hands over and exits 0; the first stays."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from l2l_desktop.instance import send_request
from tests.conftest import cli_env, seed_one_record

SIMULTANEOUS = 4


def launch(tmp_path: Path, data: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "l2l_desktop", "--data-dir", str(data)],
        env=cli_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_answering(data: Path, proc: subprocess.Popen, timeout: float = 40) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        reply = send_request(data, {"op": "ping"}, timeout_ms=500)
        if reply is not None and reply.get("ok"):
            return reply
        time.sleep(0.1)
    raise AssertionError("the app never answered")


def stop(proc: subprocess.Popen) -> tuple[int, str, str]:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def log_text(tmp_path: Path) -> str:
    logs = list((tmp_path / "child-home").rglob("l2l-desktop.log"))
    return "".join(p.read_text(encoding="utf-8") for p in logs)


def test_a_second_launch_brings_the_first_forward_and_exits_0(tmp_path, qapp):
    data = tmp_path / "data"
    first = launch(tmp_path, data)
    try:
        assert wait_until_answering(data, first)["pid"] == first.pid
        started = time.monotonic()
        second = launch(tmp_path, data)
        code, out, err = stop_after(second, 10)
        took = time.monotonic() - started
        assert code == 0, err
        assert "already running" in out and "brought forward" in out
        assert took < 3.0, f"the second launch took {took:.2f} s"
        assert first.poll() is None, "the first instance went away"
        assert "a second launch brought the window forward" in log_text(tmp_path)
    finally:
        code, _, err = stop(first)
    assert code == 0, err
    assert not (data / "l2l.lock").exists()


def stop_after(proc: subprocess.Popen, timeout: float) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def test_simultaneous_launches_leave_exactly_one_running(tmp_path, qapp):
    data = tmp_path / "data"
    procs = [launch(tmp_path, data) for _ in range(SIMULTANEOUS)]
    try:
        deadline = time.monotonic() + 60
        while sum(p.poll() is None for p in procs) > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        running = [p for p in procs if p.poll() is None]
        assert len(running) == 1, [p.returncode for p in procs]
        for p in procs:
            if p is not running[0]:
                code, out, err = stop_after(p, 10)
                assert code == 0, err
                # "already running", or "already starting" when the winner had no window yet
                assert "L2L Desktop is already" in out
        assert wait_until_answering(data, running[0])["pid"] == running[0].pid
    finally:
        for p in procs:
            if p.poll() is None:
                stop(p)
            else:
                p.communicate(timeout=10)


def starts_and_answers(tmp_path: Path, data: Path) -> None:
    """Start the app on ``data``; it must answer the channel itself, then quit cleanly."""
    app = launch(tmp_path, data)
    try:
        assert wait_until_answering(data, app)["pid"] == app.pid
    finally:
        code, _, err = stop(app)
    assert code == 0, err


def test_a_lock_left_by_a_crash_does_not_stop_the_next_start(tmp_path, qapp):
    data = tmp_path / "data"
    first = launch(tmp_path, data)
    wait_until_answering(data, first)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=10)
    assert (data / "l2l.lock").exists()
    starts_and_answers(tmp_path, data)


def test_demo_data_refuses_a_folder_the_app_is_using(tmp_path, qapp):
    data = tmp_path / "data"
    app = launch(tmp_path, data)
    try:
        wait_until_answering(data, app)
        done = subprocess.run(
            [sys.executable, "-m", "l2l_desktop", "demo-data", "--years", "1"],
            env=cli_env(tmp_path, L2L_DATA_DIR=str(data)),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2
        assert f"process {app.pid}" in done.stderr and "quit it first" in done.stderr
    finally:
        code, _, err = stop(app)
    assert code == 0, err


def write_lock(data: Path, content: bytes) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = data / "l2l.lock"
    path.write_bytes(content)
    return path


def test_an_empty_or_garbled_lock_file_does_not_stop_a_start(tmp_path, qapp):
    for n, content in enumerate((b"", b"\x00\xff not a lock at all\n\n\n")):
        data = tmp_path / f"data{n}"
        write_lock(data, content)
        starts_and_answers(tmp_path, data)
        assert "took over the lock" in log_text(tmp_path)


def test_a_lock_whose_process_id_now_belongs_to_another_program_is_taken_over(tmp_path, qapp):
    import socket

    # Another Python program (not L2L Desktop) now has the process id the lock names.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        data = tmp_path / "data"
        name = Path(sys.executable).resolve().name
        write_lock(data, f"{other.pid}\n{name}\n{socket.gethostname()}\n".encode())
        starts_and_answers(tmp_path, data)
    finally:
        other.kill()
        other.wait(timeout=10)


def test_a_lock_of_another_computer_is_named_and_left_alone(tmp_path, qapp):
    data = tmp_path / "data"
    lock = write_lock(data, b"4242\nl2l-desktop\nlaptop-in-the-office\n")
    before = lock.read_bytes()
    app = launch(tmp_path, data)
    out, err = app.communicate(timeout=60)
    assert app.returncode == 2, (out, err)
    assert "another computer (laptop-in-the-office)" in err
    assert str(lock) in err and "delete" in err
    assert lock.read_bytes() == before  # never taken over from here
    assert not (data / "l2l.sqlite3").exists()  # nothing opened either


# Another local user's program that binds the channel's names first and answers every
# request as if it were the app (in Perl, which every Debian has: this repository's Python
# may sit in a folder the other user cannot enter).
IMPOSTOR = r"""
use strict; use IO::Socket::UNIX; use IO::Select;
$| = 1;
my @servers;
for my $path (@ARGV) {
    my $s = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => $path, Listen => 5);
    if ($s) { chmod 0777, $path; push @servers, $s; print "squatted $path\n"; }
    else { print "refused $path\n"; }
}
print "ready\n";
my $select = IO::Select->new(@servers);
while (my @ready = $select->can_read(60)) {
    for my $s (@ready) {
        my $c = $s->accept; my $line = <$c>;
        print $c "{\"ok\": true, \"window\": \"raised\", \"pid\": 1}\n"; close $c;
    }
}
"""


def test_a_channel_squatted_by_another_user_never_answers_for_the_app(tmp_path, qapp):
    import os
    import shutil
    import tempfile

    from l2l_desktop.channel import channel_address, server_name

    setpriv, perl = shutil.which("setpriv"), shutil.which("perl")
    assert os.geteuid() == 0 and setpriv and perl, "needs root (as in CI), setpriv and perl"
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    tmp_path.chmod(0o755)  # the other user may look, as in a home folder
    old = Path(tempfile.gettempdir()) / server_name(data)  # where the name used to live
    new = channel_address(data)
    as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    impostor = subprocess.Popen(
        [*as_nobody, perl, "-e", IMPOSTOR, str(old), new],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        said = []
        while not said or said[-1] != "ready":
            said.append(impostor.stdout.readline().strip())
        assert said == [f"squatted {old}", f"refused {new}", "ready"]
        app = launch(tmp_path, data)
        try:
            assert wait_until_answering(data, app)["pid"] == app.pid  # the app, not pid 1
            second = launch(tmp_path, data)
            out, err = second.communicate(timeout=60)
            assert second.returncode == 0, err
            assert "brought forward" in out
        finally:
            code, _, err = stop(app)
        assert code == 0, err
        assert "a second launch brought the window forward" in log_text(tmp_path)
    finally:
        impostor.kill()
        impostor.wait(timeout=10)
        impostor.stdout.close()
        old.unlink(missing_ok=True)


def test_a_quit_with_nothing_changed_makes_no_backup(tmp_path, qapp):
    data = tmp_path / "data"
    seed_one_record(data)
    for _ in range(3):  # three starts and quits, nothing written
        app = launch(tmp_path, data)
        wait_until_answering(data, app)
        code, _, err = stop(app)
        assert code == 0, err
    backups = sorted(p.name for p in (data / "backups").iterdir())
    # The first start's daily backup; no quit since had anything new to keep.
    assert len(backups) == 1 and backups[0].endswith("-start.sqlite3"), backups


def test_a_channel_that_cannot_be_owned_stops_the_start(tmp_path, qapp):
    import os

    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o775)  # open to the group: not a place for the channel
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o755)  # not private either
    temp = tmp_path / "temp"
    (temp / f"l2l-desktop-{os.getuid()}").mkdir(parents=True)
    (temp / f"l2l-desktop-{os.getuid()}").chmod(0o777)  # the last resort, opened up
    env = cli_env(tmp_path, XDG_RUNTIME_DIR=str(runtime), TMPDIR=str(temp))
    app = subprocess.Popen(
        [sys.executable, "-m", "l2l_desktop", "--data-dir", str(data)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = app.communicate(timeout=60)
    assert app.returncode == 2, (out, err)
    assert "no private place for the channel" in err and "0700" in err
    assert sorted(p.name for p in data.iterdir()) == []  # no database, and the lock released


# A connection from another user's program, should one ever reach the socket (here the test
# opens the folder and the socket up after the app listened): it gets no answer.
KNOCK = r"""
use strict; use IO::Socket::UNIX; $SIG{PIPE} = "IGNORE"; $| = 1;
my $c = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Peer => $ARGV[0]) or die "no connect: $!";
print $c "{\"v\": 1, \"op\": \"ping\"}\n";
my $reply = <$c>;
print defined($reply) ? "reply $reply" : "no reply\n";
"""


def test_a_connection_from_another_user_is_refused(tmp_path, qtbot, monkeypatch):
    import os
    import shutil
    import tempfile

    from l2l_desktop.instance import PROTOCOL_VERSION, InstanceServer

    setpriv, perl = shutil.which("setpriv"), shutil.which("perl")
    assert os.geteuid() == 0 and setpriv and perl, "needs root (as in CI), setpriv and perl"
    assert PROTOCOL_VERSION == 1  # the request the other user sends
    runtime = Path(tempfile.mkdtemp(prefix="rt-"))
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        data = tmp_path / "data"
        data.mkdir(mode=0o700)
        server = InstanceServer(data, {"ping": lambda _req: {"pid": os.getpid()}})
        server.listen()
        try:
            runtime.chmod(0o711)
            Path(server.name).chmod(0o777)
            as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
            knock = subprocess.Popen(
                [*as_nobody, perl, "-e", KNOCK, server.name],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            with qtbot.captureExceptions():
                qtbot.waitUntil(lambda: knock.poll() is not None, timeout=20_000)
            out, err = knock.communicate()
            assert out.strip() == "no reply", (out, err)
        finally:
            server.close()
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


QUITTING = """
import sys, time, pathlib
from PySide6.QtCore import QCoreApplication
from l2l_desktop.instance import InstanceLock
app = QCoreApplication([])
lock = InstanceLock(pathlib.Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
time.sleep(2.5)  # its window is gone; its last backup is being written; nobody answers
lock.release()
"""


def test_a_start_while_the_last_one_is_quitting_waits_for_it_and_starts(tmp_path, qapp):
    data = tmp_path / "data"
    seed_one_record(data)
    quitting = subprocess.Popen(
        [sys.executable, "-c", QUITTING, str(data)],
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert quitting.stdout.readline().strip() == "held"
    app = launch(tmp_path, data)
    reply = wait_until_answering(data, app)  # not "does not answer", exit 2
    assert reply["pid"] == app.pid
    out, _ = quitting.communicate(timeout=30)
    assert quitting.returncode == 0, out
    code, _, err = stop(app)
    assert code == 0, err
