"""Opening a content database from the GUI, with a clear way out when it cannot be shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...content import Content, DatabaseError, open_content
from .errors import database_problem_text

translate = QCoreApplication.translate


def choose_database_file(parent: QWidget | None, start: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    from .fit import fit_next_dialog

    if parent is not None:
        fit_next_dialog(parent)
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("OpenDatabase", "Open content database"),
        str(start),
        translate("OpenDatabase", "Content databases (*.sqlite *.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def open_with_recovery(path: Path, parent: QWidget | None = None) -> Content | None:
    """Open ``path``; on failure explain why and let the user open the content that came
    with the app, pick another file, or give up (None)."""
    from ... import paths

    while True:
        try:
            return open_content(path)
        except DatabaseError as exc:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("OpenDatabase", "Cannot open database"),
                database_problem_text(exc),
                parent=parent,
            )
            box.setObjectName("database-problem")
            shipped = paths.default_database()
            built_in = None
            if path != shipped and shipped.is_file():
                built_in = box.addButton(
                    translate("OpenDatabase", "Open the content that came with the app"),
                    QMessageBox.ButtonRole.AcceptRole)
                box.setDefaultButton(built_in)
            choose = box.addButton(
                translate("OpenDatabase", "Choose another file…"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if built_in is not None and box.clickedButton() is built_in:
                path = shipped
                continue
            if box.clickedButton() is not choose:
                return None
            chosen = choose_database_file(parent, path.parent)
            if chosen is None:
                return None
            path = chosen
