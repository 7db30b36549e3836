"""File → Recent: the content databases opened lately, newest first, kept in QSettings."""

from __future__ import annotations

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


def fill_menu(menu: QMenu, recent: RecentFiles, current: Path, open_path) -> None:
    """The submenu's entries, made each time it opens: a file no longer there is shown, greyed,
    with a way to forget it."""
    menu.clear()
    paths = recent.paths()
    for number, path in enumerate(paths, start=1):
        missing = not path.is_file()
        text = fill(translate("Recent", "&%1 %2"), number, str(path).replace("&", "&&"))
        if missing:
            text = fill(translate("Recent", "%1 (missing)"), text)
        action = menu.addAction(text)
        action.setEnabled(not missing and path != current.absolute())
        action.setToolTip(translate("Recent", "This file is no longer there") if missing
                          else str(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if not paths:
        menu.addAction(translate("Recent", "No databases opened yet")).setEnabled(False)
        return
    menu.addSeparator()
    forget = menu.addAction(translate("Recent", "Forget missing files"))
    forget.setEnabled(any(not p.is_file() for p in paths))
    forget.triggered.connect(lambda: [recent.remove(p) for p in paths if not p.is_file()])
    menu.addAction(translate("Recent", "Clear the list")).triggered.connect(recent.clear)
