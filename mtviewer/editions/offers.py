"""A feed's location, and the editions a verified feed offers, each in its publisher's
signed words (cut and made plain where they are long or odd)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tuf.api.metadata import TargetFile

from .anchors import Anchor
from .errors import EditionError, printable
from .fetcher import FOLDER
from .repository import APP, target_name
from .versions import VERSION

MAX_EDITION = 1 << 30
"""No edition may be larger (1 GiB), whatever its signed size."""
MAX_TEXT = 200
"""A publisher's name, an edition's name: longer is cut."""
_HASHED = re.compile(r"[0-9a-f]{64}\.")


@dataclass(frozen=True)
class Feed:
    location: str
    base: str
    folder: Path | None = None
    chosen: str | None = None
    """The edition a chosen file is (install from a file), by its target name."""

    @property
    def metadata_url(self) -> str:
        return self.base + "metadata/"

    @property
    def targets_url(self) -> str:
        return self.base + "targets/"


def feed_at(location: str) -> Feed:
    """The feed a folder, a file inside a feed's folder, or an http(s) address is."""
    text = location.strip()
    scheme = urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        base = text if text.endswith("/") else text + "/"
        return Feed(text, base)
    if len(scheme) > 1:
        raise EditionError("feed", f"{printable(text)}: a feed is a folder or an http or "
                           "https address")
    path = Path(text).expanduser().absolute()
    root, chosen = None, None
    if path.is_dir():
        for candidate in (path, path.parent):
            if (candidate / "metadata").is_dir():
                root = candidate
                break
    elif (path.parent.parent / "metadata").is_dir() and path.parent.name in ("metadata",
                                                                           "targets"):
        root = path.parent.parent
        if path.parent.name == "targets":
            chosen = _HASHED.sub("", path.name, count=1)
    elif path.name == "editions.json" or path.name.endswith(".edition.json"):
        raise EditionError("feed", f"{printable(path)} is a feed of mtviewer's earlier format, "
                           "without signed metadata; ask the publisher to publish the "
                           "edition again with this version of mtviewer")
    if root is None:
        raise EditionError("feed", f"{printable(path)} is not a signed edition feed (a "
                           "folder with metadata/ and targets/ in it) nor a file inside one; "
                           "a database on its own can only be opened unverified (--db)")
    return Feed(text, FOLDER + str(root) + "/", root, chosen)


@dataclass(frozen=True)
class Offer:
    """An edition in a verified feed: every field is the publisher's signed words."""

    version: str
    name: str
    date: str
    publisher: str
    schema: int
    size: int
    content_digest: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    feed: Feed
    anchor: Anchor
    offers: list[Offer]
    """Newest first; entries that are not well-formed are left out (``unusable``)."""
    unusable: int
    expires: str
    """When the feed's signed index expires (ISO 8601, UTC)."""


def _text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    text = printable(" ".join(value.split()), MAX_TEXT)
    return text


def offer_from(path: str, info: TargetFile) -> Offer | None:
    """The offer a signed target describes, or None when it is not a well-formed edition."""
    custom = info.unrecognized_fields.get("custom")
    custom = custom.get(APP) if isinstance(custom, dict) else None
    if not isinstance(custom, dict):
        return None
    version, schema, counts = custom.get("version"), custom.get("schema"), custom.get("counts")
    if (not isinstance(version, str) or not VERSION.fullmatch(version)
            or path != target_name(version) or not isinstance(schema, int)
            or isinstance(schema, bool) or not 0 < info.length <= MAX_EDITION
            or "sha256" not in info.hashes):
        return None
    date = custom.get("date")
    date = date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
    counts = {str(k)[:40]: v for k, v in (counts.items() if isinstance(counts, dict) else [])
              if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**9}
    digest = custom.get("content_digest")
    return Offer(version, _text(custom.get("name")), date, _text(custom.get("publisher")),
                 schema, info.length, digest if isinstance(digest, str) else "", path, counts)


def readable(offers: list[Offer]) -> list[Offer]:
    """The offers built for the schema this version of mtviewer reads, newest first."""
    from ..content.schema import SCHEMA_VERSION

    return [o for o in offers if o.schema == SCHEMA_VERSION]
