"""What the window says about editions, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...editions.errors import EditionError
from ...formatting import fill
from ..edition_label import edition_date

translate = QCoreApplication.translate


def refusal(error: EditionError) -> str:
    """Why an edition was refused or not installed, in a sentence."""
    reasons = {
        "unknown-key": translate("Editions", "It is signed by a publisher this PC does not "
                                             "trust."),
        "bad-signature": translate("Editions", "Its signature does not match: the edition "
                                               "was changed after it was signed."),
        "checksum": translate("Editions", "The file is not the one the publisher signed: it "
                                          "was changed or damaged."),
        "truncated": translate("Editions", "The file is incomplete: the download was cut "
                                           "short."),
        "not-content": translate("Editions", "The file is not a content database this "
                                             "version of mtviewer can show."),
        "disk": translate("Editions", "It could not be saved in your data folder (the disk "
                                      "may be full, or writing there is not allowed)."),
        "feed": translate("Editions", "The file or feed cannot be read as a signed content "
                                      "edition."),
        "download": translate("Editions", "It could not be downloaded."),
        "none": translate("Editions", "The feed lists no edition."),
        "installed": translate("Editions", "This edition is already in use."),
    }
    return reasons.get(error.code, translate("Editions", "It could not be installed."))


def counts_text(counts: dict[str, int]) -> str:
    """'3 events, 12 quotes, 3 guidelines, 2 brochures', in the plural forms About uses."""
    from ..kinds import counts_text

    return counts_text(counts, ("event", "quote", "guideline", "brochure"))


def edition_text(version: str | None, date: str | None) -> str:
    return fill(translate("Editions", "edition %1 of %2"), version or "?", edition_date(date))
