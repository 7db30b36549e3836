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

from ... import formatting, paths
from ...content import attribution
from ...content import pages as p
from ...content.text import match_spans
from ..look.colours import MARK_BACKGROUND, MARK_FOREGROUND

SNIPPET = 90
SHOWN_CHARS = 10_000
"""A text longer than this is shown in part: laying out a megabyte takes the pane seconds."""

translate = QCoreApplication.translate
Fill = Callable[["Page", Any], None]


def marked_html(value: str, needles: Iterable[str]) -> str:
    """``value`` as escaped HTML with the matches of ``needles`` marked; never markup from data."""
    parts, last = [], 0
    for start, end in match_spans(value, list(needles)):
        parts.append(escape(value[last:start], quote=True))
        parts.append(f'<span style="background-color:{MARK_BACKGROUND};'
                     f'color:{MARK_FOREGROUND}">{escape(value[start:end], quote=True)}</span>')
        last = end
    parts.append(escape(value[last:], quote=True))
    return "".join(parts).replace("\n", "<br>")


def plain_html(value: str) -> str:
    """Interface text (labels, headings) as HTML."""
    return escape(value, quote=True).replace("\n", "<br>")


class Page:
    """Collects the parts of one record's page; record text is marked where it matched."""

    def __init__(self, label: str, title: str, needles: tuple[str, ...]):
        self.needles = needles
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
        return f'<a href="mtv:{ref.kind}/{ref.id}">{self.text(label or ref.label)}</a>'

    def external_link(self, url: str) -> str:
        """An address shown in full, so people see where it goes before they click."""
        return f'<a href="{escape(url, quote=True)}">{self.text(url)}</a>'

    def person(self, person: p.PersonRef) -> str:
        extra = attribution.role_text(person.role, person.organisation)
        line = self.link(p.Ref("person", person.id, person.name))
        line += f" — {self.text(extra)}" if extra else ""
        if person.part:
            line += f"<br><small>{self.text(person.part)}</small>"
        return line

    def quote_line(self, quote: p.QuoteRef) -> str:
        short = quote.text if len(quote.text) <= SNIPPET else (
            quote.text[:SNIPPET - 3].rstrip() + "…")
        return self.link(p.Ref("quote", quote.id, f"«{short}»")) + f" — {self.text(quote.who)}"

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
            if s.url:
                text += f"<br>{self.external_link(s.url)}"
            if s.note:
                text += f"<br><small>{self.text(s.note)}</small>"
            return text
        self.list_section(translate("Details", "Sources") if sources.total > 1
                          else translate("Details", "Source"), sources, line)

    def actions(self, label: str, actions: list[tuple[str, int, str]]) -> None:
        self.field(label, " · ".join(
            f'<a href="mtv:do/{action}/{record_id}">{plain_html(text)}</a>'
            for action, record_id, text in actions))

    def html(self) -> str:
        self._flush_rows()
        return "".join(self.parts)


def quote_page(page: Page, q: p.QuotePage) -> None:
    page.quote(q.text)
    page.field(translate("Details", "Said by"),
               page.person(q.speaker) if q.speaker else page.text(q.speaker_label or ""))
    page.field(translate("Details", "Organisation"),
               page.link(q.organisation) if q.organisation else None)
    page.field(translate("Details", "Quoting"), page.person(q.quoting) if q.quoting else None)
    page.field(translate("Details", "Event"), page.link(q.event) if q.event else None)
    page.text_field(translate("Details", "Year"), formatting.year_text(q.year, q.year_certain))
    page.text_field(translate("Details", "Context"), q.context)


def event_page(page: Page, e: p.EventPage) -> None:
    page.text_field(translate("Details", "Date"),
                    formatting.partial_date(e.year, e.month, e.day, e.year_certain))
    page.text_field(translate("Details", "About the date"), e.date_note)
    page.text_field(translate("Details", "Time"), e.time)
    page.text_field(translate("Details", "Place"), formatting.place(e.venue, e.city))
    page.text_field(translate("Details", "Participants"),
                    formatting.participants(e.participants, e.participants_qualifier))
    page.text_field(translate("Details", "Fee"), e.fee)
    if e.day and e.month and e.year:
        page.actions(translate("Details", "Calendar"), [
            ("calendar", e.id, translate("Details", "Add to calendar (.ics)…"))])
    page.paragraph(e.description)
    page.list_section(translate("Details", "Organisers"), e.organisers, page.link)
    page.list_section(translate("Details", "Speakers and participants"), e.people, page.person)
    page.list_section(translate("Details", "Also taking part"), e.contributors, page.link)
    page.list_section(translate("Details", "Quotes from this event"), e.quotes, page.quote_line)
    page.list_section(translate("Details", "Guidelines presented"), e.guidelines, page.link)
    page.list_section(translate("Details", "Reports presented"), e.reports, page.link)


def guideline_page(page: Page, g: p.GuidelinePage) -> None:
    page.text_field(translate("Details", "Identifier"),
                    g.identifier or translate("Details", "Not given in the sources"))
    page.text_field(translate("Details", "Year"), g.year)
    page.field(translate("Details", "Issued by"), page.link(g.issuer) if g.issuer else None)
    page.badge(translate("Details", "Strength of recommendation"), g.strength,
               g.strength_note)
    page.badge(translate("Details", "Evidence basis"), g.evidence_level, g.evidence_note)
    if g.recommendation:
        page.section(translate("Details", "Recommendation"), None)
        page.quote(g.recommendation)
    page.paragraph(g.summary)
    page.paragraph(g.note)
    page.list_section(translate("Details", "Presented at"), g.events, page.link)


def brochure_page(page: Page, b: p.BrochurePage) -> None:
    page.text_field(translate("Details", "Audience"), formatting.audience(b.audience))
    page.field(translate("Details", "Link"), page.external_link(b.url) if b.url else page.text(
        translate("Details", "The source text does not give the address; see the source "
                             "article.")))
    offline = paths.offline_brochure(b.key) is not None
    actions = []
    if b.url:
        actions += [("open-brochure", b.id, translate("Details", "Open the brochure…")),
                    ("copy-brochure", b.id, translate("Details", "Copy link"))]
    if offline:
        actions.append(("offline-brochure", b.id, translate("Details", "Open the offline copy")))
    page.field(translate("Details", "Offline copy"), plain_html(
        translate("Details", "Available on this computer") if offline
        else translate("Details", "Not on this computer")))
    if actions:
        page.actions(translate("Details", "Actions"), actions)
    page.field(translate("Details", "Paper copies from"),
               ", ".join(page.link(o) for o in b.paper_copies_from.items))
    page.paragraph(b.description)


def person_page(page: Page, person: p.PersonPage) -> None:
    page.text_field(translate("Details", "Role"), person.role)
    page.field(translate("Details", "Organisation"),
               page.link(person.organisation) if person.organisation else None)
    page.list_section(translate("Details", "Quotes"), person.quotes, page.quote_line)
    page.list_section(translate("Details", "Events"), person.events, page.link)


def organisation_page(page: Page, o: p.OrganisationPage) -> None:
    page.text_field(translate("Details", "Short name"), o.short_name)
    page.field(translate("Details", "Part of"), page.link(o.part_of) if o.part_of else None)
    page.paragraph(o.description)
    page.list_section(translate("Details", "People"), o.people, page.person)
    page.list_section(translate("Details", "Events"), o.events, page.link)
    page.list_section(translate("Details", "Reports"), o.reports, page.link)


def report_page(page: Page, r: p.ReportPage) -> None:
    page.text_field(translate("Details", "Status"), formatting.report_status(r.status))
    page.text_field(translate("Details", "Year"), r.year)
    page.text_field(translate("Details", "Authors"), r.authors)
    page.text_field(translate("Details", "Published in"), r.published_in)
    page.paragraph(r.description)
    page.list_section(translate("Details", "Presented at"), r.presented_at, page.link)


def topic_page(page: Page, t: p.TopicPage) -> None:
    page.actions(translate("Details", "Handout"), [
        ("print-topic", t.id, translate("Details", "Print…")),
        ("pdf-topic", t.id, translate("Details", "Export PDF…"))])
    topic_body(page, t)


def topic_body(page: Page, t: p.TopicPage) -> None:
    """A knowledge page's text and links, as on screen and on its printed handout."""
    page.paragraph(t.summary)
    for section in t.sections:
        page.section(section.heading,
                     f"<p>{page.text(section.text)}</p>" if section.text else "<p></p>")
        if section.quote:
            page.quote(section.quote)
        if section.sources:
            page.small(formatting.fill(
                translate("Details", "Sources: %1") if len(section.sources) > 1
                else translate("Details", "Source: %1"), "; ".join(section.sources)))
    page.list_section(translate("Details", "Guidelines"), t.guidelines, page.link)
    page.list_section(translate("Details", "Reports and research"), t.reports, page.link)
    page.list_section(translate("Details", "Brochures"), t.brochures, page.link)


def render(page: p.Page, label: str, title: str, fill: Fill,
           needles: tuple[str, ...] = ()) -> str:
    """A page as HTML: ``label`` and ``title`` on top, then what ``fill`` adds, then the
    sources, with the matches of ``needles`` marked."""
    html = Page(label, title, needles)
    fill(html, page)
    html.sources(page.sources)
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
