"""The one document builder behind print preview, printing and PDF export.

Pages are painted with QPainter on any QPagedPaintDevice (QPrinter or QPdfWriter), in the
device's own pixels. Three layouts:
- handout: an optional heading, then quotes one after another with their attribution,
  flowing over pages;
- poster: one quote per page, set like a poster: balanced lines in the largest type that fits
  within generous margins, a clearly smaller attribution, an optional heading, a quiet footer;
- cards: up to four cards per page, each under the heading if there is one, its text as
  large as the card allows, with cut marks around the cards that hold a quote.
A quote too long for its poster or card at the smallest readable size flows on, whole lines
at a time.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QTextDocument

from ..content.printable import PrintQuote, ReadMore
from . import furniture
from .layouts import LAYOUTS, PrintOptions
from .typeset import FONT, SANS, Op, Setter, kept_together, on_paper, quote_html, text_doc

PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15
LONG_POSTER = 11.0
"""A quote too long for a poster's smallest type is set as a page of text down to this
size, and flows on only beyond it."""
CSS_PX = 96
"""CSS pixels an inch: a text document's margins are in them, whatever the device."""
FILLED = 0.9
"""A handout of a few quotes is set as large as keeps them within this share of a page."""
POSTER_MARGIN = 0.09
"""A poster's own margin inside the page margins, as a share of the page's shorter side."""

translate = QCoreApplication.translate


def page_layout(options: PrintOptions) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if options.landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(PAGE_IDS[options.page_size]), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def default_title() -> str:
    return translate("Print", "Quotes about music therapy")


class QuoteDocument:
    """Chosen quotes laid out for printing; ``paint`` draws them on a paged device."""

    def __init__(self, quotes: Sequence[PrintQuote], options: PrintOptions,
                 read_more: ReadMore | None = None,
                 printed: datetime.date | None = None):
        self.quotes, self.options, self.read_more = list(quotes), options, read_more
        self.layout = LAYOUTS[options.layout]
        self.printed = printed or datetime.date.today()

    @property
    def title(self) -> str:
        """The document's title (its PDF metadata): the heading, or a plain description."""
        return self.options.title or default_title()

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device`` (set to this document's page layout); page count."""
        device.setPageLayout(page_layout(self.options))
        painter = QPainter(device)
        try:
            self.dpi = device.logicalDpiY()
            rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
            self.width, self.height = float(rect.width()), float(rect.height())
            self.device = device
            above_footer = self.height - self.px(22)
            self.content = QRectF(0, 0, self.width, above_footer - furniture.read_more_height(
                self.read_more, self.px))
            pages = self.PAGES[self.layout.pages](self)
            publishers = sorted({p for q in self.quotes for p in q.publishers})
            for number, ops in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                for op in ops:
                    painter.save()
                    op(painter)
                    painter.restore()
                if self.read_more is not None:
                    furniture.read_more(painter, device, self.read_more, self.width,
                                        above_footer, self.px)
                furniture.footer(painter, self.width, self.height, self.px,
                                 *furniture.footer_texts(publishers, self.printed, number,
                                                         len(pages)),
                                 quiet=self.layout.quiet_footer)
            return len(pages)
        finally:
            painter.end()

    def px(self, points: float) -> float:
        return points * self.dpi / 72.0

    def _attribution(self, quote: PrintQuote):
        return quote.attribution(translate)

    # Text that flows

    def _flowing(self, quotes: Sequence[PrintQuote], size: float, width: float,
                 align: str = "left", heading: str = "", air: float = 0.0) -> QTextDocument:
        """Quotes one after another, each with its attribution, breaking anywhere a line
        must (so even one very long word is never cut off); ``air``: CSS pixels more
        between quotes."""
        low, high = self.layout.attribution
        small = max(low, min(high, size * 0.62))
        blocks = [f'<p style="font-family:{SANS}; font-size:{size * 1.2:.1f}pt; '
                  f'font-weight:bold; margin-bottom:{size * 4 / 3:.0f}px">{escape(heading)}</p>'
                  if heading else ""]
        for quote in quotes:
            blocks.append(
                f'<p align="{align}" style="font-family:{FONT}; font-size:{size:.1f}pt; '
                f'margin-top:0; margin-bottom:{size * 0.4:.0f}px">'
                f"{quote_html(kept_together(quote.text))}</p>"
                f'<div style="font-family:{SANS}; font-size:{small:.1f}pt; '
                f'margin-bottom:{size * 1.7 + air:.0f}px">'
                f"<i>— {escape(kept_together(self._attribution(quote).line()), quote=True)}"
                "</i></div>")
        return text_doc(self.device, "".join(blocks), FONT, size, width, whole_words=False)

    def _setter(self, smallest: float | None = None) -> Setter:
        largest, least = (s * self.options.scale for s in self.layout.sizes)
        return Setter(self.device, largest, least if smallest is None else smallest,
                      self.layout.attribution)

    # Layouts

    def _flowing_pages(self) -> list[list[Op]]:
        doc = self._handout()
        return [[op] for op in slices(doc, self.content, keep=_handout_keeps(
            1 if self.title else 0))]

    def _handout(self) -> QTextDocument:
        """The quotes flowing at the smallest size; a few that keep to one page in the
        largest type in which they do, with the page's room left shared out between them."""
        largest, least = (s * self.options.scale for s in self.layout.sizes)
        width, room = self.content.width(), self.content.height() * FILLED

        def at(size: float, air: float = 0.0) -> QTextDocument:
            return self._flowing(self.quotes, size, width, heading=self.title, air=air)

        best = at(least)
        if largest <= least or best.size().height() > room:
            return best  # it flows over pages anyway
        low, high = least, largest
        top = at(high)
        if top.size().height() <= room:
            best, low = top, high
        while high - low > 0.5:
            middle = (low + high) / 2
            candidate = at(middle)
            if candidate.size().height() <= room:
                best, low = candidate, middle
            else:
                high = middle
        spare = (room - best.size().height()) * CSS_PX / self.dpi  # device pixels → CSS px
        air = min(spare / max(1, len(self.quotes)), low * 1.2 * CSS_PX / 72)
        if air < 2:
            return best
        spread = at(low, air)
        return spread if spread.size().height() <= room else best

    def _heading(self, box: QRectF, size: float = 22.0) -> tuple[list[Op], QRectF]:
        """The heading at the top of ``box`` (a poster, a card) when one was given; the room
        left below it."""
        if not self.options.title:
            return [], box
        doc = text_doc(self.device, f'<p align="center" style="margin:0; color:#333333">'
                       f"<b>{escape(self.options.title)}</b></p>", SANS,
                       size * self.options.scale, box.width(), whole_words=False)
        height = doc.size().height()

        def op(painter: QPainter) -> None:
            painter.translate(box.left(), box.top())
            on_paper(doc, painter)
        return [op], box.adjusted(0, height + self.px(size * 1.25), 0, 0)

    def _poster_pages(self) -> list[list[Op]]:
        inset = POSTER_MARGIN * min(self.width, self.height)
        page_box = self.content.adjusted(inset, inset * 0.6, -inset, -inset * 0.4)
        heading, box = self._heading(page_box)
        setter, page_of_text = self._setter(), self._setter(LONG_POSTER * self.options.scale)
        pages: list[list[Op]] = []
        for quote in self.quotes:
            credit = self._attribution(quote)
            done = setter.fitted(quote.text, credit, box) or page_of_text.fitted(
                quote.text, credit, box)
            if done is not None:
                pages.append([*heading, done.op(box, raise_by=0.1)])
                continue
            doc = self._flowing([quote], page_of_text.smallest, box.width(), "center")
            pages += [[*heading, op] for op in slices(doc, box, even=True)]
        return pages

    def _card_pages(self) -> list[list[Op]]:
        outer, gutter, pad = self.px(14), self.px(28), self.px(14)
        area = self.content.adjusted(outer, outer, -outer, -outer)
        size = QSizeF((area.width() - gutter) / 2, (area.height() - gutter) / 2)
        cells = [QRectF(QPointF(area.left() + col * (size.width() + gutter),
                                area.top() + row * (size.height() + gutter)), size)
                 for row in range(2) for col in range(2)]
        heading, inner = self._heading(QRectF(QPointF(0, 0), size).adjusted(pad, pad, -pad, -pad),
                                       max(9.0, 7.0 / self.options.scale))
        setter = self._setter()
        slots: list[Op] = []
        for quote in self.quotes:
            done = setter.fitted(quote.text, self._attribution(quote), inner)
            if done is not None:
                slots.append(done.op(inner))
                continue
            doc = self._flowing([quote], setter.smallest, inner.width(), "center")
            slots += slices(doc, inner, even=True)
        pages = []
        for start in range(0, len(slots), 4):
            ops: list[Op] = []
            for cell, slot in zip(cells, slots[start:start + 4], strict=False):
                def placed(painter: QPainter, cell=cell, slot=slot) -> None:
                    furniture.cut_marks(painter, cell, self.px)
                    painter.translate(cell.topLeft())
                    painter.setClipRect(QRectF(QPointF(0, 0), cell.size()))
                    for op in (*heading, slot):
                        painter.save()
                        op(painter)
                        painter.restore()
                ops.append(placed)
            pages.append(ops)
        return pages

    PAGES: dict[str, Callable[[QuoteDocument], list[list[Op]]]] = {
        "flowing": _flowing_pages, "poster": _poster_pages, "cards": _card_pages}
    """How each kind of layout (``Layout.pages``) makes its pages."""


def slices(doc: QTextDocument, box: QRectF, even: bool = False,
           keep: Callable[[int, int, int], bool] | None = None) -> list[Op]:
    """Ops drawing ``doc`` a box-height slice at a time: how a long quote flows on;
    ``even``: the slices about equally full (no last poster with two lines on it);
    ``keep(block, line, lines)``: whether that line must stay with the next one.

    Each slice draws whole lines only, so no line is split, and none is also drawn,
    clipped away but still in the PDF's text, on the next page."""
    layout = doc.documentLayout()
    lines = []  # (top, bottom, line, block origin)
    keeps = []
    block = doc.begin()
    while block.isValid():
        frame = layout.blockBoundingRect(block)
        text_layout = block.layout()
        count = text_layout.lineCount()
        for i in range(count):
            line = text_layout.lineAt(i)
            top = frame.top() + line.y()
            lines.append((top, top + line.height(), line, frame.topLeft()))
            keeps.append(keep is not None and keep(block.blockNumber(), i, count))
        block = block.next()
    slices = _cut(lines, box.height(), keeps)
    if even and len(slices) > 1 and lines:
        tallest = max(bottom - top for top, bottom, *_ in lines)
        share = (lines[-1][1] - lines[0][0]) / len(slices) + tallest
        evened = _cut(lines, min(box.height(), share))
        slices = evened if len(evened) == len(slices) else slices
    ops: list[Op] = []
    for chosen in slices:
        offset = chosen[0][0] if chosen else 0.0

        def op(painter: QPainter, chosen: list = chosen, offset: float = offset,
               doc: QTextDocument = doc) -> None:
            # ``doc`` is kept alive here: the lines belong to its layouts
            painter.translate(box.left(), box.top() - offset)
            for _top, _bottom, line, origin in chosen:
                line.draw(painter, origin)
        ops.append(op)
    return ops


def _handout_keeps(first_quote: int) -> Callable[[int, int, int], bool]:
    """A handout's lines that must not end a page: the heading's; a short quote's (up to
    four lines stay together); a long quote's first and next-to-last (no line alone at the
    foot or head of a page); its last, which goes with its attribution; the attribution's."""
    def keep(block: int, line: int, lines: int) -> bool:
        if block < first_quote:
            return True
        if (block - first_quote) % 2:  # an attribution
            return line < lines - 1
        return lines <= 4 or line in (0, lines - 2, lines - 1)
    return keep


def _cut(lines: list, height: float, keeps: list[bool] | None = None) -> list[list]:
    """Lines (top, bottom, …) in runs no taller than ``height`` (a taller line stands alone).
    ``keeps[i]``: line ``i`` goes on the page of line ``i + 1`` (a quote's last line and its
    attribution), unless the lines so chained would fill the page alone."""
    slices: list[list] = [[]]
    start = 0.0
    for i, entry in enumerate(lines):
        top, bottom = entry[0], entry[1]
        current = slices[-1]
        if bottom - start > height and top > start and current:
            first = i - len(current)  # the index, in ``lines``, of the page's first line
            kept = len(current)
            while keeps and kept > 0 and keeps[first + kept - 1]:
                kept -= 1
            moved = current[kept:] if kept else []
            del current[len(current) - len(moved):]
            slices.append(moved)
            start = moved[0][0] if moved else top
        slices[-1].append(entry)
    return slices
