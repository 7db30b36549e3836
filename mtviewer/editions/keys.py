"""Publisher key files: making a pair, and reading them.

A public key file holds one line, ``ed25519 <base64 of the 32-byte key> <comment>``; a
private key file ``ed25519-private <base64 of the 32-byte seed>``. In TUF metadata a key is
named by its key id (the SHA-256 of its canonical JSON, ``signing.tuf_key``). Key files are
read through ``safeio``: a FIFO or ``/dev/zero`` given as a key is refused, never read.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import EditionError
from .safeio import read_regular

PUBLIC_TAG, PRIVATE_TAG = "ed25519", "ed25519-private"
KEY_BYTES = 32
MAX_KEY_FILE = 4096


@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    comment: str
    path: Path | None = None


def _decode(text: str, path: Path) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise EditionError("bad-key", f"{path} is not an mtviewer key file")
    return raw


def _words(path: Path, what: str) -> list[str]:
    try:
        data = read_regular(path, MAX_KEY_FILE, what)
    except EditionError as exc:
        raise EditionError("bad-key", exc.detail) from exc
    try:
        return data.decode("utf-8").split(maxsplit=2)
    except UnicodeDecodeError as exc:
        raise EditionError("bad-key", f"{path} is not an mtviewer key file") from exc


def read_public(path: Path) -> PublicKey:
    """A public key file; a private key file gives its public half."""
    words = _words(path, "key file")
    if words and words[0] == PRIVATE_TAG:
        from .signing import public_of

        return PublicKey(public_of(read_private(path)), "", path)
    if len(words) < 2 or words[0] != PUBLIC_TAG:
        raise EditionError("bad-key", f"{path} is not an mtviewer public key file")
    return PublicKey(_decode(words[1], path), words[2].strip() if len(words) > 2 else "", path)


def read_private(path: Path) -> bytes:
    """The 32-byte seed of a private key file."""
    words = _words(path, "private key file")
    if len(words) != 2 or words[0] != PRIVATE_TAG:
        raise EditionError("bad-key", f"{path} is not an mtviewer private key file")
    return _decode(words[1], path)


def write_pair(private_path: Path, comment: str) -> tuple[Path, str]:
    """Make a new key pair: the private key at ``private_path`` (readable by its owner
    only), the public key beside it as ``<name>.pub``; the public path and the key id."""
    from .signing import new_seed, public_of, tuf_key

    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if os.path.lexists(path):
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
    return public_path, tuf_key(raw).keyid
