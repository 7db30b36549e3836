"""Asking where to save a file, named after what is saved: where the last file of its kind
went (remembered per kind: PDFs in one folder, calendar files in another), else in the
Documents folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...paths import documents_folder
from ...settings import SAVE_FOLDER, Settings
from .fit import fit_next_dialog


def ask_save_path(parent: QWidget, title: str, name: str, file_types: str,
                  suffix: str, settings: Settings | None = None) -> Path | None:
    """The path the user chose for a file first named ``name``, ending in ``suffix`` even
    when they left it off; None when they cancelled."""
    chosen = _ask(parent, title, name, file_types, suffix, settings)
    return None if chosen is None else chosen[0]


def ask_pdf_path(parent: QWidget, title: str, name: str,
                 settings: Settings | None = None) -> tuple[Path, bool] | None:
    """Where to save a PDF, and whether as PDF/A-1b (the second file type, for archiving:
    fonts embedded, colours defined, the PDF/A marker kept); None when cancelled."""
    translate = QCoreApplication.translate
    plain = translate("Save", "PDF files (*.pdf)")
    archival = translate("Save", "PDF/A-1b (archival) (*.pdf)")
    chosen = _ask(parent, title, name, f"{plain};;{archival}", ".pdf", settings)
    return None if chosen is None else (chosen[0], chosen[1] == archival)


def start_folder(settings: Settings | None, suffix: str) -> Path:
    """Where the last file with ``suffix`` was saved, while it is still a folder; else the
    Documents folder."""
    if settings is not None:
        remembered = settings.get(SAVE_FOLDER, kind=suffix.lstrip("."))
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
    return documents_folder()


def _ask(parent: QWidget, title: str, name: str, file_types: str, suffix: str,
         settings: Settings | None) -> tuple[Path, str] | None:
    fit_next_dialog(parent)  # sized for the zoom in use
    chosen, file_type = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(settings, suffix) / name), file_types)
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    if settings is not None:
        settings.set(SAVE_FOLDER, str(path.parent), kind=suffix.lstrip("."))
    return path, file_type


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
