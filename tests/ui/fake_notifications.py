"""A fake freedesktop notification server, for the tests, on a private D-Bus session bus.

    python tests/ui/fake_notifications.py BUS_ADDRESS FOLDER

(BUS_ADDRESS "-": the bus that started it, as D-Bus activation does.)

Owns ``org.freedesktop.Notifications`` with the real signature (``Notify(susssasa{sv}i)``,
so a client that sends another type is refused, as a real server refuses it), and writes each
notification it is sent as a JSON line to ``FOLDER/received.jsonl``. A file ``FOLDER/click``
holding an action key is a click on that action of the latest notification: the server emits
``ActionInvoked`` for it and removes the file. It writes its process id to ``FOLDER/pid``,
and quits after a minute.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Server(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.last = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout) -> int:
        self.last += 1
        record = {
            "id": self.last,
            "app": app,
            "icon": icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: str(v) for k, v in hints.items()},
        }
        with (self.folder / "received.jsonl").open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return self.last

    @Slot("uint")
    def CloseNotification(self, notification: int) -> None:
        self.NotificationClosed.emit(notification, 3)

    def poll(self) -> None:
        click = self.folder / "click"
        if click.exists():
            key = click.read_text(encoding="utf-8").strip()
            click.unlink()
            self.ActionInvoked.emit(self.last, key)


def main() -> int:
    app = QCoreApplication([])
    address = os.environ["DBUS_STARTER_ADDRESS"] if sys.argv[1] == "-" else sys.argv[1]
    bus = QDBusConnection.connectToBus(address, "fake-notifications")
    server = Server(Path(sys.argv[2]))
    (server.folder / "pid").write_text(str(os.getpid()), encoding="utf-8")
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject("/org/freedesktop/Notifications", server, options):
        return 1
    if not bus.registerService("org.freedesktop.Notifications"):
        return 1
    timer = QTimer()
    timer.timeout.connect(server.poll)
    timer.start(50)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
