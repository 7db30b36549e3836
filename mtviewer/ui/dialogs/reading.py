"""A dialog to read a page of text in (About, How to search): it scrolls and fits the screen.

A message box sizes itself and cannot scroll, so at a large zoom its text ran off the
screen or was cut at the right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextEdit, QVBoxLayout, QWidget

COLUMNS = 80
"""The text's width in average characters, when the screen allows it."""
PLAIN_COLUMNS = 80
"""A plain text's (a licence's) width in fixed-width characters: its lines are 78 or less."""


class ReadingDialog(QDialog):
    def __init__(self, parent: QWidget, name: str, title: str, html: str,
                 icon: QIcon | None = None, plain: bool = False):
        """``plain``: ``html`` is plain text (a licence), shown as written, fixed-width."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        if icon is not None and not icon.isNull():
            self.setWindowIcon(icon)
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)  # selectable and scrollable by keyboard; never loads
        if plain:                    # a resource (the texts hold no images or links)
            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            fixed.setPointSizeF(self.font().pointSizeF())  # the zoom in use
            self.text.setFont(fixed)
            self.text.setPlainText(html)
        else:
            self.text.setHtml(html)
        self.text.setAccessibleName(title)
        self.text.setToolTip(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = self.box = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._fit(plain)

    def add_button(self, text: str, tip: str, clicked: Callable[[], None]):
        """A button beside Close (About's Licences and notices…)."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(tip)
        button.clicked.connect(clicked)
        return button

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def _fit(self, plain: bool = False) -> None:
        """About ``COLUMNS`` characters wide and as tall as the text, within the screen."""
        from .fit import within_screen

        metrics = self.fontMetrics()
        margins = self.box.contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.text.frameWidth()
        bar = self.text.verticalScrollBar().sizeHint().width()
        if plain:
            width = PLAIN_COLUMNS * self.text.fontMetrics().horizontalAdvance("m") + chrome + bar
        else:
            width = COLUMNS * metrics.averageCharWidth() + chrome
        width = within_screen(self, width, 0)[0]
        document = self.text.document().clone(self)  # measured apart: the field lays its
        document.setDefaultFont(self.text.font())   # own out for the width it has now
        document.setTextWidth(width - chrome - (bar if plain else 0))
        below = (margins.top() + margins.bottom() + self.box.spacing()
                 + self.buttons.sizeHint().height() + 2 * self.text.frameWidth())
        height = int(document.size().height()) + below + metrics.lineSpacing()
        document.deleteLater()
        self.resize(*within_screen(self, width, height))
