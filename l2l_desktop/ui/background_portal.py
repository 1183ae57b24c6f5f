"""Start at login inside a Flatpak: the Background portal (xdg-desktop-portal), over QtDBus.

A sandboxed app cannot write an autostart entry its host reads; it asks the portal instead,
which may ask the user. The portal cannot be asked later whether autostart is on, so the
choice is kept in Settings, as for the XDG entry. The answer comes as a ``Response`` signal
on a request object whose path the caller can know before asking (``handle_token``), so it
is listened for first: a portal that answers at once is not missed.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from l2l_desktop.ui.style import tr

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
TIMEOUT_MS = 3000


def in_flatpak(root: Path = Path("/")) -> bool:
    """Whether the app runs in a Flatpak sandbox (which writes /.flatpak-info)."""
    return (root / ".flatpak-info").exists() or bool(os.environ.get("FLATPAK_ID"))


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the request of ``unique_name`` (":1.42") made with ``token``."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PATH}/request/{sender}/{token}"


class BackgroundPortal(QObject):
    """Asks the portal to start the app at login (or not); ``answered(autostart, refused)``
    says what it granted, and whether the user or the portal said no."""

    answered = Signal(bool, bool)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = QDBusConnection.sessionBus() if bus is None else bus
        self.listening: set[str] = set()

    def request(self, autostart: bool, commandline: Sequence[str]) -> str:
        """Send the request; "" when it went, else why it could not."""
        if not self.bus.isConnected():
            return tr("there is no session bus to reach the desktop portal")
        token = f"l2l{secrets.token_hex(6)}"
        self._listen(request_path(self.bus.baseService(), token))
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, self.bus, self)
        iface.setTimeout(TIMEOUT_MS)
        options = {
            "handle_token": token,
            "reason": tr("Open at login, so that the morning reminder finds you."),
            "autostart": autostart,
            "commandline": list(commandline),
            "dbus-activatable": False,
        }
        reply = iface.call("RequestBackground", "", options)
        if reply.errorName():
            return reply.errorMessage() or reply.errorName()
        arguments = reply.arguments()
        if arguments:  # an older portal may put the request elsewhere: listen there too
            handle = arguments[0]
            self._listen(handle.path() if hasattr(handle, "path") else str(handle))
        return ""

    def _listen(self, path: str) -> None:
        if path not in self.listening:
            self.listening.add(path)
            self.bus.connect(
                SERVICE, path, REQUEST, "Response", self, "1_response(uint,QVariantMap)"
            )

    @Slot("uint", "QVariantMap")
    def _response(self, response: int, results: dict) -> None:
        self.answered.emit(response == 0 and bool(results.get("autostart")), response != 0)
