"""Adding mtviewer to (and removing it from) the user's Linux application menu.

Files follow the freedesktop specifications under ``$XDG_DATA_HOME`` (default
``~/.local/share``): a .desktop entry, icons in the hicolor theme, AppStream metainfo.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import paths

APP_ID = "org.mtviewer.Mtviewer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return paths.xdg_home("XDG_DATA_HOME", ".local/share")


def launcher() -> list[str]:
    """The command that starts this installation of mtviewer, by absolute paths: the
    bundle's own executable, the ``mtviewer`` script of the environment running now, or
    this Python with ``-m mtviewer`` (never whichever ``mtviewer`` is first on PATH)."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [os.path.abspath(sys.executable)]
    python = Path(os.path.abspath(sys.executable))  # a venv's python is a link: keep it
    script = python.with_name("mtviewer.exe" if sys.platform == "win32" else "mtviewer")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(python), "-m", "mtviewer"]


RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make an Exec argument need quotes (Desktop Entry Specification)."""


def exec_argument(argument: str) -> str:
    """One argument as the Exec key writes it: in double quotes when it holds a reserved
    character, with ``"`` `` ` `` ``$`` ``\\`` escaped inside them, then every backslash
    doubled (the key is a string value) and ``%`` written ``%%`` (not a field code)."""
    if "\n" in argument or "\r" in argument:
        raise ValueError(f"a path with a line break cannot start from a menu: {argument!r}")
    if argument and not (set(argument) & RESERVED):
        quoted = argument
    else:
        quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def exec_line(command: list[str]) -> str:
    return " ".join(exec_argument(a) for a in command)


def string_value(text: str) -> str:
    """A plain string value (TryExec): backslashes doubled."""
    return text.replace("\\", "\\\\")


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


def contents(home: Path) -> dict[Path, bytes]:
    """What ``install`` writes, by target."""
    icons, desktop = paths.shipped("resources/icons"), paths.shipped("resources/desktop")
    command = launcher()
    entry = (desktop / "mtviewer.desktop").read_text(encoding="utf-8")
    metainfo = (desktop / "mtviewer.metainfo.xml").read_text(encoding="utf-8")
    found = {}
    for name, target in targets(home).items():
        if name == "desktop":
            found[target] = (entry.replace("@EXEC@", exec_line(command))
                             .replace("@TRYEXEC@", string_value(command[0]))
                             .replace("@ICON@", APP_ID)).encode("utf-8")
        elif name == "metainfo":
            found[target] = metainfo.replace("@APP_ID@", APP_ID).encode("utf-8")
        elif name == "svg":
            found[target] = (icons / "mtviewer.svg").read_bytes()
        else:
            found[target] = (icons / f"mtviewer-{name[3:]}.png").read_bytes()
    return found


def install(home: Path | None = None) -> list[Path]:
    """Write the menu entry, icons and metainfo, each whole or not at all (a device, a pipe
    or a folder in a file's place is refused: SaveError); the files written."""
    from .files import check_target, write_bytes

    files = contents(home or data_home())
    for target in files:  # refuse before writing anything
        if target.parent.is_dir():
            check_target(target)
    for target, data in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(target, data)
    return list(files)


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote (only regular files); the files removed."""
    removed = []
    for target in targets(home or data_home()).values():
        if target.is_symlink() or target.is_file():
            target.unlink()
            removed.append(target)
    return removed
