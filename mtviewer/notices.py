"""The licences of what mtviewer ships: its own (LICENSE) and THIRD-PARTY-NOTICES, which
scripts/third_party_notices.py writes from the installed distributions (and, for the
bundle, from the libraries PyInstaller copied). About lists its components from it."""

from __future__ import annotations

import re
from pathlib import Path

from . import paths

COMPONENT = re.compile(r"^- (\S+) (\S+): (.+)$")


def notices_file() -> Path:
    return paths.shipped("THIRD-PARTY-NOTICES")


def licence_file() -> Path:
    return paths.shipped("LICENSE")


def components(text: str | None = None) -> list[tuple[str, str, str]]:
    """(name, version, licence) of every component the notices list, in their order."""
    if text is None:
        try:
            text = notices_file().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return []
    found, listing = [], False
    for line in text.splitlines():
        if line == "COMPONENTS":
            listing = True
        elif listing and line.startswith("====="):
            break
        elif listing and (match := COMPONENT.match(line)):
            name, version, licence = match.groups()
            found.append((name, version, licence))
    return found


def full_text() -> str:
    """mtviewer's licence, then every notice, as plain text ('' for a file not shipped)."""
    parts = []
    for path in (licence_file(), notices_file()):
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return "\n\n".join(parts)
