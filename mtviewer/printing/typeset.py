"""Setting one quote in a box: the largest type that fits, balanced lines, a smaller attribution.

Text is laid out by QTextDocument from escaped HTML, so quotes print exactly as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)

from ..content.attribution import Attribution
from ..messages import kept_together

Op = Callable[[QPainter], None]

FONT = "DejaVu Serif, Georgia, Times New Roman, serif"
SANS = "DejaVu Sans, Arial, Helvetica, sans-serif"
ATTRIBUTION_SHARE = 0.42
"""An attribution's type size beside its quote's: clearly smaller."""
STEPS = 12
"""Halvings when searching the largest size that fits."""
BALANCED_WORDS = 60
"""Quotes up to this many words get evenly balanced lines (beyond, the plain breaks)."""


def on_paper(doc: QTextDocument, painter: QPainter, clip: QRectF | None = None) -> None:
    """Draw ``doc`` as ``QTextDocument.drawContents`` does, but in black on white whatever
    the window's colours: drawContents takes the application's palette, whose text is light
    in the dark scheme and may be anything in high contrast."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = QPalette(QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white))
    painter.save()
    if clip is not None:
        painter.setClipRect(clip)
        context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def quote_html(text: str) -> str:
    return "«" + escape(text, quote=True).replace("\n", "<br>") + "»"


def attribution_html(attribution: Attribution, align: str = "center") -> str:
    """The speaker in italics after a dash; role and place in grey beneath."""
    lines = ([f"<i>— {escape(kept_together(attribution.speaker), quote=True)}</i>"]
             if attribution.speaker else [])
    lines += [f'<span style="color:#555555">{escape(kept_together(part), quote=True)}</span>'
              for part in (attribution.role, attribution.where) if part]
    return f'<p align="{align}" style="margin:0">{"<br>".join(lines)}</p>'


def text_doc(device: QPaintDevice, html: str, family: str, size: float, width: float,
             whole_words: bool = True, line_height: int = 0) -> QTextDocument:
    """``html`` laid out at ``size`` points in ``width`` device pixels; ``whole_words`` never
    breaks inside a word (a word too long then sticks out: see ``fits_width``)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(plain_font(family, size))
    # Black in the text itself: a quote's lines are drawn one by one (QTextLine.draw, not
    # on_paper), and a print preview's painter starts in the window's text colour.
    style = f"font-family:{family}; font-size:{size:.2f}pt; color:#000000"
    if line_height:
        style += f"; line-height:{line_height}%"
    doc.setHtml(f'<div style="{style}">{html}</div>')
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if whole_words
                       else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setTextWidth(width)
    return doc


def plain_font(family: str, size: float) -> QFont:
    """The font at ``size`` without ligatures, so a PDF's text is the quote's letters as
    stored ("fikk", not "ﬁkk") for searching, copying and screen readers."""
    font = QFont(family.split(",")[0])
    font.setPointSizeF(size)
    return without_ligatures(font)


def without_ligatures(font: QFont) -> QFont:
    """``font`` with its ligatures turned off (every print's text is set with this)."""
    font = QFont(font)
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def fits_width(doc: QTextDocument, width: float) -> bool:
    return doc.idealWidth() <= width + 0.5


def line_count(doc: QTextDocument) -> int:
    count, block = 0, doc.begin()
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count


@dataclass
class Set:
    """A quote set in a box: its text, its attribution and where each goes."""

    quote: QTextDocument
    attribution: QTextDocument
    quote_width: float
    gap: float
    size: float

    @property
    def height(self) -> float:
        return self.quote.size().height() + self.gap + self.attribution.size().height()

    def op(self, box: QRectF, raise_by: float = 0.0) -> Op:
        """Draws the quote centred in ``box`` (``raise_by``: a share of the free space moved
        up, where the eye expects the middle of a page)."""
        free = max(0.0, box.height() - self.height)
        top = box.top() + free * (0.5 - raise_by)
        left = box.left() + (box.width() - self.quote_width) / 2

        def op(painter: QPainter) -> None:
            painter.save()
            painter.translate(left, top)
            on_paper(self.quote, painter)
            painter.restore()
            painter.translate(box.left(), top + self.quote.size().height() + self.gap)
            on_paper(self.attribution, painter)
        return op


class Setter:
    """Sets quotes on one device between a largest and a smallest type size."""

    def __init__(self, device: QPaintDevice, largest: float, smallest: float,
                 attribution_limits: tuple[float, float]):
        self.device, self.largest, self.smallest = device, largest, smallest
        self.attribution_limits = attribution_limits
        self.dpi = device.logicalDpiY()

    def attribution_size(self, size: float) -> float:
        low, high = self.attribution_limits
        return max(low, min(high, size * ATTRIBUTION_SHARE))

    def _quote(self, html: str, size: float, width: float) -> QTextDocument:
        return text_doc(self.device, f'<p align="center" style="margin:0">{html}</p>', FONT,
                        size, width, line_height=112)

    def _try(self, text: str, attribution: Attribution, size: float, width: float) -> Set:
        quote = self._quote(quote_html(text), size, width)
        small = self.attribution_size(size)
        credit = text_doc(self.device, attribution_html(attribution), SANS, small, width)
        return Set(quote, credit, width, small * 1.2 * self.dpi / 72.0, size)

    def fitted(self, text: str, attribution: Attribution, box: QRectF) -> Set | None:
        """The largest size at which the quote and its attribution fit ``box``, with lines
        balanced; None when even the smallest size does not fit."""
        def fits(candidate: Set) -> bool:
            return (fits_width(candidate.quote, box.width())
                    and fits_width(candidate.attribution, box.width())
                    and candidate.height <= box.height())

        best = self._try(text, attribution, self.smallest, box.width())
        if not fits(best):
            return None
        low, high = self.smallest, self.largest
        top = self._try(text, attribution, high, box.width())
        if fits(top):
            best, low = top, high
        for _ in range(STEPS if low < high else 0):
            middle = (low + high) / 2
            candidate = self._try(text, attribution, middle, box.width())
            if fits(candidate):
                best, low = candidate, middle
            else:
                high = middle
            if high - low < 0.25:
                break
        return self.balanced(text, best)

    def balanced(self, text: str, done: Set) -> Set:
        """The same number of lines, as even as they can be (so no line is left with one
        short word), broken where ``balanced_breaks`` says."""
        lines = line_count(done.quote)
        words = text.split(" ")
        if lines < 2 or "\n" in text or len(words) > BALANCED_WORDS:
            return done
        metrics = QFontMetricsF(plain_font(FONT, done.size), self.device)
        words[0], words[-1] = "«" + words[0], words[-1] + "»"
        rows = balanced_breaks(words, lines, done.quote_width,
                               lambda part: metrics.horizontalAdvance(part))
        if rows is None:
            return done
        html = "<br>".join(escape(row, quote=True) for row in rows)
        quote = self._quote(html, done.size, done.quote_width)
        if line_count(quote) != lines or not fits_width(quote, done.quote_width):
            return done  # the layout measured otherwise: keep the plain breaks
        done.quote = quote
        return done


def balanced_breaks(words: list[str], lines: int, width: float,
                    measure: Callable[[str], float]) -> list[str] | None:
    """``words`` in ``lines`` lines no wider than ``width`` with the least raggedness (sum of
    squared space left on each line); None when they do not fit so."""
    n = len(words)
    advance = {}

    def row(i: int, j: int) -> float:
        if (i, j) not in advance:
            advance[i, j] = measure(" ".join(words[i:j]))
        return advance[i, j]

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(lines + 1)]  # best[k][j]: words[:j] in k lines
    back = [[0] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for j in range(k, n - (lines - k) + 1):
            for i in range(k - 1, j):
                if best[k - 1][i] == inf:
                    continue
                used = row(i, j)
                if used > width:
                    continue
                cost = best[k - 1][i] + (width - used) ** 2
                if cost < best[k][j]:
                    best[k][j], back[k][j] = cost, i
    if best[lines][n] == inf:
        return None
    rows, j = [], n
    for k in range(lines, 0, -1):
        i = back[k][j]
        rows.append(" ".join(words[i:j]))
        j = i
    return rows[::-1]
