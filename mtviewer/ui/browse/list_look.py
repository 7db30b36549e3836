"""Whether a list shows its columns or reads as rows (its reading view), and the button in
the tab that switches between them; remembered per kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QToolButton, QWidget

from ...settings import TAB_READING, Settings
from .record_model import RecordModel

if TYPE_CHECKING:
    from .reading import ReadingDelegate, ReadingRows


class ListLook(QObject):
    changed = Signal(bool)
    """The reading view was turned on (True) or off: the columns need fitting again."""

    def __init__(self, view: QTableView, model: RecordModel, kind: str, parent: QWidget):
        super().__init__(parent)
        self.view, self.model, self.kind = view, model, kind
        self.reading = False
        self._list_delegate = view.itemDelegate()
        self.delegate: ReadingDelegate | None = None
        self._rows: ReadingRows | None = None
        self.button = QToolButton(parent)
        self.button.setObjectName("reading-view")
        self.button.setCheckable(True)
        self.button.setText(self.tr("Reading view"))
        self.button.setAccessibleName(self.tr("Reading view"))
        self.button.setToolTip(self.tr(
            "Show each quote whole, with who said it, where and when on a line beneath; "
            "click again for the columns"))
        self.button.toggled.connect(self.set_reading)

    def set_reading(self, on: bool) -> None:
        if on == self.reading:
            return
        self.reading = on
        self.button.setChecked(on)
        view, header = self.view, self.view.horizontalHeader()
        if on:
            from .reading import ReadingDelegate, ReadingRows  # when first wanted

            if self.delegate is None:
                self.delegate = ReadingDelegate(self.model, view)
            view.setItemDelegate(self.delegate)
            for column in range(1, header.count()):
                header.setSectionHidden(column, True)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.hide()
            self._rows = ReadingRows(view, self.delegate)
            self._rows.measure()
        else:
            if self._rows is not None:
                self._rows.detach()
                self._rows = None
            view.setItemDelegate(self._list_delegate)
            header.show()
        view.viewport().update()
        self.changed.emit(on)

    def font_changed(self) -> None:
        if self.delegate is not None:
            self.delegate.font_changed()
        if self._rows is not None:
            self._rows.measure()

    def save(self, settings: Settings) -> None:
        settings.set(TAB_READING, self.reading, kind=self.kind)

    def restore(self, settings: Settings) -> None:
        self.set_reading(settings.get(TAB_READING, kind=self.kind))
