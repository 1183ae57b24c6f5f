"""The single-instance channel without Qt: where it listens, its messages, and a client.

The running app listens with ``QLocalServer`` (``instance.py``); a subcommand such as
``l2l-desktop log`` reaches it from here with plain sockets, so that it never imports Qt
(``docs/instance-channel.md``).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket as _socket
import stat
import struct
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROTOCOL_VERSION = 1
MAX_REQUEST_BYTES = 1_000_000  # a record is text of at most a few fields of 20,000 characters
# A Unix socket's path must fit in sun_path: 108 bytes on Linux, 104 on macOS.
MAX_SOCKET_PATH = 100


class ChannelError(OSError):
    """The channel cannot be put where only this user reaches it; the message says why."""


def server_name(data_dir: Path) -> str:
    """A socket name of this user and this data folder (short enough for any platform)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"l2l-desktop-{digest}"


def _private(folder: Path) -> bool:
    """A folder of this user's that nobody else may enter (mode 0700 or stricter)."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _own_temp_dir() -> Path:
    """A folder of this user's in the temporary folder, for when no other place is private."""
    return Path(tempfile.gettempdir()) / f"l2l-desktop-{os.getuid()}"


def channel_address(data_dir: Path, make: bool = False) -> str:
    """Where the channel listens. A named pipe on Windows (Qt limits it to the user); else a
    socket in a folder only this user can enter, so no one else can squat its name: the
    runtime folder (``$XDG_RUNTIME_DIR``), else the data folder, else a folder of the user's
    own in the temporary folder (made when ``make``). Raises :class:`ChannelError` when none
    is private."""
    name = server_name(data_dir)
    if os.name == "nt":
        return name
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime) / f"{name}.sock")
    candidates.append(data_dir / "l2l.sock")
    candidates.append(_own_temp_dir() / f"{name}.sock")
    if make and not any(_private(p.parent) for p in candidates[:-1]):
        with contextlib.suppress(FileExistsError):  # one of another user's stays theirs
            _own_temp_dir().mkdir(mode=0o700)
    for path in candidates:
        if len(str(path)) <= MAX_SOCKET_PATH and _private(path.parent):
            return str(path)
    raise ChannelError(
        f"There is no private place for the channel that lets a second start reach this one: "
        f"{' and '.join(str(p.parent) for p in candidates)} must be folders of yours that no "
        f"one else may enter (mode 0700), with a path under {MAX_SOCKET_PATH} characters."
    )


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode() + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """One request or reply; ValueError when it is not a JSON object."""
    value = json.loads(line.decode("utf-8"))
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def _peer_uid_of(sock: _socket.socket) -> int | None:
    if not hasattr(_socket, "SO_PEERCRED"):
        return None
    creds = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


def send_plain(
    data_dir: Path, request: dict[str, Any], timeout: float = 2.5, retry: float = 0.0
) -> dict[str, Any] | None:
    """Send one request to the app running on ``data_dir`` with plain sockets (no Qt); its
    reply, or None when no app listens there (or its reply did not come in ``timeout``
    seconds). ``retry``: how long to keep trying to connect (an app that holds the lock but
    is not listening yet)."""
    try:
        name = channel_address(data_dir)
    except ChannelError:
        return None
    line = encode({"v": PROTOCOL_VERSION, **request})
    deadline = time.monotonic() + max(retry, 0.0)
    if os.name == "nt":  # Qt's local server is a named pipe there
        return _send_pipe(rf"\\.\pipe\{name}", line, deadline)
    while True:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(name)
            break
        except OSError:
            sock.close()
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)
    with sock:
        uid = _peer_uid_of(sock)
        if uid is not None and uid != os.getuid():  # never hand a record to another user
            return None
        try:
            sock.sendall(line)
            return reply_of(_read_line(sock.recv))
        except OSError:
            return None


def _send_pipe(path: str, line: bytes, deadline: float) -> dict[str, Any] | None:
    while True:
        try:
            pipe = open(path, "r+b", buffering=0)  # noqa: SIM115  (closed below)
            break
        except OSError:
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)
    with pipe:
        try:
            pipe.write(line)
            return reply_of(_read_line(pipe.read))
        except OSError:
            return None


def _read_line(read: Callable[[int], bytes]) -> bytes:
    """What the other end sends, up to its first line's end (or until it closes)."""
    data = b""
    while b"\n" not in data:
        chunk = read(65536)
        if not chunk:
            break
        data += chunk
    return data


def reply_of(data: bytes) -> dict[str, Any] | None:
    """The reply in the first line of ``data``; None when there is no whole line, or it is
    not a JSON object."""
    if b"\n" not in data:
        return None
    try:
        return decode(data.split(b"\n", 1)[0])
    except ValueError:
        return None
