"""Everything one record's page shows, read with one query per kind of relation.

Lists of related records are capped at ``RELATED_LIMIT`` items (with the full count), so an
organisation behind a thousand events shows as fast as one behind two; no query is made
per related record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .clean import Damage, coerce
from .clean import text as clean_text
from .db import Database, Params

RELATED_LIMIT = 50
"""Related records listed on a page; the rest are counted ("and 120 more")."""
T = TypeVar("T")


@dataclass(frozen=True)
class Ref:
    """A link to another record: its kind, id and the name to show."""

    kind: str
    id: int
    label: str


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    role: str | None
    organisation: str | None
    part: str | None = None
    """Their part in an event, in the source's words, on an event's page."""


@dataclass(frozen=True)
class QuoteRef:
    id: int
    text: str
    who: str


@dataclass(frozen=True)
class SourceRef:
    title: str
    publisher: str
    url: str | None
    note: str | None


@dataclass(frozen=True)
class Related(Generic[T]):
    items: tuple[T, ...]
    total: int
    """How many there are; more than ``len(items)`` when the list was capped."""

    def __bool__(self) -> bool:
        return bool(self.items)


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


@dataclass(frozen=True)
class EventPage:
    id: int
    key: str
    name: str
    description: str | None
    year: int | None
    month: int | None
    day: int | None
    year_certain: bool
    date_note: str | None
    time: str | None
    venue: str | None
    city: str | None
    participants: int | None
    participants_qualifier: str | None
    fee: str | None
    organisers: Related[Ref]
    people: Related[PersonRef]
    contributors: Related[Ref]
    quotes: Related[QuoteRef]
    guidelines: Related[Ref]
    reports: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "event"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class GuidelinePage:
    id: int
    key: str
    name: str
    short_name: str
    identifier: str | None
    year: int | None
    issuer: Ref | None
    recommendation: str | None
    summary: str | None
    strength: str | None
    strength_note: str | None
    evidence_level: str | None
    evidence_note: str | None
    note: str | None
    events: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "guideline"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class BrochurePage:
    id: int
    key: str
    title: str
    audience: str
    description: str | None
    url: str | None
    paper_copies_from: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "brochure"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class PersonPage:
    id: int
    key: str
    name: str
    role: str | None
    organisation: Ref | None
    quotes: Related[QuoteRef]
    events: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "person"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class OrganisationPage:
    id: int
    key: str
    name: str
    short_name: str | None
    description: str | None
    part_of: Ref | None
    people: Related[PersonRef]
    events: Related[Ref]
    reports: Related[Ref]
    """Reports presented at the events it organised or contributed to."""
    sources: Related[SourceRef]
    kind: str = "organisation"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class ReportPage:
    id: int
    key: str
    title: str
    status: str
    year: int | None
    authors: str | None
    published_in: str | None
    description: str | None
    presented_at: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "report"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


@dataclass(frozen=True)
class TopicSection:
    heading: str
    text: str | None
    quote: str | None
    """The source's own words, shown as a quotation."""
    sources: tuple[str, ...]
    """The titles of the sources this section rests on."""


@dataclass(frozen=True)
class TopicPage:
    """A knowledge page about music therapy, with the records it points to."""

    id: int
    key: str
    title: str
    summary: str | None
    sections: tuple[TopicSection, ...]
    guidelines: Related[Ref]
    reports: Related[Ref]
    brochures: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "topic"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


Page = (QuotePage | EventPage | GuidelinePage | BrochurePage | PersonPage | OrganisationPage
        | ReportPage | TopicPage)


class PageReader:
    """Builds pages from one database; every value goes through ``clean.coerce``."""

    def __init__(self, db: Database):
        self.db = db
        self._builders: dict[str, Callable[[int, Damage], Page | None]] = {
            "quote": self._quote_page, "event": self._event_page,
            "guideline": self._guideline_page, "brochure": self._brochure_page,
            "person": self._person_page, "organisation": self._organisation_page,
            "report": self._report_page, "topic": self._topic_page,
        }

    def page(self, kind: str, record_id: int) -> Page | None:
        build = self._builders.get(kind)
        return build(record_id, Damage()) if build is not None else None

    # Relations, each one query (two when capped)

    def _related(self, sql: str, params: Params, cls: type[T], d: Damage,
                 make: Callable[[tuple], T] | None = None) -> Related[T]:
        rows = self.db.all(f"{sql} LIMIT {RELATED_LIMIT + 1}", params)
        total = len(rows)
        if total > RELATED_LIMIT:
            total = self.db.scalar(f"SELECT count(*) FROM ({sql})", params)
            rows = rows[:RELATED_LIMIT]
        made = (make(row) if make else coerce(cls, row, d) for row in rows)
        return Related(tuple(made), total if isinstance(total, int) else len(rows))

    def _refs(self, kind: str, sql: str, params: Params, d: Damage) -> Related[Ref]:
        return self._related(sql, params, Ref, d, lambda row: coerce(Ref, (kind, *row), d))

    def _sources(self, kind: str, record_id: int, d: Damage) -> Related[SourceRef]:
        return self._related(
            f"SELECT s.title, s.publisher, s.url, s.note FROM {kind}_source ks "
            f"JOIN source s ON s.id = ks.source_id WHERE ks.{kind}_id = ? ORDER BY s.id",
            (record_id,), SourceRef, d)

    def _ref(self, kind: str, record_id: object, label_sql: str, d: Damage) -> Ref | None:
        if not isinstance(record_id, int):
            return None
        label = self.db.scalar(f"SELECT {label_sql} FROM {kind} WHERE id = ?", (record_id,))
        return coerce(Ref, (kind, record_id, label), d) if label is not None else None

    def _person_ref(self, person_id: object, d: Damage) -> PersonRef | None:
        if not isinstance(person_id, int):
            return None
        row = self.db.first(_PERSON_REF + " WHERE p.id = ?", (person_id,))
        return coerce(PersonRef, row, d) if row else None

    def _quotes(self, where: str, record_id: int, d: Damage) -> Related[QuoteRef]:
        return self._related(f"SELECT id, text, who FROM quote WHERE {where} = ? ORDER BY id",
                             (record_id,), QuoteRef, d)

    def _events(self, link: str, column: str, record_id: int, d: Damage) -> Related[Ref]:
        return self._refs("event", f"SELECT e.id, e.name FROM {link} l JOIN event e "
                          f"ON e.id = l.event_id WHERE l.{column} = ? ORDER BY e.sort_date, "
                          "e.id", (record_id,), d)

    # Pages

    def _quote_page(self, record_id: int, d: Damage) -> QuotePage | None:
        row = self.db.first(
            "SELECT key, text, who, speaker_id, speaker_label, speaker_organisation_id, "
            "quoting_id, event_id, year, year_certain, context FROM quote WHERE id = ?",
            (record_id,))
        if row is None:
            return None
        (key, text, who, speaker, label, organisation, quoting, event, year, certain,
         context) = row
        return coerce(QuotePage, (record_id, key, text, who, None, label, None, None, None,
                                  year, certain, context), d,
                      speaker=self._person_ref(speaker, d),
                      organisation=self._ref("organisation", organisation, "name", d),
                      quoting=self._person_ref(quoting, d),
                      event=self._ref("event", event, "name", d),
                      sources=self._sources("quote", record_id, d))

    def _event_page(self, record_id: int, d: Damage) -> EventPage | None:
        row = self.db.first(
            "SELECT key, name, description, date_year, date_month, date_day, "
            "date_year_certain, date_note, time, venue, city, participants, "
            "participants_qualifier, fee FROM event WHERE id = ?", (record_id,))
        if row is None:
            return None
        organisations = ("SELECT o.id, o.name FROM event_{role} eo JOIN organisation o "
                         "ON o.id = eo.organisation_id WHERE eo.event_id = ? ORDER BY o.name")
        return coerce(
            EventPage, (record_id, *row), d,
            organisers=self._refs("organisation", organisations.format(role="organiser"),
                                  (record_id,), d),
            people=self._related(
                _PERSON_REF.replace("NULL AS part", "ep.role") + " JOIN event_person ep "
                "ON ep.person_id = p.id WHERE ep.event_id = ? ORDER BY ep.position",
                (record_id,), PersonRef, d),
            contributors=self._refs("organisation", organisations.format(role="contributor"),
                                    (record_id,), d),
            quotes=self._quotes("event_id", record_id, d),
            guidelines=self._refs(
                "guideline", "SELECT g.id, g.name FROM event_guideline eg JOIN guideline g "
                "ON g.id = eg.guideline_id WHERE eg.event_id = ? ORDER BY g.year, g.id",
                (record_id,), d),
            reports=self._refs(
                "report", "SELECT r.id, r.title FROM report_event re JOIN report r "
                "ON r.id = re.report_id WHERE re.event_id = ? ORDER BY r.id", (record_id,), d),
            sources=self._sources("event", record_id, d))

    def _guideline_page(self, record_id: int, d: Damage) -> GuidelinePage | None:
        row = self.db.first(
            "SELECT key, name, short_name, identifier, year, issuer_id, recommendation, "
            "summary, strength, strength_note, evidence_level, evidence_note, note "
            "FROM guideline WHERE id = ?", (record_id,))
        if row is None:
            return None
        key, name, short_name, identifier, year, issuer, *texts = row
        return coerce(GuidelinePage, (record_id, key, name, short_name, identifier, year, None,
                                      *texts), d,
                      issuer=self._ref("organisation", issuer, "name", d),
                      events=self._events("event_guideline", "guideline_id", record_id, d),
                      sources=self._sources("guideline", record_id, d))

    def _brochure_page(self, record_id: int, d: Damage) -> BrochurePage | None:
        row = self.db.first("SELECT key, title, audience, description, url FROM brochure "
                            "WHERE id = ?", (record_id,))
        if row is None:
            return None
        return coerce(
            BrochurePage, (record_id, *row), d,
            paper_copies_from=self._refs(
                "organisation", "SELECT o.id, o.name FROM brochure_paper_copies bp JOIN "
                "organisation o ON o.id = bp.organisation_id WHERE bp.brochure_id = ? "
                "ORDER BY o.name", (record_id,), d),
            sources=self._sources("brochure", record_id, d))

    def _person_page(self, record_id: int, d: Damage) -> PersonPage | None:
        row = self.db.first("SELECT key, name, role, organisation_id FROM person WHERE id = ?",
                            (record_id,))
        if row is None:
            return None
        key, name, role, organisation = row
        return coerce(PersonPage, (record_id, key, name, role), d,
                      organisation=self._ref("organisation", organisation, "name", d),
                      quotes=self._quotes("speaker_id", record_id, d),
                      events=self._events("event_person", "person_id", record_id, d),
                      sources=self._sources("person", record_id, d))

    def _organisation_page(self, record_id: int, d: Damage) -> OrganisationPage | None:
        row = self.db.first("SELECT key, name, short_name, description, part_of_id "
                            "FROM organisation WHERE id = ?", (record_id,))
        if row is None:
            return None
        key, name, short_name, description, part_of = row
        return coerce(
            OrganisationPage, (record_id, key, name, short_name, description), d,
            part_of=self._ref("organisation", part_of, "name", d),
            people=self._related(_PERSON_REF + " WHERE p.organisation_id = ? ORDER BY p.name",
                                 (record_id,), PersonRef, d),
            events=self._refs(
                "event", f"SELECT e.id, e.name FROM event e WHERE e.id IN ({_ITS_EVENTS}) "
                "ORDER BY e.sort_date, e.id", (record_id, record_id), d),
            reports=self._refs(
                "report", "SELECT r.id, r.title FROM report r WHERE r.id IN (SELECT "
                f"report_id FROM report_event WHERE event_id IN ({_ITS_EVENTS})) "
                "ORDER BY r.id", (record_id, record_id), d),
            sources=self._sources("organisation", record_id, d))

    def _report_page(self, record_id: int, d: Damage) -> ReportPage | None:
        row = self.db.first("SELECT key, title, status, year, authors, published_in, "
                            "description FROM report WHERE id = ?", (record_id,))
        if row is None:
            return None
        return coerce(ReportPage, (record_id, *row), d,
                      presented_at=self._events("report_event", "report_id", record_id, d),
                      sources=self._sources("report", record_id, d))

    def _topic_page(self, record_id: int, d: Damage) -> TopicPage | None:
        row = self.db.first("SELECT key, title, summary FROM topic WHERE id = ?", (record_id,))
        if row is None:
            return None
        sections = []
        for section_id, heading, text, quote in self.db.all(
                "SELECT id, heading, text, quote FROM topic_section WHERE topic_id = ? "
                "ORDER BY position", (record_id,)):
            titles = self.db.all(
                "SELECT s.title FROM topic_section_source ts JOIN source s "
                "ON s.id = ts.source_id WHERE ts.topic_section_id = ? ORDER BY s.id",
                (section_id,))
            sections.append(coerce(TopicSection, (heading, text, quote), d,
                                   sources=tuple(clean_text(t, d) for (t,) in titles)))

        def linked(kind: str, label: str) -> Related[Ref]:
            return self._refs(kind, f"SELECT x.id, x.{label} FROM topic_{kind} l JOIN {kind} x "
                              f"ON x.id = l.{kind}_id WHERE l.topic_id = ? ORDER BY x.id",
                              (record_id,), d)
        return coerce(TopicPage, (record_id, *row), d, sections=tuple(sections),
                      guidelines=linked("guideline", "name"), reports=linked("report", "title"),
                      brochures=linked("brochure", "title"),
                      sources=self._sources("topic", record_id, d))


_PERSON_REF = ("SELECT p.id, p.name, p.role, (SELECT o.name FROM organisation o "
               "WHERE o.id = p.organisation_id), NULL AS part FROM person p")
_ITS_EVENTS = ("SELECT event_id FROM event_organiser WHERE organisation_id = ? UNION "
               "SELECT event_id FROM event_contributor WHERE organisation_id = ?")
"""The events an organisation organised or contributed to."""
