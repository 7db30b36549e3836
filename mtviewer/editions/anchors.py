"""The publishers this PC trusts: each one's TUF root metadata (``*.root.json``), the anchor
from which every later root, key rotation and edition of that publisher is checked.

- shipped with the app: ``resources/keys/*.root.json`` (the project's own);
- for every user, put there by an administrator: ``<system data>/trusted-publishers/``;
- the user's own: ``<user data>/trusted-publishers/``, **ignored on a managed PC**: where
  the administrator's folder holds a root, trust is the administrator's alone.

Standard library only (the quick check at start-up reads these).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .errors import EditionError
from .safeio import load_json, read_regular

FOLDER = "trusted-publishers"
SUFFIX = ".root.json"
MAX_ROOT = 512 * 1024


@dataclass(frozen=True)
class Anchor:
    data: bytes
    path: Path
    scope: str
    """"shipped", "system" or "user"."""

    @property
    def id(self) -> str:
        """The anchor's name in the store (its folder of checked metadata)."""
        return hashlib.sha256(self.data).hexdigest()[:16]


def system_folder() -> Path:
    return paths.system_data_dir() / FOLDER


def user_folder() -> Path:
    return paths.user_data_dir() / FOLDER


def _roots_in(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [folder / name for name in names if name.endswith(SUFFIX)]


def managed() -> bool:
    """An administrator put trusted publishers on this PC: the user's own are not used."""
    return bool(_roots_in(system_folder()))


def ignored_user_roots() -> list[Path]:
    """The user's own trusted roots that a managed PC does not use (to say so)."""
    return _roots_in(user_folder()) if managed() else []


def _read(path: Path, scope: str) -> Anchor | None:
    try:
        data = read_regular(path, MAX_ROOT, "trusted root")
        parsed = load_json(data, str(path))
    except EditionError:
        return None
    signed = parsed.get("signed") if isinstance(parsed, dict) else None
    if not isinstance(signed, dict) or signed.get("_type") != "root":
        return None
    return Anchor(data, path, scope)


def trusted_anchors() -> list[Anchor]:
    """The roots this PC trusts, the administrator's before the app's and the user's; an
    unreadable file is skipped (it cannot make anything trusted)."""
    found = [("system", p) for p in _roots_in(system_folder())]
    found += [("shipped", p) for p in _roots_in(paths.shipped_keys_dir())]
    if not managed():
        found += [("user", p) for p in _roots_in(user_folder())]
    anchors: dict[str, Anchor] = {}
    for scope, path in found:
        anchor = _read(path, scope)
        if anchor is not None:
            anchors.setdefault(anchor.id, anchor)
    return list(anchors.values())


def trusted_ids() -> set[str]:
    return {anchor.id for anchor in trusted_anchors()}
