"""A record's page as HTML for the detail pane: every field, its sources, its links.

All record text goes through ``html.escape``; only this module writes markup. Links to
other records use the internal ``mtv:KIND/ID`` scheme that the detail view handles, actions
``mtv:do/ACTION/ID``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ... import codes, formatting
from ...content import attribution
from ...content import pages as p
from ...content.marks import Marks, match_spans
from ..look.colours import MARK_BACKGROUND, MARK_FOREGROUND

SNIPPET = 90
SHOWN_CHARS = 10_000
"""A text longer than this is shown in part: laying out a megabyte takes the pane seconds."""

translate = QCoreApplication.translate
Fill = Callable[["PageHtml", Any], None]


def marked_html(value: str, needles: Iterable[str] | Marks) -> str:
    """``value`` as escaped HTML with the matches of ``needles`` marked; never markup from data."""
    parts, last = [], 0
    for start, end in match_spans(value, needles):
        parts.append(escape(value[last:start], quote=True))
        parts.append(f'<span style="background-color:{MARK_BACKGROUND};'
                     f'color:{MARK_FOREGROUND}">{escape(value[start:end], quote=True)}</span>')
        last = end
    parts.append(escape(value[last:], quote=True))
    return "".join(parts).replace("\n", "<br>")


def plain_html(value: str) -> str:
    """Interface text (labels, headings) as HTML."""
    return escape(value, quote=True).replace("\n", "<br>")


class PageHtml:
    """Collects the parts of one record's page; record text is marked where it matched."""

    def __init__(self, label: str, title: str, needles: Marks | tuple[str, ...] = (),
                 links: bool = True):
        self.needles, self.links = needles, links
        self.cut = False
        self.parts = [f'<p class="kind">{plain_html(label)}</p><h1>{self.text(title)}</h1>']
        self.rows: list[str] = []

    def text(self, value: str) -> str:
        """Record text as HTML that shows exactly the characters stored (the first
        ``SHOWN_CHARS`` of a longer one)."""
        if len(value) > SHOWN_CHARS:
            self.cut = True
            return marked_html(value[:SHOWN_CHARS], self.needles) + "…"
        return marked_html(value, self.needles)

    def link(self, ref: p.Ref, label: str | None = None) -> str:
        name = self.text(label or ref.label)
        return f'<a href="mtv:{ref.kind}/{ref.id}">{name}</a>' if self.links else name

    def external_link(self, url: str) -> str:
        """An address shown in full, so people see where it goes before they click."""
        return f'<a href="{escape(url, quote=True)}">{self.text(url)}</a>'

    def person(self, person: p.PersonRef) -> str:
        role = formatting.role(person.role, person.role_year, person.role_until,
                               person.role_year_certain)
        extra = attribution.role_text(role, person.organisation, person.organisation_short)
        if extra and not role:  # an organisation alone is theirs as of its years too
            extra = attribution.dated(extra, person.role_year, person.role_until,
                                      person.role_year_certain, translate)
        line = self.link(p.Ref("person", person.id, person.name))
        line += f" — {self.text(extra)}" if extra else ""
        if person.part:
            line += f"<br><small>{self.text(person.part)}</small>"
        return line

    def quote_line(self, quote: p.QuoteRef) -> str:
        short = quote.text if len(quote.text) <= SNIPPET else (
            quote.text[:SNIPPET - 3].rstrip() + "…")
        who = formatting.speaker(quote.who, quote.cites, quote.unnamed, quote.who_organisation)
        return self.link(p.Ref("quote", quote.id, f"«{short}»")) + f" — {self.text(who)}"

    def field(self, label: str, value_html: str | None) -> None:
        if value_html:
            self.rows.append(
                f'<tr><td class="label">{plain_html(label)}</td><td>{value_html}</td></tr>')

    def text_field(self, label: str, value: str | int | None) -> None:
        if value is not None and value != "":
            self.field(label, self.text(str(value)))

    def _flush_rows(self) -> None:
        if self.rows:
            self.parts.append("<table>" + "".join(self.rows) + "</table>")
            self.rows = []

    def section(self, heading: str, body_html: str | None) -> None:
        self._flush_rows()
        if body_html:
            self.parts.append(f"<h2>{plain_html(heading)}</h2>{body_html}")

    def list_section(self, heading: str, related: p.Related, line: Callable) -> None:
        """A heading and a list of related records; a capped list says how many it leaves."""
        items = [line(item) for item in related.items]
        if related.total > len(items):
            more = formatting.fill(translate("Details", "and %1 more"), related.total - len(items))
            items.append(f"<i>{plain_html(more)}</i>")
        self.section(heading, "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
                     if items else None)

    def paragraph(self, value: str | None) -> None:
        self._flush_rows()
        if value:
            self.parts.append(f"<p>{self.text(value)}</p>")

    def quote(self, value: str) -> None:
        self._flush_rows()
        self.parts.append(f"<blockquote>«{self.text(value)}»</blockquote>")

    def small(self, value: str) -> None:
        """A note under what came before, such as where a section comes from."""
        self._flush_rows()
        self.parts.append(f'<p><small>{self.text(value)}</small></p>')

    def badge(self, label: str, value: str | None, note: str | None) -> None:
        """A guideline's grade or evidence as a badge, with what it means beside it."""
        if value:
            self.field(label, f'<span class="badge">&nbsp;{self.text(value)}&nbsp;</span>'
                       + (f" {self.text(note)}" if note else ""))

    def sources(self, sources: p.Related[p.SourceRef]) -> None:
        def line(s: p.SourceRef) -> str:
            text = f"{self.text(s.title)} — {self.text(s.publisher)}"
            when = formatting.partial_date(s.published_year, s.published_month,
                                           s.published_day) if s.published_year else ""
            about = ", ".join(part for part in (when, codes.language(s.language)) if part)
            text += f", {self.text(about)}" if about else ""
            if s.url:
                text += f"<br>{self.external_link(s.url)}"
            notes = [n for n in (codes.title_note(s.title_from), s.note) if n]
            if notes:
                text += f"<br><small>{self.text(' '.join(notes))}</small>"
            return text
        self.list_section(translate("Details", "Sources") if sources.total > 1
                          else translate("Details", "Source"), sources, line)

    def actions(self, label: str, actions: list[tuple[str, int, str]]) -> None:
        """Action links (``mtv:do/ACTION/ID``), each handled by the kind's ``ACTIONS``."""
        if not self.links:
            return
        self.field(label, " · ".join(
            f'<a href="mtv:do/{action}/{record_id}">{plain_html(text)}</a>'
            for action, record_id, text in actions))

    def html(self) -> str:
        self._flush_rows()
        return "".join(self.parts)


def fill_key(key: str) -> str:
    """The quiet line under a record that names its key ("mtviewer print-quotes --ids"
    takes a quote's)."""
    return translate("Details", "Key: %1").replace("%1", key)


def render(page: p.Page, label: str, title: str, fill: Fill,
           needles: Marks | tuple[str, ...] = (), links: bool = True) -> str:
    """A page as HTML: ``label`` and ``title`` on top, then what ``fill`` adds, then the
    sources, with the matches of ``needles`` marked. Without ``links`` (on paper) links to
    other records and action links are their names as text."""
    html = PageHtml(label, title, needles, links)
    fill(html, page)
    html.sources(page.sources)
    key = getattr(page, "key", None)
    if links and isinstance(key, str) and key:  # how the command line names it (on screen)
        html.parts.append(f'<p class="key"><small>{plain_html(fill_key(key))}</small></p>')
    notes = []
    if getattr(page, "damaged", False):
        notes.append(translate("Details", "Parts of this record could not be read from the "
                                          "database as they should; what could be read is "
                                          "shown."))
    if html.cut:
        notes.append(translate("Details", "Some of this record's text is too long to show "
                                          "here in full; its first %1 characters are shown.")
                     .replace("%1", f"{SHOWN_CHARS:,}"))
    return "".join(f'<p class="notice">{plain_html(n)}</p>' for n in notes) + html.html()
