"""Asking where to save a file: in the Documents folder, named after what is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...paths import documents_folder
from .fit import fit_next_dialog


def ask_save_path(parent: QWidget, title: str, name: str, file_types: str,
                  suffix: str) -> Path | None:
    """The path the user chose for a file first named ``name`` in their Documents folder,
    ending in ``suffix`` even when they left it off; None when they cancelled."""
    fit_next_dialog(parent)  # sized for the zoom in use
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / name),
                                            file_types)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
