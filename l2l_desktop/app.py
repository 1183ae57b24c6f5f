"""main(): paths -> logging -> store -> QApplication -> services -> MainWindow.

The only module that knows every layer.
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import os
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from l2l_desktop import APP_ID, APP_NAME
from l2l_desktop.logs import environment_summary, setup_logging
from l2l_desktop.paths import (
    DataDirError,
    backup_dir,
    database_path,
    default_data_dir,
    ensure_data_dir,
    lock_path,
)
from l2l_desktop.store import (
    CorruptDatabaseError,
    KnownStoreError,
    NotADatabaseError,
    Store,
    open_store,
)
from l2l_desktop.store.backup import last_backup_time
from l2l_desktop.store.errors import ReadOnlyFolderError, StorageConditionError

if TYPE_CHECKING:
    from l2l_desktop.instance import InstanceLock
    from l2l_desktop.store.page_check import PageCheck

log = logging.getLogger("l2l_desktop")
EXIT_OK = 0
EXIT_CANNOT_START = 2
# A second start finding an app that no longer answers waits this long for its lock: the
# app may be quitting, its last backup being written (a few seconds at most).
QUIT_GRACE_SECONDS = 15.0


def open_data(data_dir: Path) -> Store:
    """Check and create the data dir, then open its database (raises known errors)."""
    ensure_data_dir(data_dir)
    return open_store(database_path(data_dir), backup_dir(data_dir))


def report_startup_error(message: str, gui: bool) -> int:
    log.info("cannot start: %s", message)  # the log file only; stderr gets it just below
    print(f"{APP_ID}: {message}", file=sys.stderr)
    if gui:
        from l2l_desktop.ui.startup_error import show_startup_error

        show_startup_error(message)
    return EXIT_CANNOT_START


BACKUP_EVERY = timedelta(hours=24)


def _backup(store: Store, reason: str) -> bool:
    """A checked backup; a failure is logged and never stops the app. True when it was made."""
    try:
        store.backup(reason)
    except Exception:  # a failed backup must not cost the user their session
        log.exception("automatic backup (%s) failed", reason)
        return False
    return True


def _backup_if_due(store: Store) -> bool:
    """On start: a backup when the newest is more than a day old (or there is none), and
    there is something of the user's to keep. True when one was made."""
    from l2l_desktop.store import queries

    last = last_backup_time(store.backup_dir)
    due = last is None or datetime.now() - last > BACKUP_EVERY
    if due and queries.user_record_count(store) > 0:
        return _backup(store, "start")
    return False


class _CrashLog:
    """Where faulthandler writes a crash of the interpreter (a segfault in Qt, say): the log
    file, so that it is kept with the rest; stderr when there is no log file."""

    file: Any = None

    def enable(self, log_file: Path | None) -> None:
        if log_file is not None:
            try:
                fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                self.file = os.fdopen(fd, "a", encoding="utf-8")
            except OSError:
                self.file = None
        faulthandler.enable(file=self.file or sys.stderr)


_crash_log = _CrashLog()


class _Bugs:
    """Where the excepthook shows a bug: the window's reporter, once there is a window."""

    reporter: Any = None


_bugs = _Bugs()


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """PySide6 prints a slot's exception and carries on: log it with its traceback, and show
    it with "copy details" (a bug, as opposed to a known condition told in plain words)."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error:\n%s", text)
    if _bugs.reporter is not None:
        try:
            _bugs.reporter.report(f"{environment_summary()}\n\n{text}")
        except Exception:  # the report itself must never loop back here
            log.exception("could not show the error")


class _CloseRequests:
    """Ctrl+C or a plain ``kill`` closes the window the normal way (its state saved).

    A request that arrives while the app is still starting is remembered and honoured as soon
    as the window exists.
    """

    def __init__(self) -> None:
        self.requested = False
        self.handler: object = None
        self.install()

    def install(self) -> None:
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


# What a restore may be offered for: a file that a read-only look shows is damaged. A full disk
# or a lock (StorageConditionError), a newer version's file or another program's is never
# damage: a restore there would put a sound, perhaps newer, file aside for an older backup.
DAMAGE = (NotADatabaseError, CorruptDatabaseError)
# What trying again may mend: a condition of the machine, a folder's permissions.
PASSING = (StorageConditionError, ReadOnlyFolderError)

Ask = Callable[[str, str | None, bool], tuple[str, Path | None]]


def _shows_damage(db: Path) -> bool:
    """Whether a read-only look at ``db`` shows it damaged, right now (space may have come
    back, or the lock gone, since the question was asked)."""
    from l2l_desktop.store.inspect import soundness

    try:
        _info, verdict = soundness(db)
    except DAMAGE:
        return True
    except KnownStoreError:
        return False
    return verdict != "ok"


def open_or_recover(
    data_dir: Path, ask: Ask | None, notes: list[str] | None = None, pages: PageCheck | None = None
) -> Store | None:
    """Open the data folder's database; when it cannot be, ``ask`` the user what to do.

    ``ask(message, backup_label, can_retry)`` returns ``("restore" | "retry" | "open" |
    "quit", path)``. A backup is offered (``backup_label``) only for a file a read-only look
    shows damaged; trying again only for a condition that may pass (a full disk, a lock).
    Without ``ask`` (no screen, or a signal to quit arrived) the problem is printed and None
    returned. The bad file is never written to; a restore keeps it beside the database,
    renamed, and says so in ``notes``. ``pages`` is the check of every page of the data
    folder's database, begun earlier (``store/page_check.py``): the first look waits for it.
    """
    from l2l_desktop.store import restore

    db, backups = database_path(data_dir), backup_dir(data_dir)
    failure = ""  # why the last restore did not happen, told with the next question
    while True:
        try:
            return open_store(db, backups, pages=pages)
        except KnownStoreError as exc:
            pages = None  # every later look is a new one
            print(f"{APP_ID}: {exc}", file=sys.stderr)
            if ask is None:
                return None
            from l2l_desktop.ui.restore_dialog import backup_label
            from l2l_desktop.ui.style import said, tr

            damaged = isinstance(exc, DAMAGE) and db.parent == data_dir
            newest = restore.newest_good_backup(backups) if damaged else None
            label = backup_label(newest) if newest else None
            choice, path = ask(failure + said(exc), label, isinstance(exc, PASSING))
            failure = ""
            if choice == "restore" and newest is not None and _shows_damage(db):
                try:
                    aside = restore.restore_backup(newest.path, db, "damaged")
                except (KnownStoreError, OSError, sqlite3.Error) as failed:  # told, asked again
                    print(f"{APP_ID}: The backup was not restored: {failed}", file=sys.stderr)
                    failure = tr("The backup was not restored: {e}").format(e=said(failed))
                    failure += "\n\n"
                    continue
                log.warning("restored %s at start; the bad file was kept as %s", newest.path, aside)
                if notes is not None:
                    notes.append(
                        tr("Restored {what}; the bad file is kept as {aside}.").format(
                            what=label, aside=aside
                        )
                    )
            elif choice == "open" and path is not None:
                db, backups = path, path.parent / "backups"
            elif choice == "quit":
                return None
            # else: try again (as asked, or because nothing was to be restored, or no file
            # was picked, or the file is no longer damaged)


def _wait_for_lock(lock: InstanceLock, seconds: float) -> bool:
    """Wait up to ``seconds`` for the lock (an app that no longer answers may be quitting)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if lock.acquire():
                return True
        except OSError:  # the lock file went strange meanwhile: said as "does not answer"
            return False
        time.sleep(0.1)
    return False


def _bring_forward(window: Any) -> dict[str, Any]:
    """The ``activate`` request of a second launch: the window comes to the front."""
    if window is None:
        return {"window": "starting"}
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where a window manager refuses focus, the taskbar flashes
    log.info("a second launch brought the window forward")
    return {"window": "raised"}


def _log_handed_over(window: Any, request: dict[str, Any]) -> dict[str, Any]:
    """The ``log`` request of ``l2l-desktop log``: save its entry through the window's journal
    (the one writer), so the open tabs show it at once. A refusal is a ValueError: its
    message goes back to the command."""
    from l2l_desktop.services.capture import log_entry
    from l2l_desktop.store import KnownStoreError

    if window is None:
        raise ValueError("the app is still starting; try again in a moment")
    item = request.get("entry")
    if not isinstance(item, dict):
        raise ValueError("entry: expected an object")
    try:
        record, said = log_entry(window.journal, item)
    except KnownStoreError as exc:  # a full disk, say: the command says so, nothing is lost
        raise ValueError(str(exc)) from exc
    window.statusBar().showMessage(f"From the command line: {said}", 10_000)
    log.info("logged a %s handed over by the command line", item.get("what"))
    return {"uuid": record.uuid, "said": said}


def _hand_over(data_dir: Path, lock: InstanceLock, gui: bool) -> int | None:
    """Another process holds ``data_dir``: ask it to come forward, then leave (the exit code).

    None when it was quitting (its window gone, its last backup being written): it let go of
    the lock meanwhile, and this start goes on."""
    from l2l_desktop.instance import send_request

    reply = send_request(data_dir, {"op": "activate"})
    if reply is not None and reply.get("ok"):
        if reply.get("window") == "starting":
            print(f"{APP_NAME} is already starting with {data_dir}; its window will show.")
        else:
            print(f"{APP_NAME} is already running with {data_dir}; its window was brought forward.")
        return EXIT_OK
    if _wait_for_lock(lock, QUIT_GRACE_SECONDS):
        log.info("the app that held %s has quit; starting", data_dir)
        return None
    from l2l_desktop.ui.style import tr

    owner = lock.owner_pid()
    if owner:
        who = tr("process {pid}").format(pid=owner)
    else:
        who = tr("its process is not named in the lock file")
    return report_startup_error(
        tr(
            "{app} is already running with {folder} ({who}), but it does not answer. Close "
            "it, or end that process, and start again. Its lock file is {lock}."
        ).format(app=APP_NAME, folder=data_dir, who=who, lock=lock_path(data_dir)),
        gui,
    )


def run_gui(
    data_dir: Path,
    *,
    status_note: str = "",
    settings_path: Path | None = None,
    store: Store | None = None,
    minimised: bool = False,
    exit_after_paint: bool = False,
    visit_tabs: bool = False,
    pages: PageCheck | None = None,
) -> int:
    """Run the window on ``data_dir`` until it is closed; the exit code. ``minimised`` (or
    the Start minimised setting) starts it minimised. For the benchmark
    (``python -m l2l_desktop.bench``): ``exit_after_paint`` prints one line on the window's
    first paint and quits; with ``visit_tabs`` it first shows every tab, the charts drawn.
    ``pages``: the check of every page of the database, begun already (``store/page_check``).

    A second launch on the same folder brings the first one's window forward and exits 0.
    """
    close_requests = _CloseRequests()
    log_file = setup_logging()
    _crash_log.enable(log_file)

    from PySide6.QtWidgets import QApplication

    from l2l_desktop.ui import import_check

    import_check.lighten()  # before the window's modules, pyqtgraph's and numpy's are read

    from l2l_desktop.instance import InstanceLock, InstanceServer
    from l2l_desktop.ui.icons import use_app_icon
    from l2l_desktop.ui.startup_error import HEADLESS_PLATFORMS
    from l2l_desktop.ui.style import said

    app = QApplication.instance() or QApplication([APP_NAME])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    use_app_icon(app)  # the window's, every dialog's (a start-up problem's too), Wayland's
    _speak(app, settings_path)  # before anything is said: a problem at start is told in it
    try:
        ensure_data_dir(data_dir)
        lock = InstanceLock(data_dir)
        held = lock.acquire()
    except (DataDirError, OSError) as exc:
        close_requests.restore_defaults()
        return report_startup_error(said(exc), gui=not close_requests.requested)
    if not held:
        handed = _hand_over(data_dir, lock, gui=not close_requests.requested)
        if handed is not None:
            return handed
    shown: list[Any] = [None]
    notes: list[str] = []
    server = InstanceServer(
        data_dir,
        {
            "ping": lambda _req: {"pid": os.getpid()},
            "activate": lambda _req: _bring_forward(shown[0]),
            "log": lambda req: _log_handed_over(shown[0], req),
        },
    )
    try:
        server.listen()
    except OSError as exc:  # fail closed: no channel another user could answer for us
        lock.release()
        close_requests.restore_defaults()
        return report_startup_error(said(exc), gui=not close_requests.requested)
    try:
        if store is None:
            ask = None
            if app.platformName() not in HEADLESS_PLATFORMS and not close_requests.requested:
                close_requests.restore_defaults()  # the modal dialog runs no Python timer
                ask = _ask_about_database
            store = open_or_recover(data_dir, ask, notes, pages)
            if store is None:
                return EXIT_CANNOT_START
            close_requests.install()  # the dialog is gone: a kill closes the window again
        return _run_window(
            app,
            store,
            data_dir,
            status_note,
            settings_path,
            log_file,
            shown,
            close_requests,
            notes,
            server.close,
            minimised,
            (exit_after_paint, visit_tabs),
        )
    finally:
        server.close()
        lock.release()


def _speak(app: Any, settings_path: Path | None) -> None:
    """Install the catalogues of the language of Settings (or of the system)."""
    from l2l_desktop.settings import Settings, make_qsettings
    from l2l_desktop.ui.translations import install

    install(app, Settings(make_qsettings(settings_path)).language)  # owned by the app


def _use_tray(window: Any) -> None:
    """The tray icon, where the desktop has a tray (closing may then keep the app there)."""
    from l2l_desktop.ui.tray import Tray

    tray = Tray(window)
    window.use_tray(tray)
    if not sys.platform.startswith("linux"):  # Windows and macOS: the tray's own messages
        window.reminders.shown.connect(
            lambda reminder: tray.message(*window.reminders.wording(reminder)[:2])
        )


def _use_notifications(window: Any) -> None:
    """Reminders as desktop notifications too, where a notification service answers."""
    from l2l_desktop.ui.notify import DesktopNotifier

    notifier = DesktopNotifier(parent=window)
    if not notifier.available:
        log.info("no desktop notifications: %s", notifier.reason)
    window.reminders.use_notifier(notifier)
    window.reminders.window_wanted.connect(lambda: _bring_forward(window))


def _ask_about_database(
    message: str, backup: str | None, can_retry: bool
) -> tuple[str, Path | None]:
    from l2l_desktop.ui.startup_error import ask_about_database

    choice, path = ask_about_database(message, backup, can_retry)
    return choice.value, path


def _run_window(
    app: Any,
    store: Store,
    data_dir: Path,
    status_note: str,
    settings_path: Path | None,
    log_file: Path | None,
    shown: list[Any],
    close_requests: _CloseRequests,
    notes: list[str],
    stop_answering: Callable[[], None],
    minimised: bool = False,
    bench: tuple[bool, bool] = (False, False),
) -> int:
    from PySide6.QtCore import QTimer

    from l2l_desktop.services import ChangeBus, Journal
    from l2l_desktop.settings import Settings, make_qsettings
    from l2l_desktop.ui.bug_report import BugReporter
    from l2l_desktop.ui.main_window import MainWindow
    from l2l_desktop.ui.theme import Theme

    bus = ChangeBus()
    journal = Journal(store, bus)
    location = str(data_dir) if store.path.parent == data_dir else str(store.path)
    settings = Settings(make_qsettings(settings_path))
    theme = Theme(app, settings.theme)  # before the window paints: no flash of the other look
    window = MainWindow(journal, settings, location, status_note=status_note)
    if settings_path is not None:  # a demo: its folder is gone after it
        window.login_options = None
    elif data_dir.resolve() != default_data_dir().resolve():
        window.login_options = ["--data-dir", str(data_dir.resolve())]
    _bugs.reporter = BugReporter(log_file, window)
    sys.excepthook = _excepthook
    window.theme_chosen.connect(theme.set_choice)

    def request_close(*_: object) -> None:
        QTimer.singleShot(0, window.quit)  # for good, even with the window kept in the tray

    close_requests.handler = request_close
    wake = QTimer()  # lets Python run its signal handlers while Qt's loop waits
    wake.start(250)
    wake.timeout.connect(lambda: None)

    if minimised or settings.start_minimised:
        window.showMinimized()
        log.info("the window started minimised")
    else:
        window.show()
    shown[0] = window
    if notes:
        window.statusBar().showMessage("  ".join(notes), 30_000)
    # After the first paint (ui/first_paint.py): start-up shows the app first. The tray
    # (it may ask the session bus), the daily backup, the session bus asked for
    # notifications, a reminder missed while closed.
    window.first_paint.then(lambda: _use_tray(window))
    window.first_paint.then(lambda: _backup_if_due(store) and window.backup_made())
    if sys.platform.startswith("linux"):
        window.first_paint.then(lambda: _use_notifications(window))
    window.first_paint.then(window.reminders.start)
    # What start-up made lives as long as the window: kept out of the collector's sight, a
    # full collection (24 ms on thirty years, in the middle of a refresh after a save) scans
    # only what came later.
    window.warmed_up.connect(gc.freeze)
    if close_requests.requested:  # arrived while starting; closing twice is harmless
        request_close()
    if bench[0]:
        from l2l_desktop.bench.in_app import exit_after_paint

        exit_after_paint(window, visit_tabs=bench[1])
    try:
        return app.exec()
    finally:
        shown[0] = None
        wake.stop()
        _bugs.reporter = None
        # The window is gone. A second start meanwhile finds no one to answer and waits for
        # the lock, which is let go once the backup below is written.
        stop_answering()
        try:
            journal.back_up_if_changed("quit")
        except Exception:  # a failed backup must not cost the user their session
            log.exception("automatic backup (quit) failed")
        journal.close()
