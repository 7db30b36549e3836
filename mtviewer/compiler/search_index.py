"""The full-text index behind search: one FTS5 row per listed record, built with the database.

Row ids carry the kind (``Kind.number << 32 | record id``) so a tab searches only its own
rows through a rowid range. Columns:

- ``body``: the record's main text as written, for ranking exact spellings first;
- ``folded``: everything searchable about the record, folded (see ``text.fold``): its text,
  and the names it relates to (speakers, organisations with their short names, events);
  not where it came from, which only ``source:`` searches;
- ``stemmed``: the same words' Norwegian stems (``stems.stem``), for other forms of a word;
- ``who``, ``place``, ``source``, ``year``: folded fields for ``speaker:``, ``place:``,
  ``source:`` and ``year:`` filters.

``search_terms`` holds every folded word with a trigram index, so a part of a compound word
("terap") can be widened to the whole words that contain it ("musikkterapeut"), and the
number of records each word occurs in, so a search knows before it runs whether its hits
are few enough to rank. ``search_words`` gives each folded word its written form (as the
content writes it, for suggestions) and the kinds of record it occurs in; ``search_stems``
counts each stem's records; ``search_vocabulary`` lists each kind's words, one row per
word length, for correcting a typo with words from the tab's own records (a typo of five
letters reads only the words of four to six).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from sqlalchemy import Connection

from ..content.kinds import KINDS
from ..content.stems import stem
from ..content.text import WORD, fold

COLUMNS = ("body", "folded", "stemmed", "who", "place", "source", "year")
AUDIENCE_WORDS = {
    "professionals": "fagpersoner fagfolk professionals",
    "people_with_substance_problems": "folk med rusproblemer people with substance problems",
}
IDENTIFIER = re.compile(r"\b([A-Za-z]{1,4})[-\s]?(\d{2,6})\b")
"""IS-2211 is also indexed as IS2211, so it is found however it is typed."""

_SOURCES = """(SELECT group_concat(s.title || ' ' || s.publisher, ' ')
               FROM {kind}_source ks JOIN source s ON s.id = ks.source_id
               WHERE ks.{kind}_id = {alias}.id)"""
_ORGANISATIONS = """coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.short_name, ''), ' ')
                     FROM {link} l JOIN organisation o ON o.id = l.organisation_id
                     WHERE l.{column} = {alias}.id), '')"""
_ORGANISATION = "coalesce({o}.name, '') || ' ' || coalesce({o}.short_name, '')"
_AUDIENCE = ("CASE b.audience " + " ".join(f"WHEN '{code}' THEN '{words}'"
                                           for code, words in AUDIENCE_WORDS.items())
             + " ELSE b.audience END")

DOCUMENTS = {
    "quote": f"""
        SELECT q.id, q.text || ' ' || q.who,
               coalesce(q.context, '') || ' ' || coalesce(qp.name, '') || ' '
               || coalesce(e.name, '') || ' ' || {_ORGANISATION.format(o="so")} || ' '
               || {_ORGANISATION.format(o="po")},
               q.who || ' ' || coalesce(sp.name, ''),
               coalesce(e.venue, '') || ' ' || coalesce(e.city, ''),
               q.source_title || ' ' || coalesce({_SOURCES.format(kind="quote", alias="q")}, ''),
               q.year
        FROM quote q LEFT JOIN event e ON e.id = q.event_id
                     LEFT JOIN person qp ON qp.id = q.quoting_id
                     LEFT JOIN person sp ON sp.id = q.speaker_id
                     LEFT JOIN organisation po ON po.id = sp.organisation_id
                     LEFT JOIN organisation so ON so.id = q.speaker_organisation_id
        ORDER BY q.id""",
    "event": f"""
        SELECT e.id, e.name || ' ' || coalesce(e.description, ''),
               {_ORGANISATIONS.format(link="event_organiser", column="event_id", alias="e")}
               || ' ' || {_ORGANISATIONS.format(link="event_contributor", column="event_id",
                                               alias="e")},
               coalesce((SELECT group_concat(p.name, ' ') FROM event_person ep
                         JOIN person p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
               coalesce(e.venue, '') || ' ' || coalesce(e.city, ''),
               coalesce({_SOURCES.format(kind="event", alias="e")}, ''),
               e.date_year
        FROM event e ORDER BY e.id""",
    "guideline": f"""
        SELECT g.id, g.name || ' ' || g.short_name || ' ' || coalesce(g.identifier, '') || ' '
                     || coalesce(g.summary, '') || ' ' || coalesce(g.recommendation, ''),
               coalesce(g.note, '') || ' ' || coalesce(g.strength, '') || ' '
               || coalesce(g.evidence_level, '') || ' ' || {_ORGANISATION.format(o="o")},
               '', '',
               coalesce({_SOURCES.format(kind="guideline", alias="g")}, ''),
               g.year
        FROM guideline g LEFT JOIN organisation o ON o.id = g.issuer_id ORDER BY g.id""",
    "brochure": f"""
        SELECT b.id, b.title || ' ' || coalesce(b.description, ''),
               {_AUDIENCE} || ' ' || {_ORGANISATIONS.format(
                   link="brochure_paper_copies", column="brochure_id", alias="b")},
               '', '',
               coalesce({_SOURCES.format(kind="brochure", alias="b")}, ''),
               NULL
        FROM brochure b ORDER BY b.id""",
    "person": f"""
        SELECT p.id, p.name || ' ' || coalesce(p.role, ''),
               {_ORGANISATION.format(o="o")},
               p.name, '',
               coalesce({_SOURCES.format(kind="person", alias="p")}, ''),
               NULL
        FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id""",
    "organisation": f"""
        SELECT o.id, o.name || ' ' || coalesce(o.short_name, '') || ' '
                     || coalesce(o.description, ''),
               {_ORGANISATION.format(o="po")},
               coalesce((SELECT group_concat(p.name, ' ') FROM person p
                         WHERE p.organisation_id = o.id), ''),
               '',
               coalesce({_SOURCES.format(kind="organisation", alias="o")}, ''),
               NULL
        FROM organisation o LEFT JOIN organisation po ON po.id = o.part_of_id ORDER BY o.id""",
    "report": f"""
        SELECT r.id, r.title || ' ' || coalesce(r.description, ''),
               coalesce((SELECT group_concat(e.name, ' ') FROM report_event re
                         JOIN event e ON e.id = re.event_id WHERE re.report_id = r.id), ''),
               '', '',
               coalesce({_SOURCES.format(kind="report", alias="r")}, ''),
               r.year
        FROM report r ORDER BY r.id""",
    "topic": f"""
        SELECT t.id, t.title || ' ' || coalesce(t.summary, '') || ' '
                     || coalesce((SELECT group_concat(s.heading || ' ' || coalesce(s.text, '')
                                                      || ' ' || coalesce(s.quote, ''), ' ')
                                  FROM topic_section s WHERE s.topic_id = t.id), ''),
               coalesce((SELECT group_concat(g.name || ' ' || g.short_name || ' '
                                             || coalesce(g.identifier, ''), ' ')
                         FROM topic_guideline tg JOIN guideline g ON g.id = tg.guideline_id
                         WHERE tg.topic_id = t.id), ''),
               '', '',
               coalesce({_SOURCES.format(kind="topic", alias="t")}, ''),
               NULL
        FROM topic t ORDER BY t.id""",
}


def rowid(kind: str, record_id: int) -> int:
    return KINDS[kind].number << 32 | record_id


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE search USING fts5({', '.join(COLUMNS)}, content='', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6 7 8')")
    conn.exec_driver_sql("CREATE VIRTUAL TABLE search_terms USING fts5(term, docs UNINDEXED, "
                         "tokenize='trigram')")
    conn.exec_driver_sql("CREATE TABLE search_words (term TEXT PRIMARY KEY, written TEXT, "
                         "docs INTEGER, kinds INTEGER) WITHOUT ROWID")
    conn.exec_driver_sql("CREATE TABLE search_stems (term TEXT PRIMARY KEY, docs INTEGER) "
                         "WITHOUT ROWID")
    conn.exec_driver_sql("CREATE TABLE search_vocabulary (kind INTEGER, length INTEGER, "
                         "words TEXT, PRIMARY KEY (kind, length)) WITHOUT ROWID")


class _Words:
    """Each folded word's written forms and the kinds it occurs in, gathered while indexing."""

    def __init__(self) -> None:
        self.written: dict[str, Counter] = defaultdict(Counter)
        self.kinds: dict[str, int] = defaultdict(int)
        self._folded: dict[str, str] = {}

    def fold(self, word: str) -> str:
        folded = self._folded.get(word)
        if folded is None:
            folded = self._folded[word] = fold(word)
        return folded

    def add(self, words: list[str], kind_bit: int) -> list[str]:
        folded = []
        for word in words:
            f = self.fold(word)
            self.written[f][word] += 1
            self.kinds[f] |= kind_bit
            folded.append(f)
        return folded


def document(kind: str, body: str, extra: str, who: str, place: str, source: str,
             year: object, words: _Words, short_names: list[tuple[str, str]]) -> tuple:
    """One record's row of the index (without its rowid)."""
    year_text = "" if year is None else str(year)
    text = " ".join((body, extra, who, place))
    text += " " + " ".join(short for name, short in short_names if name in text)
    text += " " + " ".join(a + b for a, b in IDENTIFIER.findall(text))
    written = WORD.findall(text)
    folded = words.add(written, 1 << KINDS[kind].number)
    stemmed = " ".join(stem(w) for w in written)
    source += " " + " ".join(short for name, short in short_names if name in source)
    return (body, " ".join(folded) + " " + year_text, stemmed, fold(who), fold(place),
            fold(source), year_text)


def fill(conn: Connection) -> None:
    """Index every listed record, then collect the words, their forms and their stems."""
    raw = conn.connection.driver_connection  # plain sqlite3 for executemany speed
    words = _Words()
    short_names = raw.execute("SELECT name, short_name FROM organisation "
                              "WHERE short_name IS NOT NULL ORDER BY id").fetchall()
    """Where a record names an organisation ("Universitetet i Bergen"), its short name
    ("UiB") finds the record too."""
    for kind, sql in DOCUMENTS.items():
        rows = []
        for record_id, body, extra, who, place, source, year in raw.execute(sql):
            rows.append((rowid(kind, record_id),
                         *document(kind, body, extra, who, place, source, year, words,
                                   short_names)))
            if len(rows) >= 20_000:
                _insert(raw, rows)
                rows = []
        _insert(raw, rows)
    raw.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search, 'col')")
    raw.execute("INSERT INTO search_terms(term, docs) SELECT term, doc FROM temp.search_vocab "
                "WHERE col = 'folded' ORDER BY term")
    raw.execute("INSERT INTO search_stems(term, docs) SELECT term, doc FROM temp.search_vocab "
                "WHERE col = 'stemmed' ORDER BY term")
    docs = dict(raw.execute("SELECT term, doc FROM temp.search_vocab WHERE col = 'folded'"))
    raw.execute("DROP TABLE temp.search_vocab")
    raw.executemany(
        "INSERT INTO search_words(term, written, docs, kinds) VALUES (?, ?, ?, ?)",
        [(term, _most_common(words.written[term]), docs.get(term, 0), words.kinds[term])
         for term in sorted(words.written)])
    for spec in KINDS.values():
        if spec.number:
            bit = 1 << spec.number
            by_length: dict[int, list[str]] = {}
            for term in sorted(t for t, k in words.kinds.items() if k & bit):
                by_length.setdefault(len(term), []).append(term)
            raw.executemany(
                "INSERT INTO search_vocabulary(kind, length, words) VALUES (?, ?, ?)",
                [(spec.number, length, "\n".join(terms))
                 for length, terms in sorted(by_length.items())])
    raw.execute("INSERT INTO search(search) VALUES ('optimize')")
    raw.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')")


def _most_common(forms: Counter) -> str:
    """The form the content writes most often (ties: the first in sorted order)."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]


def _insert(raw, rows: list[tuple]) -> None:
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    raw.executemany(f"INSERT INTO search(rowid, {', '.join(COLUMNS)}) VALUES ({marks})", rows)
