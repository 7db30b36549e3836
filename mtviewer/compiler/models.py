"""SQLAlchemy models of the content database: each kind of record declared once.

Each model's columns and relationships say where their values come from in the content
source (``declare.source``) or how they are worked out (``declare.derived``); its
``__source__`` names its file, ``__search__`` what its search document holds and
``__checks__`` the rules that span fields. ``source_schema``, ``build`` and
``search_index`` derive the source's fields, every table's rows and the search documents
from these declarations.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..content.schema import (  # noqa: F401 (shared with the read side)
    AUDIENCES,
    EVENT_STATUSES,
    EVIDENCE_LEVELS,
    FEES,
    NOT_FOUND,
    PARTICIPANT_QUALIFIERS,
    REPORT_FORMS,
    REPORT_STATUSES,
    SCHEMA_VERSION,
    SENSITIVE,
    STRENGTHS,
    TITLE_FROM,
    TREATMENT_ROLES,
    UNNAMED_SPEAKERS,
    URL_KINDS,
)
from . import derive
from .base import (  # noqa: F401 (Meta, Source and info are the models' too)
    AUDIENCE_WORDS,
    CODE_WORDS,
    ID,
    SOURCES,
    UNNAMED_WORDS,
    YEAR,
    Base,
    Meta,
    Source,
    info,
    link_table,
    sources_table,
    table_of,
)
from .declare import Computed, Document, Reverse, Words, derived, source

_link_table, _sources_table = link_table, sources_table


organisation_source = _sources_table("organisation")
person_source = _sources_table("person")
event_source = _sources_table("event")
quote_source = _sources_table("quote")
guideline_source = _sources_table("guideline")
brochure_source = _sources_table("brochure")
report_source = _sources_table("report")
event_organiser = _link_table("event_organiser", "event", "organisation", reverse=True)
event_contributor = _link_table("event_contributor", "event", "organisation", reverse=True)
event_guideline = _link_table("event_guideline", "event", "guideline", reverse=True)
report_event = _link_table("report_event", "report", "event", reverse=True)
report_by = _link_table("report_by", "report", "organisation", reverse=True)
report_for = _link_table("report_for", "report", "organisation", reverse=True)
report_person = _link_table("report_person", "report", "person", reverse=True)
brochure_paper = _link_table("brochure_paper_copies", "brochure", "organisation", reverse=True)
organisation_member = Table(
    "organisation_member", Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id"), primary_key=True),
    Column("member_id", ForeignKey("organisation.id"), primary_key=True, index=True),
    sqlite_with_rowid=False)
"""A network and its members (each an organisation)."""

ORGANISATION = ("name", "short_name")
"""An organisation as it finds what names it: by its name and its short name."""


class Organisation(Base):
    """An organisation; what it does is written as of its sources, with the year."""

    __tablename__ = "organisation"
    __source__ = "organisations.toml"
    __checks__ = (derive.dated_text("description"),)
    __search__ = Document(
        body=("name", "short_name", "also_known_as", "description"), title=ORGANISATION,
        extra=tuple(f"part_of.{name}" for name in ORGANISATION),
        who=(Reverse("person", "organisation", "name"),),
        source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    short_name: Mapped[str | None] = mapped_column(info=source())
    also_known_as: Mapped[str | None] = mapped_column(info=source())
    """Other names it has carried, as the sources give them."""
    founded: Mapped[int | None] = mapped_column(info=source(type=int))
    description: Mapped[str | None] = mapped_column(Text, info=source())
    part_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), index=True, info=source("part_of", ref="organisation"))
    part_of: Mapped[Organisation | None] = relationship(remote_side=[id])
    members: Mapped[list[Organisation]] = relationship(
        secondary=organisation_member, primaryjoin="Organisation.id == "
        "organisation_member.c.organisation_id", secondaryjoin="Organisation.id == "
        "organisation_member.c.member_id", info=source("members", list, ref="organisation"))
    sources: Mapped[list[Source]] = relationship(secondary=organisation_source, info=SOURCES)


class Person(Base):
    """A person; a role (and organisation) is theirs as of a year."""

    __tablename__ = "person"
    __source__ = "people.toml"
    __checks__ = (derive.role_dated,)
    __search__ = Document(
        body=("name", "role"), title=("name",),
        extra=(*(f"organisation.{n}" for n in ORGANISATION),  # and their parts at events:
               *(Reverse("event", "people.person", p) for p in ("name", "people.role"))),
        who=("name",), source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    role: Mapped[str | None] = mapped_column(info=source())
    """As it reads inside a sentence ("ordfører i Oslo"), lower case unless a name."""
    role_year: Mapped[int | None] = mapped_column(info=source(type=int))
    """When the role (and the organisation) was theirs, as the sources show it."""
    role_until: Mapped[int | None] = mapped_column(info=source(type=int))
    role_year_certain: Mapped[bool] = mapped_column(
        default=True, info=source(type=bool, default=True))
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
        body=("name", "description", Computed(derive.date_words)), title=("name",),
        extra=(*(f"organisers.{n}" for n in ORGANISATION),
               *(f"contributors.{n}" for n in ORGANISATION), "people.role", "date.note",
               "time", Words("fee", CODE_WORDS), Words("status", CODE_WORDS)),
        who=("people.person.name",), place=("venue", "city"),
        source=("sources.title", "sources.publisher"), year="date.year")
    __checks__ = (derive.real_date, derive.status_dated, derive.dated_text("description"))
    __required__ = ("date",)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    description: Mapped[str | None] = mapped_column(Text, info=source())
    date_year: Mapped[int | None] = mapped_column(info=source("date.year", int))
    date_month: Mapped[int | None] = mapped_column(info=source("date.month", int))
    date_day: Mapped[int | None] = mapped_column(info=source("date.day", int))
    date_last_day: Mapped[int | None] = mapped_column(info=source("date.last_day", int))
    """The last day of an event of several days, in the same month."""
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
    fee: Mapped[str | None] = mapped_column(info=source(choices=FEES))
    status: Mapped[str | None] = mapped_column(info=source(choices=EVENT_STATUSES))
    status_year: Mapped[int | None] = mapped_column(info=source(type=int))
    """The year the status was known (an announcement's year)."""
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
        body=("text", "who", Words("unnamed", UNNAMED_WORDS)),
        extra=("context", "quoting.name", "event.name", "report.title", "speaker.role",
               *(f"speaker_organisation.{n}" for n in ORGANISATION),
               *(f"speaker.organisation.{n}" for n in ORGANISATION)),
        who=("who", "speaker.name", Words("unnamed", UNNAMED_WORDS)),
        place=("event.venue", "event.city"),
        source=("source_title", "sources.title", "sources.publisher"), year="year")
    __checks__ = (derive.speaker_given,)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    text: Mapped[str] = mapped_column(Text, info=source(required=True))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True,
                                                   info=source("speaker", ref="person"))
    speaker: Mapped[Person | None] = relationship(foreign_keys=[speaker_id])
    unnamed: Mapped[str | None] = mapped_column(info=source(choices=UNNAMED_SPEAKERS))
    """Who said it when the source names no one: a code the interface words."""
    speaker_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), info=source("speaker_organisation", ref="organisation"))
    speaker_organisation: Mapped[Organisation | None] = relationship()
    quoting_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"),
                                                   info=source("quoting", ref="person"))
    quoting: Mapped[Person | None] = relationship(foreign_keys=[quoting_id])
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True,
                                                 info=source("event", ref="event"))
    event: Mapped[Event | None] = relationship(back_populates="quotes")
    report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id"), index=True,
                                                  info=source("report", ref="report"))
    report: Mapped[Report | None] = relationship()
    """The report the words were printed in, when that is their context."""
    context: Mapped[str | None] = mapped_column(Text, info=source())
    sensitive: Mapped[str | None] = mapped_column(info=source(type=list, choices=SENSITIVE))
    """What it names that a wall poster may not want to show (codes, space-separated)."""
    year: Mapped[int | None] = mapped_column(index=True, info=YEAR)
    year_certain: Mapped[bool] = mapped_column(default=True,
                                               info=source(type=bool, default=True))
    who: Mapped[str] = mapped_column(String, info=derived(derive.who))
    """Denormalised name of the speaker ("" when not named), so the list sorts without
    joins."""
    who_organisation: Mapped[str | None] = mapped_column(
        info=derived(derive.short_name("speaker_organisation")))
    """Denormalised short name of the organisation the quote is credited to."""
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
    """A national guideline; its grade and evidence basis are codes the interface words."""

    __tablename__ = "guideline"
    __source__ = "guidelines.toml"
    __search__ = Document(
        body=("name", "short_name", "identifier", "summary", "recommendation"),
        title=("name", "short_name", "identifier"),
        extra=("note", "rationale", Words("strength", CODE_WORDS), "strength_note",
               Words("evidence_level", CODE_WORDS), "evidence_note",
               Words("treatment_role", CODE_WORDS),
               *(f"issuer.{n}" for n in ORGANISATION)),
        source=("sources.title", "sources.publisher"), year="year")
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    name: Mapped[str] = mapped_column(info=source(required=True))
    short_name: Mapped[str] = mapped_column(info=source(required=True))
    identifier: Mapped[str | None] = mapped_column(info=source())
    year: Mapped[int | None] = mapped_column(info=YEAR)
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True,
                                                  info=source("issuer", ref="organisation"))
    issuer: Mapped[Organisation | None] = relationship()
    recommendation: Mapped[str | None] = mapped_column(Text, info=source())
    summary: Mapped[str | None] = mapped_column(Text, info=source())
    rationale: Mapped[str | None] = mapped_column(Text, info=source())
    """The guideline's reason for its recommendation, in its own words."""
    strength: Mapped[str | None] = mapped_column(info=source(choices=STRENGTHS))
    strength_note: Mapped[str | None] = mapped_column(Text, info=source())
    """What the strength means, in one line."""
    evidence_level: Mapped[str | None] = mapped_column(info=source(choices=EVIDENCE_LEVELS))
    evidence_note: Mapped[str | None] = mapped_column(Text, info=source())
    """What the evidence level means, in one line."""
    treatment_role: Mapped[str | None] = mapped_column(info=source(choices=TREATMENT_ROLES))
    """What the guideline calls music therapy, where that is not a grade."""
    note: Mapped[str | None] = mapped_column(Text, info=source())
    events: Mapped[list[Event]] = relationship(
        secondary=event_guideline, back_populates="guidelines", order_by="Event.sort_date"
    )
    sources: Mapped[list[Source]] = relationship(secondary=guideline_source, info=SOURCES)


class Brochure(Base):
    """A brochure; where paper copies came from is an offer of a year."""

    __tablename__ = "brochure"
    __source__ = "brochures.toml"
    __checks__ = (derive.offer_dated, derive.dated_text("description"))
    __search__ = Document(
        body=("title", "description"), title=("title",),
        extra=(Words("audience", AUDIENCE_WORDS),
               *(f"paper_copies_from.{n}" for n in ORGANISATION)),
        source=("sources.title", "sources.publisher"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    title_from: Mapped[str | None] = mapped_column(info=source(choices=TITLE_FROM))
    audience: Mapped[str] = mapped_column(info=source(required=True, choices=AUDIENCES))
    year: Mapped[int | None] = mapped_column(info=YEAR)
    year_certain: Mapped[bool] = mapped_column(default=True,
                                               info=source(type=bool, default=True))
    description: Mapped[str | None] = mapped_column(Text, info=source())
    url: Mapped[str | None] = mapped_column(info=source())
    url_kind: Mapped[str | None] = mapped_column(info=source(choices=URL_KINDS))
    """What the address leads to when not the brochure itself (its announcement)."""
    not_found: Mapped[str | None] = mapped_column(info=source(type=list, choices=NOT_FOUND))
    """What was looked for in public sources and not found (codes, space-separated)."""
    paper_copies_year: Mapped[int | None] = mapped_column(info=source(type=int))
    """The year paper copies were offered from ``paper_copies_from``."""
    paper_copies_year_certain: Mapped[bool] = mapped_column(
        default=True, info=source(type=bool, default=True))
    paper_copies_from: Mapped[list[Organisation]] = relationship(
        secondary=brochure_paper, order_by="Organisation.name",
        info=source("paper_copies_from", list, ref="organisation"))
    sources: Mapped[list[Source]] = relationship(secondary=brochure_source, info=SOURCES)


class Report(Base):
    """A report or publication: a user-experience report, an article, a book, a handbook;
    who made it, for whom, and its status as of a year."""

    __tablename__ = "report"
    __source__ = "reports.toml"
    __search__ = Document(
        body=("title", "authors", "editors", "published_in", "description"),
        title=("title",), extra=(
            "presented_at.name", "people.name", Words("form", CODE_WORDS),
            *(f"made_by.{n}" for n in ORGANISATION), *(f"made_for.{n}" for n in ORGANISATION)),
        who=("authors", "people.name"), source=("sources.title", "sources.publisher"),
        year="year")
    __checks__ = (derive.status_dated, derive.dated_text("description"))
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    title_from: Mapped[str | None] = mapped_column(info=source(choices=TITLE_FROM))
    form: Mapped[str | None] = mapped_column(info=source(choices=REPORT_FORMS))
    status: Mapped[str] = mapped_column(info=source(required=True, choices=REPORT_STATUSES))
    status_year: Mapped[int | None] = mapped_column(info=source(type=int))
    """The year a status other than published was reported."""
    year: Mapped[int | None] = mapped_column(info=YEAR)
    year_certain: Mapped[bool] = mapped_column(default=True,
                                               info=source(type=bool, default=True))
    authors: Mapped[str | None] = mapped_column(info=source())
    editors: Mapped[str | None] = mapped_column(info=source())
    published_in: Mapped[str | None] = mapped_column(info=source())
    participants: Mapped[int | None] = mapped_column(info=source(type=int))
    """How many service users took part (were interviewed), as the source counts them."""
    description: Mapped[str | None] = mapped_column(Text, info=source())
    made_by: Mapped[list[Organisation]] = relationship(
        secondary=report_by, order_by="Organisation.name",
        info=source("made_by", list, ref="organisation"))
    made_for: Mapped[list[Organisation]] = relationship(
        secondary=report_for, order_by="Organisation.name",
        info=source("made_for", list, ref="organisation"))
    """The service or municipality it evaluates, or was written for."""
    people: Mapped[list[Person]] = relationship(
        secondary=report_person, info=source("people", list, ref="person"))
    """Its authors or editors who have a record of their own."""
    presented_at: Mapped[list[Event]] = relationship(
        secondary=report_event, back_populates="reports", order_by="Event.sort_date",
        info=source("presented_at", list, ref="event"))
    sources: Mapped[list[Source]] = relationship(secondary=report_source, info=SOURCES)
