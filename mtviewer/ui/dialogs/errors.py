"""Messages for the problems a user can run into, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...content import DatabaseError, Problem


def database_problem_text(error: DatabaseError) -> str:
    reasons = {
        Problem.MISSING: QCoreApplication.translate("Errors", "The file does not exist."),
        Problem.NOT_A_FILE: QCoreApplication.translate("Errors", "This is a folder, not a file."),
        Problem.UNREADABLE: QCoreApplication.translate("Errors", "The file cannot be read."),
        Problem.EMPTY: QCoreApplication.translate("Errors", "The file is empty."),
        Problem.NOT_SQLITE: QCoreApplication.translate(
            "Errors", "The file is not an SQLite database."),
        Problem.DAMAGED: QCoreApplication.translate("Errors", "The database is damaged."),
        Problem.FOREIGN: QCoreApplication.translate(
            "Errors", "The file is a database, but not an mtviewer content database."),
        Problem.OLDER: QCoreApplication.translate(
            "Errors", "The database was made for an older version of mtviewer. "
                      "Rebuild it with “mtviewer build-db”."),
        Problem.NEWER: QCoreApplication.translate(
            "Errors", "The database was made for a newer version of mtviewer. "
                      "Update mtviewer to open it."),
        Problem.LOCKED: QCoreApplication.translate(
            "Errors", "Another program is writing to the database. Try again later."),
    }
    return QCoreApplication.translate("Errors", "Cannot open %1\n\n%2").replace(
        "%1", str(error.path)).replace("%2", reasons[error.problem])
