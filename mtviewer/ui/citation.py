"""A record as a citation to paste elsewhere, in the interface language, as plain and as rich
text, with the day it was read: in the app's own style («…» — Name, role, event, year.
Source: title, publisher, address.), or as APA 7 references (``apa``). What identifies a
record, and which work it is, is its kind's (``pages/<kind>.py``'s ``cite`` and ``work``)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from .. import formatting
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


def _source(source: p.SourceRef) -> str:
    return ", ".join(part for part in (source.title, source.publisher, source.url) if part)


def read_on(day: datetime.date) -> str:
    """ "Read 6 December 2026." """
    from .apa import day_text

    return formatting.fill(translate("Citation", "Read %1."), day_text(
        day, translate("Citation", "d MMMM yyyy", "the date a record was read")))


def cite(page: p.Page, today: datetime.date | None = None) -> Citation:
    """``page`` as a citation: its kind's heading and details, then its sources, then the
    day it was read."""
    from .pages import module

    read = read_on(today or datetime.date.today())
    shown = module(page.kind)
    heading, details = shown.cite(page)
    details = [d for d in details if d]
    line = " — ".join([heading, ", ".join(details)]) if details else heading
    work = shown.work(page)  # a guideline's own page at its issuer comes first
    own = work.url if work is not None else ""
    items = sorted(page.sources.items, key=lambda s: not (own and s.url == own))
    sources = [_source(s) for s in items]
    label = (translate("Citation", "Source: %1") if len(sources) == 1
             else translate("Citation", "Sources: %1"))
    if not line.endswith((".", "!", "?", "»", "”")):
        line += "."
    plain, html = [line], [f"<p>{escape(line)}</p>"]
    if sources:
        plain.append(formatting.fill(label, "; ".join(sources)) + ".")
        html.append("<p>" + formatting.fill(escape(label), "; ".join(
            _source_html(s) for s in items)) + ".</p>")
    plain.append(read)
    html.append(f"<p>{escape(read)}</p>")
    return Citation("\n".join(plain), "".join(html))


def cite_apa(page: p.Page, today: datetime.date | None = None) -> Citation:
    """``page`` as APA 7: a quote's words as cited second hand, then references: the record
    itself where it is a work, and each source it rests on, each with the day it was read."""
    from . import apa
    from .pages import module

    shown = module(page.kind)
    day = today or datetime.date.today()
    works = [w for w in (shown.work(page),) if w is not None]
    works += [apa.from_source(s) for s in page.sources.items]
    seen: list[apa.Work] = []
    plain, html = [], []
    in_text = getattr(shown, "in_text", None)
    if in_text is not None:
        line = in_text(page)
        plain.append(line)
        html.append(f"<p>{escape(line)}</p>")
    for work in works:  # a source that is the record's own work again is left out
        if any(apa.same_title(work.title, w.title) or (work.url and work.url == w.url)
               for w in seen):
            continue
        seen.append(work)
        text, rich = apa.reference(work, day)
        plain.append(text)
        html.append(f"<p>{rich}</p>")
    return Citation("\n".join(plain), "".join(html))


def _source_html(source: p.SourceRef) -> str:
    parts = [escape(part) for part in (source.title, source.publisher) if part]
    if source.url:
        parts.append(f'<a href="{escape(source.url, quote=True)}">{escape(source.url)}</a>')
    return ", ".join(parts)
