"""Why an edition was refused or could not be installed: a code the window translates, and
an English sentence for the command line."""

from __future__ import annotations

import re

CODES = (
    "unknown-key",      # not signed by a key this PC trusts (or trusts no longer: rotated out)
    "bad-signature",    # signed by a trusted key, but changed after it was signed
    "checksum",         # the file is not the one that was signed: tampered or damaged
    "truncated",        # the file is shorter than the one that was signed
    "too-large",        # more data than the signed size (or than any edition may have)
    "not-content",      # the file is not a content database this version can show
    "rollback",         # older than the edition in use: only `edition use` goes back
    "replayed",         # the feed's signed index is older than one this PC has seen
    "mixed",            # the feed's signed files do not belong together (mix-and-match)
    "expired",          # the feed's signed index is out of date (a frozen or stale feed)
    "disk",             # the edition could not be written (full disk, no permission)
    "in-the-way",       # something the store did not make is where the edition would go
    "busy",             # another installation into the same store is running
    "feed",             # the location is not a signed edition feed
    "unreadable",       # a file could not be read, or is not what it should be
    "special-file",     # a FIFO, device or socket where a file should be: not read
    "download",         # the download failed (no connection, server error)
    "slow",             # the download took longer than its deadline
    "redirect",         # the server sent us somewhere other than http(s)
    "certificate",      # the HTTPS certificate could not be verified
    "cancelled",        # the user stopped it
    "none",             # nothing to install, or no such version
    "installed",        # that edition is already in use
    "managed",          # an administrator decides this on this PC
    "bad-key",          # a key file that is not one
    "exists",           # keygen or publish would overwrite something
    "write",            # publish or keygen could not write its files
    "source",           # publish: the content source is not valid
)


class EditionError(Exception):
    """An edition was refused, or an edition command could not be done; nothing changed.

    ``detail`` is an English sentence for the command line and the window's details; it may
    hold names from outside (paths, addresses), so it is shown as plain text, escaped on a
    terminal (``messages.one_line``).
    """

    def __init__(self, code: str, detail: str, since: str | None = None):
        if code not in CODES:
            raise ValueError(f"unknown edition error code {code!r}")
        self.code, self.detail = code, " ".join(detail.split())
        self.since = since
        """For "expired": when the signed index expired (ISO 8601, UTC)."""
        super().__init__(self.detail)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object, limit: int = 200) -> str:
    """Text from outside (a server's reason, an address, a name in a feed) as one line of
    plain text: control characters (terminal escape sequences, bidi overrides) written as
    ``\\x1b``-style escapes, cut to ``limit`` characters."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", str(text))
    return text if len(text) <= limit else text[:limit - 1] + "…"
