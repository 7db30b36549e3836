"""Adding mtviewer to (and removing it from) the user's Linux application menu.

Files follow the freedesktop specifications under ``$XDG_DATA_HOME`` (default
``~/.local/share``): a .desktop entry, icons in the hicolor theme, AppStream metainfo.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from . import paths

APP_ID = "org.mtviewer.Mtviewer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The command that starts this installation of mtviewer."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return shlex.quote(str(Path(sys.executable).resolve()))
    installed = shutil.which("mtviewer")
    if installed:
        return shlex.quote(str(Path(installed).resolve()))
    return f"{shlex.quote(sys.executable)} -m mtviewer"


def targets(home: Path) -> dict[str, Path]:
    files = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        files[f"png{size}"] = (home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                               / f"{APP_ID}.png")
    return files


def install(home: Path | None = None) -> list[Path]:
    """Write the menu entry, icons and metainfo; the files written."""
    home = home or data_home()
    files = targets(home)
    icons, desktop = paths.shipped("resources/icons"), paths.shipped("resources/desktop")
    written = []
    for name, target in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if name == "desktop":
            text = (desktop / "mtviewer.desktop").read_text(encoding="utf-8")
            target.write_text(text.replace("@EXEC@", launcher()).replace("@ICON@", APP_ID),
                              encoding="utf-8")
        elif name == "metainfo":
            text = (desktop / "mtviewer.metainfo.xml").read_text(encoding="utf-8")
            target.write_text(text.replace("@APP_ID@", APP_ID), encoding="utf-8")
        elif name == "svg":
            shutil.copyfile(icons / "mtviewer.svg", target)
        else:
            shutil.copyfile(icons / f"mtviewer-{name[3:]}.png", target)
        written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote; the files removed."""
    removed = []
    for target in targets(home or data_home()).values():
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed
