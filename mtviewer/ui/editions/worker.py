"""Work on an edition (checking a feed, fetching and installing) in a background thread,
behind a progress dialog whose Cancel stops the transfer at once.

The thread is a daemon: a read stuck in the operating system (a stalled share) can neither
hold the window nor stop the app from closing. Cancel shuts the connection under way; a
task that shows no sign of life for ``STALL_SECONDS`` is given up on in the same way, and
the window says so.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

STALL_SECONDS = 90.0
"""Seconds without a byte after which the window stops waiting."""


class _Bridge(QObject):
    """Carries the thread's news into the window's thread (queued signals)."""

    progressed = Signal(object, object)
    done = Signal(object)
    failed = Signal(object)


class Task:
    """Runs ``work(job)`` once in a daemon thread; ``done`` carries its result, ``failed``
    the exception it raised (an EditionError for every failure a user can cause)."""

    def __init__(self, work: Callable):
        from ...editions.fetcher import Job

        self.bridge = _Bridge()
        self.job = Job(self._progress)
        self.work = work
        self.abandoned = False
        """The window stopped waiting (cancelled, closed, stalled): its news is ignored."""
        self.thread = threading.Thread(target=self._run, name="mtviewer-edition", daemon=True)

    def _progress(self, done: int, total: int) -> None:
        self.bridge.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self.work(self.job)
        except Exception as exc:  # noqa: BLE001 (handed to the window, which explains it)
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)

    def start(self) -> None:
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.is_alive() and not self.abandoned

    def stop(self, wait: float = 1.5) -> None:
        """Cancel, and wait at most ``wait`` seconds for the thread to clean up."""
        self.abandoned = True
        self.job.cancel()
        self.thread.join(wait)


def run_with_progress(parent: QWidget, label: str, work: Callable, on_done: Callable,
                      on_failed: Callable) -> tuple[Task, QProgressDialog]:
    """Start ``work(job)`` in the background behind a window-modal progress dialog."""
    translate = QCoreApplication.translate
    dialog = QProgressDialog(label, translate("Editions", "Cancel"), 0, 0, parent)
    dialog.setObjectName("edition-progress")
    dialog.setWindowTitle(translate("Editions", "Content editions"))
    dialog.setAccessibleName(label)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work)
    watchdog = QTimer(dialog)
    watchdog.setInterval(1000)

    def progressed(done: int, total: int) -> None:
        if total > 0 and not task.abandoned:  # bytes read just before a Cancel: no dialog
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, done * 1000 // total))

    def finish(callback: Callable, value: object) -> None:
        if task.abandoned:  # news after the window stopped waiting (a Cancel, a stall, the
            return  # window closed): its dialog and watchdog may be gone already
        task.abandoned = True
        watchdog.stop()
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        callback(value)

    def cancel() -> None:
        """Shut the transfer now; the window does not wait for the thread to end."""
        from ...editions.errors import EditionError

        if not task.abandoned:
            task.job.cancel()
            finish(on_failed, EditionError("cancelled", "cancelled"))

    def stalled() -> None:
        from ...editions.errors import EditionError

        if time.monotonic() - task.job.active > STALL_SECONDS and not task.abandoned:
            task.job.cancel()
            finish(on_failed, EditionError("slow", f"nothing arrived for {STALL_SECONDS:g} "
                                                   "seconds"))

    task.bridge.progressed.connect(progressed)
    task.bridge.done.connect(lambda result: finish(on_done, result))
    task.bridge.failed.connect(lambda error: finish(on_failed, error))
    dialog.canceled.connect(cancel)
    watchdog.timeout.connect(stalled)
    dialog.open()
    task.start()
    watchdog.start()
    return task, dialog
