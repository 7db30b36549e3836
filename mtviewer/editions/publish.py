"""Publishing an edition: check and build the source, sign the database, and add it to the
feed in a folder that any file share or static web server can serve."""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
from dataclasses import replace
from pathlib import Path

from .. import files
from .errors import EditionError
from .feed import FEED_NAME, SIDECAR, Entry, feed_bytes, parse_feed
from .keys import key_id, read_private


def publish(source: Path, outdir: Path, key_file: Path) -> Entry:
    """Build ``source`` into ``outdir/mtviewer-<version>.sqlite``, sign it with the private
    key in ``key_file``, write its signed entry beside it and list it in the feed."""
    from ..compiler.build import build_database
    from ..compiler.source_schema import ContentError, load_edition
    from ..content import open_content
    from .signing import public_of, sign

    seed = read_private(key_file)
    try:
        edition = load_edition(source)
    except ContentError as exc:
        raise EditionError("source", "; ".join(exc.problems)) from exc
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EditionError("write", f"{outdir} cannot be made a folder: "
                           f"{exc.strerror or exc}") from exc
    feed_path = outdir / FEED_NAME
    entries = parse_feed(feed_path.read_bytes(), str(feed_path)) if feed_path.exists() else []
    with tempfile.TemporaryDirectory(prefix=".mtviewer-publish.", dir=outdir) as work:
        built = Path(work) / "edition.sqlite"
        try:
            counts = build_database(source, built)
        except ContentError as exc:
            raise EditionError("source", "; ".join(exc.problems[:5])) from exc
        data = built.read_bytes()
        content = open_content(built)
        try:
            built = content.edition()
        finally:
            content.close()
    sha = hashlib.sha256(data).hexdigest()
    same = [e for e in entries if e.version == edition.version]
    if same and same[0].sha256 != sha:
        raise EditionError("exists", f"version {edition.version} is already published in "
                           f"{feed_path} with other content; raise the version in "
                           "edition.toml")
    public = public_of(seed)
    entry = Entry(version=edition.version, name=edition.name, date=edition.date.isoformat(),
                  publisher=edition.publisher, file=f"mtviewer-{edition.version}.sqlite",
                  size=len(data), sha256=sha, content_digest=built.digest,
                  schema=built.schema or 0, key=key_id(public),
                  counts={kind: n for kind, n in counts.items() if kind != "source"})
    entry = replace(entry, signature=base64.b64encode(sign(seed, entry.signed_part())).decode())
    try:
        files.write_bytes(outdir / entry.file, data)
        files.write_bytes(outdir / (entry.file + SIDECAR),
                          (json.dumps(entry.as_json(), indent=2, ensure_ascii=False)
                           + "\n").encode("utf-8"))
        files.write_bytes(feed_path, feed_bytes(
            [e for e in entries if e.version != entry.version] + [entry]))
    except files.SaveError as exc:
        raise EditionError("write", str(exc)) from exc
    return entry
