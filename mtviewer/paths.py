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


def in_checkout() -> bool:
    """Whether mtviewer runs from its source checkout (or an editable install of one), where
    build-db may default to rebuilding db/ in place; not from a wheel or a bundle."""
    import sys

    root = _PACKAGE.parent
    return (not getattr(sys, "frozen", False) and not (_PACKAGE / "_shipped").exists()
            and (root / "pyproject.toml").is_file() and (root / "db" / "content").is_dir())


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


def xdg_home(variable: str, default: str) -> Path:
    """An XDG base folder: the variable's value when it is an absolute path, else
    ``~/default``. The XDG spec says relative values are invalid and to be ignored, and Qt
    ignores them, so the command line does too (both then use the same folders)."""
    import os

    value = os.environ.get(variable, "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / default


def _platform_base(windows: str, mac: str) -> Path | None:
    """The per-user base folder on Windows (under %LOCALAPPDATA%) or macOS (under ~/Library);
    None on XDG systems."""
    import os
    import sys

    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / windows
    if sys.platform == "darwin":
        return Path.home() / "Library" / mac
    return None


APP_FOLDER = Path("mtviewer") / "mtviewer"
"""Qt's folder for the organisation and then the application, both named mtviewer."""


def user_data_dir() -> Path:
    """The user's own data folder, where Qt's AppLocalDataLocation puts it (the command
    line, without Qt, finds the same folder)."""
    base = _platform_base("", "Application Support")
    return (base or xdg_home("XDG_DATA_HOME", ".local/share")) / APP_FOLDER


def user_state_dir() -> Path:
    """Where logs go: Qt's StateLocation (``~/.local/state/mtviewer/mtviewer`` on Linux),
    found the same way without Qt."""
    base = _platform_base("", "Preferences")
    if base is None:
        return xdg_home("XDG_STATE_HOME", ".local/state") / APP_FOLDER
    return base / APP_FOLDER / "State"


def log_dir() -> Path:
    return user_state_dir() / "logs"


def user_settings_file() -> Path:
    """The user's settings file on Linux and other XDG systems (where Qt keeps it)."""
    return xdg_home("XDG_CONFIG_HOME", ".config") / "mtviewer" / "mtviewer.conf"


def system_settings_file() -> Path:
    """The one system-wide settings file an administrator writes: the first absolute folder
    of ``XDG_CONFIG_DIRS`` (``/etc/xdg``) on Linux and macOS, as Qt's system scope names
    it; ``%ProgramData%`` on Windows."""
    import os
    import sys

    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA") or "C:/ProgramData")
    else:
        dirs = [d for d in os.environ.get("XDG_CONFIG_DIRS", "").split(":") if os.path.isabs(d)]
        base = Path(dirs[0]) if dirs else Path("/etc/xdg")
    return base / "mtviewer" / "mtviewer.ini"


def data_folder_problem(folder: Path) -> str | None:
    """Why ``folder`` must not be used as the data folder (the app writes and removes files
    and folders in it): it is, or leads through a link to, the root of a file system or a
    folder that holds the user's home; None when it is fine."""
    import os

    try:
        real = Path(os.path.realpath(folder))
        home = Path(os.path.realpath(Path.home()))
    except (OSError, RuntimeError, ValueError):
        return "it cannot be looked up"
    if real == Path(real.anchor) or real == home or real in home.parents:
        return f"it leads to {real}, which is not a folder of mtviewer's own"
    return None


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
