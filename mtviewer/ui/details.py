"""A record in full, as HTML for the detail pane: every field, its sources, its links.

All record text goes through ``html.escape``; only this module writes markup. Links to
other records use the internal ``mtv:KIND/ID`` scheme that the detail view handles.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from html import escape

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .. import formatting
from ..data import models as m
from .highlight import marked_html
from .offline_copies import offline_copy

MODELS = {
    "event": m.Event,
    "quote": m.Quote,
    "guideline": m.Guideline,
    "brochure": m.Brochure,
    "person": m.Person,
    "organisation": m.Organisation,
    "report": m.Report,
}

STYLE = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: medium; margin-top: 14px; margin-bottom: 2px; }
p.kind { color: palette(placeholder-text); margin: 0; }
blockquote { font-size: large; font-style: italic; margin: 8px 12px; }
td.label { color: palette(placeholder-text); padding-right: 12px; }
"""


translate = QCoreApplication.translate


_NEEDLES: ContextVar[tuple[str, ...]] = ContextVar("search_needles", default=())
"""The folded search words to mark while a page is being rendered."""


def plain_html(value: str) -> str:
    """Interface text (labels, headings) as HTML."""
    return escape(value, quote=True).replace("\n", "<br>")


def text_html(value: str) -> str:
    """Record text as HTML that shows exactly the characters stored, search matches marked."""
    return marked_html(value, list(_NEEDLES.get()))


def link(kind: str, record_id: int, label: str) -> str:
    return f'<a href="mtv:{kind}/{record_id}">{text_html(label)}</a>'


def external_link(url: str) -> str:
    """An address shown in full, so people see where it goes before they click."""
    return f'<a href="{escape(url, quote=True)}">{text_html(url)}</a>'


class Page:
    """Collects the parts of one record's page."""

    def __init__(self, kind_label: str, title: str):
        self.parts = [f'<p class="kind">{plain_html(kind_label)}</p><h1>{text_html(title)}</h1>']
        self.rows: list[str] = []

    def field(self, label: str, value_html: str | None) -> None:
        if value_html:
            self.rows.append(
                f'<tr><td class="label">{plain_html(label)}</td><td>{value_html}</td></tr>'
            )

    def text_field(self, label: str, value: str | int | None) -> None:
        if value is not None and value != "":
            self.field(label, text_html(str(value)))

    def _flush_rows(self) -> None:
        if self.rows:
            self.parts.append("<table>" + "".join(self.rows) + "</table>")
            self.rows = []

    def section(self, heading: str, body_html: str | None) -> None:
        self._flush_rows()
        if body_html:
            self.parts.append(f"<h2>{plain_html(heading)}</h2>{body_html}")

    def paragraph(self, value: str | None) -> None:
        self._flush_rows()
        if value:
            self.parts.append(f"<p>{text_html(value)}</p>")

    def quote(self, value: str) -> None:
        self._flush_rows()
        self.parts.append(f"<blockquote>«{text_html(value)}»</blockquote>")

    def sources(self, sources: Iterable[m.Source]) -> None:
        items = []
        for s in sources:
            line = f"{text_html(s.title)} — {text_html(s.publisher)}"
            if s.url:
                line += f"<br>{external_link(s.url)}"
            if s.note:
                line += f"<br><small>{text_html(s.note)}</small>"
            items.append(f"<li>{line}</li>")
        self.section(
            translate("Details", "Source"), f"<ul>{''.join(items)}</ul>" if items else None
        )

    def html(self) -> str:
        self._flush_rows()
        return "".join(self.parts)


def link_list(items: Iterable[str]) -> str | None:
    items = list(items)
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else None


def org_link(o: m.Organisation | None) -> str | None:
    return link("organisation", o.id, o.name) if o else None


def person_line(p: m.Person) -> str:
    extra = ", ".join(x for x in (p.role, p.organisation.name if p.organisation else None) if x)
    return link("person", p.id, p.name) + (f" — {text_html(extra)}" if extra else "")


def quote_line(q: m.Quote) -> str:
    short = q.text if len(q.text) <= 90 else q.text[:87].rstrip() + "…"
    return link("quote", q.id, f"«{short}»") + f" — {text_html(q.who)}"


def render_quote(q: m.Quote) -> str:
    page = Page(translate("Details", "Quote"), q.who)
    page.quote(q.text)
    who = person_line(q.speaker) if q.speaker else text_html(q.speaker_label or "")
    page.field(translate("Details", "Said by"), who)
    page.field(translate("Details", "Organisation"), org_link(q.speaker_organisation))
    page.field(translate("Details", "Quoting"), person_line(q.quoting) if q.quoting else None)
    page.field(
        translate("Details", "Event"), link("event", q.event.id, q.event.name) if q.event else None
    )
    page.text_field(translate("Details", "Year"), formatting.year_text(q.year, q.year_certain))
    page.text_field(translate("Details", "Context"), q.context)
    page.sources(q.sources)
    return page.html()


def render_event(e: m.Event) -> str:
    page = Page(translate("Details", "Event"), e.name)
    page.text_field(
        translate("Details", "Date"),
        formatting.partial_date(e.date_year, e.date_month, e.date_day, e.date_year_certain),
    )
    page.text_field(translate("Details", "About the date"), e.date_note)
    page.text_field(translate("Details", "Time"), e.time)
    page.text_field(translate("Details", "Place"), formatting.place(e.venue, e.city))
    page.text_field(
        translate("Details", "Participants"),
        formatting.participants(e.participants, e.participants_qualifier),
    )
    page.text_field(translate("Details", "Fee"), e.fee)
    if e.date_day and e.date_month and e.date_year:
        label = translate("Details", "Add to calendar (.ics)…")
        page.field(translate("Details", "Calendar"),
                   f'<a href="mtv:do/calendar/{e.id}">{plain_html(label)}</a>')
    page.paragraph(e.description)
    page.section(translate("Details", "Organisers"), link_list(org_link(o) for o in e.organisers))
    page.section(
        translate("Details", "Speakers and participants"),
        link_list(
            person_line(ep.person) + (f"<br><small>{text_html(ep.role)}</small>" if ep.role else "")
            for ep in e.people
        ),
    )
    page.section(
        translate("Details", "Also taking part"), link_list(org_link(o) for o in e.contributors)
    )
    page.section(
        translate("Details", "Quotes from this event"), link_list(quote_line(q) for q in e.quotes)
    )
    page.section(
        translate("Details", "Guidelines presented"),
        link_list(link("guideline", g.id, g.name) for g in e.guidelines),
    )
    page.section(
        translate("Details", "Reports presented"),
        link_list(link("report", r.id, r.title) for r in e.reports),
    )
    page.sources(e.sources)
    return page.html()


def render_guideline(g: m.Guideline) -> str:
    page = Page(translate("Details", "Guideline"), g.name)
    page.text_field(
        translate("Details", "Identifier"),
        g.identifier or translate("Details", "Not given in the sources"),
    )
    page.text_field(translate("Details", "Year"), g.year)
    page.field(translate("Details", "Issued by"), org_link(g.issuer))
    page.text_field(translate("Details", "Strength of recommendation"), g.strength)
    page.text_field(translate("Details", "Evidence level"), g.evidence_level)
    if g.recommendation:
        page.section(translate("Details", "Recommendation"), None)
        page.quote(g.recommendation)
    page.paragraph(g.summary)
    page.paragraph(g.note)
    page.section(
        translate("Details", "Presented at"),
        link_list(link("event", e.id, e.name) for e in g.events),
    )
    page.sources(g.sources)
    return page.html()


def action_links(*actions: tuple[str, int, str]) -> str:
    return " · ".join(f'<a href="mtv:do/{action}/{record_id}">{plain_html(label)}</a>'
                      for action, record_id, label in actions)


def render_brochure(b: m.Brochure) -> str:
    page = Page(translate("Details", "Brochure"), b.title)
    page.text_field(translate("Details", "Audience"), formatting.audience(b.audience))
    page.field(
        translate("Details", "Link"),
        external_link(b.url)
        if b.url
        else text_html(
            translate(
                "Details", "The source text does not give the address; see the source article."
            )
        ),
    )
    actions = []
    if b.url:
        actions += [("open-brochure", b.id, translate("Details", "Open the brochure…")),
                    ("copy-brochure", b.id, translate("Details", "Copy link"))]
    if offline_copy(b.key) is not None:
        actions.append(("offline-brochure", b.id, translate("Details", "Open the offline copy")))
    page.field(translate("Details", "Offline copy"), plain_html(
        translate("Details", "Available on this computer") if offline_copy(b.key)
        else translate("Details", "None")))
    if actions:
        page.field(translate("Details", "Actions"), action_links(*actions))
    page.field(
        translate("Details", "Paper copies from"),
        ", ".join(org_link(o) or "" for o in b.paper_copies_from),
    )
    page.paragraph(b.description)
    page.sources(b.sources)
    return page.html()


def render_person(p: m.Person, quotes: list[m.Quote], events: list[m.Event]) -> str:
    page = Page(translate("Details", "Person"), p.name)
    page.text_field(translate("Details", "Role"), p.role)
    page.field(translate("Details", "Organisation"), org_link(p.organisation))
    page.section(translate("Details", "Quotes"), link_list(quote_line(q) for q in quotes))
    page.section(
        translate("Details", "Events"), link_list(link("event", e.id, e.name) for e in events)
    )
    page.sources(p.sources)
    return page.html()


def render_organisation(o: m.Organisation, people: list[m.Person], events: list[m.Event]) -> str:
    page = Page(translate("Details", "Organisation"), o.name)
    page.text_field(translate("Details", "Short name"), o.short_name)
    page.field(translate("Details", "Part of"), org_link(o.part_of))
    page.paragraph(o.description)
    page.section(translate("Details", "People"), link_list(person_line(p) for p in people))
    page.section(
        translate("Details", "Events"), link_list(link("event", e.id, e.name) for e in events)
    )
    page.sources(o.sources)
    return page.html()


def render_report(r: m.Report) -> str:
    page = Page(translate("Details", "Report"), r.title)
    page.text_field(translate("Details", "Status"), formatting.report_status(r.status))
    page.text_field(translate("Details", "Year"), r.year)
    page.paragraph(r.description)
    page.section(
        translate("Details", "Presented at"),
        link_list(link("event", e.id, e.name) for e in r.presented_at),
    )
    page.sources(r.sources)
    return page.html()


RENDERERS = {
    "quote": render_quote,
    "event": render_event,
    "guideline": render_guideline,
    "brochure": render_brochure,
    "report": render_report,
}


def render(engine: Engine, kind: str, record_id: int,
           needles: list[str] | None = None) -> str | None:
    """The page for one record, or None when it does not exist; ``needles`` are marked."""
    token = _NEEDLES.set(tuple(needles or ()))
    try:
        return _render(engine, kind, record_id)
    finally:
        _NEEDLES.reset(token)


def _render(engine: Engine, kind: str, record_id: int) -> str | None:
    with Session(engine) as session:
        obj = session.get(MODELS[kind], record_id)
        if obj is None:
            return None
        if isinstance(obj, m.Person):
            quotes = session.scalars(
                select(m.Quote).where(m.Quote.speaker_id == obj.id).order_by(m.Quote.id)
            ).all()
            events = session.scalars(
                select(m.Event)
                .join(m.EventPerson)
                .where(m.EventPerson.person_id == obj.id)
                .order_by(m.Event.sort_date)
            ).all()
            return render_person(obj, list(quotes), list(events))
        if isinstance(obj, m.Organisation):
            people = session.scalars(
                select(m.Person).where(m.Person.organisation_id == obj.id).order_by(m.Person.name)
            ).all()
            events = [
                e
                for e in session.scalars(select(m.Event).order_by(m.Event.sort_date))
                if obj in e.organisers or obj in e.contributors
            ]
            return render_organisation(obj, list(people), events)
        return RENDERERS[kind](obj)
