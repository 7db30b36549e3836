"""The print selection: chosen quotes in print order, the print options, Print and PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from ..data import print_selection, printable
from ..data.printable import PrintQuote
from ..printing.options import MAX_STEP, MIN_STEP, PAGE_SIZES, PrintOptions

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PrintPanel(QDockWidget):
    """A dock listing the print selection; it saves itself to the user's data folder."""

    changed = Signal()
    added = Signal()
    printRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, engine: Engine, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("print-selection")
        self.engine, self.data_dir = engine, data_dir
        self._ids: dict[int, str] = {}
        body = QWidget(self)
        self.list = QListWidget(body)
        self.list.setAccessibleName(self.tr("Quotes to print"))
        self.list.setToolTip(self.tr("Drag, or use Alt+Up and Alt+Down, to change the order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.model().rowsMoved.connect(self._save)
        buttons = QHBoxLayout()
        self.up = self._button(self.tr("Up"), self.tr("Move the chosen quote up (Alt+Up)"),
                               lambda: self.move(-1), buttons)
        self.down = self._button(self.tr("Down"), self.tr("Move the chosen quote down (Alt+Down)"),
                                 lambda: self.move(1), buttons)
        self.remove = self._button(self.tr("Remove"), self.tr("Take the chosen quotes out (Del)"),
                                   self.remove_chosen, buttons)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Empty the print selection"),
                                         self.clear, buttons)
        for keys, slot in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                           ("Delete", self.remove_chosen)):
            QShortcut(QKeySequence(keys), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)

        self.layout_box = self._combo(self.tr("Layout"), self.tr("How the quotes are set out"), [
            (self.tr("Handout: several quotes per page"), "handout"),
            (self.tr("Poster: one quote per page, large type"), "poster"),
            (self.tr("Cards: four cards per page, with cut marks"), "cards")])
        self.page_box = self._combo(self.tr("Paper"), self.tr("Paper size"),
                                    [(size, size) for size in PAGE_SIZES])
        self.orientation_box = self._combo(self.tr("Orientation"), self.tr("Page orientation"), [
            (self.tr("Portrait"), False), (self.tr("Landscape"), True)])
        self.font_box = QSpinBox(body)
        self.font_box.setRange(MIN_STEP, MAX_STEP)
        self.font_box.setSuffix(self.tr(" step(s)"))
        self.font_box.setAccessibleName(self.tr("Type size"))
        self.font_box.setToolTip(self.tr("Larger or smaller type, 10 % per step"))
        self.brochure_box = self._combo(self.tr("Read more"), self.tr(
            "Name a brochure, with its address and a QR code, at the foot of every page"),
            [(self.tr("No “read more” line"), None)] + [
                (b.title, b.id) for b in printable.brochures(engine)])
        form = QFormLayout()
        for label, widget in ((self.tr("Layout"), self.layout_box),
                              (self.tr("Paper"), self.page_box),
                              (self.tr("Orientation"), self.orientation_box),
                              (self.tr("Type size"), self.font_box),
                              (self.tr("Read more"), self.brochure_box)):
            form.addRow(label, widget)
        actions = QHBoxLayout()
        self.print_button = self._button(self.tr("Print…"), self.tr(
            "Preview the pages, then print them or save a PDF (Ctrl+P)"),
            self.printRequested.emit, actions)
        self.pdf_button = self._button(self.tr("Export PDF…"), self.tr(
            "Save the pages as a PDF file (Ctrl+E)"), self.pdfRequested.emit, actions)
        self.summary = QLabel(body)
        self.summary.setAccessibleName(self.tr("Print selection size"))
        self.summary.setToolTip(self.tr("How many quotes will be printed"))
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addLayout(actions)
        self.setWidget(body)
        body.setMaximumWidth(360)
        self._restore()
        for box in (self.layout_box, self.page_box, self.orientation_box, self.brochure_box):
            box.currentIndexChanged.connect(self._save)
        self.font_box.valueChanged.connect(self._save)

    def _button(self, text, tip, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("…", ""))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _combo(self, name: str, tip: str, items: list) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setToolTip(tip)
        for text, value in items:
            box.addItem(text, value)
        return box

    # The selection

    def keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def is_checked(self, record_id: int) -> bool:
        return record_id in self._ids

    def set_checked(self, record_id: int, checked: bool) -> None:
        if checked:
            self.add([record_id])
        else:
            self.remove_ids([record_id])

    def add(self, ids: list[int]) -> int:
        """Add quotes (by id) not chosen yet, at the end; how many were added."""
        new = [i for i in dict.fromkeys(ids) if i not in self._ids]
        for quote in printable.quotes_by_id(self.engine, new):
            self._append(quote)
        self._save()
        if new:
            self.added.emit()
        return len(new)

    def remove_ids(self, ids: list[int]) -> None:
        for row in reversed(range(self.list.count())):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in ids:
                self.list.takeItem(row)
        self._save()

    def remove_chosen(self) -> None:
        self.remove_ids([item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()])

    def clear(self) -> None:
        self.list.clear()
        self._save()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._save()

    def quotes(self) -> list[PrintQuote]:
        return printable.quotes_by_key(self.engine, self.keys())

    def options(self) -> PrintOptions:
        return PrintOptions(layout=self.layout_box.currentData(),
                            page_size=self.page_box.currentData(),
                            landscape=bool(self.orientation_box.currentData()),
                            font_step=self.font_box.value(),
                            brochure_id=self.brochure_box.currentData())

    def _append(self, quote: PrintQuote) -> None:
        short = quote.text if len(quote.text) <= 120 else quote.text[:117].rstrip() + "…"
        item = QListWidgetItem(f"«{short}»\n— {quote.who}")
        item.setData(Qt.ItemDataRole.UserRole, quote.id)
        item.setData(KEY_ROLE, quote.key)
        item.setToolTip(quote.text)
        self.list.addItem(item)
        self._ids[quote.id] = quote.key

    # Storage

    def _restore(self) -> None:
        stored = print_selection.load(self.data_dir)
        self.set_aside = stored.set_aside
        for quote in printable.quotes_by_key(self.engine, stored.keys):
            self._append(quote)
        self.missing = len(stored.keys) - self.list.count()
        """Stored quotes this database does not have (another database was open)."""
        options = PrintOptions.from_dict(stored.options)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(options.layout)))
        self.page_box.setCurrentIndex(max(0, self.page_box.findData(options.page_size)))
        self.orientation_box.setCurrentIndex(
            max(0, self.orientation_box.findData(options.landscape)))
        self.font_box.setValue(options.font_step)
        self.brochure_box.setCurrentIndex(max(0, self.brochure_box.findData(options.brochure_id)))
        self._update_summary()

    def _save(self, *_args) -> None:
        """Store the selection and its options; ``_ids`` is rebuilt from the list here."""
        self._ids = {self.list.item(i).data(Qt.ItemDataRole.UserRole):
                     self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())}
        print_selection.save(self.data_dir, self.keys(), self.options().to_dict())
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        count = self.list.count()
        self.setWindowTitle(self.tr("Print selection (%1)").replace("%1", str(count)))
        self.summary.setText(self.tr("%1 quote(s) chosen").replace("%1", str(count)) if count
                             else self.tr("Tick quotes in the Quotes tab to print them."))
        for button in (self.print_button, self.pdf_button, self.clear_button):
            button.setEnabled(bool(count))
