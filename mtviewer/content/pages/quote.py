"""A quote's page: the words, who said them (citing whom), where, when and the sources."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from ..clean import text as clean_text
from ..titles import shown_title
from . import PageReader, PersonRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class QuotePage:
    id: int
    key: str
    text: str
    who: str
    unnamed: str | None
    """Who said it when the source names no one (a code the interface words)."""
    who_organisation: str | None
    speaker: PersonRef | None
    organisation: Ref | None
    organisation_short: str | None
    quoting: PersonRef | None
    event: Ref | None
    report: Ref | None
    """The report the words were printed in."""
    report_credit: str | None
    """How an attribution names that report: its authors and year, else its title."""
    year: int | None
    year_certain: bool
    context: str | None
    sensitive: str | None
    """What it names that a wall poster may not want to show (codes, space-separated)."""
    sources: Related[SourceRef]
    kind: str = "quote"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> QuotePage | None:
    row = reader.record(
        "SELECT id, key, text, who, unnamed, who_organisation, speaker_id, "
        "speaker_organisation_id, quoting_id, event_id, report_id, year, year_certain, "
        "context, sensitive FROM quote WHERE id = ?", (record_id,))
    if row is None:
        return None
    speaker = reader.person(row["speaker_id"], d)
    organisation = (reader.ref("organisation", row["speaker_organisation_id"], "name", d)
                    or (reader.ref("organisation", _organisation_of(reader, speaker), "name", d)
                        if speaker else None))
    short = reader.ref("organisation", organisation.id,
                       "coalesce(short_name, name)", d) if organisation else None
    report = reader.ref("report", row["report_id"], shown_title("report"), d)
    credit = reader.db.record(f"SELECT {REPORT_CREDIT} AS label FROM report r WHERE r.id = ?",
                              (report.id,)) if report else None
    return coerce(QuotePage, row, d, followed=("speaker_id", "speaker_organisation_id",
                                               "quoting_id", "event_id", "report_id"),
                  speaker=speaker, organisation=organisation,
                  organisation_short=short.label if short else None,
                  quoting=reader.person(row["quoting_id"], d),
                  event=reader.ref("event", row["event_id"], "name", d), report=report,
                  report_credit=clean_text(credit["label"], d, False) if credit else None,
                  sources=reader.sources("quote", record_id, d))


REPORT_CREDIT = ("CASE WHEN r.authors IS NOT NULL AND r.year IS NOT NULL "
                 "THEN r.authors || ' (' || r.year || ')' "
                 f"ELSE {shown_title('r')} END")
"""A report as an attribution names it: 'Seberg og Taihaugen (2020)', else its title."""


def _organisation_of(reader: PageReader, speaker: PersonRef) -> object:
    return reader.db.scalar("SELECT organisation_id FROM person WHERE id = ?", (speaker.id,))

