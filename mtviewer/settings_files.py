"""Where settings are kept: the user's own file, and one system-wide file for every user.

The user's settings are their file alone (``~/.config/mtviewer/mtviewer.conf`` on Linux):
none of the fallback files Qt would also read (``~/.config/mtviewer.conf``,
``/etc/xdg/mtviewer/mtviewer.conf``, ``/etc/xdg/mtviewer.conf``), so nothing there can
override or shadow the one documented system-wide file, ``/etc/xdg/mtviewer/mtviewer.ini``
(``paths.system_settings_file``), which settings an administrator sets for all are read from.
A settings file that is a pipe, a device or a socket is never opened (reading it would wait
forever): the window then runs with settings that are not kept, and says so.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from . import paths
from .files import special_file


def user_settings() -> tuple[QSettings, Path | None]:
    """The user's settings, and None, or their file when it cannot be used this time."""
    if sys.platform in ("win32", "darwin"):  # the registry, a property list: no pipes there
        settings = QSettings()
        settings.setFallbacksEnabled(False)
        return settings, None
    path = paths.user_settings_file()
    kind = special_file(path)
    if kind is None:
        return QSettings(str(path), QSettings.Format.IniFormat), None
    return QSettings(str(_scratch() / "mtviewer.conf"), QSettings.Format.IniFormat), path


def system_settings() -> QSettings:
    """The system-wide settings file (read only; an empty one when it is not a regular
    file)."""
    path = paths.system_settings_file()
    if special_file(path) is not None:
        path = _scratch() / "system.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def _scratch() -> Path:
    """A private folder for settings that are not kept, removed when the app ends."""
    import atexit
    import shutil
    import tempfile

    from .files import track

    folder = Path(tempfile.mkdtemp(prefix="mtviewer-settings-"))
    track(folder)
    atexit.register(shutil.rmtree, folder, True)
    return folder
