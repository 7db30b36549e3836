"""SQLAlchemy models of the content database: each kind of record declared once.

Each model's columns and relationships say where their values come from in the content
source (``declare.source``) or how they are worked out (``declare.derived``); its
``__source__`` names its file, ``__search__`` what its search document holds and
``__checks__`` the rules that span fields. ``source_schema``, ``build`` and
``search_index`` derive the source's fields, every table's rows and the search documents
from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, cast

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..content.schema import (  # noqa: F401 (shared with the read side)
    AUDIENCES,
    PARTICIPANT_QUALIFIERS,
    REPORT_STATUSES,
    SCHEMA_VERSION,
)
from . import derive
from .declare import Document, Record, Reverse, Words, derived, source

ID = source("id", required=True)
"""Every record's ``key``: its id in the source."""
SOURCES = source("sources", list, required=True, ref="source")
YEAR = source(type=int)
AUDIENCE_WORDS = {
    "professionals": "fagpersoner fagfolk professionals",
    "people_with_substance_problems": "folk med rusproblemer people with substance problems",
}
Check = Callable[[Record], list[str]]
"""A rule spanning fields: its problems, each as ``field: what is wrong``."""


class Base(DeclarativeBase):
    __source__: ClassVar[str] = ""
    """The content source file its records come from; "" for tables filled by others."""
    __search__: ClassVar[Document | None] = None
    __checks__: ClassVar[tuple[Check, ...]] = ()
    __required__: ClassVar[tuple[str, ...]] = ()
    """Tables in the source record that must be there though none of their fields must
    (an event's ``date``)."""


class Meta(Base):
    """Key/value facts about the database: schema version, content digest, build date."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def _link_table(name: str, left: str, right: str, reverse: bool = False) -> Table:
    """A many-to-many link; ``reverse`` indexes it from the right side too, for pages that
    list what links to a record (an organisation's events)."""
    table = Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id"), primary_key=True),
        sqlite_with_rowid=False,  # stored in key order, so builds are byte-for-byte repeatable
    )
    if reverse:
        Index(f"ix_{name}_{right}_id", table.c[f"{right}_id"])
    return table


def _sources_table(kind: str) -> Table:
    return _link_table(f"{kind}_source", kind, "source")


class Source(Base):
    """Where content comes from: an article or web page, its publisher and address."""

    __tablename__ = "source"
    __source__ = "sources.toml"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    publisher: Mapped[str] = mapped_column(info=source(required=True))
    url: Mapped[str | None] = mapped_column(info=source())
    kind: Mapped[str] = mapped_column(info=source(required=True))
    note: Mapped[str | None] = mapped_column(Text, info=source())


organisation_source = _sources_table("organisation")
person_source = _sources_table("person")
event_source = _sources_table("event")
quote_source = _sources_table("quote")
guideline_source = _sources_table("guideline")
brochure_source = _sources_table("brochure")
report_source = _sources_table("report")
topic_source = _sources_table("topic")
topic_section_source = _link_table("topic_section_source", "topic_section", "source")
event_organiser = _link_table("event_organiser", "event", "organisation", reverse=True)
event_contributor = _link_table("event_contributor", "event", "organisation", reverse=True)
event_guideline = _link_table("event_guideline", "event", "guideline", reverse=True)
report_event = _link_table("report_event", "report", "event", reverse=True)
brochure_paper = _link_table("brochure_paper_copies", "brochure", "organisation")
topic_guideline = _link_table("topic_guideline", "topic", "guideline")
topic_report = _link_table("topic_report", "topic", "report")
topic_brochure = _link_table("topic_brochure", "topic", "brochure")

ORGANISATION = ("name", "short_name")
"""An organisation as it finds what names it: by its name and its short name."""


class Organisation(Base):
    __tablename__ = "organisation"
    __source__ = "organisations.toml"
    __search__ = Document(
        body=("name", "short_name", "description"),
        extra=tuple(f"part_of.{name}" for name in ORGANISATION),
        who=(Reverse("person", "organisation", "name"),),
        source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    short_name: Mapped[str | None] = mapped_column(info=source())
    description: Mapped[str | None] = mapped_column(Text, info=source())
    part_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), info=source("part_of", ref="organisation"))
    part_of: Mapped[Organisation | None] = relationship(remote_side=[id])
    sources: Mapped[list[Source]] = relationship(secondary=organisation_source, info=SOURCES)


class Person(Base):
    __tablename__ = "person"
    __source__ = "people.toml"
    __search__ = Document(
        body=("name", "role"), extra=tuple(f"organisation.{n}" for n in ORGANISATION),
        who=("name",), source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    role: Mapped[str | None] = mapped_column(info=source())
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), index=True,
        info=source("organisation", ref="organisation"))
    organisation: Mapped[Organisation | None] = relationship()
    sources: Mapped[list[Source]] = relationship(secondary=person_source, info=SOURCES)


class EventPerson(Base):
    """A person's part in an event, in the source's words ("Opened the conference")."""

    __tablename__ = "event_person"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True,
                                           index=True,
                                           info=source("person", required=True, ref="person"))
    position: Mapped[int]
    role: Mapped[str | None] = mapped_column(info=source())
    person: Mapped[Person] = relationship()


class Event(Base):
    """A conference or summit. The date may be partial or its year uncertain."""

    __tablename__ = "event"
    __source__ = "events.toml"
    __search__ = Document(
        body=("name", "description"),
        extra=(*(f"organisers.{n}" for n in ORGANISATION),
               *(f"contributors.{n}" for n in ORGANISATION)),
        who=("people.person.name",), place=("venue", "city"),
        source=("sources.title", "sources.publisher"), year="date.year")
    __checks__ = (derive.real_date,)
    __required__ = ("date",)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    description: Mapped[str | None] = mapped_column(Text, info=source())
    date_year: Mapped[int | None] = mapped_column(info=source("date.year", int))
    date_month: Mapped[int | None] = mapped_column(info=source("date.month", int))
    date_day: Mapped[int | None] = mapped_column(info=source("date.day", int))
    date_year_certain: Mapped[bool] = mapped_column(
        default=True, info=source("date.year_certain", bool, default=True))
    date_note: Mapped[str | None] = mapped_column(Text, info=source("date.note"))
    sort_date: Mapped[str] = mapped_column(String, index=True, info=derived(derive.sort_date))
    time: Mapped[str | None] = mapped_column(info=source())
    venue: Mapped[str | None] = mapped_column(info=source())
    city: Mapped[str | None] = mapped_column(info=source())
    participants: Mapped[int | None] = mapped_column(
        info=source("participants.count", int, required=True))
    participants_qualifier: Mapped[str | None] = mapped_column(
        info=source("participants.qualifier", required=True, choices=PARTICIPANT_QUALIFIERS))
    fee: Mapped[str | None] = mapped_column(info=source())
    organisers: Mapped[list[Organisation]] = relationship(
        secondary=event_organiser, order_by="Organisation.name",
        info=source("organisers", list, ref="organisation"))
    contributors: Mapped[list[Organisation]] = relationship(
        secondary=event_contributor, order_by="Organisation.name",
        info=source("contributors", list, ref="organisation"))
    people: Mapped[list[EventPerson]] = relationship(order_by=EventPerson.position,
                                                     info=source("people", list))
    guidelines: Mapped[list[Guideline]] = relationship(
        secondary=event_guideline, back_populates="events", order_by="Guideline.year",
        info=source("guidelines", list, ref="guideline"))
    quotes: Mapped[list[Quote]] = relationship(back_populates="event", order_by="Quote.id")
    reports: Mapped[list[Report]] = relationship(
        secondary=report_event, back_populates="presented_at", order_by="Report.id"
    )
    sources: Mapped[list[Source]] = relationship(secondary=event_source, info=SOURCES)


class Quote(Base):
    """Words someone said, verbatim, with who said them, where and when."""

    __tablename__ = "quote"
    __table_args__ = (Index("ix_quote_who_cites", "who", "cites"),)
    """The list sorts by speaker, then by whom they cited, without a sort step."""
    __source__ = "quotes.toml"
    __search__ = Document(
        body=("text", "who"),
        extra=("context", "quoting.name", "event.name",
               *(f"speaker_organisation.{n}" for n in ORGANISATION),
               *(f"speaker.organisation.{n}" for n in ORGANISATION)),
        who=("who", "speaker.name"), place=("event.venue", "event.city"),
        source=("source_title", "sources.title", "sources.publisher"), year="year")
    __checks__ = (derive.speaker_given,)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    text: Mapped[str] = mapped_column(Text, info=source(required=True))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True,
                                                   info=source("speaker", ref="person"))
    speaker: Mapped[Person | None] = relationship(foreign_keys=[speaker_id])
    speaker_label: Mapped[str | None] = mapped_column(info=source())
    speaker_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), info=source("speaker_organisation", ref="organisation"))
    speaker_organisation: Mapped[Organisation | None] = relationship()
    quoting_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"),
                                                   info=source("quoting", ref="person"))
    quoting: Mapped[Person | None] = relationship(foreign_keys=[quoting_id])
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True,
                                                 info=source("event", ref="event"))
    event: Mapped[Event | None] = relationship(back_populates="quotes")
    context: Mapped[str | None] = mapped_column(Text, info=source())
    year: Mapped[int | None] = mapped_column(index=True, info=YEAR)
    year_certain: Mapped[bool] = mapped_column(default=True,
                                               info=source(type=bool, default=True))
    who: Mapped[str] = mapped_column(String, info=derived(derive.who))
    """Denormalised display name of the speaker, so the list sorts without joins."""
    cites: Mapped[str | None] = mapped_column(info=derived(derive.named("person", "quoting")))
    """Denormalised name of the person the speaker cited (``quoting``), for the list."""
    source_title: Mapped[str] = mapped_column(String, index=True,
                                              info=derived(derive.first_source_title))
    """Denormalised title of the first source (the article), for the list column."""
    said_at: Mapped[str | None] = mapped_column(String, index=True,
                                                info=derived(derive.named("event", "event")))
    """Denormalised name of the event it was said at, for the list column."""
    sources: Mapped[list[Source]] = relationship(secondary=quote_source, info=SOURCES)


class Guideline(Base):
    __tablename__ = "guideline"
    __source__ = "guidelines.toml"
    __search__ = Document(
        body=("name", "short_name", "identifier", "summary", "recommendation"),
        extra=("note", "strength", "evidence_level",
               *(f"issuer.{n}" for n in ORGANISATION)),
        source=("sources.title", "sources.publisher"), year="year")
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    short_name: Mapped[str] = mapped_column(info=source(required=True))
    identifier: Mapped[str | None] = mapped_column(info=source())
    year: Mapped[int | None] = mapped_column(info=YEAR)
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"),
                                                  info=source("issuer", ref="organisation"))
    issuer: Mapped[Organisation | None] = relationship()
    recommendation: Mapped[str | None] = mapped_column(Text, info=source())
    summary: Mapped[str | None] = mapped_column(Text, info=source())
    strength: Mapped[str | None] = mapped_column(info=source())
    strength_note: Mapped[str | None] = mapped_column(Text, info=source())
    """What the strength means, in one line."""
    evidence_level: Mapped[str | None] = mapped_column(info=source())
    evidence_note: Mapped[str | None] = mapped_column(Text, info=source())
    """What the evidence level means, in one line."""
    note: Mapped[str | None] = mapped_column(Text, info=source())
    events: Mapped[list[Event]] = relationship(
        secondary=event_guideline, back_populates="guidelines", order_by="Event.sort_date"
    )
    sources: Mapped[list[Source]] = relationship(secondary=guideline_source, info=SOURCES)


class Brochure(Base):
    __tablename__ = "brochure"
    __source__ = "brochures.toml"
    __search__ = Document(
        body=("title", "description"),
        extra=(Words("audience", AUDIENCE_WORDS),
               *(f"paper_copies_from.{n}" for n in ORGANISATION)),
        source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    audience: Mapped[str] = mapped_column(info=source(required=True, choices=AUDIENCES))
    description: Mapped[str | None] = mapped_column(Text, info=source())
    url: Mapped[str | None] = mapped_column(info=source())
    paper_copies_from: Mapped[list[Organisation]] = relationship(
        secondary=brochure_paper, order_by="Organisation.name",
        info=source("paper_copies_from", list, ref="organisation"))
    sources: Mapped[list[Source]] = relationship(secondary=brochure_source, info=SOURCES)


class Report(Base):
    """A user-experience report: published, in production or planned."""

    __tablename__ = "report"
    __source__ = "reports.toml"
    __search__ = Document(body=("title", "description"), extra=("presented_at.name",),
                          source=("sources.title", "sources.publisher"), year="year")
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    status: Mapped[str] = mapped_column(info=source(required=True, choices=REPORT_STATUSES))
    year: Mapped[int | None] = mapped_column(info=YEAR)
    authors: Mapped[str | None] = mapped_column(info=source())
    published_in: Mapped[str | None] = mapped_column(info=source())
    description: Mapped[str | None] = mapped_column(Text, info=source())
    presented_at: Mapped[list[Event]] = relationship(
        secondary=report_event, back_populates="reports", order_by="Event.sort_date",
        info=source("presented_at", list, ref="event"))
    sources: Mapped[list[Source]] = relationship(secondary=report_source, info=SOURCES)


class Topic(Base):
    """A knowledge page about music therapy ("Om musikkterapi"), in sections."""

    __tablename__ = "topic"
    __source__ = "topics.toml"
    __search__ = Document(
        body=("title", "summary", "sections.heading", "sections.text", "sections.quote"),
        extra=("guidelines.name", "guidelines.short_name", "guidelines.identifier"),
        source=("sources.title", "sources.publisher"))
    __checks__ = (derive.has_sections,)
    id: Mapped[int] = mapped_column(primary_key=True)
    """Also the page's place in the list: the order of the source file."""
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(String, index=True, info=source(required=True))
    summary: Mapped[str | None] = mapped_column(Text, info=source())
    sections: Mapped[list[TopicSection]] = relationship(
        order_by="TopicSection.position", info=source("sections", list, required=True))
    guidelines: Mapped[list[Guideline]] = relationship(
        secondary=topic_guideline, info=source("guidelines", list, ref="guideline"))
    reports: Mapped[list[Report]] = relationship(
        secondary=topic_report, info=source("reports", list, ref="report"))
    brochures: Mapped[list[Brochure]] = relationship(
        secondary=topic_brochure, info=source("brochures", list, ref="brochure"))
    sources: Mapped[list[Source]] = relationship(secondary=topic_source,
                                                 info=derived(derive.sections_sources))
    """Every source its sections cite, each once."""


class TopicSection(Base):
    """One part of a topic: a heading, our own words, perhaps the source's, and sources."""

    __tablename__ = "topic_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), index=True)
    position: Mapped[int]
    heading: Mapped[str] = mapped_column(info=source(required=True))
    text: Mapped[str | None] = mapped_column(Text, info=source())
    quote: Mapped[str | None] = mapped_column(Text, info=source())
    """The source's own words, shown as a quotation."""
    sources: Mapped[list[Source]] = relationship(secondary=topic_section_source, info=SOURCES)


KINDS: tuple[type[Base], ...] = (Source, Organisation, Person, Guideline, Event, Quote,
                                 Brochure, Report, Topic)
"""The kinds with a source file, in dependency order: a kind only refers to kinds before it
or to itself. Their tables' names are the kinds' names."""


def kind_of(model: type[Base]) -> str:
    return str(model.__tablename__)


def model_of(kind: str) -> type[Base]:
    return next(model for model in KINDS if kind_of(model) == kind)


def table_of(model: type[Base]) -> Table:
    """The model's table (SQLAlchemy types it only as a FromClause)."""
    return cast(Table, model.__table__)


def info(attribute: Any) -> dict[str, Any]:
    return getattr(attribute, "info", None) or {}
