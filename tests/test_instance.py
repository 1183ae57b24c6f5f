"""The single-instance lock and the local channel's requests."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from l2l_desktop.channel import PROTOCOL_VERSION, encode, server_name
from l2l_desktop.instance import InstanceLock, InstanceServer
from tests.conftest import PROJECT_ROOT, cli_env

HOLD_LOCK = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from l2l_desktop.instance import InstanceLock
app = QCoreApplication([])
lock = InstanceLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
time.sleep(60)
"""


def test_the_second_lock_on_a_folder_is_refused_until_the_first_goes(tmp_path, qapp):
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert (tmp_path / "l2l.lock").stat().st_mode & 0o777 == 0o600
    assert not second.acquire()
    assert second.owner_pid() == os.getpid()
    first.release()
    assert not (tmp_path / "l2l.lock").exists()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path, qapp):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "held"
        lock = InstanceLock(tmp_path)
        assert not lock.acquire()  # alive: refused
        assert lock.owner_pid() == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert (tmp_path / "l2l.lock").exists()  # a crash leaves the file behind
    lock = InstanceLock(tmp_path)
    assert lock.acquire()  # its owner is dead: stale, taken over
    lock.release()


def test_server_names_differ_per_folder_and_stay_short(tmp_path):
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b and a == server_name(tmp_path / "a")
    assert len(a) < 40


def test_requests_are_answered_by_their_handler(tmp_path, qapp):
    seen = []
    server = InstanceServer(tmp_path, {"echo": lambda req: seen.append(req) or {"got": req["x"]}})

    def ask(obj) -> dict:
        return server.answer(encode(obj))

    assert ask({"v": PROTOCOL_VERSION, "op": "echo", "x": "é 😀"}) == {"ok": True, "got": "é 😀"}
    assert seen == [{"v": 1, "op": "echo", "x": "é 😀"}]
    assert ask({"v": PROTOCOL_VERSION, "op": "nope"}) == {"ok": False, "error": "unknown op 'nope'"}
    assert ask({"v": 99, "op": "echo"})["error"] == "unsupported protocol version 99"
    assert server.answer(b"not json\n") == {"ok": False, "error": "not a JSON object"}
    assert server.answer(b"[1, 2]\n") == {"ok": False, "error": "not a JSON object"}
    assert server.answer(b"\xff\xfe\n") == {"ok": False, "error": "not a JSON object"}


def test_a_refused_request_says_why(tmp_path, qapp):
    def refuse(_req):
        raise ValueError("the text is empty")

    server = InstanceServer(tmp_path, {"save": refuse})
    assert server.answer(encode({"v": 1, "op": "save"})) == {
        "ok": False,
        "error": "the text is empty",
    }


CLIENT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from l2l_desktop.instance import send_request
app = QCoreApplication([])
print(json.dumps(send_request(Path(sys.argv[1]), json.loads(sys.argv[2]))), flush=True)
"""


def test_another_process_gets_its_reply_over_the_socket(tmp_path, qtbot):
    server = InstanceServer(tmp_path, {"ping": lambda _req: {"pid": os.getpid()}})
    server.listen()  # raises when it cannot
    try:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, str(tmp_path), json.dumps({"op": "ping"})],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(tmp_path),
        )
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=20_000)
        out, err = client.communicate()
        assert client.returncode == 0, err
        assert json.loads(out) == {"ok": True, "pid": os.getpid()}
    finally:
        server.close()


def test_nobody_listening_gives_no_reply_in_time(tmp_path, qapp):
    from l2l_desktop.instance import send_request

    started = time.monotonic()
    assert send_request(tmp_path / "nobody", {"op": "ping"}, timeout_ms=400) is None
    assert time.monotonic() - started < 2.0


def test_the_lock_file_sits_in_the_data_folder(tmp_path, qapp):
    lock = InstanceLock(tmp_path)
    assert lock.path == Path(tmp_path) / "l2l.lock"


def test_a_lock_file_being_written_this_instant_is_not_taken(tmp_path, qapp):
    """An empty lock file, moments old, may be another start's: wait for it, then judge."""
    held = InstanceLock(tmp_path)
    assert held.acquire()
    (tmp_path / "l2l.lock").write_bytes(b"")  # its details not written yet, owner alive
    started = time.monotonic()
    assert not InstanceLock(tmp_path).acquire()  # the live owner's native lock says so
    assert time.monotonic() - started >= 0.9  # it waited for the details first
    held.release()


def test_an_old_empty_lock_file_is_taken_over_at_once(tmp_path, qapp):
    path = tmp_path / "l2l.lock"
    path.write_bytes(b"")
    os.utime(path, (time.time() - 60, time.time() - 60))
    lock = InstanceLock(tmp_path)
    started = time.monotonic()
    assert lock.acquire()
    assert time.monotonic() - started < 0.5
    assert lock.owner_pid() == os.getpid()
    lock.release()


def test_the_channel_lives_in_a_folder_only_this_user_enters(tmp_path, qapp, monkeypatch, request):
    from l2l_desktop.channel import ChannelError, channel_address

    runtime = Path(tempfile.mkdtemp(prefix="rt-"))  # short, as a real one is; made 0700
    request.addfinalizer(lambda: shutil.rmtree(runtime, ignore_errors=True))
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert channel_address(data) == str(runtime / f"{server_name(data)}.sock")
    runtime.chmod(0o755)  # others may enter: not private, so the data folder is used
    assert channel_address(data) == str(data / "l2l.sock")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert channel_address(data) == str(data / "l2l.sock")
    data.chmod(0o775)  # a folder the user made, open to others: a folder of their own in /tmp
    own = Path(tempfile.gettempdir()) / f"l2l-desktop-{os.getuid()}"
    request.addfinalizer(lambda: shutil.rmtree(own, ignore_errors=True))
    shutil.rmtree(own, ignore_errors=True)
    with pytest.raises(ChannelError, match="mode 0700"):
        channel_address(data)  # the client makes nothing: no app can be listening
    assert channel_address(data, make=True) == str(own / f"{server_name(data)}.sock")
    assert own.stat().st_mode & 0o777 == 0o700
    own.chmod(0o777)  # that folder squatted, or opened up: refused, never used
    with pytest.raises(ChannelError):
        channel_address(data, make=True)


def test_a_connection_knows_its_peer_is_this_user(tmp_path, qtbot):
    from PySide6.QtNetwork import QLocalSocket

    from l2l_desktop.channel import channel_address
    from l2l_desktop.instance import peer_uid

    tmp_path.chmod(0o700)
    server = InstanceServer(tmp_path, {})
    server.listen()
    try:
        client = QLocalSocket()
        client.connectToServer(channel_address(tmp_path))
        assert client.waitForConnected(2000)
        assert peer_uid(client) == os.getuid()
        client.abort()
    finally:
        server.close()
