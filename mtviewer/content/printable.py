"""What printing needs to know about quotes and "read more" records, in the order asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import attribution
from .clean import Damage, coerce
from .db import Database
from .pages.quote import REPORT_CREDIT
from .titles import shown_title

CHUNK = 500
"""Ids or keys per query (SQLite allows a limited number of bound parameters)."""
MAX_TEXT = 20_000
"""Characters of a quote that are printed (about eight handout pages); a longer one is cut
before layout, at a word, and ends with CUT. Laying out millions of characters would keep a
print busy for minutes."""
MAX_FIELD = 1_000
"""Characters of a name, role, title or event printed in an attribution."""
CUT = " […]"
"""Marks where a quote was cut: the editorial sign for words left out, in any language."""
READ_MORE_KINDS = ("brochure", "source")


@dataclass(frozen=True)
class PrintQuote:
    id: int
    key: str
    text: str
    who: str
    source: str
    year: int | None
    year_certain: bool
    publishers: tuple[str, ...]
    cites: str | None = None
    """Whom the speaker quoted, by name."""
    role: str | None = None
    """The speaker's role, as the source gives it."""
    role_year: int | None = None
    role_until: int | None = None
    role_year_certain: bool = True
    organisation: str | None = None
    """The organisation the quote is credited to, or the speaker's (short name)."""
    organisation_name: str | None = None
    event: str | None = None
    """Where it was said."""
    unnamed: str | None = None
    """Who said it when the source names no one (a code)."""
    report: str | None = None
    """The report it was printed in, as an attribution names it."""
    sensitive: str | None = None
    """What it names that a wall poster may not want to show (codes, space-separated)."""

    def attribution(self, tr: attribution.Translate | None = None) -> attribution.Attribution:
        """Who said it, in what role (quoting whom), where and when, from the one builder."""
        return attribution.attribute(
            self.who, self.cites, self.role, self.organisation, self.event, self.year,
            self.year_certain, tr, organisation_name=self.organisation_name,
            unnamed=self.unnamed, role_year=self.role_year, role_until=self.role_until,
            role_certain=self.role_year_certain, report=self.report)


@dataclass(frozen=True)
class ReadMore:
    """A brochure or source article that a print can point to for reading more."""

    kind: str
    id: int
    key: str
    title: str
    url: str | None
    """The record's own address; None when the content gives it none (then no QR code)."""
    form: str = ""
    """What it is: "brochure", or a source's kind as the content gives it ("artikkel",
    "nettside")."""

    @property
    def choice(self) -> str:
        """'brochure:2': how print options and the command line name it."""
        return f"{self.kind}:{self.id}"


_QUOTES = """
    SELECT q.id, q.key, substr(q.text, 1, {text}) AS text, substr(q.who, 1, {field}) AS who,
           substr(q.source_title, 1, {field}) AS source, q.year, q.year_certain,
           (SELECT group_concat(substr(p, 1, {field}), char(31)) FROM (SELECT DISTINCT
            s.publisher AS p FROM quote_source qs JOIN source s ON s.id = qs.source_id
            WHERE qs.quote_id = q.id LIMIT 20)) AS publishers,
           substr(q.cites, 1, {field}) AS cites, substr(sp.role, 1, {field}) AS role,
           sp.role_year, sp.role_until, coalesce(sp.role_year_certain, 1) AS role_year_certain,
           substr(coalesce(so.short_name, so.name), 1, {field}) AS organisation,
           substr(so.name, 1, {field}) AS organisation_name, substr(e.name, 1, {field}) AS event,
           q.unnamed, substr({report}, 1, {field}) AS report, q.sensitive
    FROM quote q
    LEFT JOIN person sp ON sp.id = q.speaker_id
    LEFT JOIN organisation so ON so.id = coalesce(q.speaker_organisation_id, sp.organisation_id)
    LEFT JOIN event e ON e.id = q.event_id
    LEFT JOIN report r ON r.id = q.report_id
    WHERE q.{column} IN ({marks})"""


def quotes(db: Database, ids: Sequence[int] = (), keys: Sequence[str] = ()) -> list[PrintQuote]:
    """The quotes with ``ids`` (or ``keys``) in that order; unknown ones are left out."""
    column, wanted = ("id", [i for i in ids if isinstance(i, int) and -(1 << 63) <= i < 1 << 63]
                      ) if ids else ("key", list(keys))
    found: dict[object, PrintQuote] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        sql = _QUOTES.format(column=column, marks=",".join("?" * len(chunk)),
                             text=MAX_TEXT + 1, field=MAX_FIELD, report=REPORT_CREDIT)
        for row in db.records(sql, chunk):
            publishers = row["publishers"]
            quote = coerce(PrintQuote, row, Damage(), followed=("publishers",),
                           publishers=tuple(publishers.split("\x1f"))
                           if isinstance(publishers, str) and publishers else ())
            if len(quote.text) > MAX_TEXT:  # laid out whole, it would take minutes
                quote = replace(quote, text=cut(quote.text))
            found[quote.id if column == "id" else quote.key] = quote
    return [found[w] for w in wanted if w in found]


def cut(text, limit: int | None = None):
    """``text`` up to ``limit`` (MAX_TEXT) characters, cut at a space near the end when there
    is one, marked with CUT; anything else (not text) as it is."""
    limit = MAX_TEXT if limit is None else limit
    if not isinstance(text, str) or len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ", limit - 200)
    return (kept[:space] if space > 0 else kept).rstrip() + CUT


def read_more(db: Database) -> list[ReadMore]:
    """Every brochure, then every source article, by title, each with its own address."""
    found = []
    for kind in READ_MORE_KINDS:
        form = "kind" if kind == "source" else "'brochure'"
        for row in db.records(f"SELECT id, key, {shown_title(kind)} AS title, url, {form} AS form "
                              f"FROM {kind} "
                              "ORDER BY title, id"):
            item = coerce(ReadMore, row, Damage(), kind=kind)
            if item.url is not None and not item.url.startswith(("https://", "http://")):
                item = ReadMore(kind, item.id, item.key, item.title, None, item.form)
            found.append(item)
    return found
