"""A label that says as much as fits: the longest of its texts that its width holds."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    """Shows the first of ``texts`` (longest first) that fits its width, never a cut one;
    the whole of the first is its tooltip's business. Its layout may give it as little as
    the last text needs, so in a narrow or zoomed window it says less instead of clipping."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._texts: tuple[str, ...] = ("",)

    def set_texts(self, *texts: str) -> None:
        self._texts = tuple(t for t in texts if t) or ("",)
        self.updateGeometry()
        self._choose()

    def texts(self) -> tuple[str, ...]:
        return self._texts

    def _needs(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._needs(self._texts[0]), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._needs(self._texts[-1]), hint.height())

    def _choose(self) -> None:
        fitting = next((t for t in self._texts if self._needs(t) <= self.width()), self._texts[-1])
        if fitting != self.text():
            self.setText(fitting)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.updateGeometry()
            self._choose()
