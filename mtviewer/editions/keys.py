"""Publisher keys: making a pair, reading key files, and the keys this PC trusts.

A public key file holds one line, ``ed25519 <base64 of the 32-byte key> <comment>``; a
private key file ``ed25519-private <base64 of the 32-byte seed>``. A key is named by its id,
the first 16 hex digits of the SHA-256 of the public key. Only the signing and checking of
signatures (``signing.py``) loads PyNaCl; reading and listing keys is standard library.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .errors import EditionError

PUBLIC_TAG, PRIVATE_TAG = "ed25519", "ed25519-private"
KEY_BYTES = 32
TRUSTED_FOLDER = "trusted-keys"
"""Under the user's data folder and the system-wide one: more ``*.pub`` keys to trust."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    comment: str
    path: Path | None = None

    @property
    def key_id(self) -> str:
        return key_id(self.raw)


def key_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def _decode(text: str, path: Path) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise EditionError("bad-key", f"{path} is not an mtviewer key file")
    return raw


def read_public(path: Path) -> PublicKey:
    try:
        words = path.read_text(encoding="utf-8").split(maxsplit=2)
    except (OSError, UnicodeDecodeError) as exc:
        raise EditionError("bad-key", f"{path} cannot be read: {exc}") from exc
    if len(words) < 2 or words[0] != PUBLIC_TAG:
        raise EditionError("bad-key", f"{path} is not an mtviewer public key file")
    return PublicKey(_decode(words[1], path), words[2].strip() if len(words) > 2 else "", path)


def read_private(path: Path) -> bytes:
    """The 32-byte seed of a private key file."""
    try:
        words = path.read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError) as exc:
        raise EditionError("bad-key", f"{path} cannot be read: {exc}") from exc
    if len(words) != 2 or words[0] != PRIVATE_TAG:
        raise EditionError("bad-key", f"{path} is not an mtviewer private key file")
    return _decode(words[1], path)


def trusted_folders() -> list[Path]:
    """Where trusted public keys are looked for: shipped, system-wide, the user's own."""
    return [paths.shipped_keys_dir(), paths.system_data_dir() / TRUSTED_FOLDER,
            paths.user_data_dir() / TRUSTED_FOLDER]


def trusted_keys(folders: list[Path] | None = None) -> dict[str, PublicKey]:
    """Every readable ``*.pub`` key in the trusted folders, by id; unreadable files are
    skipped (they cannot make an edition trusted)."""
    found: dict[str, PublicKey] = {}
    for folder in trusted_folders() if folders is None else folders:
        try:
            files = sorted(folder.glob("*.pub"))
        except OSError:
            continue
        for file in files:
            try:
                key = read_public(file)
            except EditionError:
                continue
            found.setdefault(key.key_id, key)
    return found


def write_pair(private_path: Path, comment: str) -> tuple[Path, str]:
    """Make a new key pair: the private key at ``private_path`` (readable by its owner
    only), the public key beside it as ``<name>.pub``; the public path and the key id."""
    from .signing import new_seed, public_of

    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise EditionError("exists", f"{path} already exists; nothing was written")
    seed = new_seed()
    raw = public_of(seed)
    private_text = f"{PRIVATE_TAG} {base64.b64encode(seed).decode()}\n".encode()
    try:  # both files' bytes before either is written: both are written, or neither
        public_text = (f"{PUBLIC_TAG} {base64.b64encode(raw).decode()} "
                       f"{' '.join(comment.split())}\n").encode()
    except UnicodeEncodeError as exc:
        raise EditionError("write", "the comment is not UTF-8 text; nothing was written") \
            from exc
    made = []
    try:
        for path, data, mode in ((private_path, private_text, 0o600),
                                 (public_path, public_text, 0o644)):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            made.append(path)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
    except BaseException as exc:
        for path in made:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise EditionError("write", f"{exc.filename or private_path}: "
                                        f"{exc.strerror or exc}; nothing was written") from exc
        raise
    return public_path, key_id(raw)
