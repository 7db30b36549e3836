"""The print panel's read-more choices: each named by what it is (a brochure, an article, a
web page), in a drop-down whose list fits the window however long the titles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from ...content.printable import ReadMore
from ...formatting import fill
from ...messages import QT_TRANSLATE_NOOP

FORMS = {
    "brochure": QT_TRANSLATE_NOOP("ReadMore", "Brochure: %1"),
    "article": QT_TRANSLATE_NOOP("ReadMore", "Article: %1"),
    "web_page": QT_TRANSLATE_NOOP("ReadMore", "Web page: %1"),
    "minutes": QT_TRANSLATE_NOOP("ReadMore", "Minutes: %1"),
    "publication": QT_TRANSLATE_NOOP("ReadMore", "Publication: %1"),
    "copy": QT_TRANSLATE_NOOP("ReadMore", "Copy: %1"),
}
"""A read-more choice's label by its form: brochures, and sources by their kind
(``schema.SOURCE_KINDS``)."""
OTHER = QT_TRANSLATE_NOOP("ReadMore", "Source: %1")
"""A source of a kind the list above does not name."""
TEXT = Qt.ItemDataRole.UserRole + 1
"""An item's whole text (the list shows it shortened to fit the window)."""


def label(item: ReadMore) -> str:
    return fill(QCoreApplication.translate("ReadMore", FORMS.get(item.form, OTHER)), item.title)


class FittingCombo(QComboBox):
    """A drop-down whose open list is never wider than its window: longer items are
    shortened in the middle there (each keeps its whole text as its tooltip)."""

    def showPopup(self) -> None:  # noqa: N802
        window = self.window()
        room = int(window.width() * 0.9) - 4 * self.fontMetrics().averageCharWidth()
        metrics = self.view().fontMetrics()
        for index in range(self.count()):
            whole = self.itemData(index, TEXT)
            if not whole:  # the first time open: keep each item's whole text
                whole = self.itemText(index)
                self.setItemData(index, whole, TEXT)
            self.setItemText(index, metrics.elidedText(whole, Qt.TextElideMode.ElideMiddle,
                                                       max(room, self.width())))
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        super().showPopup()
        popup = self.view().window()
        if popup.width() > window.width():  # the style may still ask for more
            popup.setFixedWidth(window.width())
        left = window.mapToGlobal(window.rect().topLeft()).x()
        right = left + window.width()
        if popup.geometry().right() > right:
            popup.move(max(left, right - popup.width()), popup.y())

    def hidePopup(self) -> None:  # noqa: N802
        super().hidePopup()
        for index in range(self.count()):
            whole = self.itemData(index, TEXT)
            if whole:
                self.setItemText(index, whole)
