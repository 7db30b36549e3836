"""Presenting the print selection on a projector: one quote at a time, very large type; for
the first moments a line says that Esc leaves, and a counter readable from the back of the
room says where one is ("2 of 5")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ... import formatting
from ...content.printable import PrintQuote

NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown,
        Qt.Key.Key_Return, Qt.Key.Key_Enter)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
HINT_MS = 5000
"""How long "Esc to leave" shows when the presentation starts."""
SMALL_TEXT = 0.035
"""The counter and the hint: this share of the screen's height (about 38 px on 1080)."""
QUIET = "#c8c8c8"
"""Their colour on the black: quieter than the quote, still 12:1."""


class Presentation(QWidget):
    """Full screen, dark background; arrow keys step through the quotes, Esc leaves."""

    def __init__(self, quotes: list[PrintQuote], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.quotes, self.index = quotes, 0
        self.shown = ""
        """The quote on screen as one text (the label holds it with balanced breaks)."""
        self.setWindowTitle(self.tr("Presenting quotes"))
        self.setAccessibleName(self.tr("Quote presentation"))
        self.setAccessibleDescription(self.tr(
            "One quote at a time. Right arrow or Space: next; Left arrow: previous; "
            "Esc: leave."))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.text = QLabel(self)
        self.who = QLabel(self)
        self.position = QLabel(self)
        self.hint = QLabel(self.tr("Esc to leave · arrow keys for the next and previous quote"),
                           self)
        self.hint.setAccessibleName(self.tr("How to leave"))
        for label in (self.position, self.hint):
            quiet = label.palette()
            quiet.setColor(QPalette.ColorRole.WindowText, QColor(QUIET))
            label.setPalette(quiet)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)
        for label in (self.text, self.who, self.position, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)  # record text is never markup
        self.text.setAccessibleName(self.tr("Quote"))
        self.who.setAccessibleName(self.tr("Who said it"))
        self.position.setAccessibleName(self.tr("Position"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.text, 6)
        layout.addWidget(self.who, 2)
        layout.addStretch(1)
        layout.addWidget(self.position)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_quote(self, index: int) -> None:
        self.index = max(0, min(index, len(self.quotes) - 1))
        quote = self.quotes[self.index]
        self.shown = f"«{quote.text}»"
        credit = quote.attribution(QCoreApplication.translate)
        lines = credit.lines()
        if credit.speaker:
            lines[0] = "— " + lines[0]
        self.who.setText("\n".join(lines))
        self.position.setText(formatting.fill(self.tr("%1 of %2"), self.index + 1,
                                              len(self.quotes)))
        self._fit()

    def _fit(self) -> None:
        """The largest type in which the quote, then its attribution, fits the screen."""
        width = max(200, self.width() - 120)
        self.text.setText(self.shown)
        size = _fit_label(self.text, QRect(0, 0, width, max(150, int(self.height() * 0.6))),
                          72, 14)
        self.text.setText(_balanced(self.shown, self.text.font(), width))
        _fit_label(self.who, QRect(0, 0, width, max(60, int(self.height() * 0.18))),
                   max(14, size // 2), 10, italic=True)
        small = QFont(self.position.font())
        small.setPixelSize(max(18, int(self.height() * SMALL_TEXT)))
        self.position.setFont(small)
        self.hint.setFont(small)

    def start(self) -> None:
        self.showFullScreen()
        self.hint.show()
        self._hint_timer.start()
        self.show_quote(0)
        self.activateWindow()
        self.setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.quotes:
            self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT:
            self.show_quote(self.index + 1)
        elif key in PREVIOUS:
            self.show_quote(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_quote(0)
        elif key == Qt.Key.Key_End:
            self.show_quote(len(self.quotes) - 1)
        else:
            super().keyPressEvent(event)


def _balanced(text: str, font: QFont, width: int) -> str:
    """``text`` with its line breaks made even, as on a printed poster (no last line left
    with one short word); as it is when it fits one line or is long."""
    from ...printing.typeset import BALANCED_WORDS, balanced_breaks

    words = text.split(" ")
    if "\n" in text or len(words) > BALANCED_WORDS:
        return text
    metrics = QFontMetricsF(font)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    lines = round(metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()
                  / metrics.lineSpacing())
    if lines < 2:
        return text
    rows = balanced_breaks(words, lines, width * 0.98, metrics.horizontalAdvance)
    return "\n".join(rows) if rows else text


def _fit_label(label: QLabel, area: QRect, largest: int, smallest: int,
               italic: bool = False) -> int:
    """Give ``label`` the largest point size whose wrapped text fits ``area``; that size."""
    font = QFont(label.font())
    font.setItalic(italic)
    size = largest
    while size > smallest:
        font.setPointSize(size)
        needed = QFontMetrics(font).boundingRect(
            area, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), label.text())
        if needed.height() <= area.height() and needed.width() <= area.width():
            break
        size -= 2
    font.setPointSize(size)
    label.setFont(font)
    return size
