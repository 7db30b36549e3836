"""What every model of the content database shares: the declarative base, the meta table,
link tables, the declarations every kind uses (its id, its sources, a year) and the kind
every other kind cites, ``Source``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, cast

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..content.schema import LANGUAGES, SOURCE_KINDS, TITLE_FROM
from . import derive
from .declare import Document, Record, source

ID = source("id", required=True)
"""Every record's ``key``: its id in the source."""
SOURCES = source("sources", list, required=True, ref="source")
YEAR = source(type=int)
Check = Callable[[Record], list[str]]
"""A rule spanning fields: its problems, each as ``field: what is wrong``."""
AUDIENCE_WORDS = {
    "professionals": "fagpersoner fagfolk professionals",
    "people_with_substance_problems": "folk med rusproblemer people with substance problems",
}
UNNAMED_WORDS = {
    "service_user": "tjenestebruker bruker service user",
    "not_said": "ikke navngitt not named",
}
"""An unnamed speaker is found by the words the interface names them with."""
CODE_WORDS = {
    "suggested": "foreslås foreslått suggested", "consensus": "konsensus consensus",
    "not_given": "ikke oppgitt not given", "supporting_treatment": "støttebehandling "
    "supporting treatment", "free": "gratis free", "charged": "avgift fee",
    "announced": "kunngjort announced", "postponed": "utsatt postponed",
    "evaluation": "brukerrapport evaluering user-experience report", "article": "artikkel "
    "article", "book": "bok book", "handbook": "håndbok handbook",
    "abstracts": "sammendrag abstracts"}
"""Codes are found by the words the interfaces name them with, in both languages; other
codes ("A", "1a") by themselves."""


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


def link_table(name: str, left: str, right: str, reverse: bool = False) -> Table:
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


def sources_table(kind: str) -> Table:
    return link_table(f"{kind}_source", kind, "source")


def table_of(model: type[Base]) -> Table:
    """The model's table (SQLAlchemy types it only as a FromClause)."""
    return cast(Table, model.__table__)


def info(attribute: Any) -> dict[str, Any]:
    return getattr(attribute, "info", None) or {}


class Source(Base):
    """Where content comes from: an article or web page, its publisher and address."""

    __tablename__ = "source"
    __source__ = "sources.toml"
    __checks__ = (derive.real_date_of("published"),)
    """Its publication date, as far as the page gives it (``published``)."""
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    title_from: Mapped[str | None] = mapped_column(info=source(choices=TITLE_FROM))
    """Where the title comes from when the source itself gives none (shown in brackets)."""
    publisher: Mapped[str] = mapped_column(info=source(required=True))
    url: Mapped[str | None] = mapped_column(info=source())
    kind: Mapped[str] = mapped_column(info=source(required=True, choices=SOURCE_KINDS))
    language: Mapped[str | None] = mapped_column(info=source(choices=LANGUAGES))
    """Its written language where the sources say it (nynorsk, English)."""
    published_year: Mapped[int | None] = mapped_column(info=source("published.year", int))
    published_month: Mapped[int | None] = mapped_column(info=source("published.month", int))
    published_day: Mapped[int | None] = mapped_column(info=source("published.day", int))
    note: Mapped[str | None] = mapped_column(Text, info=source())
