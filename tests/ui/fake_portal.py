"""A fake desktop portal with the Background interface, for the tests, on a private bus.

    python tests/ui/fake_portal.py BUS_ADDRESS FOLDER [ANSWER]

Owns ``org.freedesktop.portal.Desktop`` and serves ``RequestBackground(sa{sv}) -> o`` as
xdg-desktop-portal does: the request object's path is made of the caller's unique name and
its ``handle_token``, and the answer is a ``Response(ua{sv})`` signal on that object, sent
before the call's reply (a client that listens only after the call misses it). Not knowing
the caller (PySide cannot give a slot its D-Bus message), it answers on the path of every
unique name on the bus, and replies with a path of none of them. ANSWER is "grant" (default:
response 0, autostart as asked) or "deny" (response 1). Each request's options are written as
a JSON line to ``FOLDER/received.jsonl``; the process id to ``FOLDER/pid``. Quits after a
minute.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

PATH = "/org/freedesktop/portal/desktop"


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    Response = Signal("uint", "QVariantMap")  # the real types: a client listens for (ua{sv})


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Background"})
class Background(QObject):
    def __init__(self, bus: QDBusConnection, folder: Path, answer: str) -> None:
        super().__init__()
        self.bus, self.folder, self.answer = bus, folder, answer
        self.requests: list[Request] = []

    @Slot(str, "QVariantMap", result=QDBusObjectPath)
    def RequestBackground(self, parent_window: str, options: dict) -> QDBusObjectPath:
        token = options.get("handle_token", "none")
        names = self.bus.interface().registeredServiceNames().value() or []
        paths = [f"{PATH}/request/{n.lstrip(':').replace('.', '_')}/{token}"
                 for n in names if n.startswith(":")]  # fmt: skip
        record = {"parent_window": parent_window, "paths": paths,
                  "options": {k: v if isinstance(v, (bool, str)) else list(v)
                              for k, v in options.items()}}  # fmt: skip
        with (self.folder / "received.jsonl").open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        granted = self.answer == "grant"
        results = {"background": granted, "autostart": granted and bool(options.get("autostart"))}
        for path in paths:  # before the reply: as soon as a real portal may answer
            request = Request()
            self.requests.append(request)
            self.bus.registerObject(path, request, QDBusConnection.RegisterOption.ExportAllSignals)
            request.Response.emit(0 if granted else 1, results)
        path = f"{PATH}/request/elsewhere/{token}"
        return QDBusObjectPath(path)


def main() -> int:
    address, folder = sys.argv[1], Path(sys.argv[2])
    answer = sys.argv[3] if len(sys.argv) > 3 else "grant"
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "fake-portal")
    server = Background(bus, folder, answer)
    bus.registerObject(PATH, server, QDBusConnection.RegisterOption.ExportAllSlots)
    if not bus.registerService("org.freedesktop.portal.Desktop"):
        return 1
    (folder / "pid").write_text(str(os.getpid()), encoding="utf-8")
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
