"""Where shipped files live: inside the installed package, or in the source checkout.

A wheel carries ``db/`` and ``resources/`` under ``mtviewer/_shipped``; a checkout (or an
editable install) has them beside the package. Files are looked up in that order.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SEARCH_PATH = (_PACKAGE / "_shipped", _PACKAGE.parent)


def shipped(relative: str) -> Path:
    """The first existing ``relative`` path on the search path (or the checkout's)."""
    for base in SEARCH_PATH:
        candidate = base / relative
        if candidate.exists():
            return candidate
    return SEARCH_PATH[-1] / relative


def default_database() -> Path:
    return shipped("db/mtviewer.sqlite")


def content_source() -> Path:
    return shipped("db/content")


def translations_dir() -> Path:
    return shipped("resources/translations")


def brochures_dir() -> Path:
    """Offline copies of brochures, as ``<brochure id>.pdf``."""
    return shipped("resources/brochures")


def icons_dir() -> Path:
    return shipped("resources/icons")


def offline_brochure(key: str) -> Path | None:
    """The offline copy of the brochure with ``key``, when one is shipped."""
    path = brochures_dir() / f"{key}.pdf"
    return path if path.is_file() else None


def documents_folder() -> Path:
    """Where save dialogs start: the user's Documents folder, or home when there is none
    (Qt's dialog would otherwise open wherever it was last)."""
    from PySide6.QtCore import QStandardPaths

    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()
