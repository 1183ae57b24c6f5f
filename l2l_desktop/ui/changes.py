"""The journal's change bus as a Qt signal, for widgets that come and go."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from l2l_desktop.services import ChangeBus


class ChangeSignal(QObject):
    """Emits ``changed(Change)`` for every change the bus announces, until it is destroyed
    (a closed dialog stops listening by itself)."""

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = bus.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_: unsubscribe())
