"""Work on an edition (reading a feed, fetching and installing) in a background thread,
with a progress dialog whose Cancel stops it between two blocks."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task(QThread):
    """Runs ``work(progress, cancelled)`` once; ``done`` carries its result, ``failed`` the
    exception it raised (an EditionError for every failure a user can cause)."""

    progressed = Signal(object, object)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.work = work
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.progressed.emit(done, total),
                               self.stop.is_set)
        except Exception as exc:  # noqa: BLE001 (handed to the window, which explains it)
            self.failed.emit(exc)
        else:
            self.done.emit(result)


def run_with_progress(parent: QWidget, label: str, work: Callable,
                      on_done: Callable, on_failed: Callable) -> tuple[Task, QProgressDialog]:
    """Start ``work`` in the background behind a window-modal progress dialog."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Editions", "Cancel"), 0, 0, parent)
    dialog.setObjectName("edition-progress")
    dialog.setWindowTitle(QCoreApplication.translate("Editions", "Content editions"))
    dialog.setAccessibleName(label)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work, parent)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, done * 1000 // total))

    def finish(callback: Callable, value: object) -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        task.wait()  # it has ended; the window owns it (and deletes it with itself)
        callback(value)

    task.progressed.connect(progressed)
    task.done.connect(lambda result: finish(on_done, result))
    task.failed.connect(lambda error: finish(on_failed, error))
    dialog.canceled.connect(task.stop.set)
    dialog.open()
    task.start()
    return task, dialog
