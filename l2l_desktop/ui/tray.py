"""The system tray, where the desktop has one: open the window, log a pause, a question or a
tell without it, quit. Where there is none (GNOME without its extension), there is no tray and
closing the window quits the app, whatever the setting says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from l2l_desktop import APP_NAME
from l2l_desktop.ui.icons import app_icon
from l2l_desktop.ui.style import tr

if TYPE_CHECKING:
    from l2l_desktop.ui.main_window import MainWindow


class Tray(QObject):
    """The tray icon and its menu, for ``window``. ``available`` says whether the desktop
    shows it (given, in tests)."""

    def __init__(self, window: MainWindow, available: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.open_action = QAction(tr("&Open {app}").format(app=APP_NAME), self)
        self.open_action.triggered.connect(self.open_window)
        self.pause_action = QAction(tr("Log a &pause…"), self)
        self.pause_action.triggered.connect(lambda: window.today.log_pause())
        self.question_action = QAction(tr("Log a &question…"), self)
        self.question_action.triggered.connect(window.log_question)
        self.tell_action = QAction(tr("Log a &tell…"), self)
        self.tell_action.triggered.connect(lambda: window.questions.log_tell())
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.triggered.connect(window.quit)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        for action in (self.pause_action, self.question_action, self.tell_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        if self.available:
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a click on the icon
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.open_window()

    def open_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def message(self, title: str, body: str) -> None:
        """A reminder as the tray's own message (where there is no notification service)."""
        if self.available and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, body, app_icon(), 15_000)
