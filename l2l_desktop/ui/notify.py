"""Desktop notifications through the freedesktop notification service, over QtDBus (it ships
with PySide6-Essentials: no libnotify). Where no service answers, ``available`` is False and
``reason`` says why; the reminders then show in the window alone.

A notification carries action buttons where the server has the "actions" capability; a click
on one comes back as ``invoked(notification id, action key)``.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from l2l_desktop import APP_ID, APP_NAME
from l2l_desktop.ui.style import tr

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TIMEOUT_MS = 1500  # a server that does not answer must not hold the window up for long


class DesktopNotifier(QObject):
    invoked = Signal(int, str)
    closed = Signal(int)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = QDBusConnection.sessionBus() if bus is None else bus
        self.capabilities: list[str] = []
        self.reason = ""
        self.iface: QDBusInterface | None = None
        if not self.bus.isConnected():
            self.reason = tr("there is no session bus to reach a notification service")
            return
        # (Making the interface asks the service to describe itself, a call that a hung
        # server could hold: only where the bus says the name has an owner, or can start one.)
        bus = self.bus.interface()
        registered = bus.isServiceRegistered(SERVICE)
        owned = registered.isValid() and bool(registered.value())
        if not owned:
            startable = bus.activatableServiceNames()
            owned = startable.isValid() and SERVICE in (startable.value() or [])
        if not owned:
            self.reason = tr("no notification service answers on the session bus ({e})").format(
                e=tr("nothing owns {name}").format(name=SERVICE)
            )
            return
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, self.bus, self)
        iface.setTimeout(TIMEOUT_MS)
        if not iface.isValid():
            error = iface.lastError().message() or iface.lastError().name()
            self.reason = tr("no notification service answers on the session bus ({e})").format(
                e=error
            )
            return
        reply = iface.call("GetCapabilities")
        if reply.errorName():
            self.reason = tr("the notification service did not answer ({e})").format(
                e=reply.errorMessage() or reply.errorName()
            )
            return
        arguments = reply.arguments()
        self.capabilities = [str(c) for c in (arguments[0] if arguments else [])]
        self.iface = iface
        for name, slot in (("ActionInvoked", "_action(uint,QString)"),
                           ("NotificationClosed", "_closed(uint,uint)")):  # fmt: skip
            self.bus.connect(SERVICE, PATH, INTERFACE, name, self, f"1{slot}")

    @property
    def available(self) -> bool:
        return self.iface is not None

    @property
    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def notify(self, summary: str, body: str, actions: list[tuple[str, str]]) -> int | None:
        """Show a notification; its id, or None when it could not be sent. ``actions`` are
        (key, label) pairs, sent only to a server that shows actions."""
        if self.iface is None:
            return None
        flat = [part for key, label in actions for part in (key, label)] if self.has_actions else []
        hints = {"desktop-entry": APP_ID, "category": "presence"}
        try:
            sent = QMetaObject.invokeMethod(
                self.iface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME), Q_ARG("uint", 0), Q_ARG(str, APP_ID), Q_ARG(str, summary),
                Q_ARG(str, body), Q_ARG("QStringList", flat), Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1),
            )  # fmt: skip
        except (RuntimeError, TypeError):
            return None
        return int(sent) if sent else None

    def close_notification(self, notification: int) -> None:
        if self.iface is not None:
            QMetaObject.invokeMethod(
                self.iface, "CloseNotification", Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification),
            )  # fmt: skip

    @Slot("uint", str)
    def _action(self, notification: int, key: str) -> None:
        self.invoked.emit(int(notification), key)

    @Slot("uint", "uint")
    def _closed(self, notification: int, _reason: int) -> None:
        self.closed.emit(int(notification))
