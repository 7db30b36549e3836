"""A page of text for paper (a knowledge page's handout): the same page layout, footer,
print preview and PDF writing as quote prints (``QuoteDocument``); the text's own layout
cuts it into pages (lists keep their bullets, no line is split)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from . import furniture
from .document import page_layout
from .layouts import PrintOptions
from .typeset import SANS, on_paper, plain_font

STYLE = """
body { font-size: 11pt; }
a { color: #0b3d91; }
h1 { font-size: 17pt; margin-bottom: 6px; }
h2 { font-size: 12.5pt; margin-top: 12px; margin-bottom: 2px; }
p.kind { color: #555555; margin: 0; }
blockquote { font-style: italic; margin: 6px 18px; }
td.label { color: #555555; padding-right: 12px; }
"""
SIZE = 11.0
"""The body text's size in points, before the font step."""


class PageDocument:
    """``html`` (a page's own markup, its links already plain names) set for paper."""

    def __init__(self, html: str, title: str, publishers: Sequence[str],
                 options: PrintOptions | None = None, printed: datetime.date | None = None):
        self.html, self._title, self.publishers = html, title, sorted(set(publishers))
        self.options = options or PrintOptions()
        self.printed = printed or datetime.date.today()

    @property
    def title(self) -> str:
        return self._title

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device`` (set to this document's page layout); page count."""
        device.setPageLayout(page_layout(self.options))
        dpi = device.logicalDpiY()

        def px(points: float) -> float:
            return points * dpi / 72.0
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = float(rect.width()), float(rect.height())
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(plain_font(SANS, SIZE * self.options.scale))  # no ligatures
        doc.setDefaultStyleSheet(STYLE)
        doc.setHtml(self.html)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        body = height - px(30)  # the footer's room
        doc.setPageSize(QSizeF(width, body))  # the document's own pages: no line is split
        pages = doc.pageCount()
        painter = QPainter(device)
        try:
            for number in range(1, pages + 1):
                if number > 1:
                    device.newPage()
                top = (number - 1) * body
                painter.save()
                painter.translate(0, -top)
                on_paper(doc, painter, QRectF(0, top, width, body))
                painter.restore()
                furniture.footer(painter, width, height, px, *furniture.footer_texts(
                    self.publishers, self.printed, number, pages), quiet=False)
        finally:
            painter.end()
        return pages
