"""One running app per data folder: a lock file decides, a local socket hands over.

``QLockFile`` in the data folder decides who runs (a socket check alone lets two instances
through now and then). The winner listens on a local socket named after the user and the
folder; a later launch connects, sends one request and exits. Requests are JSON lines
(``docs/instance-channel.md``), so another process, such as a quick-capture command, can hand
the running app a record to save instead of opening the database itself.
"""

from __future__ import annotations

import logging
import os
import socket as _socket
import struct
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLockFile, QObject, QSysInfo
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from l2l_desktop.channel import (
    MAX_REQUEST_BYTES,
    PROTOCOL_VERSION,
    ChannelError,
    channel_address,
    decode,
    encode,
    reply_of,
)
from l2l_desktop.paths import lock_path
from l2l_desktop.store.errors import LOW_SPACE, free_bytes

log = logging.getLogger(__name__)

# A lock file without its owner's details this young may be one an app is writing this instant.
FRESH_LOCK_SECONDS = 1.0

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def peer_uid(socket: QLocalSocket) -> int | None:
    """The user id of the process at the other end of a connected local socket, where the
    platform says (Linux's SO_PEERCRED); None where it does not."""
    if not hasattr(_socket, "SO_PEERCRED"):
        return None
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return None
    peer = _socket.socket(fileno=os.dup(descriptor))
    try:
        creds = peer.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        peer.close()
    return int(struct.unpack("3i", creds)[1])


def _same_user(socket: QLocalSocket) -> bool:
    uid = peer_uid(socket)
    return uid is None or uid == os.getuid()


class LockedElsewhere(OSError):
    """The data folder's lock names another computer: it cannot be judged from here."""


class InstanceLock:
    """The data folder's lock. A lock nobody holds any more is taken over: its owner died
    (even if its process id now belongs to another program), or the file is empty or garbled.
    A lock of another computer's (a shared or synced folder) is never taken over."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._lock = QLockFile(str(self.path))
        # 0: never stale by age; only an owner that is gone makes a lock stale.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another live one does.

        Raises :class:`LockedElsewhere` for another computer's lock, and OSError when the
        lock file cannot be made; both messages name the file and what to do.
        """
        for _ in range(2):
            if self._try():
                return True
            pid, host = self._info()
            if host and host != QSysInfo.machineHostName():
                raise LockedElsewhere(
                    f"The data folder {self.path.parent} is in use by L2L Desktop on another "
                    f"computer ({host}), says its lock file {self.path}. Quit it there; if it "
                    f"is not running (the folder was copied, or the computer renamed), delete "
                    f"{self.path} and start again."
                )
            young = FRESH_LOCK_SECONDS - self._age()
            if not pid and young > 0:  # an app starting this instant writes its details now
                time.sleep(young)
                continue
            # Qt's own test of a lock nobody holds: an owner keeps a native lock on the file
            # while it lives (taken before it writes its details), so this fails while it does.
            if self._lock.removeStaleLockFile():
                log.warning("took over the lock %s: nobody held it", self.path)
                return self._try()
            return False
        return False

    def _age(self) -> float:
        try:
            return time.time() - self.path.stat().st_mtime
        except OSError:
            return 0.0

    def _try(self) -> bool:
        if self._lock.tryLock(0):
            os.chmod(self.path, 0o600)
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        free = free_bytes(self.path)
        why = (
            f"the disk is full ({free // 1024:,} KiB free)"
            if free is not None and free < LOW_SPACE
            else f"{self._lock.error().name}; check that the data folder is writable"
        )
        raise OSError(
            f"The lock file {self.path} cannot be made: {why}. Put that right, then start again."
        )

    def _info(self) -> tuple[int, str]:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a falsy value
        if isinstance(info, tuple) and len(info) >= 2:
            return int(info[0] or 0), str(info[1] or "")
        return 0, ""

    def owner_pid(self) -> int | None:
        """The process holding the lock (as its file says), or None when it does not say."""
        return self._info()[0] or None

    def owner_host(self) -> str:
        return self._info()[1]

    def release(self) -> None:
        self._lock.unlock()


class InstanceServer(QObject):
    """Answers requests from later launches. ``handlers`` maps an ``op`` to a function that
    takes the request and returns the reply's fields."""

    def __init__(self, data_dir: Path, handlers: dict[str, Handler], parent=None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = ""  # the address, once listening
        self.handlers = dict(handlers)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> None:
        """Listen, or raise :class:`ChannelError`: a channel someone else could own is never
        used (fail closed)."""
        self.name = channel_address(self.data_dir, make=True)
        # Only the lock holder gets here, and the folder is private: a socket file there was
        # left by a crash of this user's app, and can go.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            raise ChannelError(
                f"The channel that lets a second start reach this one cannot listen at "
                f"{self.name}: {self._server.errorString()}."
            )

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not _same_user(socket):
                log.warning("refused a connection to the channel from another user")
                socket.abort()
                socket.deleteLater()
                continue
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() > MAX_REQUEST_BYTES:
            self._reply(socket, {"ok": False, "error": "request too large"})
            return
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        self._reply(socket, self.answer(line))

    def answer(self, line: bytes) -> dict[str, Any]:
        """The reply to one request line (also used directly by tests)."""
        try:
            request = decode(line)
        except ValueError:
            return {"ok": False, "error": "not a JSON object"}
        if request.get("v") != PROTOCOL_VERSION:
            return {"ok": False, "error": f"unsupported protocol version {request.get('v')!r}"}
        handler = self.handlers.get(str(request.get("op")))
        if handler is None:
            return {"ok": False, "error": f"unknown op {request.get('op')!r}"}
        try:
            return {"ok": True, **handler(request)}
        except ValueError as exc:  # the request's content was refused: say why
            return {"ok": False, "error": str(exc)}

    @staticmethod
    def _reply(socket: QLocalSocket, reply: dict[str, Any]) -> None:
        socket.write(QByteArray(encode(reply)))
        socket.flush()
        socket.disconnectFromServer()


def send_request(
    data_dir: Path, request: dict[str, Any], timeout_ms: int = 2500
) -> dict[str, Any] | None:
    """Send one request to the app running on ``data_dir``; its reply, or None if none came.

    Retries the connection for a while: the running app may hold the lock but not listen yet.
    """
    from PySide6.QtCore import QDeadlineTimer, QThread

    try:
        name = channel_address(data_dir)
    except ChannelError:
        return None  # no private place: no app of this user's can be listening either
    deadline = QDeadlineTimer(timeout_ms)
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, min(200, deadline.remainingTime()))):
            break
        socket.abort()
        if deadline.hasExpired():
            return None
        QThread.msleep(50)
    if not _same_user(socket):  # never hand a request to another user's process
        log.warning("the channel at %s belongs to another user; nothing was sent", name)
        socket.abort()
        return None
    socket.write(QByteArray(encode({"v": PROTOCOL_VERSION, **request})))
    socket.waitForBytesWritten(max(1, deadline.remainingTime()))
    data = b""
    while b"\n" not in data and not deadline.hasExpired():
        if not socket.waitForReadyRead(max(1, deadline.remainingTime())):
            break
        data += bytes(socket.readAll().data())
    socket.abort()
    return reply_of(data)
