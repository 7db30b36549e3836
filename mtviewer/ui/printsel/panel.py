"""The print selection panel: a view of the selection model, its options, Print and PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...content.printable import ReadMore
from ...content.selection import MAX_STEP, MAX_TITLE, MIN_STEP, PAGE_SIZES
from .selection_model import SelectionModel


class PrintPanel(QDockWidget):
    """A dock listing the print selection in print order, with the print options."""

    printRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, model: SelectionModel, read_more: list[ReadMore],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("print-selection")
        self.model = model
        body = QWidget(self)
        self.list = QListView(body)
        self.list.setModel(model)
        self.list.setAccessibleName(self.tr("Quotes to print"))
        self.list.setToolTip(self.tr("Drag, or use Alt+Up and Alt+Down, to change the order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        buttons = QGridLayout()
        self.up = self._button(self.tr("Up"), self.tr("Move the chosen quote up (Alt+Up)"),
                               lambda: self.move(-1), buttons)
        self.down = self._button(self.tr("Down"), self.tr("Move the chosen quote down (Alt+Down)"),
                                 lambda: self.move(1), buttons)
        self.remove = self._button(self.tr("Remove"), self.tr("Take the chosen quotes out (Del)"),
                                   self.remove_chosen, buttons)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Empty the print selection"),
                                         model.clear, buttons)
        for keys, slot in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                           ("Delete", self.remove_chosen)):
            QShortcut(QKeySequence(keys), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)

        options = model.options
        self.layout_box = self._combo(self.tr("Layout"), self.tr("How the quotes are set out"), [
            (self.tr("Handout: several quotes per page"), "handout"),
            (self.tr("Poster: one quote per page, large type"), "poster"),
            (self.tr("Cards: four cards per page, with cut marks"), "cards")], options.layout)
        self.page_box = self._combo(self.tr("Paper"), self.tr("Paper size"),
                                    [(size, size) for size in PAGE_SIZES], options.page_size)
        self.orientation_box = self._combo(self.tr("Orientation"), self.tr("Page orientation"), [
            (self.tr("Portrait"), False), (self.tr("Landscape"), True)], options.landscape)
        self.font_box = QSpinBox(body)
        self.font_box.setRange(MIN_STEP, MAX_STEP)
        self.font_box.setSuffix(self.tr(" step(s)"))
        self.font_box.setAccessibleName(self.tr("Type size"))
        self.font_box.setToolTip(self.tr("Larger or smaller type, 10 % per step"))
        self.font_box.setValue(options.font_step)
        self.title_box = QLineEdit(options.title, body)
        self.title_box.setMaxLength(MAX_TITLE)
        self.title_box.setPlaceholderText(self.tr("None (for example the clinic's name)"))
        self.title_box.setAccessibleName(self.tr("Heading"))
        self.title_box.setToolTip(self.tr(
            "A heading over the quotes, such as the clinic's name or “Musikkterapi”"))
        self.read_more = {item.choice: item for item in read_more}
        kinds = {"brochure": self.tr("Brochure: %1"), "source": self.tr("Article: %1")}
        self.brochure_box = self._combo(self.tr("Read more"), self.tr(
            "Name a brochure or an article at the foot of every page, with a QR code of its "
            "own address"), [(self.tr("No “read more” line"), None)] + [
            (kinds[item.kind].replace("%1", item.title), item.choice) for item in read_more],
            options.read_more)
        self.no_address = QLabel(self.tr(
            "The content gives no web address for this one, so it is named without a QR "
            "code."), body)
        self.no_address.setWordWrap(True)
        self.no_address.setAccessibleName(self.tr("About the read-more line"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, when narrow
        for label, widget in ((self.tr("Layout"), self.layout_box),
                              (self.tr("Heading"), self.title_box),
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
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Print selection size"))
        self.summary.setToolTip(self.tr("How many quotes will be printed"))
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.no_address)
        layout.addLayout(actions)
        self.setWidget(body)
        body.setMaximumWidth(360)  # the window narrows it further (``PrintController``)
        for box, name in ((self.layout_box, "layout"), (self.page_box, "page_size"),
                          (self.orientation_box, "landscape")):
            box.currentIndexChanged.connect(
                lambda _i, box=box, name=name: model.set_options(**{name: box.currentData()}))
        self.brochure_box.currentIndexChanged.connect(self._read_more_chosen)
        self.font_box.valueChanged.connect(lambda value: model.set_options(font_step=value))
        self.title_box.editingFinished.connect(
            lambda: model.set_options(title=" ".join(self.title_box.text().split())))
        self._show_address_note()
        model.changed.connect(self._update_summary)
        model.modelReset.connect(self._update_summary)
        self._update_summary()

    def _button(self, text, tip, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("…", ""))
        button.clicked.connect(slot)
        if isinstance(layout, QGridLayout):  # two buttons a row, so a narrow panel fits them
            count = layout.count()
            layout.addWidget(button, count // 2, count % 2)
        else:
            layout.addWidget(button)
        return button

    def _combo(self, name: str, tip: str, items: list, current) -> QComboBox:
        box = QComboBox(self)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)  # long choices elide in a narrow panel
        box.setAccessibleName(name)
        box.setToolTip(tip)
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _read_more_chosen(self) -> None:
        item = self.read_more.get(self.brochure_box.currentData())
        self.model.set_options(brochure_id=item.id if item and item.kind == "brochure" else None,
                               source_id=item.id if item and item.kind == "source" else None)
        self._show_address_note()

    def _show_address_note(self) -> None:
        item = self.read_more.get(self.brochure_box.currentData())
        self.no_address.setVisible(item is not None and not item.url)

    def keys(self) -> list[str]:
        return self.model.keys()

    def move(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if self.model.move(row, row + step):
            self.list.setCurrentIndex(self.model.index(row + step))

    def remove_chosen(self) -> None:
        self.model.remove_rows([i.row() for i in self.list.selectionModel().selectedRows()])

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        self.setWindowTitle(self.tr("Print selection (%1)").replace("%1", str(count)))
        self.summary.setText(self.tr("%1 quote(s) chosen").replace("%1", str(count)) if count
                             else self.tr("Tick quotes in the Quotes tab to print them."))
        for button in (self.print_button, self.pdf_button, self.clear_button):
            button.setEnabled(bool(count))
