"""Build the SQLite content database from the checked content source, deterministically.

Records are written with bulk Core inserts (ids are positions in the source, starting at 1),
so the same code builds the ten-quote seed database and a million-quote benchmark one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, text

from ..content.stems import stemmer_version
from . import models as m
from . import search_index
from .source_schema import EDITION_FILE, KINDS, Edition, Records, load_edition, load_source


def build_database(source: Path, out: Path) -> dict[str, int]:
    """Check ``source`` and write the database to ``out``; return the count per kind.

    Nothing is written when the source is invalid: the database is built in a temporary
    file beside ``out`` and moved into place only when complete.
    """
    records = load_source(source)
    edition = load_edition(source)
    write_database(records, out, content_digest(source), edition)
    return {kind: len(recs) for kind, recs in records.items()}


def write_database(records: Records, out: Path, digest: str,
                   edition: Edition | None = None) -> None:
    """Write checked ``records`` to ``out`` atomically (temporary file, then replace); a
    device, pipe or socket at ``out`` is refused, never written to or replaced (SaveError)."""
    from ..files import replace_atomically

    if not out.parent.is_dir():
        out.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        tmp.unlink()  # SQLite makes its own file
        write_records(records, tmp, digest, edition)

    replace_atomically(out, write)


def content_digest(source: Path) -> str:
    digest = hashlib.sha256()
    for filename in [name for name, _ in KINDS.values()] + [EDITION_FILE]:
        digest.update(filename.encode() + b"\0" + (source / filename).read_bytes() + b"\0")
    return digest.hexdigest()


def write_records(records: Records, path: Path, digest: str,
                  edition: Edition | None = None) -> None:
    """Create the schema in a new file at ``path`` and insert ``records`` in order."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA foreign_keys=ON"))
    try:
        m.Base.metadata.create_all(engine)
        _recreate_indexes_in_name_order(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # organisations nest
            ids = {kind: {r["id"]: n for n, r in enumerate(records[kind], start=1)}
                   for kind in KINDS}
            for table, rows in _rows(records, ids):
                _insert(conn, table, rows)
            search_index.create(conn)
            search_index.fill(conn)
            _insert(conn, m.Meta.__table__, [
                {"key": "schema_version", "value": str(m.SCHEMA_VERSION)},
                {"key": "content_digest", "value": digest},
                {"key": "stemmer", "value": stemmer_version()},
                *_edition_rows(edition),
            ])
            conn.execute(text(f"PRAGMA user_version = {m.SCHEMA_VERSION}"))
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def _edition_rows(edition: Edition | None) -> list[dict[str, str]]:
    """The edition's identity as meta rows (the read side's About shows them)."""
    if edition is None:
        return []
    return [{"key": "content_date", "value": edition.date.isoformat()},
            {"key": "edition_name", "value": edition.name},
            {"key": "edition_version", "value": edition.version},
            {"key": "edition_publisher", "value": edition.publisher}]


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 50_000):
        if rows[start:start + 50_000]:
            conn.execute(insert(table), rows[start:start + 50_000])


def _recreate_indexes_in_name_order(engine: Engine) -> None:
    """SQLAlchemy creates indexes in set order; redo them sorted so the file is repeatable."""
    indexes = sorted((i for t in m.Base.metadata.sorted_tables for i in t.indexes),
                     key=lambda i: str(i.name))
    with engine.begin() as conn:
        for index in indexes:
            index.drop(conn)
        for index in indexes:
            index.create(conn)


def _pick(r: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: r.get(name) for name in names}


def _rows(records: Records, ids: dict[str, dict[str, int]]) -> Iterator[tuple[Table, list]]:
    """Every table's rows, parents before children."""
    def ref(kind: str, key: str | None) -> int | None:
        return ids[kind][key] if key is not None else None

    def links(table: Table, kind: str, field: str, target: str) -> tuple[Table, list]:
        left, right = (c.name for c in table.columns)
        return table, [{left: ids[kind][r["id"]], right: ids[target][key]}
                       for r in records[kind] for key in r.get(field) or []]

    yield m.Source.__table__, [
        {"id": ids["source"][r["id"]], "key": r["id"],
         **_pick(r, "title", "publisher", "url", "kind", "note")} for r in records["source"]]
    yield m.Organisation.__table__, [
        {"id": ids["organisation"][r["id"]], "key": r["id"],
         "part_of_id": ref("organisation", r.get("part_of")),
         **_pick(r, "name", "short_name", "description")} for r in records["organisation"]]
    yield m.Person.__table__, [
        {"id": ids["person"][r["id"]], "key": r["id"],
         "organisation_id": ref("organisation", r.get("organisation")),
         **_pick(r, "name", "role")} for r in records["person"]]
    yield m.Guideline.__table__, [
        {"id": ids["guideline"][r["id"]], "key": r["id"],
         "issuer_id": ref("organisation", r.get("issuer")),
         **_pick(r, "name", "short_name", "identifier", "year", "recommendation", "summary",
                 "strength", "strength_note", "evidence_level", "evidence_note", "note")}
        for r in records["guideline"]]
    yield m.Event.__table__, [_event_row(r, ids) for r in records["event"]]
    by_id = {kind: {r["id"]: r for r in recs} for kind, recs in records.items()}
    yield m.Quote.__table__, [_quote_row(r, by_id, ids) for r in records["quote"]]
    yield m.Brochure.__table__, [
        {"id": ids["brochure"][r["id"]], "key": r["id"],
         **_pick(r, "title", "audience", "description", "url")} for r in records["brochure"]]
    yield m.Report.__table__, [
        {"id": ids["report"][r["id"]], "key": r["id"],
         **_pick(r, "title", "status", "year", "authors", "published_in", "description")}
        for r in records["report"]]
    yield m.EventPerson.__table__, [
        {"event_id": ids["event"][r["id"]], "person_id": ids["person"][p["person"]],
         "position": i, "role": p.get("role")}
        for r in records["event"] for i, p in enumerate(r.get("people", []))]
    yield links(m.event_organiser, "event", "organisers", "organisation")
    yield links(m.event_contributor, "event", "contributors", "organisation")
    yield links(m.event_guideline, "event", "guidelines", "guideline")
    yield links(m.report_event, "report", "presented_at", "event")
    yield links(m.brochure_paper, "brochure", "paper_copies_from", "organisation")
    yield from _topic_rows(records["topic"], ids)
    yield links(m.topic_guideline, "topic", "guidelines", "guideline")
    yield links(m.topic_report, "topic", "reports", "report")
    yield links(m.topic_brochure, "topic", "brochures", "brochure")
    for kind in KINDS:
        if kind not in ("source", "topic"):
            yield links(m.Base.metadata.tables[f"{kind}_source"], kind, "sources", "source")


def _topic_rows(topics: list[dict[str, Any]],
                ids: dict[str, dict[str, int]]) -> Iterator[tuple[Table, list]]:
    """Topics, their sections (numbered through all topics) and the sources of both: a
    topic's are its sections' sources, each once."""
    sections, section_sources, topic_sources = [], [], []
    for r in topics:
        topic_id = ids["topic"][r["id"]]
        cited: dict[str, None] = {}
        for position, section in enumerate(r["sections"]):
            section_id = len(sections) + 1
            sections.append({"id": section_id, "topic_id": topic_id, "position": position,
                             **_pick(section, "heading", "text", "quote")})
            section_sources += [{"topic_section_id": section_id,
                                 "source_id": ids["source"][key]}
                                for key in dict.fromkeys(section["sources"])]
            cited.update(dict.fromkeys(section["sources"]))
        topic_sources += [{"topic_id": topic_id, "source_id": ids["source"][key]}
                          for key in cited]
    yield m.Topic.__table__, [{"id": ids["topic"][r["id"]], "key": r["id"],
                               **_pick(r, "title", "summary")} for r in topics]
    yield m.TopicSection.__table__, sections
    yield m.topic_section_source, section_sources
    yield m.topic_source, topic_sources


def _event_row(r: dict[str, Any], ids: dict[str, dict[str, int]]) -> dict[str, Any]:
    date = r["date"]
    participants = r.get("participants", {})
    return {
        "id": ids["event"][r["id"]], "key": r["id"],
        **_pick(r, "name", "description", "time", "venue", "city", "fee"),
        "date_year": date.get("year"), "date_month": date.get("month"),
        "date_day": date.get("day"), "date_year_certain": date.get("year_certain", True),
        "date_note": date.get("note"),
        "sort_date": "{:04d}-{:02d}-{:02d}".format(
            date.get("year") or 0, date.get("month") or 0, date.get("day") or 0),
        "participants": participants.get("count"),
        "participants_qualifier": participants.get("qualifier"),
    }


def _quote_row(r: dict[str, Any], by_id: dict[str, dict[str, dict[str, Any]]],
               ids: dict[str, dict[str, int]]) -> dict[str, Any]:
    speaker = by_id["person"].get(r.get("speaker"))
    organisation = by_id["organisation"].get(r.get("speaker_organisation"))
    event_record = by_id["event"].get(r.get("event"))
    cited = by_id["person"].get(r.get("quoting"))
    who = speaker["name"] if speaker else r["speaker_label"]
    if organisation is not None:
        who = f"{who}, {organisation.get('short_name') or organisation['name']}"
    source_title = by_id["source"][r["sources"][0]]["title"]
    return {
        "id": ids["quote"][r["id"]], "key": r["id"],
        **_pick(r, "text", "speaker_label", "context", "year"),
        "year_certain": r.get("year_certain", True),
        "speaker_id": ids["person"].get(r.get("speaker")),
        "speaker_organisation_id": ids["organisation"].get(r.get("speaker_organisation")),
        "quoting_id": ids["person"].get(r.get("quoting")),
        "event_id": ids["event"].get(r.get("event")),
        "who": who, "cites": cited["name"] if cited else None, "source_title": source_title,
        "said_at": event_record["name"] if event_record else None,
    }

