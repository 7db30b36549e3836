"""What a printed page carries besides its quotes: the footer, a read-more line, cut marks."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
    QTextOption,
)

from ..content.printable import ReadMore
from ..formatting import fill
from ..i18n import app_name
from .typeset import SANS, on_paper, plain_font

translate = QCoreApplication.translate
QR_LIMIT = 300
"""Longest address put in a QR code: a longer one needs modules too fine to scan at this
size (it is still printed as text)."""


def has_qr(item: ReadMore | None) -> bool:
    return item is not None and bool(item.url) and len(item.url or "") <= QR_LIMIT


def footer(painter: QPainter, width: float, height: float, px, left: str, right: str,
           quiet: bool) -> None:
    """Publishers at the left, date and page at the right; ``quiet`` (posters, cards): in
    lighter, smaller type without a rule."""
    font = plain_font(SANS, 6.5 if quiet else 7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#8a8a8a" if quiet else "#444444"))
    line_top = height - px(14)
    if not quiet:
        rule = line_top - px(4)
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    box = QRectF(0, line_top, width, px(14))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     right)
    right_width = painter.fontMetrics().horizontalAdvance(right) + px(12)
    elided = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight,
                                              int(width - right_width))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     elided)
    painter.restore()


def footer_texts(publishers: list[str], printed, number: int, total: int) -> tuple[str, str]:
    name = app_name()  # what readers call the app, not its command
    left = fill(translate("Print", "Source: %1 · %2"), "; ".join(publishers) or name, name)
    right = fill(translate("Print", "Printed %1 · page %2 of %3"),
                 QLocale().toString(printed, QLocale.FormatType.LongFormat), number, total)
    return left, right


def read_more_height(item: ReadMore | None, px) -> float:
    """Room a read-more line takes above the footer."""
    if item is None:
        return 0.0
    return px(72) if has_qr(item) else px(30 if not item.url else 40)


def read_more(painter: QPainter, device: QPaintDevice, item: ReadMore, width: float,
              bottom: float, px) -> None:
    """'Read more: title, address' with a QR code of that address; without an address only
    the title (the content gives none, so no QR code can point anywhere)."""
    qr = has_qr(item)
    side = px(60) if qr else 0.0
    gap = px(12) if qr else 0.0
    top = bottom - read_more_height(item, px) + px(6)
    if qr:
        draw_qr(painter, item.url or "", QRectF(0, top, side, side))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(plain_font(SANS, 10))  # an address's "ff" stays two letters
    label = translate("Print", "Read more:")
    address = f"<br>{escape(item.url)}" if item.url else ""  # wraps anywhere when long
    doc.setHtml(f"<p><b>{escape(label)}</b> {escape(item.title)}{address}</p>")
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setTextWidth(width - side - gap)
    painter.save()
    middle = side if qr else read_more_height(item, px) - px(6)
    painter.translate(side + gap, top + (middle - doc.size().height()) / 2)
    on_paper(doc, painter)
    painter.restore()


def cut_marks(painter: QPainter, card: QRectF, px) -> None:
    """Short marks beyond each corner of ``card``, in the gutter, never across a card."""
    painter.save()
    painter.setPen(QPen(QColor("#000000"), px(0.5)))
    gap, length = px(3), px(9)
    for x, dx in ((card.left(), -1), (card.right(), 1)):
        for y, dy in ((card.top(), -1), (card.bottom(), 1)):
            painter.drawLine(QPointF(x + dx * gap, y), QPointF(x + dx * (gap + length), y))
            painter.drawLine(QPointF(x, y + dy * gap), QPointF(x, y + dy * (gap + length)))
    painter.restore()


def draw_qr(painter: QPainter, data: str, box: QRectF) -> None:
    """A QR code for ``data`` as vector squares filling ``box`` (with its quiet zone)."""
    import segno  # only prints with a "read more" address need it

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
