"""Whether an installed edition's bytes are the ones a trusted publisher signed, and which
database the app opens.

"Verified" is about the bytes, not where a file is. The full check walks the publisher's
roots from the trusted anchor (key rotations included), checks the signed edition list with
the newest root's keys, and compares the database's size and SHA-256 with the signed ones;
expiry is not checked here (an edition in use stays usable when its feed goes stale). It
loads python-tuf, so it runs once per file: its result is cached in the user's data folder
under the file's size, modification and change times and inode, and later starts only
compare those (a change time cannot be set back, so a changed file misses the cache). The
window then runs the full check again in the background.

Standard library only until a full check is needed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from .anchors import trusted_anchors, trusted_ids
from .errors import EditionError
from .safeio import load_json, read_regular
from .store import SIGNED, Installed, Store
from .versions import version_key

CACHE = "edition-checks.json"
MAX_CACHE = 256 * 1024
MAX_METADATA = 1 << 20

VERIFIED, CHANGED, UNSIGNED, UNTRUSTED = "verified", "changed", "unsigned", "untrusted"
"""Verdicts: the signed bytes; bytes other than the signed ones; no valid signature (a
planted folder, a damaged description); signed by a publisher this PC does not trust (any
more, or not on a managed PC)."""

_verdicts: dict[tuple, str] = {}
"""This process's full checks, by file and state (so a failed one is not repeated)."""


def _stamp(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _cache_path() -> Path:
    return paths.user_data_dir() / CACHE


def _cached() -> dict[str, list]:
    try:
        data = load_json(read_regular(_cache_path(), MAX_CACHE, "check cache"), CACHE)
    except EditionError:
        return {}
    return data if isinstance(data, dict) else {}


def _remember(installed: Installed, stamp: tuple, verdict: str) -> None:
    _verdicts[stamp] = verdict
    cache = _cached()
    key = str(installed.database)
    if verdict == VERIFIED:
        cache[key] = [*stamp[1:], installed.described.get("anchor")]
    elif key not in cache:
        return
    else:
        del cache[key]
    from .. import files

    try:
        _cache_path().parent.mkdir(parents=True, exist_ok=True)
        files.write_bytes(_cache_path(), json.dumps(cache).encode("utf-8"))
    except (OSError, files.SaveError):
        pass  # no cache: the next start checks in full again


def quick(installed: Installed) -> str | None:
    """The verdict without reading the database, when this file was checked before and has
    not changed since; None when a full check is needed."""
    stamp = _stamp(installed.database)
    if stamp is None:
        return CHANGED
    if stamp in _verdicts:
        return _verdicts[stamp]
    entry = _cached().get(str(installed.database))
    if (isinstance(entry, list) and entry[:-1] == list(stamp[1:])
            and entry[-1] == installed.described.get("anchor") and entry[-1] in trusted_ids()):
        return VERIFIED
    return None


def check(installed: Installed, full: bool = False) -> str:
    """The verdict on ``installed``: quick when it can be (unless ``full``), else full."""
    if not full:
        found = quick(installed)
        if found is not None:
            return found
    stamp = _stamp(installed.database)
    verdict = _full(installed)
    if stamp is not None and _stamp(installed.database) == stamp:
        _remember(installed, stamp, verdict)
    return verdict


def _full(installed: Installed) -> str:
    from tuf.api.metadata import Metadata, Targets
    from tuf.api.serialization import DeserializationError

    from . import signing  # noqa: F401 (registers libsodium for TUF's Ed25519 checks)

    described = installed.described
    anchor = next((a for a in trusted_anchors() if a.id == described.get("anchor")), None)
    if anchor is None:
        return UNTRUSTED
    target = described.get("target")
    try:
        root = newest_root(Metadata.from_bytes(anchor.data), anchor.id, installed.store)
        lists = [read_regular(installed.folder / SIGNED, MAX_METADATA, "edition list")]
        for store in (installed.store, Store.system()):
            try:
                lists.append(read_regular(store.trust_dir(anchor.id) / "targets.json",
                                          MAX_METADATA, "edition list"))
            except EditionError:
                pass
    except (EditionError, DeserializationError, ValueError):
        return UNSIGNED
    for data in lists:
        try:
            signed = Metadata.from_bytes(data)
            root.signed.verify_delegate("targets", signed.signed_bytes, signed.signatures)
        except Exception:  # noqa: BLE001 (any failure: not signed by the trusted keys)
            continue
        listed = signed.signed
        info = (listed.targets.get(target)
                if isinstance(listed, Targets) and isinstance(target, str) else None)
        custom = (info.unrecognized_fields.get("custom") or {}).get("mtviewer") if info else None
        if (info is None or not isinstance(custom, dict)
                or custom.get("version") != installed.version):
            continue
        return VERIFIED if _same_bytes(installed.database, info.length,
                                       info.hashes.get("sha256")) else CHANGED
    return UNSIGNED


def newest_root(root, anchor_id: str, store: Store):
    """The newest root that follows from the anchor ``root``: each next version found in a
    store's checked history must be signed by the keys of the one before and its own."""
    from tuf.api.metadata import Metadata

    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    histories = [s.trust_dir(anchor_id) / "root_history" for s in (store, Store.system())]
    while True:
        version = root.signed.version + 1
        following = None
        for history in histories:
            try:
                candidate = Metadata.from_bytes(read_regular(
                    history / f"{version}.root.json", MAX_METADATA, "root"))
                root.signed.verify_delegate("root", candidate.signed_bytes,
                                            candidate.signatures)
                candidate.signed.verify_delegate("root", candidate.signed_bytes,
                                                 candidate.signatures)
            except Exception:  # noqa: BLE001 (missing or not valid: try the other history)
                continue
            if candidate.signed.version == version:
                following = candidate
                break
        if following is None:
            return root
        root = following


def _same_bytes(path: Path, length: int, sha256: str | None) -> bool:
    from .safeio import open_regular

    try:
        fd = open_regular(path, "edition")
    except EditionError:
        return False
    digest = hashlib.sha256()
    size = 0
    with os.fdopen(fd, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            size += len(block)
            if size > length:
                return False
            digest.update(block)
    return size == length and digest.hexdigest() == sha256


@dataclass(frozen=True)
class Choice:
    """What the app opens without ``--db``, and the installed editions it passed over."""

    path: Path
    edition: Installed | None
    skipped: list[tuple[Installed, str]] = field(default_factory=list)


def choose() -> Choice:
    """The newer verified one of the user's and the administrator's editions in use, else
    the shipped database; an edition that fails its check is passed over (and named)."""
    stores = (Store.user(), Store.system())
    currents = sorted((e for e in (s.current() for s in stores) if e),
                      key=lambda e: version_key(e.version), reverse=True)
    previous = sorted((e for e in (_previous(s) for s in stores) if e),
                      key=lambda e: version_key(e.version), reverse=True)
    candidates = currents + previous  # a failed edition in use: the one before it
    skipped: list[tuple[Installed, str]] = []
    for candidate in candidates:
        verdict = check(candidate)
        if verdict == VERIFIED:
            return Choice(candidate.database, candidate, skipped)
        if candidate.current:
            skipped.append((candidate, verdict))
    return Choice(paths.default_database(), None, skipped)


def _previous(store: Store) -> Installed | None:
    version = store.state()["previous"]
    return store.read(version) if version and store.state()["current"] else None


def default_database() -> Path:
    return choose().path


@dataclass(frozen=True)
class Provenance:
    origin: str
    """"installed" (verified), "shipped", or "unverified"."""
    edition: Installed | None = None
    verdict: str | None = None
    """For a file inside a store: VERIFIED, CHANGED, UNSIGNED or UNTRUSTED."""


def provenance(path: Path, full: bool = False) -> Provenance:
    """Where a database comes from, judged by its bytes for an installed one."""
    for store in (Store.user(), Store.system()):
        found = store.owns(path)
        if found is not None:
            verdict = check(found, full)
            return Provenance("installed" if verdict == VERIFIED else "unverified", found,
                              verdict)
    try:
        if os.path.realpath(path) == os.path.realpath(paths.default_database()):
            return Provenance("shipped")
    except (OSError, ValueError):
        pass
    return Provenance("unverified")


def shipped_edition():
    """The edition of the database that ships with the app, when it opens."""
    from ..content import DatabaseError, open_content

    try:
        content = open_content(paths.default_database())
    except DatabaseError:
        return None
    try:
        return content.edition()
    finally:
        content.close()
