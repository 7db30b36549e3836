"""Edition version names: whole numbers and dots, compared number by number."""

from __future__ import annotations

import re

from ..content.schema import EDITION_VERSION

VERSION = re.compile(EDITION_VERSION)


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10"`` sorts after ``"1.9"``."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (-1,)
