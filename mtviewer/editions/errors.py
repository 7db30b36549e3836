"""Why an edition was refused or could not be installed: a code the window translates, and
an English sentence for the command line."""

from __future__ import annotations

CODES = (
    "unknown-key",      # signed by a publisher this PC does not trust
    "bad-signature",    # the signature does not match what the feed says: tampered
    "checksum",         # the file is not the one that was signed: tampered or damaged
    "truncated",        # the file is shorter (or longer) than the one that was signed
    "not-content",      # the file is not a content database this version can show
    "disk",             # the edition could not be written (full disk, no permission)
    "feed",             # the feed cannot be read or is not an edition feed
    "download",         # the download failed
    "cancelled",        # the user stopped it
    "none",             # nothing to install, or no such version
    "installed",        # that edition is already in use
    "bad-key",          # a key file that is not one
    "exists",           # keygen or publish would overwrite something
    "write",            # publish or keygen could not write its files
    "source",           # publish: the content source is not valid
)


class EditionError(Exception):
    """An edition was refused, or an edition command could not be done; nothing changed."""

    def __init__(self, code: str, detail: str):
        if code not in CODES:
            raise ValueError(f"unknown edition error code {code!r}")
        self.code, self.detail = code, " ".join(detail.split())
        super().__init__(self.detail)
