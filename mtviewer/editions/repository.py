"""The publisher's side: a TUF repository in a folder that any file share, USB stick or
static web server can carry.

    FEED/metadata/1.root.json, 2.root.json …   every version of the root (keys and roles)
    FEED/metadata/N.targets.json               the editions: size, SHA-256, and mtviewer's
                                               description of each (version, name, date …)
    FEED/metadata/N.snapshot.json              which targets.json belongs to this state
    FEED/metadata/timestamp.json               which snapshot is current, and until when
    FEED/targets/<sha256>.mtviewer-V.sqlite    the databases

Roles root, targets, snapshot and timestamp, Ed25519 keys, consistent snapshots (a reader
never mixes two states of a feed being written). Files are written in the order a reader
follows them backwards (databases, targets, snapshot, then the timestamp, atomically), so a
feed is complete at every moment.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization import DeserializationError
from tuf.api.serialization.json import JSONSerializer

from .. import files
from .errors import EditionError
from .safeio import read_regular
from .signing import NaclKey, NaclSigner

METADATA, TARGETS = "metadata", "targets"
ONLINE = ("targets", "snapshot", "timestamp")
ROLES = ("root", *ONLINE)
EXPIRES_DAYS = {"root": 730, "targets": 365, "snapshot": 365, "timestamp": 7}
"""How long each role's signature holds; the timestamp's is the feed's freeze protection
(``--expires-days``), the others are renewed whenever an edition is published."""
MAX_METADATA = 1 << 20
APP = "mtviewer"
"""The key of mtviewer's own description in a target's ``custom`` field."""


def target_name(version: str) -> str:
    return f"mtviewer-{version}.sqlite"


def expiry(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


class Repository:
    def __init__(self, folder: Path):
        self.folder = folder
        self.metadata = folder / METADATA
        self.targets = folder / TARGETS

    def exists(self) -> bool:
        return (self.metadata / "1.root.json").exists()

    # Reading what is there

    def _read(self, name: str) -> Metadata:
        path = self.metadata / name
        try:
            return Metadata.from_bytes(read_regular(path, MAX_METADATA, "metadata file"))
        except DeserializationError as exc:
            raise EditionError("feed", f"{path} is not TUF metadata: {exc}") from exc

    def root(self) -> Metadata[Root]:
        version = 1
        while (self.metadata / f"{version + 1}.root.json").exists():
            version += 1
        return self._read(f"{version}.root.json")

    def timestamp(self) -> Metadata[Timestamp]:
        return self._read("timestamp.json")

    def snapshot(self) -> Metadata[Snapshot]:
        return self._read(f"{self.timestamp().signed.snapshot_meta.version}.snapshot.json")

    def targets_md(self) -> Metadata[Targets]:
        version = self.snapshot().signed.meta["targets.json"].version
        return self._read(f"{version}.targets.json")

    # Writing

    def _write(self, name: str, metadata: Metadata) -> bytes:
        data = metadata.to_bytes(JSONSerializer(compact=False))
        try:
            files.write_bytes(self.metadata / name, data)
        except files.SaveError as exc:
            raise EditionError("write", str(exc)) from exc
        return data

    def _sign(self, metadata: Metadata, role: str, root: Root, signers: list[NaclSigner]) -> None:
        """Sign with every given key the root names for ``role``; refuse when too few."""
        metadata.signatures.clear()
        wanted = root.roles[role]
        for signer in signers:
            if signer.public_key.keyid in wanted.keyids:
                metadata.sign(signer, append=True)
        if len(metadata.signatures) < wanted.threshold:
            raise EditionError("bad-key", f"the {role} role of this feed needs "
                               f"{wanted.threshold} of its keys ({_ids(wanted.keyids)}); the "
                               f"given keys are {_ids(s.public_key.keyid for s in signers)}")

    def init(self, root_signers: list[NaclSigner], online: list[NaclKey]) -> Metadata[Root]:
        """A new feed: root version 1 trusting ``root_signers`` for the root and each of
        ``online`` for targets, snapshot and timestamp."""
        if self.exists():
            raise EditionError("exists", f"{self.folder} already holds a feed")
        root = Root(version=1,
                    expires=expiry(EXPIRES_DAYS["root"]), consistent_snapshot=True)
        for signer in root_signers:
            root.add_key(signer.public_key, "root")
        for key in online:
            for role in ONLINE:
                root.add_key(key, role)
        signed = Metadata(root)
        self._sign(signed, "root", root, root_signers)
        for folder in (self.metadata, self.targets):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise EditionError("write", f"{folder} cannot be made a folder: "
                                   f"{exc.strerror or exc}") from exc
        self._write("1.root.json", signed)
        return signed

    def publish(self, targets: dict[str, TargetFile], signers: list[NaclSigner],
                expires_days: float) -> int:
        """Sign ``targets`` as the feed's edition list, then a new snapshot and timestamp
        (also to renew their signatures); the new timestamp's version."""
        writes = self._prepare(targets, signers, expires_days, self.root().signed)
        for name, metadata in writes:
            self._write(name, metadata)
        return writes[-1][1].signed.version

    def _prepare(self, targets: dict[str, TargetFile], signers: list[NaclSigner],
                 expires_days: float, root: Root) -> list[tuple[str, Metadata]]:
        """The signed targets, snapshot and timestamp to write, in that order."""
        have = (self.timestamp() if (self.metadata / "timestamp.json").exists() else None)
        old_snapshot = self.snapshot().signed if have else None
        old_targets = self.targets_md().signed if have else None
        signed_targets = Metadata(Targets(
            version=(old_targets.version + 1) if old_targets else 1,
            expires=expiry(max(EXPIRES_DAYS["targets"], expires_days)), targets=targets))
        self._sign(signed_targets, "targets", root, signers)
        snapshot = Snapshot(version=(old_snapshot.version + 1) if old_snapshot else 1,
                            expires=expiry(max(EXPIRES_DAYS["snapshot"], expires_days)),
                            meta={"targets.json": MetaFile(signed_targets.signed.version)})
        signed_snapshot = Metadata(snapshot)
        self._sign(signed_snapshot, "snapshot", root, signers)
        timestamp = Timestamp(version=(have.signed.version + 1) if have else 1,
                              expires=expiry(expires_days),
                              snapshot_meta=MetaFile(snapshot.version))
        signed_timestamp = Metadata(timestamp)
        self._sign(signed_timestamp, "timestamp", root, signers)
        return [(f"{signed_targets.signed.version}.targets.json", signed_targets),
                (f"{snapshot.version}.snapshot.json", signed_snapshot),
                ("timestamp.json", signed_timestamp)]

    def current_targets(self) -> dict[str, TargetFile]:
        if not (self.metadata / "timestamp.json").exists():
            return {}
        return dict(self.targets_md().signed.targets)

    def add_target(self, name: str, data: bytes, custom: dict) -> TargetFile:
        """Put a database in ``targets/`` under its consistent-snapshot name."""
        target = TargetFile.from_data(name, data, ["sha256"])
        target.unrecognized_fields["custom"] = {APP: custom}
        path = self.targets / f"{target.hashes['sha256']}.{name}"
        if not path.exists():
            try:
                files.write_bytes(path, data)
            except files.SaveError as exc:
                raise EditionError("write", str(exc)) from exc
        return target

    def rotate(self, old_keyid: str, new: NaclSigner, root_signers: list[NaclSigner],
               online_signers: list[NaclSigner], expires_days: float) -> int:
        """Replace the key ``old_keyid`` by ``new`` in every role that lists it, in a new
        root version signed by the old root's keys (and the new one's), then sign the
        feed's other files again so that they hold under the new root; the root's version."""
        current = self.root()
        root = copy.deepcopy(current.signed)  # to_dict() shares its lists with the original
        roles = [role for role in ROLES if old_keyid in root.roles[role].keyids]
        if not roles:
            raise EditionError("bad-key", f"key {old_keyid[:16]} is not a key of this feed "
                               f"(its keys: {_ids(root.keys)})")
        for role in roles:
            root.revoke_key(old_keyid, role)
            root.add_key(new.public_key, role)
        root.version += 1
        root.expires = expiry(EXPIRES_DAYS["root"])
        signed = Metadata(root)
        for signer in {s.public_key.keyid: s for s in [*root_signers, new]}.values():
            if signer.public_key.keyid in (set(current.signed.roles["root"].keyids)
                                           | set(root.roles["root"].keyids)):
                signed.sign(signer, append=True)
        try:
            current.signed.verify_delegate("root", signed.signed_bytes, signed.signatures)
            root.verify_delegate("root", signed.signed_bytes, signed.signatures)
        except Exception as exc:  # noqa: BLE001 (TUF's UnsignedMetadataError, said plainly)
            raise EditionError("bad-key", "the new root must be signed by the root keys of "
                               f"the old one and of the new one; give them with --root-key "
                               f"({exc})") from exc
        writes = self._prepare(self.current_targets(), [new, *online_signers], expires_days,
                               root)  # before anything is written: every role can be signed
        self._write(f"{root.version}.root.json", signed)
        for name, metadata in writes:
            self._write(name, metadata)
        return root.version


def _ids(keyids) -> str:
    return ", ".join(sorted(k[:16] for k in keyids)) or "none"
