"""Messages for the problems a user can run into, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...content import DatabaseError, Problem
from ...formatting import fill


def database_problem_text(error: DatabaseError) -> str:
    reasons = {
        Problem.MISSING: QCoreApplication.translate("Errors", "The file does not exist."),
        Problem.NOT_A_FILE: QCoreApplication.translate(
            "Errors", "This is not a file but a folder, a device or a pipe."),
        Problem.UNREADABLE: QCoreApplication.translate("Errors", "The file cannot be read."),
        Problem.EMPTY: QCoreApplication.translate("Errors", "The file is empty."),
        Problem.NOT_SQLITE: QCoreApplication.translate(
            "Errors", "The file is not an SQLite database."),
        Problem.DAMAGED: QCoreApplication.translate("Errors", "The database is damaged."),
        Problem.FOREIGN: QCoreApplication.translate(
            "Errors", "The file is a database, but not one with content for this program."),
        Problem.OLDER: QCoreApplication.translate(
            "Errors", "The database was made for an older version of this program. "
                      "Rebuild it with “mtviewer build-db”."),
        Problem.NEWER: QCoreApplication.translate(
            "Errors", "The database was made for a newer version of this program. "
                      "Update the program to open it."),
        Problem.LOCKED: QCoreApplication.translate(
            "Errors", "Another program is writing to the database. Try again later."),
        Problem.TOO_LONG: QCoreApplication.translate(
            "Errors", "Its name is longer than the file system allows."),
        Problem.FOREIGN_SCHEMA: QCoreApplication.translate(
            "Errors", "The database holds views, triggers or computed columns that this "
                      "program never makes, so it was not opened."),
        Problem.WAL_UNREADABLE: QCoreApplication.translate(
            "Errors", "Its latest changes are in its -wal file, which cannot be read here "
                      "(a read-only folder or disk). Copy the database and its -wal file to a "
                      "folder you can write to, and open the copy."),
    }
    text = fill(QCoreApplication.translate("Errors", "Cannot open %1\n\n%2"), error.path,
                reasons[error.problem])
    return f"{text}\n\n({error.detail})" if error.detail else text


def save_problem_text(error) -> str:
    """Why a file could not be written (a ``files.SaveError``), in the interface language."""
    translate = QCoreApplication.translate
    reasons = {
        "full": translate("Errors", "the disk is full"),
        "permission": translate("Errors", "there is no permission to write there"),
        "too-long": translate("Errors", "the name is too long"),
        "no-name": translate("Errors", "no file name was given"),
        "folder": translate("Errors", "it is a folder"),
        "missing-folder": translate("Errors", "its folder does not exist"),
        "not-a-folder": translate("Errors", "what should be its folder is not a folder"),
        "special": translate("Errors", "it is not a regular file"),
        "incomplete": translate("Errors", "the file could not be written completely"),
    }
    return fill(translate("Errors", "Could not write %1: %2. Nothing was changed."), error.path,
                reasons.get(error.code, error.reason))
