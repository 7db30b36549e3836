"""A record as a citation to paste elsewhere: «…» — Name, role, event, year. Source: title,
publisher, address. Plain text and the same as rich text, in the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from .. import formatting
from ..content import attribution
from ..content import pages as p

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Citation:
    plain: str
    html: str

    def copy(self) -> None:
        """Put it on the clipboard, as plain text and as rich text (for word processors)."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QGuiApplication

        mime = QMimeData()
        mime.setText(self.plain)
        mime.setHtml(self.html)
        QGuiApplication.clipboard().setMimeData(mime)


def quote_attribution(q: p.QuotePage) -> list[str]:
    """Who said it, citing whom, in what role, where and when: the one attribution builder's
    parts, as the list, the page and the prints give them."""
    speaker = q.speaker
    organisation = q.organisation.label if q.organisation else (
        speaker.organisation if speaker else None)
    return attribution.attribute(
        speaker.name if speaker else q.who, q.quoting.name if q.quoting else None,
        q.speaker_label or (speaker.role if speaker else None), organisation,
        q.event.label if q.event else None, q.year, q.year_certain, translate).lines()


def _heading(page: p.Page) -> tuple[str, list[str]]:
    """The record's name (a quote's words, in quotation marks) and what identifies it."""
    if isinstance(page, p.QuotePage):
        return formatting.fill(translate("Citation", "“%1”"), page.text), quote_attribution(page)
    if isinstance(page, p.EventPage):
        return page.name, [formatting.partial_date(page.year, page.month, page.day,
                                                   page.year_certain),
                           formatting.place(page.venue, page.city)]
    if isinstance(page, p.GuidelinePage):
        return page.name, [page.identifier or "", page.issuer.label if page.issuer else "",
                           formatting.year_text(page.year)]
    if isinstance(page, p.BrochurePage):
        return page.title, [formatting.audience(page.audience), page.url or ""]
    if isinstance(page, p.PersonPage):
        return page.name, [page.role or "", page.organisation.label if page.organisation
                           else ""]
    if isinstance(page, p.OrganisationPage):
        return page.name, [page.short_name or "", page.part_of.label if page.part_of else ""]
    return page.title, [formatting.report_status(page.status), formatting.year_text(page.year)]


def _source(source: p.SourceRef) -> str:
    return ", ".join(part for part in (source.title, source.publisher, source.url) if part)


def cite(page: p.Page) -> Citation:
    heading, details = _heading(page)
    details = [d for d in details if d]
    line = " — ".join([heading, ", ".join(details)]) if details else heading
    sources = [_source(s) for s in page.sources.items]
    label = (translate("Citation", "Source: %1") if len(sources) == 1
             else translate("Citation", "Sources: %1"))
    if not line.endswith((".", "!", "?", "»", "”")):
        line += "."
    plain, html = [line], [f"<p>{escape(line)}</p>"]
    if sources:
        plain.append(formatting.fill(label, "; ".join(sources)) + ".")
        html.append("<p>" + formatting.fill(escape(label), "; ".join(
            _source_html(s) for s in page.sources.items)) + ".</p>")
    return Citation("\n".join(plain), "".join(html))


def _source_html(source: p.SourceRef) -> str:
    parts = [escape(part) for part in (source.title, source.publisher) if part]
    if source.url:
        parts.append(f'<a href="{escape(source.url, quote=True)}">{escape(source.url)}</a>')
    return ", ".join(parts)
