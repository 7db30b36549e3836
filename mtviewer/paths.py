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


def user_data_dir() -> Path:
    """The user's own data folder, where Qt's AppLocalDataLocation puts it (the command
    line, without Qt, finds the same folder)."""
    import os
    import sys

    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "mtviewer" / "mtviewer"


def system_data_dir() -> Path:
    """The folder an administrator fills for every user of the PC (editions, trusted keys);
    ``MTVIEWER_SYSTEM_DIR`` overrides it."""
    import os
    import sys

    if os.environ.get("MTVIEWER_SYSTEM_DIR"):
        return Path(os.environ["MTVIEWER_SYSTEM_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or "C:/ProgramData") / "mtviewer"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/mtviewer")
    return Path("/var/lib/mtviewer")


def shipped_keys_dir() -> Path:
    """The publisher public keys that ship with the app."""
    return shipped("resources/keys")


def documents_folder() -> Path:
    """Where save dialogs start: the user's Documents folder, or home when there is none
    (Qt's dialog would otherwise open wherever it was last)."""
    from PySide6.QtCore import QStandardPaths

    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()
