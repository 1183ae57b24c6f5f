"""Start at login, as this desktop allows it: an XDG autostart entry on a Linux desktop, the
Background portal inside a Flatpak (which cannot write one its host reads). Either way the
choice is kept in Settings; ``said`` tells what happened, in a line for the Settings dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection

from l2l_desktop.autostart import set_start_at_login, start_command
from l2l_desktop.ui.background_portal import BackgroundPortal, in_flatpak
from l2l_desktop.ui.style import tr


class LoginStart(QObject):
    said = Signal(str)

    def __init__(self, parent: QObject | None = None, flatpak: bool | None = None) -> None:
        super().__init__(parent)
        self.flatpak = in_flatpak() if flatpak is None else flatpak
        self.portal_bus: QDBusConnection | None = None  # the session bus unless told
        self.portal: BackgroundPortal | None = None

    def apply(self, on: bool, minimised: bool, options: Sequence[str]) -> bool:
        """Start at login (``on``) or not; False when it could not even be asked."""
        if self.flatpak:
            return self._ask_portal(on, start_command(minimised, options))
        try:
            path = set_start_at_login(on, minimised, options)
        except OSError as exc:
            self.said.emit(tr("Could not change the login entry: {e}").format(e=exc))
            return False
        self.said.emit(
            tr("Starts with your desktop session ({path}).").format(path=path)
            if on
            else tr("Opens with your desktop session, so the morning reminder finds you.")
        )
        return True

    def _ask_portal(self, on: bool, command: list[str]) -> bool:
        if self.portal is None:
            self.portal = BackgroundPortal(self.portal_bus, self)
            self.portal.answered.connect(self._answered)
        why = self.portal.request(on, command)
        if why:
            self.said.emit(tr("Could not ask the desktop to start it at login: {e}").format(e=why))
            return False
        self.said.emit(tr("Asked the desktop; it may ask you to allow it."))
        return True

    def _answered(self, autostart: bool, refused: bool) -> None:
        if refused:
            self.said.emit(tr("The desktop did not allow it; your choice is kept for later."))
        elif autostart:
            self.said.emit(tr("The desktop starts it with your session."))
        else:
            self.said.emit(tr("The desktop no longer starts it with your session."))
