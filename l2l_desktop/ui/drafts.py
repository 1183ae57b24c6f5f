"""Keeping a form's unsaved text as a draft, and offering it back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from l2l_desktop.core.dates import utc_to_local
from l2l_desktop.services import Journal, KnownStoreError
from l2l_desktop.ui.style import tr

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 1500  # a draft is written this long after the last keystroke (bar: 2 s)


class DraftKeeper(QObject):
    """Writes ``payload()`` as the draft ``key`` shortly after the form was last edited."""

    def __init__(
        self, journal: Journal, key: str, payload: Callable[[], dict[str, Any]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.key = key
        self._payload = payload
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write)

    def edited(self) -> None:
        self.dirty = True
        self.timer.start()

    def write(self) -> None:
        """Write the draft now (also called when the window closes)."""
        self.timer.stop()
        if self.dirty:
            try:
                self.journal.save_draft(self.key, self._payload())
            except KnownStoreError:
                log.warning("draft %s not written: storage unavailable", self.key)

    def forget(self) -> None:
        """The form was saved, and its draft cleared in the same transaction: stop keeping it."""
        self.timer.stop()
        self.dirty = False

    def clear(self) -> None:
        """The form was saved or its text discarded: forget the draft."""
        self.timer.stop()
        self.dirty = False
        try:
            self.journal.clear_draft(self.key)
        except KnownStoreError:
            log.warning("draft %s not cleared: storage unavailable", self.key)


class DraftBanner(QWidget):
    """ "Unsaved text from 14:05 was kept. [Restore] [Discard]" above a form.

    ``load`` puts a draft's payload into the form; ``wanted`` says whether a draft belongs to
    what the form shows now (say, the day on screen).
    """

    def __init__(
        self,
        keeper: DraftKeeper,
        load: Callable[[dict[str, Any]], None],
        wanted: Callable[[dict[str, Any]], bool] = lambda _payload: True,
    ) -> None:
        super().__init__()
        self.keeper = keeper
        self._load = load
        self._wanted = wanted
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.setAutoFillBackground(True)
        self.setStyleSheet("DraftBanner { background: palette(alternate-base); }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(tr("Restore"))
        self.discard_button = QPushButton(tr("Discard"))
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self) -> None:
        """Show the banner when a draft the form wants is kept; hide it otherwise."""
        draft = self.keeper.journal.draft(self.keeper.key)
        if draft is None or not self._wanted(draft.payload):
            self.hide()
            return
        when = utc_to_local(draft.updated_at).strftime("%Y-%m-%d %H:%M")
        self.label.setText(tr("Unsaved text from {when} was kept as a draft.").format(when=when))
        self.show()

    def restore(self) -> None:
        """Put the draft back into the form, which then counts as edited."""
        draft = self.keeper.journal.draft(self.keeper.key)
        self.hide()
        if draft is None:
            return
        self._load(draft.payload)
        self.keeper.dirty = True

    def discard(self) -> None:
        self.hide()
        self.keeper.clear()
