"""The full-text index behind search: one FTS5 row per listed record, built with the database.

Row ids carry the kind (``Kind.number << 32 | record id``) so a tab searches only its own
rows through a rowid range. What each kind's document holds is declared on its model
(``models``' ``__search__``, a ``declare.Document``). Columns:

- ``body``: the record's main text as written, for ranking exact spellings first;
- ``folded``: everything searchable about the record, folded (see ``text.fold``): its text,
  and the names it relates to (speakers, organisations with their short names, events);
  not where it came from, which only ``source:`` searches;
- ``stemmed``: the same words' Norwegian stems (``stems.stem``), for other forms of a word;
- ``who``, ``place``, ``source``, ``year``: folded fields for ``speaker:``, ``place:``,
  ``source:`` and ``year:`` filters.

``search_titles`` holds what each record is called (its ``title`` column, folded), under
the same row ids, for ranking a title that holds every word typed first: a table of its own,
so a title's words are looked up among titles alone (a column of ``search`` would read every
record holding the word).

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
from collections.abc import Iterator

from sqlalchemy import Connection
from sqlalchemy.orm import Relationship

from ..content.kinds import KINDS
from ..content.stems import stem
from ..content.text import WORD, fold
from .declare import Computed, Derived, Path, Record, Reverse, Words, values
from .kinds import KINDS as MODELS
from .kinds import kind_of
from .models import Base, info
from .source_schema import Records

COLUMNS = ("body", "folded", "stemmed", "who", "place", "source", "year")
IDENTIFIER = re.compile(r"\b([A-Za-z]{1,4})[-\s]?(\d{2,6})\b")
"""IS-2211 is also indexed as IS2211, so it is found however it is typed."""

def rowid(kind: str, record_id: int) -> int:
    return KINDS[kind].number << 32 | record_id


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE search USING fts5({', '.join(COLUMNS)}, content='', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6 7 8')")
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE search_titles USING fts5(title, content='', "
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
    written = WORD.findall(searchable(body, extra, who, place, short_names))
    folded = words.add(written, 1 << KINDS[kind].number)
    stemmed = " ".join(stem(w) for w in written)
    source += " " + " ".join(short for name, short in short_names if name in source)
    return (body, " ".join(folded) + " " + year_text, stemmed, fold(who), fold(place),
            fold(source), year_text)


def searchable(body: str, extra: str, who: str, place: str,
               short_names: list[tuple[str, str]]) -> str:
    """Everything a record is found by (not where it came from), as written: its texts,
    the short names of the organisations they name, identifiers also written together."""
    text = " ".join((body, extra, who, place))
    text += " " + " ".join(short for name, short in short_names if name in text)
    return text + " " + " ".join(a + b for a, b in IDENTIFIER.findall(text))


def documents(records: Records) -> Iterator[tuple[str, Iterator[tuple]]]:
    """Each kind's search documents, in record order, from its model's ``__search__``: the
    texts of ``COLUMNS`` (``stemmed`` aside) gathered along the declared paths."""
    by_id = {kind: {r["id"]: r for r in recs} for kind, recs in records.items()}
    refs = dict(ref for model in MODELS for ref in _references(model, kind_of(model)))

    def find(kind: str, key: str | None) -> Record | None:
        return by_id[kind].get(key) if key is not None else None

    reverse: dict[tuple[str, str], dict[str, list[tuple[Record, Record]]]] = {}
    for model in MODELS:
        document = model.__search__
        if document is None:
            continue
        for path in (*document.title, *document.body, *document.extra, *document.who,
                     *document.place):
            if isinstance(path, Reverse) and (path.kind, path.field) not in reverse:
                reverse[path.kind, path.field] = _pointing(records[path.kind], path.field)

    def text(r: Record, kind: str, paths: tuple[Path, ...]) -> str:
        found: list[str] = []
        for path in paths:
            if isinstance(path, Words):
                found += [path.words.get(v, v) for v in values(r, path.path, refs, kind, find)]
            elif isinstance(path, Reverse):
                table = path.field.partition(".")[0] + "."
                for other, row in reverse[path.kind, path.field].get(r["id"], []):
                    if "." in path.field and path.path.startswith(table):
                        found += map(str, values(row, path.path[len(table):], refs,
                                                 f"{path.kind}.{table[:-1]}", find))
                    else:
                        found += map(str, values(other, path.path, refs, path.kind, find))
            elif isinstance(path, Computed):
                found += path.compute(r)
            else:
                found += map(str, values(r, path, refs, kind, find))
        return " ".join(found)

    def worked_out(model: type[Base], r: Record) -> Record:
        """The record with what is derived from it (a quote's ``who``, a topic's sources),
        which paths may name too."""
        return {**r, **{name: how.compute(r, find) for name, how in _derived(model)}}

    for model in MODELS:
        document, kind = model.__search__, kind_of(model)
        if document is None:
            continue
        year = document.year
        yield kind, ((text(r, kind, document.body), text(r, kind, document.extra),
                      text(r, kind, document.who), text(r, kind, document.place),
                      text(r, kind, document.source),
                      next(values(r, year, refs, kind, find), None)
                      if isinstance(year, str) else None,
                      text(r, kind, document.title))
                     for r in (worked_out(model, r) for r in records[kind]))


def _pointing(records: list[Record], field: str) -> dict[str, list[tuple[Record, Record]]]:
    """Each id ``field`` names, with the records (and the rows of a table inside them, for
    a dotted ``field``) that name it."""
    table, _, key = field.rpartition(".")
    pointing: dict[str, list[tuple[Record, Record]]] = {}
    for r in records:
        rows = r.get(table) if table else [r]
        for row in rows if isinstance(rows, list) else [rows]:
            if isinstance(row, dict) and row.get(key) is not None:
                pointing.setdefault(row[key], []).append((r, row))
    return pointing


def _derived(model: type[Base]) -> Iterator[tuple[str, Derived]]:
    """The columns and link tables of ``model`` worked out rather than read."""
    for name, attribute in vars(model).items():
        how = info(attribute).get("derived")
        if how is not None:
            yield name, how


def _references(model: type[Base], kind: str) -> Iterator[tuple[tuple[str, str], str]]:
    """((kind, field), the kind it names) for every reference in ``model``'s records, and in
    its child tables (an event's people are ``event.people``, their field ``person``)."""
    for name, attribute in vars(model).items():
        declared = info(attribute).get("source")
        if declared is None:
            prop = getattr(attribute, "property", None)
            if "derived" in info(attribute) and isinstance(prop, Relationship):
                yield (kind, name), kind_of(prop.mapper.class_)  # a topic's sources
            continue
        field = declared.field or name
        if declared.ref is not None:
            yield (kind, field), declared.ref
        prop = getattr(attribute, "property", None)
        if isinstance(prop, Relationship) and prop.secondary is None and declared.ref is None:
            yield from _references(prop.mapper.class_, f"{kind}.{field}")


def fill(conn: Connection, records: Records) -> None:
    """Index every listed record, then collect the words, their forms and their stems."""
    raw = conn.connection.driver_connection  # plain sqlite3 for executemany speed
    assert raw is not None
    words = _Words()
    short_names = raw.execute("SELECT name, short_name FROM organisation "
                              "WHERE short_name IS NOT NULL ORDER BY id").fetchall()
    """Where a record names an organisation ("Universitetet i Bergen"), its short name
    ("UiB") finds the record too."""
    for kind, texts in documents(records):
        rows, titles = [], []
        for record_id, (body, extra, who, place, source, year, title) in enumerate(
                texts, start=1):
            rows.append((rowid(kind, record_id),
                         *document(kind, body, extra, who, place, source, year, words,
                                   short_names)))
            if title:
                titles.append((rowid(kind, record_id),
                               " ".join(words.fold(w) for w in WORD.findall(title))))
            if len(rows) >= 20_000:
                _insert(raw, rows, titles)
                rows, titles = [], []
        _insert(raw, rows, titles)
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
    raw.execute("INSERT INTO search_titles(search_titles) VALUES ('optimize')")
    raw.execute("INSERT INTO search_terms(search_terms) VALUES ('optimize')")


def _most_common(forms: Counter) -> str:
    """The form the content writes most often (ties: the first in sorted order)."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]


def _insert(raw, rows: list[tuple], titles: list[tuple[int, str]]) -> None:
    marks = ", ".join("?" * (len(COLUMNS) + 1))
    raw.executemany(f"INSERT INTO search(rowid, {', '.join(COLUMNS)}) VALUES ({marks})", rows)
    raw.executemany("INSERT INTO search_titles(rowid, title) VALUES (?, ?)", titles)
