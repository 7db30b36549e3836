"""Build the SQLite content database from the checked content source, deterministically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session

from . import models as m
from .source_schema import KINDS, Records, load_source

MODEL_OF = {
    "source": m.Source, "organisation": m.Organisation, "person": m.Person,
    "guideline": m.Guideline, "event": m.Event, "quote": m.Quote,
    "brochure": m.Brochure, "report": m.Report,
}


def build_database(source: Path, out: Path) -> dict[str, int]:
    """Check ``source`` and write the database to ``out``; return the count per kind.

    Nothing is written when the source is invalid: the database is built in a temporary
    file beside ``out`` and moved into place only when complete.
    """
    records = load_source(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write_records(records, tmp, content_digest(source))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return {kind: len(recs) for kind, recs in records.items()}


def content_digest(source: Path) -> str:
    digest = hashlib.sha256()
    for filename, _ in KINDS.values():
        digest.update(filename.encode() + b"\0" + (source / filename).read_bytes() + b"\0")
    return digest.hexdigest()


def write_records(records: Records, path: Path, digest: str) -> None:
    """Create the schema in an empty file at ``path`` and insert ``records`` in order."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA foreign_keys=ON"))
    try:
        m.Base.metadata.create_all(engine)
        _recreate_indexes_in_name_order(engine)
        with Session(engine) as session:
            _Inserter(session).insert_all(records)
            session.add_all([
                m.Meta(key="schema_version", value=str(m.SCHEMA_VERSION)),
                m.Meta(key="content_digest", value=digest),
            ])
            session.commit()
        with engine.connect() as conn:
            conn.execute(text(f"PRAGMA user_version = {m.SCHEMA_VERSION}"))
            conn.commit()
            conn.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def _recreate_indexes_in_name_order(engine: Engine) -> None:
    """SQLAlchemy creates indexes in set order; redo them sorted so the file is repeatable."""
    indexes = sorted((i for t in m.Base.metadata.sorted_tables for i in t.indexes),
                     key=lambda i: str(i.name))
    with engine.begin() as conn:
        for index in indexes:
            index.drop(conn)
        for index in indexes:
            index.create(conn)


class _Inserter:
    """Turns checked source records into ORM objects, resolving ids to objects."""

    def __init__(self, session: Session):
        self.session = session
        self.by_key: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}

    def insert_all(self, records: Records) -> None:
        for kind in KINDS:
            for n, record in enumerate(records[kind], start=1):
                obj = getattr(self, f"_make_{kind}")(record)
                obj.id = n
                obj.key = record["id"]
                if kind != "source":
                    obj.sources = self._refs("source", record["sources"])
                self.by_key[kind][record["id"]] = obj
                self.session.add(obj)
            self.session.flush()
        for record in records["organisation"]:
            if "part_of" in record:
                self._one("organisation", record["id"]).part_of = self._one(
                    "organisation", record["part_of"])

    def _one(self, kind: str, key: str | None) -> Any:
        return self.by_key[kind][key] if key is not None else None

    def _refs(self, kind: str, keys: list[str] | None) -> list[Any]:
        return [self.by_key[kind][k] for k in keys or []]

    @staticmethod
    def _plain(record: dict[str, Any], *names: str) -> dict[str, Any]:
        return {name: record.get(name) for name in names}

    def _make_source(self, r: dict[str, Any]) -> m.Source:
        return m.Source(**self._plain(r, "title", "publisher", "url", "kind", "note"))

    def _make_organisation(self, r: dict[str, Any]) -> m.Organisation:
        return m.Organisation(**self._plain(r, "name", "short_name", "description"))

    def _make_person(self, r: dict[str, Any]) -> m.Person:
        return m.Person(**self._plain(r, "name", "role"),
                        organisation=self._one("organisation", r.get("organisation")))

    def _make_guideline(self, r: dict[str, Any]) -> m.Guideline:
        return m.Guideline(
            **self._plain(r, "name", "short_name", "identifier", "year", "recommendation",
                          "summary", "strength", "evidence_level", "note"),
            issuer=self._one("organisation", r.get("issuer")))

    def _make_event(self, r: dict[str, Any]) -> m.Event:
        date = r["date"]
        participants = r.get("participants", {})
        event_obj = m.Event(
            **self._plain(r, "name", "description", "time", "venue", "city", "fee"),
            date_year=date.get("year"), date_month=date.get("month"), date_day=date.get("day"),
            date_year_certain=date.get("year_certain", True), date_note=date.get("note"),
            sort_date="{:04d}-{:02d}-{:02d}".format(
                date.get("year") or 0, date.get("month") or 0, date.get("day") or 0),
            participants=participants.get("count"),
            participants_qualifier=participants.get("qualifier"),
            organisers=self._refs("organisation", r.get("organisers")),
            contributors=self._refs("organisation", r.get("contributors")),
            guidelines=self._refs("guideline", r.get("guidelines")),
        )
        event_obj.people = [
            m.EventPerson(person=self._one("person", p["person"]), role=p.get("role"), position=i)
            for i, p in enumerate(r.get("people", []))
        ]
        return event_obj

    def _make_quote(self, r: dict[str, Any]) -> m.Quote:
        speaker = self._one("person", r.get("speaker"))
        organisation = self._one("organisation", r.get("speaker_organisation"))
        event_obj = self._one("event", r.get("event"))
        who = speaker.name if speaker else r["speaker_label"]
        if organisation is not None:
            who = f"{who}, {organisation.short_name or organisation.name}"
        first_source = self.by_key["source"][r["sources"][0]]
        return m.Quote(
            **self._plain(r, "text", "speaker_label", "context", "year"),
            year_certain=r.get("year_certain", True),
            speaker=speaker, speaker_organisation=organisation,
            quoting=self._one("person", r.get("quoting")), event=event_obj,
            who=who, source_title=event_obj.name if event_obj else first_source.title,
        )

    def _make_brochure(self, r: dict[str, Any]) -> m.Brochure:
        return m.Brochure(**self._plain(r, "title", "audience", "description", "url"),
                          paper_copies_from=self._refs("organisation", r.get("paper_copies_from")))

    def _make_report(self, r: dict[str, Any]) -> m.Report:
        return m.Report(**self._plain(r, "title", "status", "year", "description"),
                        presented_at=self._refs("event", r.get("presented_at")))
