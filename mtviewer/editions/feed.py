"""The edition feed: ``editions.json`` in a folder any file share or static web server can
serve, listing each edition's version, date, size, SHA-256, signature and file name.

Each entry is signed on its own (over its canonical JSON without the signature), so a feed
can be copied, merged or served by anyone: only the entries' signatures are trusted.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .errors import EditionError
from .versions import VERSION, version_key

FEED_NAME = "editions.json"
SIDECAR = ".edition.json"
"""Beside a published database file: its signed entry, so one file can travel alone."""
FORMAT = "mtviewer-editions"
MAX_FEED = 1 << 20
FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")
TIMEOUT = 20


@dataclass(frozen=True)
class Entry:
    """One published edition, as the feed describes it."""

    version: str
    name: str
    date: str
    publisher: str
    file: str
    size: int
    sha256: str
    content_digest: str
    schema: int
    key: str
    """The id of the key that signed it."""
    counts: dict[str, int] = field(default_factory=dict)
    signature: str = ""

    def signed_part(self) -> bytes:
        described = asdict(self)
        del described["signature"]
        return json.dumps(described, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")

    def signature_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.signature, validate=True)
        except (binascii.Error, ValueError):
            return b""

    def as_json(self) -> dict:
        return asdict(self)


def entry_from(data: object) -> Entry:
    """An entry from JSON, or EditionError("feed") naming what is wrong."""
    types = {"version": str, "name": str, "date": str, "publisher": str, "file": str,
             "size": int, "sha256": str, "content_digest": str, "schema": int, "key": str,
             "counts": dict, "signature": str}
    if not isinstance(data, dict):
        raise EditionError("feed", "an edition in the feed is not a JSON object")
    for name, kind in types.items():
        if not isinstance(data.get(name), kind) or isinstance(data.get(name), bool):
            raise EditionError("feed", f"an edition in the feed has no valid '{name}'")
    if not VERSION.fullmatch(data["version"]):
        raise EditionError("feed", f"the edition's version {data['version']!r} is not "
                           "numbers and dots")
    if not FILE_NAME.fullmatch(data["file"]) or ".." in data["file"]:
        raise EditionError("feed", f"the edition's file name {data['file']!r} is not allowed")
    counts = {str(k): v for k, v in data["counts"].items() if isinstance(v, int)}
    return Entry(**{**{name: data[name] for name in types}, "counts": counts})


def parse_feed(raw: bytes, where: str) -> list[Entry]:
    """The entries of a feed, newest first."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EditionError("feed", f"{where} is not an edition feed ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(
            data.get("editions"), list):
        raise EditionError("feed", f"{where} is not an mtviewer edition feed")
    entries = [entry_from(item) for item in data["editions"]]
    return sorted(entries, key=lambda e: version_key(e.version), reverse=True)


def feed_bytes(entries: list[Entry]) -> bytes:
    ordered = sorted(entries, key=lambda e: version_key(e.version), reverse=True)
    data = {"format": FORMAT, "version": 1, "editions": [e.as_json() for e in ordered]}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def is_url(location: str) -> bool:
    return urlsplit(location).scheme in ("http", "https")


def feed_address(location: str) -> str:
    """The feed file of a folder, a feed file, or a web address (of the feed or its folder)."""
    if is_url(location):
        return location if location.endswith(".json") else location.rstrip("/") + "/" + FEED_NAME
    path = Path(location).expanduser()
    return str(path / FEED_NAME if path.is_dir() else path)


def read_feed(location: str) -> list[Entry]:
    """The entries of the feed at ``location`` (folder, file or http(s) address)."""
    address = feed_address(location)
    return parse_feed(read_small(address), address)


def read_small(address: str) -> bytes:
    if is_url(address):
        from urllib.error import URLError
        from urllib.request import urlopen

        try:
            with urlopen(address, timeout=TIMEOUT) as response:  # noqa: S310 (http(s) only)
                raw = response.read(MAX_FEED + 1)
        except (URLError, OSError, ValueError) as exc:
            raise EditionError("download", f"{address} cannot be read: {_reason(exc)}") from exc
    else:
        try:
            with open(address, "rb") as f:
                raw = f.read(MAX_FEED + 1)
        except OSError as exc:
            raise EditionError("feed", f"{address} cannot be read: "
                               f"{exc.strerror or exc}") from exc
    if len(raw) > MAX_FEED:
        raise EditionError("feed", f"{address} is too large for an edition feed")
    return raw


def file_address(feed: str, entry: Entry) -> str:
    """Where the entry's database file is, next to the feed file."""
    if is_url(feed):
        return urljoin(feed, entry.file)
    return str(Path(feed).parent / entry.file)


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or getattr(exc, "strerror", None) or exc)
