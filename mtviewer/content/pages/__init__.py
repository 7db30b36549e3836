"""Everything one record's page shows, read with one query per kind of relation.

Each kind's page is declared in a module of its own named after the kind
(``pages/quote.py``): its dataclass and ``read(reader, record_id, damage)``. They load when
the first page is shown, not at start-up. Rows are read by column name and every value goes
through ``clean.coerce``.

Lists of related records are capped at ``RELATED_LIMIT`` items (with the full count), so an
organisation behind a thousand events shows as fast as one behind two; no query is made
per related record.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar, cast

from ..clean import Damage, coerce
from ..db import Database, Params
from ..kinds import KINDS
from ..titles import shown_title

if TYPE_CHECKING:
    from .brochure import BrochurePage
    from .event import EventPage
    from .guideline import GuidelinePage
    from .organisation import OrganisationPage
    from .person import PersonPage
    from .quote import QuotePage
    from .report import ReportPage
    from .research import ResearchPage
    from .topic import TopicPage

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
    role_year: int | None
    role_until: int | None
    role_year_certain: bool
    organisation: str | None
    organisation_short: str | None
    part: str | None = None
    """Their part in an event, in the source's words, on an event's page."""


@dataclass(frozen=True)
class QuoteRef:
    id: int
    text: str
    who: str
    unnamed: str | None
    who_organisation: str | None
    cites: str | None


@dataclass(frozen=True)
class SourceRef:
    title: str
    """As shown: in brackets when the source gives no title (``titles``)."""
    title_from: str | None
    publisher: str
    url: str | None
    language: str | None
    published_year: int | None
    published_month: int | None
    published_day: int | None
    note: str | None


@dataclass(frozen=True)
class Related(Generic[T]):
    items: tuple[T, ...]
    total: int
    """How many there are; more than ``len(items)`` when the list was capped."""

    def __bool__(self) -> bool:
        return bool(self.items)


if TYPE_CHECKING:
    Page: TypeAlias = (QuotePage | EventPage | GuidelinePage | BrochurePage | PersonPage
                       | OrganisationPage | ReportPage | ResearchPage | TopicPage)
else:
    Page = Any


class PageModule(Protocol):
    """What each kind's page module offers."""

    def read(self, reader: PageReader, record_id: int, damage: Damage) -> Any: ...


def module(kind: str) -> PageModule:
    """The page module of ``kind`` (``pages/quote.py`` for quotes), loaded on first use."""
    return cast(PageModule, import_module(f"{__name__}.{kind}"))


PERSON_REF = ("SELECT p.id, p.name, p.role, p.role_year, p.role_until, p.role_year_certain, "
              "o.name AS organisation, o.short_name AS organisation_short, {part} AS part "
              "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id")
"""People as a page lists them, with their part in an event where ``part`` names it."""


class PageReader:
    """Builds pages from one database, one kind's module at a time."""

    def __init__(self, db: Database):
        self.db = db

    def page(self, kind: str, record_id: int) -> Page | None:
        if kind not in KINDS:
            return None
        return module(kind).read(self, record_id, Damage())

    def record(self, sql: str, params: Params) -> Any:
        """One row, by column name, or None."""
        return self.db.record(sql, params)

    # Relations, each one query (two when capped)

    def related(self, sql: str, params: Params, cls: type[T], d: Damage,
                **built: Any) -> Related[T]:
        rows = self.db.records(f"{sql} LIMIT {RELATED_LIMIT + 1}", params)
        total = len(rows)
        if total > RELATED_LIMIT:
            total = self.db.scalar(f"SELECT count(*) FROM ({sql})", params)
            rows = rows[:RELATED_LIMIT]
        made = tuple(coerce(cls, row, d, **built) for row in rows)
        return Related(made, total if isinstance(total, int) else len(rows))

    def refs(self, kind: str, sql: str, params: Params, d: Damage) -> Related[Ref]:
        """Links to records of ``kind``; ``sql`` selects their ``id`` and ``label``."""
        return self.related(sql, params, Ref, d, kind=kind)

    def sources(self, kind: str, record_id: int, d: Damage) -> Related[SourceRef]:
        return self.related(
            f"SELECT {shown_title('s')} AS title, s.title_from, s.publisher, s.url, "
            "s.language, s.published_year, s.published_month, s.published_day, s.note "
            f"FROM {kind}_source ks JOIN source s ON s.id = ks.source_id "
            f"WHERE ks.{kind}_id = ? ORDER BY s.id", (record_id,), SourceRef, d)

    def ref(self, kind: str, record_id: object, label: str, d: Damage) -> Ref | None:
        """A link to one record of ``kind`` named by its column ``label``, if it exists."""
        if not isinstance(record_id, int):
            return None
        row = self.db.record(f"SELECT id, {label} AS label FROM {kind} WHERE id = ?",
                             (record_id,))
        return coerce(Ref, row, d, kind=kind) if row is not None and row["label"] is not None \
            else None

    def person(self, person_id: object, d: Damage) -> PersonRef | None:
        if not isinstance(person_id, int):
            return None
        row = self.db.record(PERSON_REF.format(part="NULL") + " WHERE p.id = ?", (person_id,))
        return coerce(PersonRef, row, d) if row is not None else None

    def people(self, join_where: str, params: Params, d: Damage,
               part: str = "NULL") -> Related[PersonRef]:
        """People listed on a page: ``join_where`` joins and filters ``person p``; ``part``
        is the column giving each one's part in an event, if any."""
        return self.related(f"{PERSON_REF.format(part=part)} {join_where}", params,
                            PersonRef, d)

    def quotes(self, where: str, record_id: int, d: Damage) -> Related[QuoteRef]:
        return self.related(f"SELECT id, text, who, unnamed, who_organisation, cites FROM quote "
                            f"WHERE {where} = ? ORDER BY id", (record_id,), QuoteRef, d)

    def titled(self, kind: str, sql: str, params: Params, d: Damage) -> Related[Ref]:
        """Links to reports, research or brochures, labelled by their titles as shown;
        ``sql`` is what follows ``SELECT x.id, <title> AS label FROM {kind} x``."""
        return self.refs(kind, f"SELECT x.id, {shown_title('x')} AS label FROM {kind} x {sql}",
                         params, d)

    def events(self, link: str, column: str, record_id: int, d: Damage) -> Related[Ref]:
        return self.refs("event", f"SELECT e.id, e.name AS label FROM {link} l JOIN event e "
                         f"ON e.id = l.event_id WHERE l.{column} = ? ORDER BY e.sort_date, "
                         "e.id", (record_id,), d)

