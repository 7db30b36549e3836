"""The clinic PC's side: check a feed with python-tuf's ngclient and install an edition.

ngclient does TUF's client workflow: the root is updated from the trusted anchor version by
version (key rotation; a rotated-out key no longer counts), then the timestamp (signed
expiry: a frozen feed is refused; a version older than one seen before is a replay), the
snapshot and the edition list (they must be the ones the timestamp names: no mix and
match). Its checked metadata is kept per store and publisher, so rollback protection holds
from one check to the next. Editions are then picked from the signed list only, and the
database is fetched within its signed size and checked against its signed SHA-256 before
the store takes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Metadata, Targets
from tuf.ngclient import Updater, UpdaterConfig

from . import signing  # noqa: F401 (registers libsodium for TUF's Ed25519 checks)
from .anchors import Anchor, ignored_user_roots, trusted_anchors
from .errors import EditionError, printable
from .fetcher import CertificateRefused, FeedFetcher, Job, RedirectRefused
from .in_use import in_use
from .offers import Feed, Offer, Report, feed_at, offer_from, readable
from .safeio import load_json, read_regular
from .store import SIGNED, Store
from .versions import VERSION, version_key

CONFIG = UpdaterConfig(max_root_rotations=32, root_max_length=128 * 1024,
                       timestamp_max_length=16 * 1024, snapshot_max_length=64 * 1024,
                       targets_max_length=1 << 20, app_user_agent="mtviewer")
STATUS = "feed-status.json"


# Checking a feed

class _Session:
    """One verified look at a feed: the updater that checked it, and what it offers."""

    def __init__(self, updater: Updater, anchor: Anchor, fetcher: FeedFetcher, feed: Feed,
                 store: Store):
        self.updater, self.anchor, self.fetcher = updater, anchor, fetcher
        self.feed, self.store = feed, store
        targets = Metadata.from_bytes(self.signed_list()).signed
        assert isinstance(targets, Targets)
        offers = [(path, offer_from(path, info)) for path, info in targets.targets.items()]
        good = [o for _p, o in offers if o is not None]
        newest_first = sorted(good, key=lambda o: version_key(o.version), reverse=True)
        self.report: Report = Report(feed, anchor, newest_first, len(offers) - len(good),
                                     _timestamp_expiry(self) or "")

    def consistent_snapshot(self) -> bool:
        """The checked root names files by their hash (as ``mtviewer publish`` does)."""
        data = read_regular(self.store.trust_dir(self.anchor.id) / "root.json", 1 << 20,
                            "checked root")
        return bool(Metadata.from_bytes(data).signed.consistent_snapshot)

    def signed_list(self) -> bytes:
        """The edition list ngclient checked (it keeps only what it checked)."""
        return read_regular(self.store.trust_dir(self.anchor.id) / "targets.json", 1 << 20,
                            "checked edition list")


def open_feed(location: str, store: Store, job: Job) -> _Session:
    """Check the feed against each trusted publisher in turn; the first whose keys sign it
    is the feed's publisher."""
    feed = feed_at(location)
    anchors = trusted_anchors()
    if not anchors:
        raise EditionError("unknown-key", "this PC trusts no publisher of content editions")
    fetcher = FeedFetcher(job, feed.folder)
    unsigned: list[tuple[Anchor, Exception]] = []
    for anchor in anchors:
        folder = store.trust_dir(anchor.id)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            updater = Updater(str(folder), feed.metadata_url, None, feed.targets_url, fetcher,
                              CONFIG, bootstrap=anchor.data)
            updater.refresh()
        except exceptions.UnsignedMetadataError as exc:
            unsigned.append((anchor, exc))
            continue
        except Exception as exc:  # noqa: BLE001 (each said in a sentence below)
            raise _explained(exc, feed, fetcher, store, anchor) from exc
        session = _Session(updater, anchor, fetcher, feed, store)
        _save_status(store, feed, session.report.expires, None)
        return session
    raise _unsigned(unsigned, feed, fetcher, store)


def check(location: str, store: Store, job: Job) -> Report:
    return open_feed(location, store, job).report


def _timestamp_seen(fetcher: FeedFetcher, feed: Feed) -> dict | None:
    data = fetcher.seen.get(feed.metadata_url + "timestamp.json")
    try:
        parsed = load_json(data, "timestamp") if data else None
    except EditionError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _timestamp_expiry(session: _Session) -> str | None:
    parsed = _timestamp_seen(session.fetcher, session.feed)
    signed = parsed.get("signed") if parsed else None
    expires = signed.get("expires") if isinstance(signed, dict) else None
    return expires if isinstance(expires, str) else None


def _unsigned(failures: list, feed: Feed, fetcher: FeedFetcher, store: Store) -> EditionError:
    """Not one trusted publisher's keys sign the feed: say whether it is someone else's
    feed (or a rotated-out key's) or a trusted one changed after signing."""
    where = printable(feed.location)
    ignored = ignored_user_roots()
    note = (" (this PC is managed: only the publishers your IT department trusts count)"
            if ignored else "")
    known: set[str] = set()
    for anchor, _exc in failures:
        known |= _timestamp_keys(anchor, store)
    seen = _timestamp_seen(fetcher, feed)
    signers = {s.get("keyid") for s in (seen or {}).get("signatures", [])
               if isinstance(s, dict)}
    if signers & known:
        return EditionError("bad-signature", f"the feed {where} is not as its publisher "
                            "signed it: it was changed after it was signed")
    return EditionError("unknown-key", f"the feed {where} is not signed by a publisher this "
                        "PC trusts, or is signed with a key the publisher has since rotated "
                        f"out{note}")


def _timestamp_keys(anchor: Anchor, store: Store) -> set[str]:
    from .verify import newest_root

    try:
        root = newest_root(Metadata.from_bytes(anchor.data), anchor.id, store)
    except Exception:  # noqa: BLE001
        return set()
    return set(root.signed.roles["timestamp"].keyids)


def _explained(exc: Exception, feed: Feed, fetcher: FeedFetcher, store: Store,
               anchor: Anchor | None) -> EditionError:
    """A sentence for whatever stopped a check or an install."""
    where = printable(feed.location)
    if isinstance(exc, EditionError):
        return exc
    cause = exc.__cause__
    if isinstance(cause, EditionError) and cause.code in ("special-file", "too-large"):
        return EditionError(cause.code, cause.detail)
    if isinstance(exc, exceptions.ExpiredMetadataError):
        since = _expired_since(exc, fetcher, feed, anchor)
        _save_status(store, feed, since, since)
        return EditionError("expired", f"the feed {where} is out of date: its signed index "
                            f"expired {since or 'some time ago'}; the publisher has not renewed "
                            "it, or an old copy is being replayed", since=since)
    if isinstance(exc, exceptions.BadVersionNumberError):
        if "must be >=" in str(exc):
            return EditionError("replayed", f"the feed {where} offers signed metadata older "
                                f"than this PC has already seen ({exc}): an old copy of the feed "
                                "is being replayed")
        return EditionError("mixed", f"the feed {where} holds signed files that do not belong "
                            f"together ({exc}): it is being changed, or was assembled from "
                            "different publications")
    if isinstance(exc, exceptions.LengthOrHashMismatchError):
        return EditionError("mixed", f"the feed {where} holds signed files that do not belong "
                            f"together ({exc})")
    if isinstance(exc, exceptions.RepositoryError):
        return EditionError("feed", f"the feed {where} is not a valid signed feed: "
                            f"{printable(exc)}")
    from tuf.api.serialization import DeserializationError

    if isinstance(exc, DeserializationError):
        return EditionError("feed", f"the feed {where} is not a valid signed feed")
    if isinstance(exc, exceptions.DownloadError):
        return _download_error(exc, where, feed)
    if isinstance(exc, OSError):
        return EditionError("disk", f"{printable(store.trust)} cannot be written: "
                            f"{exc.strerror or exc}")
    return EditionError("feed", f"the feed {where} could not be checked: "
                        f"{type(exc).__name__}: {printable(exc)}")


def _download_error(exc: Exception, where: str, feed: Feed) -> EditionError:
    from .fetcher import Cancelled

    kinds = ((Cancelled, "cancelled", "it was cancelled"),
             (RedirectRefused, "redirect", ""), (CertificateRefused, "certificate", ""),
             (exceptions.SlowRetrievalError, "slow", ""),
             (exceptions.DownloadLengthMismatchError, "too-large", ""))
    for kind, code, text in kinds:
        if isinstance(exc, kind):
            return EditionError(code, text or printable(exc, 400))
    if isinstance(exc, exceptions.DownloadHTTPError) and exc.status_code == 404:
        return EditionError("feed" if feed.folder else "download",
                            f"{where} is not a signed edition feed: {printable(exc, 300)}")
    return EditionError("feed" if feed.folder else "download", printable(exc, 400))


def _expired_since(exc: Exception, fetcher: FeedFetcher, feed: Feed,
                   anchor: Anchor | None) -> str | None:
    parsed = _timestamp_seen(fetcher, feed)
    signed = parsed.get("signed") if parsed else None
    if "root" in str(exc) and anchor is not None:
        root = load_json(anchor.data, "root")
        signed = root.get("signed") if isinstance(root, dict) else None
    expires = signed.get("expires") if isinstance(signed, dict) else None
    return expires if isinstance(expires, str) else None


def _save_status(store: Store, feed: Feed, expires: str | None, expired: str | None) -> None:
    """What the last check found, for ``edition list``."""
    import json

    from .. import files

    status = {"feed": printable(feed.location, 300),
              "checked": datetime.now(UTC).replace(microsecond=0).isoformat(),
              "expires": expires, "expired": expired is not None}
    try:
        store.trust.mkdir(parents=True, exist_ok=True)
        files.write_bytes(store.trust / STATUS, json.dumps(status).encode("utf-8"))
    except (OSError, files.SaveError):
        pass


def last_status(store: Store) -> dict | None:
    try:
        data = load_json(read_regular(store.trust / STATUS, 16 * 1024, "feed status"), STATUS)
    except EditionError:
        return None
    return data if isinstance(data, dict) else None


# Installing

def refuse_older(offer: Offer, store: Store) -> None:
    """No edition older than the one in use is installed: going back is ``edition use``."""
    version, scope = in_use(store)
    if version is None or not VERSION.fullmatch(version):
        return
    where = {"system": " (installed for every user of this PC)",
             "shipped": " (the one shipped with the app)"}.get(scope, "")
    if version_key(offer.version) < version_key(version):
        raise EditionError("rollback", f"edition {offer.version} is older than edition "
                           f"{version}, which is in use{where}: refused. To go back on "
                           "purpose, use 'mtviewer edition use VERSION' or File → Choose "
                           "content edition…")
    if version_key(offer.version) == version_key(version):
        raise EditionError("installed", f"edition {offer.version} is already in use{where}")


def pick(report: Report, version: str | None) -> Offer:
    """The offer of ``version`` (or of that target file name), else the newest readable."""
    offers = report.offers
    if version:
        chosen = [o for o in offers if version in (o.version, o.target)]
        if not chosen:
            raise EditionError("none", f"the feed {printable(report.feed.location)} lists no "
                               f"usable edition {printable(version, 40)}")
        if chosen[0] not in readable(offers):
            raise EditionError("not-content", f"edition {version} is built for another "
                               "version of mtviewer")
        return chosen[0]
    usable = readable(offers)
    if not usable:
        raise EditionError("none", f"the feed {printable(report.feed.location)} lists no "
                           "edition this version of mtviewer reads")
    return usable[0]


def install(location: str, store: Store, job: Job, version: str | None = None) -> \
        tuple[Offer, Path]:
    """Check the feed, then fetch, check and install its newest edition (or ``version``,
    or the one a chosen file is) as the one in use; the offer and the database's path."""
    session = open_feed(location, store, job)
    offer = pick(session.report, version or session.feed.chosen)
    refuse_older(offer, store)
    job.check()
    with store.locked():
        refuse_older(offer, store)
        signed = session.signed_list()
        path = store.add(offer.version, lambda out: _fetch(session, offer, out),
                         {"target": offer.target, "anchor": session.anchor.id,
                          "length": offer.size, "sha256": _sha(session, offer),
                          "custom": {"version": offer.version, "name": offer.name,
                                     "date": offer.date, "publisher": offer.publisher,
                                     "schema": offer.schema, "counts": offer.counts}},
                         signed)
    found = store.owns(path)
    if found is not None:
        from .verify import check as verify

        verify(found, full=True)  # remembered, so the next start checks cheaply
    return offer, path


def _sha(session: _Session, offer: Offer) -> str:
    info = session.updater.get_targetinfo(offer.target)
    return info.hashes.get("sha256", "") if info else ""


def _fetch(session: _Session, offer: Offer, out: Path) -> None:
    """Download the edition into ``out`` within its signed size, check it against its
    signed hash, then that it is the content database it says it is."""
    info = session.updater.get_targetinfo(offer.target)
    if info is None:
        raise EditionError("none", f"the feed no longer lists edition {offer.version}")
    name = info.path
    if session.consistent_snapshot():
        name = f"{info.hashes['sha256']}.{info.path}"
    try:
        with session.fetcher.download_to(session.feed.targets_url + name, info.length,
                                         out) as downloaded:
            info.verify_length_and_hashes(downloaded)
    except exceptions.LengthOrHashMismatchError as exc:
        if "length" in str(exc):
            raise EditionError("truncated", f"the file of edition {offer.version} is not the "
                               "size that was signed: the download was cut short or the file "
                               "changed") from exc
        raise EditionError("checksum", f"the file of edition {offer.version} is not the one "
                           "that was signed (its SHA-256 differs): it was changed or "
                           "damaged") from exc
    except OSError as exc:
        raise EditionError("disk", f"the edition could not be written to "
                           f"{printable(session.store.root)}: {_os_reason(exc)}") from exc
    except Exception as exc:  # noqa: BLE001 (each said in a sentence)
        raise _explained(exc, session.feed, session.fetcher, session.store, None) from exc
    _check_database(out, offer)


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "the disk is full"
    return exc.strerror or str(exc)


def _check_database(path: Path, offer: Offer) -> None:
    from ..content import DatabaseError, open_content

    try:
        content = open_content(path)
    except DatabaseError as exc:
        raise EditionError("not-content", f"edition {offer.version} cannot be shown: "
                           f"{exc.problem.value}") from exc
    try:
        built = content.edition()
    finally:
        content.close()
    if built.digest != offer.content_digest or built.version != offer.version:
        raise EditionError("checksum", "the database inside is not the signed edition")


__all__ = ["Job", "Report", "Offer", "check", "install", "feed_at", "SIGNED"]
