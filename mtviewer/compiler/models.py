"""SQLAlchemy models of the content database."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..content.schema import (  # noqa: F401 (shared with the read side)
    AUDIENCES,
    PARTICIPANT_QUALIFIERS,
    REPORT_STATUSES,
    SCHEMA_VERSION,
)


class Base(DeclarativeBase):
    pass


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
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str]
    publisher: Mapped[str]
    url: Mapped[str | None]
    kind: Mapped[str]
    note: Mapped[str | None] = mapped_column(Text)


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


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str]
    short_name: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    part_of_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    part_of: Mapped[Organisation | None] = relationship(remote_side=[id])
    sources: Mapped[list[Source]] = relationship(secondary=organisation_source)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str]
    role: Mapped[str | None]
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"),
                                                        index=True)
    organisation: Mapped[Organisation | None] = relationship()
    sources: Mapped[list[Source]] = relationship(secondary=person_source)


class EventPerson(Base):
    """A person's part in an event, in the source's words ("Opened the conference")."""

    __tablename__ = "event_person"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True,
                                           index=True)
    position: Mapped[int]
    role: Mapped[str | None]
    person: Mapped[Person] = relationship()


class Event(Base):
    """A conference or summit. The date may be partial or its year uncertain."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    date_year: Mapped[int | None]
    date_month: Mapped[int | None]
    date_day: Mapped[int | None]
    date_year_certain: Mapped[bool] = mapped_column(default=True)
    date_note: Mapped[str | None] = mapped_column(Text)
    sort_date: Mapped[str] = mapped_column(String, index=True)
    time: Mapped[str | None]
    venue: Mapped[str | None]
    city: Mapped[str | None]
    participants: Mapped[int | None]
    participants_qualifier: Mapped[str | None]
    fee: Mapped[str | None]
    organisers: Mapped[list[Organisation]] = relationship(
        secondary=event_organiser, order_by="Organisation.name")
    contributors: Mapped[list[Organisation]] = relationship(
        secondary=event_contributor, order_by="Organisation.name")
    people: Mapped[list[EventPerson]] = relationship(order_by=EventPerson.position)
    guidelines: Mapped[list[Guideline]] = relationship(
        secondary=event_guideline, back_populates="events", order_by="Guideline.year"
    )
    quotes: Mapped[list[Quote]] = relationship(back_populates="event", order_by="Quote.id")
    reports: Mapped[list[Report]] = relationship(
        secondary=report_event, back_populates="presented_at", order_by="Report.id"
    )
    sources: Mapped[list[Source]] = relationship(secondary=event_source)


class Quote(Base):
    """Words someone said, verbatim, with who said them, where and when."""

    __tablename__ = "quote"
    __table_args__ = (Index("ix_quote_who_cites", "who", "cites"),)
    """The list sorts by speaker, then by whom they cited, without a sort step."""
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    speaker: Mapped[Person | None] = relationship(foreign_keys=[speaker_id])
    speaker_label: Mapped[str | None]
    speaker_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    speaker_organisation: Mapped[Organisation | None] = relationship()
    quoting_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    quoting: Mapped[Person | None] = relationship(foreign_keys=[quoting_id])
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    event: Mapped[Event | None] = relationship(back_populates="quotes")
    context: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(index=True)
    year_certain: Mapped[bool] = mapped_column(default=True)
    who: Mapped[str] = mapped_column(String)
    """Denormalised display name of the speaker, so the list sorts without joins."""
    cites: Mapped[str | None]
    """Denormalised name of the person the speaker cited (``quoting``), for the list."""
    source_title: Mapped[str] = mapped_column(String, index=True)
    """Denormalised title of the first source (the article), for the list column."""
    said_at: Mapped[str | None] = mapped_column(String, index=True)
    """Denormalised name of the event it was said at, for the list column."""
    sources: Mapped[list[Source]] = relationship(secondary=quote_source)


class Guideline(Base):
    __tablename__ = "guideline"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str]
    short_name: Mapped[str]
    identifier: Mapped[str | None]
    year: Mapped[int | None]
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    issuer: Mapped[Organisation | None] = relationship()
    recommendation: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    strength: Mapped[str | None]
    strength_note: Mapped[str | None] = mapped_column(Text)
    """What the strength means, in one line."""
    evidence_level: Mapped[str | None]
    evidence_note: Mapped[str | None] = mapped_column(Text)
    """What the evidence level means, in one line."""
    note: Mapped[str | None] = mapped_column(Text)
    events: Mapped[list[Event]] = relationship(
        secondary=event_guideline, back_populates="guidelines", order_by="Event.sort_date"
    )
    sources: Mapped[list[Source]] = relationship(secondary=guideline_source)


class Brochure(Base):
    __tablename__ = "brochure"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str]
    audience: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None]
    paper_copies_from: Mapped[list[Organisation]] = relationship(
        secondary=brochure_paper, order_by="Organisation.name")
    sources: Mapped[list[Source]] = relationship(secondary=brochure_source)


class Report(Base):
    """A user-experience report: published, in production or planned."""

    __tablename__ = "report"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str]
    status: Mapped[str]
    year: Mapped[int | None]
    authors: Mapped[str | None]
    published_in: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    presented_at: Mapped[list[Event]] = relationship(
        secondary=report_event, back_populates="reports", order_by="Event.sort_date"
    )
    sources: Mapped[list[Source]] = relationship(secondary=report_source)



class Topic(Base):
    """A knowledge page about music therapy ("Om musikkterapi"), in sections."""

    __tablename__ = "topic"
    id: Mapped[int] = mapped_column(primary_key=True)
    """Also the page's place in the list: the order of the source file."""
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String, index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    sections: Mapped[list[TopicSection]] = relationship(order_by="TopicSection.position")
    guidelines: Mapped[list[Guideline]] = relationship(secondary=topic_guideline)
    reports: Mapped[list[Report]] = relationship(secondary=topic_report)
    brochures: Mapped[list[Brochure]] = relationship(secondary=topic_brochure)
    sources: Mapped[list[Source]] = relationship(secondary=topic_source)
    """Every source its sections cite, each once."""


class TopicSection(Base):
    """One part of a topic: a heading, our own words, perhaps the source's, and sources."""

    __tablename__ = "topic_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), index=True)
    position: Mapped[int]
    heading: Mapped[str]
    text: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    """The source's own words, shown as a quotation."""
    sources: Mapped[list[Source]] = relationship(secondary=topic_section_source)
