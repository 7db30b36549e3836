"""Unexpected errors: written to a rotating log, told in one short message, app runs on."""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ... import paths

LOG_NAME = "mtviewer.log"
QUIET = 60.0
"""Seconds after a message in which further unexpected errors are only logged (and noted in
the status bar): a fault repeated on every keystroke must not bury the window in boxes."""


def _log(folder: Path, path: Path):
    """The log at ``path``, opened at the first error (none of it is needed to start)."""
    import logging
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger(f"mtviewer.errors:{path}")
    if not logger.handlers:
        logger.propagate = False
        from ...files import special_file

        try:
            if special_file(path) is not None:  # a pipe would hold the window forever
                raise OSError(f"{path} is not a regular file")
            folder.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000,
                                                           backupCount=3, encoding="utf-8")
        except OSError:
            handler = logging.StreamHandler(sys.stderr)  # a read-only home must not stop us
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def install(parent_of: Callable[[], QWidget | None], folder: Path | None = None) -> Path:
    """Route uncaught exceptions to the log and a message box; return the log's path."""
    folder = folder or paths.log_dir()  # the command line's too
    path = folder / LOG_NAME
    last_told = [-QUIET]

    def hook(kind, error, trace) -> None:
        from PySide6.QtWidgets import QMainWindow, QMessageBox

        _log(folder, path).error("Unexpected error", exc_info=(kind, error, trace))
        parent = parent_of()
        if time.monotonic() - last_told[0] < QUIET:
            if isinstance(parent, QMainWindow):
                parent.statusBar().showMessage(QCoreApplication.translate(
                    "ExceptionHook", "Another unexpected problem; the details are in %1")
                    .replace("%1", str(path)), 8000)
            return
        last_told[0] = time.monotonic()  # set first: the box's own event loop may see more
        QMessageBox.warning(parent, QCoreApplication.translate(
            "ExceptionHook", "Something went wrong"), message(error, path))

    sys.excepthook = hook
    return path


def message(error: BaseException, path: Path) -> str:
    cause = getattr(error, "orig", error)
    if isinstance(cause, sqlite3.DatabaseError):
        what = QCoreApplication.translate(
            "ExceptionHook", "The content database could not be read; it may be damaged. "
                             "Try another copy of the file.")
    else:
        what = QCoreApplication.translate(
            "ExceptionHook", "The app met an unexpected problem; what you were doing may "
                             "not have finished.")
    return what + "\n\n" + QCoreApplication.translate(
        "ExceptionHook", "The app keeps running. The details are in %1").replace("%1", str(path))
