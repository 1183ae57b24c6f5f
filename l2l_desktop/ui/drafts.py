"""Keeping a form's unsaved text as a draft, and offering it back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from l2l_desktop.core.dates import utc_to_local
from l2l_desktop.services import Journal, KnownStoreError
from l2l_desktop.ui.style import tr

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 1500  # a draft is written this long after the last keystroke (bar: 2 s)


class DraftKeeper(QObject):
    """Writes ``payload()`` as the draft ``key`` shortly after the form was last edited.

    ``dirty`` says whether the form holds text that is not saved; ``dirty_changed`` tells the
    form's "unsaved" mark.
    """

    dirty_changed = Signal(bool)

    def __init__(
        self, journal: Journal, key: str, payload: Callable[[], dict[str, Any]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.key = key
        self._payload = payload
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        if value != self._dirty:
            self._dirty = value
            self.dirty_changed.emit(value)

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


def unsaved_mark(keeper: DraftKeeper) -> QLabel:
    """A quiet "Unsaved changes" beside a form's buttons, shown while the form is dirty."""
    label = QLabel(tr("\u25cf Unsaved changes"))
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setAccessibleName(tr("The form has unsaved changes"))
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # its room is kept: the buttons never move
    label.setSizePolicy(policy)
    label.setVisible(keeper.dirty)
    keeper.dirty_changed.connect(label.setVisible)
    return label


def confirm_leave(parent: QWidget, keeper: DraftKeeper, save: Callable[[], bool]) -> bool:
    """Before a form shows something else: save, discard or stay when it holds unsaved text.

    True when the form may be replaced (saved, discarded, or nothing to lose)."""
    if not keeper.dirty:
        return True
    answer = QMessageBox.question(
        parent,
        tr("Unsaved changes"),
        tr("Save the changes in the form first?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        keeper.clear()
        return True
    return False


def confirm_discard(parent: QWidget, keeper: DraftKeeper) -> bool:
    """Before Esc throws a form's changes away: ask, with "Keep editing" the default."""
    if not keeper.dirty:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Discard changes?"),
        tr("Throw away what you changed in this form since it was last saved?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


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
        self.open_button = QPushButton()  # a draft typed for another day (or record): go there
        self.open_button.hide()
        self.open_button.setAccessibleName(tr("Show where the draft was typed"))
        self._go: Callable[[], None] = lambda: None
        self.open_button.clicked.connect(lambda: self._go())
        self.restore_button = QPushButton(tr("Restore"))
        self.discard_button = QPushButton(tr("Discard"))
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(
        self,
        elsewhere: Callable[[dict[str, Any]], tuple[str, Callable[[], None]] | None] = (
            lambda _payload: None
        ),
    ) -> None:
        """Show the banner when a draft the form wants is kept; hide it otherwise.

        ``elsewhere`` names a draft the form does not show now (one typed for another day):
        the button's text and what it does (show that day), or None to say nothing of it."""
        draft = self.keeper.journal.draft(self.keeper.key)
        if draft is None:
            self.hide()
            return
        when = utc_to_local(draft.updated_at).strftime("%Y-%m-%d %H:%M")
        other = None if self._wanted(draft.payload) else elsewhere(draft.payload)
        if not self._wanted(draft.payload) and other is None:
            self.hide()
            return
        self.label.setText(tr("Unsaved text from {when} was kept as a draft.").format(when=when))
        self.restore_button.setVisible(other is None)
        self.open_button.setVisible(other is not None)
        if other is not None:
            text, self._go = other
            self.open_button.setText(text)
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
