"""Which brochures have an offline copy in ``resources/brochures`` (``<brochure id>.pdf``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import paths

translate = QCoreApplication.translate


def offline_copy(key: str) -> Path | None:
    path = paths.brochures_dir() / f"{key}.pdf"
    return path if path.is_file() else None


def offline_label(key: str) -> str:
    return (translate("Brochures", "Yes") if offline_copy(key) is not None
            else translate("Brochures", "No"))
