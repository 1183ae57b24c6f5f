"""main(): paths -> logging -> store -> QApplication -> services -> MainWindow.

The only module that knows every layer.
"""

from __future__ import annotations

import faulthandler
import logging
import signal
import sys
import traceback
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from l2l_desktop import APP_ID, APP_NAME
from l2l_desktop.paths import DataDirError, backup_dir, database_path, ensure_data_dir
from l2l_desktop.store import KnownStoreError, Store, open_store
from l2l_desktop.store.backup import last_backup_time

log = logging.getLogger("l2l_desktop")
EXIT_OK = 0
EXIT_CANNOT_START = 2


def open_data(data_dir: Path) -> Store:
    """Check and create the data dir, then open its database (raises known errors)."""
    ensure_data_dir(data_dir)
    return open_store(database_path(data_dir), backup_dir(data_dir))


def report_startup_error(message: str, gui: bool) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    if gui:
        from l2l_desktop.ui.startup_error import show_startup_error

        show_startup_error(message)
    return EXIT_CANNOT_START


BACKUP_EVERY = timedelta(hours=24)


def _backup(store: Store, reason: str) -> None:
    """A checked backup; a failure is logged and never stops the app."""
    try:
        store.backup(reason)
    except Exception:  # a failed backup must not cost the user their session
        log.exception("automatic backup (%s) failed", reason)


def _backup_if_due(store: Store) -> None:
    """On start: a backup when the newest is more than a day old (or there is none)."""
    last = last_backup_time(store.backup_dir)
    if last is None or datetime.now() - last > BACKUP_EVERY:
        _backup(store, "start")


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """PySide6 prints a slot's exception and carries on; log it with its traceback instead."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))


class _CloseRequests:
    """Ctrl+C or a plain ``kill`` closes the window the normal way (its state saved).

    A request that arrives while the app is still starting is remembered and honoured as soon
    as the window exists.
    """

    def __init__(self) -> None:
        self.requested = False
        self.handler: object = None
        signal.signal(signal.SIGINT, self._on_signal)
        signal.signal(signal.SIGTERM, self._on_signal)

    @staticmethod
    def restore_defaults() -> None:
        """Back to the default handlers, for a modal dialog shown with no event-loop timer."""
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def _on_signal(self, *_: object) -> None:
        self.requested = True
        if callable(self.handler):
            self.handler()


def run_gui(
    data_dir: Path,
    *,
    status_note: str = "",
    settings_path: Path | None = None,
    store: Store | None = None,
) -> int:
    """Open the data in ``data_dir`` and run the window until it is closed; the exit code."""
    faulthandler.enable()
    close_requests = _CloseRequests()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if store is None:
        try:
            store = open_data(data_dir)
        except (DataDirError, KnownStoreError) as exc:
            close_requests.restore_defaults()
            return report_startup_error(str(exc), gui=not close_requests.requested)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from l2l_desktop.services import ChangeBus, Journal
    from l2l_desktop.settings import Settings, make_qsettings
    from l2l_desktop.ui.main_window import MainWindow

    sys.excepthook = _excepthook
    app = QApplication.instance() or QApplication([APP_NAME])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    bus = ChangeBus()
    journal = Journal(store, bus)
    window = MainWindow(
        journal, Settings(make_qsettings(settings_path)), str(data_dir), status_note=status_note
    )

    def request_close(*_: object) -> None:
        QTimer.singleShot(0, window.close)

    close_requests.handler = request_close
    wake = QTimer()  # lets Python run its signal handlers while Qt's loop waits
    wake.start(250)
    wake.timeout.connect(lambda: None)

    window.show()
    # The daily backup waits until the window has painted: start-up shows the app first.
    QTimer.singleShot(0, window, lambda: _backup_if_due(store))
    if close_requests.requested:  # arrived while starting; closing twice is harmless
        request_close()
    try:
        return app.exec()
    finally:
        wake.stop()
        _backup(store, "quit")
        store.close()
