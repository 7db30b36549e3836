"""Build the SQLite content database from the checked content source, deterministically.

Records are written with bulk Core inserts (ids are positions in the source, starting at 1),
so the same code builds the ten-quote seed database and a million-quote benchmark one. What
goes in each table's rows is derived from the models' declarations (``models``, ``declare``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, text
from sqlalchemy.orm import Relationship

from ..content.stems import stemmer_version
from . import models as m
from . import search_index
from .declare import Find, Record
from .kinds import KINDS as MODELS
from .kinds import kind_of
from .models import table_of
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
            search_index.fill(conn, records)
            _insert(conn, table_of(m.Meta), [
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


def _rows(records: Records, ids: dict[str, dict[str, int]]) -> Iterator[tuple[Table, list]]:
    """Every table's rows, derived from the models' declarations (``declare``)."""
    by_id = {kind: {r["id"]: r for r in recs} for kind, recs in records.items()}

    def find(kind: str, key: str | None) -> Record | None:
        return by_id[kind].get(key) if key is not None else None

    for model in MODELS:
        kind = kind_of(model)
        yield table_of(model), [_row(model, r, ids, find, id=ids[kind][r["id"]])
                                for r in records[kind]]
    for model in MODELS:
        yield from _related_rows(model, records[kind_of(model)], ids, find)


def _row(model: type[m.Base], r: Record, ids: dict[str, dict[str, int]], find: Find,
         **given: Any) -> dict[str, Any]:
    """One record's row of ``model``'s table: each column from its source field, worked out
    (``derived``), or ``given``."""
    row = dict(given)
    for column in model.__table__.columns:
        if column.name in row:
            continue
        if (how := column.info.get("derived")) is not None:
            row[column.name] = how.compute(r, find)
        elif (declared := column.info.get("source")) is not None:
            value = _field(r, declared.field or column.name)
            if value is None:
                value = declared.default
            elif declared.ref is not None:
                value = ids[declared.ref][value]
            elif isinstance(value, list):  # a list of codes, stored space-separated
                value = " ".join(value) or None
            row[column.name] = value
    return row


def _field(r: Record, field: str) -> Any:
    top, _, inner = field.partition(".")
    value = r.get(top)
    return value.get(inner) if inner and isinstance(value, dict) else value


def _related_rows(model: type[m.Base], recs: list[Record], ids: dict[str, dict[str, int]],
                  find: Find, parent_ids: list[int] | None = None
                  ) -> Iterator[tuple[Table, list]]:
    """The link tables and child tables of ``model``'s records (``parent_ids``: the records'
    ids where they are not the kind's own, as for sections)."""
    kind = kind_of(model)
    own = parent_ids if parent_ids is not None else [ids[kind][r["id"]] for r in recs]
    for name, attribute in vars(model).items():
        prop = getattr(attribute, "property", None)
        declared = m.info(attribute)
        if not isinstance(prop, Relationship) or not declared:
            continue
        if prop.secondary is not None:
            link = cast(Table, prop.secondary)
            left, right = _link_columns(link, model)
            target = kind_of(prop.mapper.class_)
            rows = []
            for record_id, r in zip(own, recs, strict=True):
                if "derived" in declared:
                    keys = declared["derived"].compute(r, find)
                else:
                    keys = r.get(declared["source"].field or name) or []
                rows += [{left: record_id, right: ids[target][key]}
                         for key in dict.fromkeys(keys)]
            yield link, rows
        else:  # a child table: an event's people, a topic's sections
            child = prop.mapper.class_
            parent = next(c.name for c in child.__table__.columns
                          if not c.info and any(f.column.table is model.__table__
                                                for f in c.foreign_keys))
            items, item_ids, rows = [], [], []
            for record_id, r in zip(own, recs, strict=True):
                for position, item in enumerate(r.get(declared["source"].field or name) or []):
                    given = {parent: record_id, "position": position}
                    if "id" in child.__table__.columns:
                        given["id"] = len(rows) + 1
                        item_ids.append(given["id"])
                    rows.append(_row(child, item, ids, find, **given))
                    items.append(item)
            yield child.__table__, rows
            yield from _related_rows(child, items, ids, find, item_ids)


def _link_columns(table: Table, model: type[m.Base]) -> tuple[str, str]:
    """The link table's column naming ``model``'s record, then the other one."""
    left = next(c.name for c in table.columns
                if any(f.column.table is model.__table__ for f in c.foreign_keys))
    right = next(c.name for c in table.columns if c.name != left)
    return left, right
