"""What the window says about editions, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from ...editions.errors import EditionError, printable
from ...formatting import fill
from ..edition_label import edition_date

translate = QCoreApplication.translate


def plain(text: object, limit: int = 200) -> str:
    """Words from outside (a feed's address, a server's reason) as one line of plain text,
    cut when long."""
    return printable(" ".join(str(text).split()), limit)


def when(iso: str | None) -> str:
    """A signed expiry time (ISO 8601, UTC) as the interface writes a date and time."""
    moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return plain(iso or "?", 40)
    local = moment.toLocalTime()
    return fill(translate("Editions", "%1 at %2"), edition_date(local.date().toString(
        Qt.DateFormat.ISODate)), QLocale().toString(local.time(), "HH:mm"))


def refusal(error: EditionError) -> str:
    """Why an edition was refused or not installed, in a sentence or two."""
    if error.code == "expired":
        return fill(translate("Editions", "The feed is out of date: its signed index expired "
                                          "on %1. Its publisher has not renewed it, or an old "
                                          "copy is being passed off as new."),
                    when(error.since))
    reasons = {
        "unknown-key": translate("Editions", "It is not signed by a publisher this PC trusts "
                                             "(or by a key the publisher has replaced)."),
        "bad-signature": translate("Editions", "Its signature does not match: it was changed "
                                               "after it was signed."),
        "checksum": translate("Editions", "The file is not the one the publisher signed: it "
                                          "was changed or damaged."),
        "truncated": translate("Editions", "The file is incomplete: the download was cut "
                                           "short."),
        "too-large": translate("Editions", "More data arrived than the publisher signed for: "
                                           "the download was stopped."),
        "not-content": translate("Editions", "The file is not a content database this "
                                             "version of the app can show."),
        "rollback": translate("Editions", "It is older than the edition you see now. To go "
                                          "back to an older edition on purpose, use File → "
                                          "Choose content edition…"),
        "replayed": translate("Editions", "The feed is older than one this PC has already "
                                          "seen: an old copy is being passed off as new."),
        "mixed": translate("Editions", "The feed's signed files do not belong together: it "
                                       "is being changed, or was put together from different "
                                       "publications. Try again later."),
        "disk": translate("Editions", "It could not be saved in your data folder (the disk "
                                      "may be full, or writing there is not allowed)."),
        "in-the-way": translate("Editions", "Something that the app did not make is where "
                                            "the edition would go; it was left as it is."),
        "busy": translate("Editions", "Another installation of a content edition is running. "
                                      "Try again when it has finished."),
        "feed": translate("Editions", "The file or feed cannot be read as a signed content "
                                      "edition."),
        "unreadable": translate("Editions", "The file or feed cannot be read."),
        "special-file": translate("Editions", "What was chosen is not a file (a pipe or a "
                                              "device, for instance); it was not read."),
        "download": translate("Editions", "It could not be downloaded."),
        "slow": translate("Editions", "The feed answered too slowly; the download was given "
                                      "up."),
        "redirect": translate("Editions", "The server sent the app to an address that is not "
                                          "http or https; it was not followed."),
        "certificate": translate("Editions", "The server's certificate is not trusted by this "
                                             "PC."),
        "none": translate("Editions", "The feed lists no such edition."),
        "installed": translate("Editions", "This edition is already in use."),
        "managed": translate("Editions", "Your IT department decides this on this PC."),
    }
    return reasons.get(error.code, translate("Editions", "It could not be installed."))


def counts_text(counts: dict[str, int]) -> str:
    """'3 events, 12 quotes, 3 guidelines, 2 brochures', in the plural forms About uses."""
    from ..kinds import counts_text

    return counts_text(counts, ("event", "quote", "guideline", "brochure"))


def edition_text(version: str | None, date: str | None) -> str:
    return fill(translate("Editions", "edition %1 of %2"), version or "?", edition_date(date))
