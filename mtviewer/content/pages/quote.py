"""A quote's page: the words, who said them (citing whom), where, when and the sources."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, PersonRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class QuotePage:
    id: int
    key: str
    text: str
    who: str
    speaker: PersonRef | None
    speaker_label: str | None
    organisation: Ref | None
    quoting: PersonRef | None
    event: Ref | None
    year: int | None
    year_certain: bool
    context: str | None
    sources: Related[SourceRef]
    kind: str = "quote"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> QuotePage | None:
    row = reader.record(
        "SELECT id, key, text, who, speaker_id, speaker_label, speaker_organisation_id, "
        "quoting_id, event_id, year, year_certain, context FROM quote WHERE id = ?",
        (record_id,))
    if row is None:
        return None
    return coerce(QuotePage, row, d, followed=("speaker_id", "speaker_organisation_id",
                                               "quoting_id", "event_id"),
                  speaker=reader.person(row["speaker_id"], d),
                  organisation=reader.ref("organisation", row["speaker_organisation_id"],
                                          "name", d),
                  quoting=reader.person(row["quoting_id"], d),
                  event=reader.ref("event", row["event_id"], "name", d),
                  sources=reader.sources("quote", record_id, d))

