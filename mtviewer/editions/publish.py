"""Publishing an edition: check and build the source, add the database to the feed's TUF
repository (``repository.py``), and sign the new edition list, snapshot and timestamp."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import EditionError
from .keys import read_private, read_public
from .repository import EXPIRES_DAYS, Repository, target_name


@dataclass(frozen=True)
class Published:
    version: str
    date: str
    file: Path
    size: int
    new_feed: bool
    timestamp_version: int


def signers(key_files: list[Path]):
    from .signing import NaclSigner

    return [NaclSigner(read_private(path)) for path in key_files]


def publish(source: Path, outdir: Path, key_files: list[Path],
            root_key_files: list[Path] | None = None,
            expires_days: float = EXPIRES_DAYS["timestamp"]) -> Published:
    """Build ``source`` and add it to the feed in ``outdir`` (made, with a new root, when
    the folder holds no feed yet: ``root_key_files`` sign the root, default ``key_files``)."""
    from ..compiler.build import build_database
    from ..compiler.source_schema import ContentError, load_edition
    from ..content import open_content

    online = signers(key_files)
    repo = Repository(outdir)
    new_feed = not repo.exists()
    root_signers = signers(root_key_files) if root_key_files else online
    try:
        edition = load_edition(source)
    except ContentError as exc:
        raise EditionError("source", "; ".join(exc.problems)) from exc
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EditionError("write", f"{outdir} cannot be made a folder: "
                           f"{exc.strerror or exc}") from exc
    with tempfile.TemporaryDirectory(prefix=".mtviewer-publish.", dir=outdir) as work:
        built = Path(work) / "edition.sqlite"
        try:
            counts = build_database(source, built)
        except ContentError as exc:
            raise EditionError("source", "; ".join(exc.problems[:5])) from exc
        data = built.read_bytes()
        content = open_content(built)
        try:
            described = content.edition()
        finally:
            content.close()
    name = target_name(edition.version)
    custom = {"version": edition.version, "name": edition.name,
              "date": edition.date.isoformat(), "publisher": edition.publisher,
              "schema": described.schema or 0, "content_digest": described.digest,
              "counts": {kind: n for kind, n in counts.items() if kind != "source"}}
    if new_feed:
        repo.init(root_signers, [s.public_key for s in online])
    targets = repo.current_targets()
    same = targets.get(name)
    if same is not None and same.hashes.get("sha256") != hashlib.sha256(data).hexdigest():
        raise EditionError("exists", f"version {edition.version} is already published in "
                           f"{outdir} with other content; raise the version in edition.toml")
    target = repo.add_target(name, data, custom)
    version = repo.publish({**targets, name: target}, online, expires_days)
    return Published(edition.version, edition.date.isoformat(),
                     repo.targets / f"{target.hashes['sha256']}.{name}", len(data), new_feed,
                     version)


def init(outdir: Path, root_key_files: list[Path], key_files: list[Path]) -> Path:
    """An empty feed: its root of trust, the file PCs are given to trust it."""
    from .signing import tuf_key

    repo = Repository(outdir)
    repo.init(signers(root_key_files), [tuf_key(read_public(p).raw) for p in key_files])
    return repo.metadata / "1.root.json"


def renew(outdir: Path, key_files: list[Path], expires_days: float) -> int:
    """Sign the feed's edition list, snapshot and timestamp again, valid for
    ``expires_days`` more (run it from a scheduled task, e.g. daily with a week's expiry)."""
    repo = Repository(outdir)
    if not repo.exists():
        raise EditionError("feed", f"{outdir} holds no feed")
    return repo.publish(repo.current_targets(), signers(key_files), expires_days)


def rotate(outdir: Path, old: Path, new: Path, root_key_files: list[Path],
           key_files: list[Path], expires_days: float) -> int:
    """Replace the key in ``old`` (a public or private key file: a lost key's public half
    is enough) by the private key ``new``; the new root's version."""
    from .signing import NaclSigner, tuf_key

    repo = Repository(outdir)
    if not repo.exists():
        raise EditionError("feed", f"{outdir} holds no feed")
    old_id = tuf_key(read_public(old).raw).keyid
    return repo.rotate(old_id, NaclSigner(read_private(new)), signers(root_key_files),
                       signers(key_files), expires_days)
