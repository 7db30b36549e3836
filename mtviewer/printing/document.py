"""The one document builder behind print preview, printing and PDF export.

Pages are painted with QPainter on any QPagedPaintDevice (QPrinter or QPdfWriter), in the
device's own pixels; text is laid out by QTextDocument from escaped HTML, so quotes print
exactly as stored. Three layouts:
- handout: quotes one after another with their attribution, flowing over pages;
- poster: one quote per page in the largest type that fits, centred;
- cards: four cards per page with cut marks.
A quote too long for its space shrinks down to a readable minimum, then flows on.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
    QTextOption,
)

from .. import formatting
from ..content.printable import PrintBrochure, PrintQuote
from ..content.selection import PrintOptions

Op = Callable[[QPainter], None]

PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15
FONT = "DejaVu Serif, Georgia, Times New Roman, serif"
SANS = "DejaVu Sans, Arial, Helvetica, sans-serif"
SIZES = {  # layout: (largest, smallest readable) quote size in points, before font_step
    "handout": (13.0, 13.0),
    "poster": (44.0, 18.0),
    "cards": (16.0, 8.0),
}


translate = QCoreApplication.translate


def page_layout(options: PrintOptions) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if options.landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(PAGE_IDS[options.page_size]), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def attribution(quote: PrintQuote) -> str:
    parts = [quote.who, quote.source, formatting.year_text(quote.year, quote.year_certain)]
    return "— " + ", ".join(p for p in parts if p)


class QuoteDocument:
    """Chosen quotes laid out for printing; ``paint`` draws them on a paged device."""

    def __init__(self, quotes: Sequence[PrintQuote], options: PrintOptions,
                 brochure: PrintBrochure | None = None,
                 printed: datetime.date | None = None):
        self.quotes, self.options, self.brochure = list(quotes), options, brochure
        self.printed = printed or datetime.date.today()

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device`` (set to this document's page layout); page count."""
        device.setPageLayout(page_layout(self.options))
        painter = QPainter(device)
        try:
            self.dpi = device.logicalDpiY()
            rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
            self.width, self.height = float(rect.width()), float(rect.height())
            self.device = device
            reserved = self.px(20) + (self.px(72) if self.brochure else 0)
            self.content = QRectF(0, 0, self.width, self.height - reserved)
            pages = getattr(self, f"_{self.options.layout}")()
            for number, ops in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                for op in ops:
                    painter.save()
                    op(painter)
                    painter.restore()
                self._read_more(painter)
                self._footer(painter, number, len(pages))
            return len(pages)
        finally:
            painter.end()

    def px(self, points: float) -> float:
        return points * self.dpi / 72.0

    # Text

    def _doc(self, quotes: Sequence[PrintQuote], size: float, width: float,
             align: str = "left", heading: str = "", whole_words: bool = False) -> QTextDocument:
        """Escaped quotes as a laid-out document; ``whole_words`` never breaks inside a word
        (a word too long for the line then sticks out, which ``_fitted`` checks for)."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(QFont("DejaVu Serif", 11))
        small = max(7.0, size * 0.62)
        blocks = [f'<p style="font-family:{SANS}; font-size:{size * 1.2:.1f}pt; '
                  f'font-weight:bold; margin-bottom:{size * 4 / 3:.0f}px">{escape(heading)}</p>'
                  if heading else ""]
        for quote in quotes:
            text = escape(quote.text, quote=True).replace("\n", "<br>")
            blocks.append(
                f'<p align="{align}" style="font-family:{FONT}; font-size:{size:.1f}pt; '
                f'margin-top:0; margin-bottom:{size * 0.4:.0f}px">«{text}»</p>'
                f'<p align="{align}" style="font-family:{SANS}; font-size:{small:.1f}pt; '
                f'font-style:italic; margin-top:0; margin-bottom:{size * 1.7:.0f}px">'
                f"{escape(attribution(quote), quote=True)}</p>")
        doc.setHtml("".join(blocks))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap if whole_words
                           else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(width)
        return doc

    def _fitted(self, quote: PrintQuote, box: QSizeF, align: str) -> tuple[QTextDocument, bool]:
        """The largest type (within the layout's limits) that fits ``box``; fits or flows."""
        largest, smallest = (s * self.options.scale for s in SIZES[self.options.layout])
        size = largest
        while True:
            doc = self._doc([quote], size, box.width(), align, whole_words=True)
            if doc.size().height() <= box.height() and doc.idealWidth() <= box.width():
                return doc, True
            if size <= smallest:
                doc = self._doc([quote], size, box.width(), align)
                return doc, doc.size().height() <= box.height()
            size = max(smallest, size * 0.9)

    @staticmethod
    def _slices(doc: QTextDocument, box: QRectF) -> list[Op]:
        """Ops drawing ``doc`` a box-height slice at a time: how a long quote flows on.

        Each slice draws whole lines only, so no line is split, and none is also drawn,
        clipped away but still in the PDF's text, on the next page."""
        layout = doc.documentLayout()
        lines = []  # (top, bottom, line, block origin)
        block = doc.begin()
        while block.isValid():
            frame = layout.blockBoundingRect(block)
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                top = frame.top() + line.y()
                lines.append((top, top + line.height(), line, frame.topLeft()))
            block = block.next()
        slices: list[list] = [[]]
        start = 0.0
        for entry in lines:
            top, bottom = entry[0], entry[1]
            if bottom - start > box.height() and top > start and slices[-1]:
                slices.append([])
                start = top
            slices[-1].append(entry)
        ops = []
        for chosen in slices:
            offset = chosen[0][0] if chosen else 0.0

            def op(painter: QPainter, chosen=chosen, offset=offset, doc=doc) -> None:
                # ``doc`` is kept alive here: the lines belong to its layouts
                painter.translate(box.left(), box.top() - offset)
                for _top, _bottom, line, origin in chosen:
                    line.draw(painter, origin)
            ops.append(op)
        return ops

    # Layouts

    def _handout(self) -> list[list[Op]]:
        size = SIZES["handout"][0] * self.options.scale
        doc = self._doc(self.quotes, size, self.content.width(),
                        heading=translate("Print", "Quotes about music therapy"))
        return [[op] for op in self._slices(doc, self.content)]

    def _poster(self) -> list[list[Op]]:
        pages: list[list[Op]] = []
        box = self.content.adjusted(self.px(18), self.px(18), -self.px(18), -self.px(18))
        for quote in self.quotes:
            doc, fits = self._fitted(quote, box.size(), "center")
            if not fits:
                pages += [[op] for op in self._slices(doc, box)]
                continue
            top = box.top() + (box.height() - doc.size().height()) / 2

            def op(painter: QPainter, doc=doc, top=top) -> None:
                painter.translate(box.left(), top)
                doc.drawContents(painter)
            pages.append([op])
        return pages

    def _cards(self) -> list[list[Op]]:
        cells = [QRectF(self.content.left() + col * self.content.width() / 2,
                        self.content.top() + row * self.content.height() / 2,
                        self.content.width() / 2, self.content.height() / 2)
                 for row in range(2) for col in range(2)]
        pad = self.px(16)
        slots: list[Op] = []
        for quote in self.quotes:
            inner = cells[0].adjusted(pad, pad, -pad, -pad)
            doc, fits = self._fitted(quote, inner.size(), "left")
            if not fits:
                slots += self._slices(doc, QRectF(QPointF(0, 0), inner.size()))
                continue
            offset = (inner.height() - doc.size().height()) / 2

            def slot(painter: QPainter, doc=doc, offset=offset) -> None:
                painter.translate(0, offset)
                doc.drawContents(painter)
            slots.append(slot)
        pages = []
        for start in range(0, len(slots), 4):
            ops: list[Op] = [self._cut_marks(cells)]
            for cell, slot in zip(cells, slots[start:start + 4], strict=False):
                def placed(painter: QPainter, cell=cell, slot=slot) -> None:
                    painter.translate(cell.left() + pad, cell.top() + pad)
                    painter.setClipRect(QRectF(0, 0, cell.width() - 2 * pad,
                                               cell.height() - 2 * pad))
                    slot(painter)
                ops.append(placed)
            pages.append(ops)
        return pages

    def _cut_marks(self, cells: list[QRectF]) -> Op:
        def op(painter: QPainter) -> None:
            pen = QPen(QColor("#888888"), self.px(0.5), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle_x, middle_y = cells[1].left(), cells[2].top()
            painter.drawLine(QPointF(middle_x, self.content.top()),
                             QPointF(middle_x, self.content.bottom()))
            painter.drawLine(QPointF(self.content.left(), middle_y),
                             QPointF(self.content.right(), middle_y))
            painter.setPen(QPen(QColor("#000000"), self.px(0.75)))
            tick = self.px(10)
            for x in (self.content.left(), middle_x, self.content.right()):
                for y in (self.content.top(), middle_y, self.content.bottom()):
                    painter.drawLine(QPointF(x - tick / 2, y), QPointF(x + tick / 2, y))
                    painter.drawLine(QPointF(x, y - tick / 2), QPointF(x, y + tick / 2))
        return op

    # Every page

    def _read_more(self, painter: QPainter) -> None:
        if self.brochure is None:
            return
        side = self.px(60)
        top = self.height - self.px(20) - self.px(66)
        draw_qr(painter, self.brochure.url, QRectF(0, top, side, side))
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        label = translate("Print", "Read more:")
        doc.setHtml(f'<p style="font-family:{SANS}; font-size:10pt"><b>{escape(label)}</b> '
                    f"{escape(self.brochure.title)}<br>{escape(self.brochure.url)}</p>")
        doc.setTextWidth(self.width - side - self.px(12))
        painter.save()
        painter.translate(side + self.px(12), top + (side - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()

    def _footer(self, painter: QPainter, number: int, total: int) -> None:
        publishers = sorted({p for q in self.quotes for p in q.publishers})
        left = translate("Print", "Source: %1 · mtviewer").replace(
            "%1", "; ".join(publishers) or translate("Print", "mtviewer content"))
        right = translate("Print", "Printed %1 · page %2 of %3").replace(
            "%1", QLocale().toString(self.printed, QLocale.FormatType.LongFormat)).replace(
            "%2", str(number)).replace("%3", str(total))
        font = QFont("DejaVu Sans")
        font.setPointSizeF(7.5)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        line_top = self.height - self.px(14)
        rule = line_top - self.px(4)
        painter.drawLine(QPointF(0, rule), QPointF(self.width, rule))
        box = QRectF(0, line_top, self.width, self.px(14))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         right)
        right_width = painter.fontMetrics().horizontalAdvance(right) + self.px(12)
        elided = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight,
                                                  int(self.width - right_width))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         elided)
        painter.restore()


def draw_qr(painter: QPainter, data: str, box: QRectF) -> None:
    """A QR code for ``data`` as vector squares filling ``box`` (with its quiet zone)."""
    import segno  # only prints with a "read more" line need it

    matrix = segno.make(data, error="m", micro=False).matrix
    modules = len(matrix) + 8
    unit = min(box.width(), box.height()) / modules
    painter.save()
    painter.fillRect(box, QColor("#ffffff"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(box.left() + (x + 4) * unit, box.top() + (y + 4) * unit,
                                        unit, unit), QColor("#000000"))
    painter.restore()
