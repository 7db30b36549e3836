"""The full-text index behind search: one FTS5 row per listed record, built with the database.

Row ids carry the kind (``Kind.number << 32 | record id``) so a tab searches only its own
rows through a rowid range. Columns:

- ``body``: the record's main text as written, for ranking exact spellings first;
- ``folded``: everything searchable about the record, folded (see ``text.fold``);
- ``who``, ``place``, ``source``, ``year``: folded fields for ``speaker:``, ``place:``,
  ``source:`` and ``year:`` filters.

``search_terms`` holds every folded word with a trigram index, so a part of a compound word
("terap") can be widened to the whole words that contain it ("musikkterapeut"), and the
number of records each word occurs in, so a search knows before it runs whether its hits
are few enough to rank.
"""

from __future__ import annotations

from sqlalchemy import Connection

from ..content.kinds import KINDS
from ..content.text import fold

COLUMNS = ("body", "folded", "who", "place", "source", "year")
AUDIENCE_WORDS = {
    "professionals": "fagpersoner fagfolk professionals",
    "people_with_substance_problems": "folk med rusproblemer people with substance problems",
}

_SOURCES = """(SELECT group_concat(s.title || ' ' || s.publisher, ' ')
               FROM {kind}_source ks JOIN source s ON s.id = ks.source_id
               WHERE ks.{kind}_id = {alias}.id)"""

DOCUMENTS = {
    "quote": f"""
        SELECT q.id, q.text || ' ' || q.who,
               coalesce(q.context, '') || ' ' || coalesce(p.name, ''),
               q.who || ' ' || coalesce(p.name, ''),
               coalesce(e.venue, '') || ' ' || coalesce(e.city, ''),
               q.source_title || ' ' || coalesce({_SOURCES.format(kind="quote", alias="q")}, ''),
               q.year
        FROM quote q LEFT JOIN event e ON e.id = q.event_id
                     LEFT JOIN person p ON p.id = q.quoting_id
        ORDER BY q.id""",
    "event": f"""
        SELECT e.id, e.name || ' ' || coalesce(e.description, ''),
               coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.short_name, ''), ' ')
                         FROM event_organiser eo JOIN organisation o ON o.id = eo.organisation_id
                         WHERE eo.event_id = e.id), ''),
               coalesce((SELECT group_concat(p.name, ' ') FROM event_person ep
                         JOIN person p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
               coalesce(e.venue, '') || ' ' || coalesce(e.city, ''),
               coalesce({_SOURCES.format(kind="event", alias="e")}, ''),
               e.date_year
        FROM event e ORDER BY e.id""",
    "guideline": f"""
        SELECT g.id, g.name || ' ' || g.short_name || ' ' || coalesce(g.identifier, '') || ' '
                     || coalesce(g.summary, '') || ' ' || coalesce(g.recommendation, ''),
               coalesce(g.note, ''),
               coalesce(o.name, ''), '',
               coalesce({_SOURCES.format(kind="guideline", alias="g")}, ''),
               g.year
        FROM guideline g LEFT JOIN organisation o ON o.id = g.issuer_id ORDER BY g.id""",
    "brochure": f"""
        SELECT b.id, b.title || ' ' || coalesce(b.description, ''), b.audience,
               coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.short_name, ''), ' ')
                         FROM brochure_paper_copies bp JOIN organisation o
                         ON o.id = bp.organisation_id WHERE bp.brochure_id = b.id), ''),
               '',
               coalesce({_SOURCES.format(kind="brochure", alias="b")}, ''),
               NULL
        FROM brochure b ORDER BY b.id""",
}


def rowid(kind: str, record_id: int) -> int:
    return KINDS[kind].number << 32 | record_id


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE search USING fts5({', '.join(COLUMNS)}, content='', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6 7 8')")
    conn.exec_driver_sql("CREATE VIRTUAL TABLE search_terms USING fts5(term, docs UNINDEXED, "
                         "tokenize='trigram')")


def fill(conn: Connection) -> None:
    """Index every listed record, then collect the folded words."""
    raw = conn.connection.driver_connection  # plain sqlite3 for executemany speed
    for kind, sql in DOCUMENTS.items():
        rows = []
        for record_id, body, extra, who, place, source, year in raw.execute(sql):
            if kind == "brochure":
                extra = AUDIENCE_WORDS.get(extra, extra)
            year_text = "" if year is None else str(year)
            rows.append((rowid(kind, record_id), body,
                         fold(" ".join((body, extra, who, place, source, year_text))),
                         fold(who), fold(place), fold(source), year_text))
            if len(rows) >= 20_000:
                _insert(raw, rows)
                rows = []
        _insert(raw, rows)
    raw.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search, 'col')")
    raw.execute("INSERT INTO search_terms(term, docs) SELECT term, doc FROM temp.search_vocab "
                "WHERE col = 'folded' ORDER BY term")
    raw.execute("DROP TABLE temp.search_vocab")
    raw.execute("INSERT INTO search(search) VALUES ('optimize')")
    raw.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')")


def _insert(raw, rows: list[tuple]) -> None:
    raw.executemany(f"INSERT INTO search(rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows)
