"""File → Recent: the content databases opened lately, newest first, kept in QSettings."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..formatting import fill
from ..settings import RECENT, Settings

LIMIT = 8
translate = QCoreApplication.translate


class RecentFiles:
    """A bounded list of paths; whatever a settings file holds, only sane paths come out."""

    def __init__(self, settings: Settings, limit: int = LIMIT):
        self.settings, self.limit = settings, limit

    def paths(self) -> list[Path]:
        found: list[Path] = []
        for item in self.settings[RECENT]:
            path = Path(item)
            if path.is_absolute() and path not in found:
                found.append(path)
        return found[:self.limit]

    def add(self, path: Path) -> None:
        path = Path(path).absolute()
        kept = [path, *(p for p in self.paths() if p != path)][:self.limit]
        self.settings[RECENT] = [str(p) for p in kept]

    def remove(self, path: Path) -> None:
        self.settings[RECENT] = [str(p) for p in self.paths() if p != path]

    def clear(self) -> None:
        self.settings.remove(RECENT)


def unreachable(path: Path) -> str | None:
    """Why ``path`` cannot be opened now, in a few words ("missing", "no permission to open
    its folder", "name too long", "not a file"); None when it can be tried."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return translate("Recent", "missing")
    except PermissionError:
        return translate("Recent", "no permission to open its folder")
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return translate("Recent", "name too long")
        if exc.errno == errno.ENOTDIR:
            return translate("Recent", "missing")
        return translate("Recent", "cannot be reached")
    except ValueError:
        return translate("Recent", "cannot be reached")
    return None if stat.S_ISREG(mode) else translate("Recent", "not a file")


def fill_menu(menu: QMenu, recent: RecentFiles, current: Path, open_path) -> None:
    """The submenu's entries, made each time it opens: a file that cannot be opened now is
    shown greyed, with why, and a way to forget it."""
    menu.clear()
    paths = recent.paths()
    reasons = {path: unreachable(path) for path in paths}
    for number, path in enumerate(paths, start=1):
        reason = reasons[path]
        text = fill(translate("Recent", "&%1 %2"), number, str(path).replace("&", "&&"))
        if reason is not None:
            text = fill(translate("Recent", "%1 (%2)"), text, reason)
        action = menu.addAction(text)
        action.setEnabled(reason is None and path != current.absolute())
        action.setToolTip(fill(translate("Recent", "This file cannot be opened: %1"), reason)
                          if reason is not None else str(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if not paths:
        menu.addAction(translate("Recent", "No databases opened yet")).setEnabled(False)
        return
    menu.addSeparator()
    gone = [p for p in paths if reasons[p] is not None]
    forget = menu.addAction(translate("Recent", "Forget files that cannot be opened"))
    forget.setEnabled(bool(gone))
    def forget_gone() -> None:
        for path in gone:
            recent.remove(path)
    forget.triggered.connect(forget_gone)
    menu.addAction(translate("Recent", "Clear the list")).triggered.connect(recent.clear)
