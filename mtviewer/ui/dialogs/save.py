"""Asking where to save a file: in the Documents folder, named after what is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...paths import documents_folder
from .fit import fit_next_dialog


def ask_save_path(parent: QWidget, title: str, name: str, file_types: str,
                  suffix: str) -> Path | None:
    """The path the user chose for a file first named ``name`` in their Documents folder,
    ending in ``suffix`` even when they left it off; None when they cancelled."""
    chosen = _ask(parent, title, name, file_types, suffix)
    return None if chosen is None else chosen[0]


def ask_pdf_path(parent: QWidget, title: str, name: str) -> tuple[Path, bool] | None:
    """Where to save a PDF, and whether as PDF/A-1b (the second file type, for archiving:
    fonts embedded, colours defined, the PDF/A marker kept); None when cancelled."""
    translate = QCoreApplication.translate
    plain = translate("Save", "PDF files (*.pdf)")
    archival = translate("Save", "PDF/A-1b (archival) (*.pdf)")
    chosen = _ask(parent, title, name, f"{plain};;{archival}", ".pdf")
    return None if chosen is None else (chosen[0], chosen[1] == archival)


def _ask(parent: QWidget, title: str, name: str, file_types: str,
         suffix: str) -> tuple[Path, str] | None:
    fit_next_dialog(parent)  # sized for the zoom in use
    chosen, file_type = QFileDialog.getSaveFileName(parent, title,
                                                    str(documents_folder() / name), file_types)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix), file_type


def write_or_explain(parent: QWidget, title: str, write: Callable[[], object]) -> bool:
    """Whether ``write()`` wrote its file; when it could not (a full disk, a read-only
    folder, a bad path), a message says why and that nothing was changed."""
    from ...files import SaveError
    from .errors import save_problem_text

    try:
        write()
    except SaveError as exc:
        QMessageBox.warning(parent, title, save_problem_text(exc))
        return False
    return True
