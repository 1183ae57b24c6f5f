"""Work that takes a while, off the window's thread: a job with progress and cancel, and the
dialog that runs one (the export and import dialogs are two)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressBar, QWidget

from l2l_desktop.services import Journal
from l2l_desktop.services.exchange import Cancelled
from l2l_desktop.ui.forms import ErrorLabel
from l2l_desktop.ui.style import said, tr


class Job(QThread):
    """Runs ``work(progress)`` on its own thread with its own database connection; says how
    far it got, then what it gave back or what went wrong. ``cancel`` stops it at the next
    progress (the work then raises :class:`Cancelled`)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, journal: Journal, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.journal = journal
        self.work = work
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, of: int) -> None:
        if self.cancelled:
            raise Cancelled
        self.progressed.emit(done, of)

    def run(self) -> None:
        try:
            with self.journal.on_this_thread():
                result = self.work(self._progress)
        except Exception as exc:  # told to the dialog, which says it at its field
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return said(exc)


class JobDialog(QDialog):
    """A dialog that runs one job at a time: its progress bar, and Cancel that stops it."""

    def __init__(self, journal: Journal, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.job: Job | None = None
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def start(self, work: Callable[..., Any], done: Callable[[Any], None], label: str) -> None:
        self.error.set_error("")
        self.progress.setFormat(label + " %p%")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._busy(True)
        job = self.job = Job(self.journal, work)
        job.progressed.connect(lambda d, n: self.progress.setValue(int(100 * d / max(n, 1))))
        job.succeeded.connect(lambda result: self._finish(job, done, result))
        job.failed.connect(lambda exc: self._finish(job, self._failed, exc))
        job.start()

    def _finish(self, job: Job, then: Callable[[Any], None], value: Any) -> None:
        job.wait()
        if self.job is job:
            self.job = None
        self.progress.setVisible(False)
        self._busy(False)
        then(value)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.error.set_error(tr("Stopped: nothing was changed."))
        else:
            self.error.set_error(reason(exc))

    def _busy(self, busy: bool) -> None:
        """What may be pressed while a job runs (Cancel always)."""

    def reject(self) -> None:
        if self.job is not None:  # the first Cancel stops the job; the dialog stays
            self.job.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().done(result)
