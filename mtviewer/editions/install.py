"""Installing an edition: check its signature, fetch it, check the file, and only then make
it the one in use. On any failure, or when cancelled, nothing is left behind and the edition
in use stays as it was.

The database is fetched into a temporary file beside its place (``files.replace_atomically``),
checked (size, SHA-256, opens as content, the digest and version that were signed), and moved
into place; ``state.json`` is then replaced, and that replacement is the moment the new
edition takes over. A version folder that an interrupted install left is removed the next
time, and is never opened (it is not named in the state).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from .. import files
from .errors import EditionError
from .feed import SIDECAR, Entry, entry_from, file_address, is_url, read_feed
from .keys import PublicKey, trusted_keys
from .store import DATABASE, ENTRY, SHIPPED, Store
from .versions import version_key

CHUNK = 1 << 16
Progress = Callable[[int, int], None]
"""Called with (bytes so far, bytes in all) while an edition is fetched."""


def check_entry(entry: Entry, keys: dict[str, PublicKey]) -> None:
    """The entry was signed by a trusted publisher, and is as they signed it."""
    from .signing import check

    key = keys.get(entry.key)
    if key is None:
        raise EditionError("unknown-key", f"edition {entry.version} is signed with key "
                           f"{entry.key}, which this PC does not trust: refused")
    check(key.raw, entry.signed_part(), entry.signature_bytes())


def check_file(path: Path, entry: Entry) -> None:
    """The fetched file is the database that was signed, and the app can show it."""
    size = path.stat().st_size
    if size != entry.size:
        raise EditionError("truncated", f"the file has {size:,} bytes, the signed edition "
                           f"{entry.size:,}: the download was cut short or the file changed")
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    if digest.hexdigest() != entry.sha256:
        raise EditionError("checksum", "the file's SHA-256 differs from the signed one: the "
                           "file was changed or damaged")
    from ..content import DatabaseError, open_content

    try:
        content = open_content(path)
    except DatabaseError as exc:
        raise EditionError("not-content", f"the file cannot be shown: {exc.problem.value}") \
            from exc
    try:
        built = content.edition()
    finally:
        content.close()
    if built.digest != entry.content_digest or built.version != entry.version:
        raise EditionError("checksum", "the database inside is not the signed edition")


def fetch(address: str, out: Path, entry: Entry, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> None:
    """Copy the edition's file from a path or web address into ``out``, at most its size
    and one byte more (a longer file is refused when checked)."""
    def copy(source) -> None:
        done = 0
        with out.open("wb") as sink:
            while done <= entry.size:
                if cancelled is not None and cancelled():
                    raise EditionError("cancelled", "the installation was cancelled")
                block = source.read(min(CHUNK, entry.size + 1 - done))
                if not block:
                    break
                sink.write(block)
                done += len(block)
                if progress is not None:
                    progress(done, entry.size)
            sink.flush()

    if is_url(address):
        from http.client import HTTPException, IncompleteRead
        from urllib.error import URLError
        from urllib.request import urlopen

        from .feed import TIMEOUT

        try:
            with urlopen(address, timeout=TIMEOUT) as response:  # noqa: S310 (http(s) only)
                copy(response)
        except IncompleteRead as exc:
            raise EditionError("truncated", f"the download of {address} was cut short after "
                               f"{len(exc.partial):,} bytes") from exc
        except (URLError, HTTPException, TimeoutError, ConnectionError, ValueError) as exc:
            raise EditionError("download", f"{address} could not be downloaded: "
                               f"{getattr(exc, 'reason', None) or exc}") from exc
        return
    try:
        source = open(address, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise EditionError("download", f"{address} cannot be read: {exc.strerror or exc}") \
            from exc
    with source:
        copy(source)


def resolve(location: str, version: str | None = None) -> tuple[Entry, str]:
    """The entry to install and where its file is: a database file with its signed entry
    beside it, that entry file, or a feed (its newest edition, or ``version``)."""
    path = Path(location).expanduser()
    if not is_url(location) and path.is_file() and not path.name.endswith(".json"):
        path = path.with_name(path.name + SIDECAR)
        if not path.is_file():
            raise EditionError("feed", f"{location} has no signed description beside it "
                               f"({path.name}); it can only be opened unverified with --db")
    if not is_url(location) and path.name.endswith(SIDECAR):
        try:
            entry = entry_from(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, RecursionError) as exc:
            raise EditionError("feed", f"{path} cannot be read: {exc}") from exc
        return entry, str(path.with_name(entry.file))
    from .feed import feed_address

    entries = read_feed(location)
    chosen = [e for e in entries if e.version == version] if version else readable(entries)
    if not chosen:
        raise EditionError("none", f"the feed {location} lists no edition"
                           + (f" {version}" if version else " this version of mtviewer reads"))
    return chosen[0], file_address(feed_address(location), chosen[0])


def readable(entries: list[Entry]) -> list[Entry]:
    """The entries built for the schema this version of mtviewer reads, newest first."""
    from ..content.schema import SCHEMA_VERSION

    return [e for e in entries if e.schema == SCHEMA_VERSION]


def install(store: Store, entry: Entry, address: str, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None,
            keys: dict[str, PublicKey] | None = None) -> Path:
    """Verify, fetch and install ``entry`` as the edition in use; its database's path."""
    check_entry(entry, trusted_keys() if keys is None else keys)
    state = store.state()
    if state["current"] == entry.version and store.current() is not None:
        raise EditionError("installed", f"edition {entry.version} is already in use")
    _tidy(store, keep={state["current"], state["previous"]})
    folder = store.folder(entry.version)
    existed = folder.exists()
    committed = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        files.replace_atomically(folder / DATABASE,
                                 lambda tmp: fetch(address, tmp, entry, progress, cancelled),
                                 lambda tmp: check_file(tmp, entry) is None)
        files.write_bytes(folder / ENTRY, (json.dumps(entry.as_json(), indent=2,
                                                      ensure_ascii=False) + "\n").encode())
        files.write_bytes(store.root / "state.json",
                          store.state_bytes(entry.version, state["current"]))
        committed = True
    except files.SaveError as exc:
        raise EditionError("disk", f"the edition could not be written to {store.root}: "
                           f"{exc.reason}") from exc
    except OSError as exc:
        raise EditionError("disk", f"the edition could not be written to {store.root}: "
                           f"{exc.strerror or exc}") from exc
    finally:
        if not committed and not existed:
            shutil.rmtree(folder, ignore_errors=True)
    _tidy(store, keep={entry.version, state["current"]})
    return folder / DATABASE


def use(store: Store, version: str) -> Path | None:
    """Make an installed edition (or the shipped one) the one in use; its database, or None
    for the shipped one."""
    state = store.state()
    if version == SHIPPED:
        chosen = None
    else:
        found = store.read(version)
        if found is None:
            have = ", ".join(e.entry.version for e in store.installed()) or "none"
            raise EditionError("none", f"edition {version} is not installed (installed: "
                               f"{have}; or '{SHIPPED}')")
        chosen = found.database
    try:
        files.write_bytes(store.root / "state.json",
                          store.state_bytes(None if chosen is None else version,
                                            state["current"]))
    except files.SaveError as exc:
        raise EditionError("disk", f"{store.root}: {exc.reason}") from exc
    return chosen


def _tidy(store: Store, keep: set[str | None]) -> None:
    """Remove editions other than ``keep`` (and what an interrupted install left)."""
    try:
        folders = [p for p in store.root.iterdir() if p.is_dir() and p.name not in keep]
    except OSError:
        return
    for folder in sorted(folders, key=lambda p: version_key(p.name)):
        shutil.rmtree(folder, ignore_errors=True)
