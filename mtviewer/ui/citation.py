"""A record as a citation to paste elsewhere: «…» — Name, role, event, year. Source: title,
publisher, address. Plain text and the same as rich text, in the interface language. What
identifies a record is its kind's (``pages/<kind>.py``'s ``cite``)."""

from __future__ import annotations

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


def cite(page: p.Page) -> Citation:
    """``page`` as a citation: its kind's heading and details, then its sources."""
    from .pages import module

    heading, details = module(page.kind).cite(page)
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
