"""The print selection panel: a view of the selection model, its options, Print and PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...content.printable import ReadMore
from ...formatting import fill
from ...printing.layouts import LAYOUTS, MAX_STEP, MAX_TITLE, MIN_STEP, PAGE_SIZES
from .placement import SHARE
from .read_more import FittingCombo
from .read_more import label as read_more_label
from .selection_model import SelectionModel

STEP_PERCENT = 10
"""A type-size step is 10 % of the layout's own size; the panel speaks in percent."""
translate = QCoreApplication.translate


def percent_of(step: int) -> int:
    return 100 + STEP_PERCENT * step


class PrintPanel(QDockWidget):
    """A dock listing the print selection in print order, with the print options."""

    printRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, model: SelectionModel, read_more: list[ReadMore],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("print-selection")
        for button in self.findChildren(QAbstractButton):  # the title bar's Float and Close
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, as the rest
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
        buttons = QHBoxLayout()  # a holder: _place_buttons lays them out in self.buttons
        self.up = self._button(self.tr("Up"), self.tr("Move the chosen quote up (Alt+Up)"),
                               lambda: self.move_quote(-1), buttons)
        self.down = self._button(self.tr("Down"), self.tr("Move the chosen quote down (Alt+Down)"),
                                 lambda: self.move_quote(1), buttons)
        self.remove = self._button(self.tr("Remove"), self.tr("Take the chosen quotes out (Del)"),
                                   self.remove_chosen, buttons)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Empty the print selection"),
                                         model.clear, buttons)
        for keys, slot in (("Alt+Up", lambda: self.move_quote(-1)),
                           ("Alt+Down", lambda: self.move_quote(1)),
                           ("Delete", self.remove_chosen)):
            QShortcut(QKeySequence(keys), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)

        options = model.options
        self.layout_box = self._combo(self.tr("Layout"), self.tr("How the quotes are set out"), [
            *((translate("Layouts", layout.label), name, translate("Layouts", layout.tip))
              for name, layout in LAYOUTS.items())],
            options.layout)
        self.page_box = self._combo(self.tr("Paper"), self.tr("Paper size"),
                                    [(size, size) for size in PAGE_SIZES], options.page_size)
        self.orientation_box = self._combo(self.tr("Orientation"), self.tr("Page orientation"), [
            (self.tr("Portrait"), False), (self.tr("Landscape"), True)], options.landscape)
        self.font_box = QSpinBox(body)
        self.font_box.setRange(percent_of(MIN_STEP), percent_of(MAX_STEP))
        self.font_box.setSingleStep(STEP_PERCENT)
        self.font_box.setSuffix(self.tr(" %"))
        self.font_box.setAccessibleName(self.tr("Type size"))
        self.font_box.setToolTip(fill(self.tr("Type size of the printed quotes, from %1 % to %2 %"),
                                      percent_of(MIN_STEP), percent_of(MAX_STEP)))
        self.font_box.setValue(percent_of(options.font_step))
        self.title_box = QLineEdit(options.title, body)
        self.title_box.setMaxLength(MAX_TITLE)
        self.title_box.setPlaceholderText(self.tr("None (say, the clinic's name)"))
        self.title_box.setAccessibleName(self.tr("Heading"))
        self.title_box.setToolTip(self.tr(
            "A heading over the quotes, such as the clinic's name or “Musikkterapi”"))
        self.read_more = {item.choice: item for item in read_more}
        self.brochure_box = self._combo(self.tr("Read more"), self.tr(
            "Name a brochure, an article or a web page at the foot of every page, with a QR "
            "code of its own address"), [(self.tr("None"), None, self.tr(
                "No “read more” line"))] + [(read_more_label(item), item.choice, item.title)
                                            for item in read_more],
            options.read_more, FittingCombo)
        self.no_address = QLabel(self.tr(
            "The content gives no web address for this one, so it is named without a QR "
            "code."), body)
        self.no_address.setWordWrap(True)
        self.no_address.setAccessibleName(self.tr("About the read-more line"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, zoomed
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
        self.sensitive_note = QLabel(body)
        self.sensitive_note.setWordWrap(True)
        self.sensitive_note.setTextFormat(Qt.TextFormat.PlainText)  # quote text, never markup
        self.sensitive_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.sensitive_note.setAccessibleName(self.tr("Before printing"))
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.sensitive_note)
        layout.addWidget(self.list, 1)
        self.buttons = QGridLayout()
        self.order_buttons = [self.up, self.down, self.remove, self.clear_button]
        self._columns = 0
        layout.addLayout(self.buttons)
        layout.addLayout(form)
        layout.addWidget(self.no_address)
        layout.addLayout(actions)
        self.form, self.action_row = form, actions
        scroll = QScrollArea(self)  # zoomed in a low window, the options scroll
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller = scroll
        self.setWidget(scroll)
        self.body, self.body_layout = body, layout
        self._fit_font()
        if parent is not None:
            parent.installEventFilter(self)  # the window's width bounds the panel's
        for box, name in ((self.layout_box, "layout"), (self.page_box, "page_size"),
                          (self.orientation_box, "landscape")):
            box.currentIndexChanged.connect(
                lambda _i, box=box, name=name: model.set_options(**{name: box.currentData()}))
        self.brochure_box.currentIndexChanged.connect(self._read_more_chosen)
        self.font_box.valueChanged.connect(
            lambda value: model.set_options(font_step=round((value - 100) / STEP_PERCENT)))
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
        layout.addWidget(button)
        return button

    def _combo(self, name: str, tip: str, items: list, current,
               kind: type[QComboBox] = QComboBox) -> QComboBox:
        box = kind(self)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)  # long choices elide in a narrow panel
        box.setAccessibleName(name)
        box.setToolTip(tip)
        for text, value, *tip in items:  # an item may explain itself in a tooltip
            box.addItem(text, value)
            if tip:
                box.setItemData(box.count() - 1, tip[0], Qt.ItemDataRole.ToolTipRole)
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

    def move_quote(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if self.model.move(row, row + step):
            self.list.setCurrentIndex(self.model.index(row + step))

    def remove_chosen(self) -> None:
        self.model.remove_rows([i.row() for i in self.list.selectionModel().selectedRows()])

    WIDEST = 52
    """The panel's widest, in average characters (360 pixels at normal size): wider when
    zoomed, so its labels, buttons and drop-downs keep their text."""

    def _fit_font(self) -> None:
        widest = self.WIDEST * self.fontMetrics().averageCharWidth()
        narrowest = self._narrowest()
        window = self.parentWidget()
        if window is not None:  # never more than its share of the window, nor less than its
            widest = max(min(widest, int(window.width() * SHARE)), narrowest)  # text
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        self.body.setMaximumWidth(widest)
        self.scroller.setMaximumWidth(widest + bar)
        needs = self._place_buttons()
        self.scroller.setMinimumWidth(max(narrowest, needs) + bar)  # a remembered width, or a
        # dragged one, cannot cut a button: the panel is widened to what they need

    def _narrowest(self) -> int:
        """The width below which a button's or a choice's text would be cut: its widest one,
        stacked one above another."""
        metrics = self.fontMetrics()
        texts = [b.text() for b in (*self.order_buttons, self.print_button, self.pdf_button)]
        texts += [box.itemText(i) for box in (self.layout_box, self.page_box,
                                              self.orientation_box) for i in range(box.count())]
        margins = self.body_layout.contentsMargins()
        return (max(metrics.horizontalAdvance(text) for text in texts) + 3 * metrics.height()
                + margins.left() + margins.right())

    def _button_row(self, buttons: list[QPushButton]) -> int:
        metrics = self.fontMetrics()
        return (sum(max(b.sizeHint().width(), metrics.horizontalAdvance(b.text())
                        + 2 * metrics.height()) for b in buttons)
                + (len(buttons) - 1) * max(self.buttons.spacing(), 0))

    def _place_buttons(self) -> int:
        """The four buttons in a row, or two to a row, or one, as their text needs; when
        not all in one row, also the labels above their fields and Print above Export PDF.
        The width the buttons then need."""
        margins = self.body_layout.contentsMargins()
        room = self.body.maximumWidth() - margins.left() - margins.right()
        pairs = (self.order_buttons[:2], self.order_buttons[2:])
        columns = (4 if self._button_row(self.order_buttons) <= room else
                   2 if max(self._button_row(list(pair)) for pair in pairs) <= room else 1)
        if columns != self._columns:
            self._columns = columns
            for n, button in enumerate(self.order_buttons):
                self.buttons.addWidget(button, n // columns, n % columns)
            tight = columns < 4
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if tight
                                       else QFormLayout.RowWrapPolicy.WrapLongRows)
            self.action_row.setDirection(QBoxLayout.Direction.TopToBottom if tight
                                      else QBoxLayout.Direction.LeftToRight)
        rows = [self.order_buttons[n:n + columns] for n in range(0, 4, columns)]
        actions = [self.print_button, self.pdf_button]
        return margins.left() + margins.right() + max(
            [self._button_row(row) for row in rows]
            + ([self._button_row(actions)] if columns == 4 else []))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "body"):
            self._fit_font()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.parentWidget()
                and hasattr(self, "body")):
            self._fit_font()
        return super().eventFilter(watched, event)

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        self.setWindowTitle(fill(self.tr("Print selection (%1)"), count))
        self.summary.setText(self.tr("%n quote(s) chosen", None, count) if count
                             else self.tr("Tick quotes in the Quotes tab to print them."))
        for button in (self.print_button, self.pdf_button, self.clear_button):
            button.setEnabled(bool(count))
        self._show_sensitive_note()

    def _show_sensitive_note(self) -> None:
        """A note on each chosen quote that names diagnoses or aggression, before it goes on
        a wall; the quote itself is printed unchanged."""
        notes = []
        for quote in self.model.sensitive():
            short = quote.text if len(quote.text) <= 60 else quote.text[:57].rstrip() + "…"
            names = set((quote.sensitive or "").split())
            what = (self.tr("diagnoses and aggression") if {"diagnosis", "aggression"} <= names
                    else self.tr("diagnoses") if "diagnosis" in names else self.tr("aggression"))
            notes.append(fill(self.tr("⚠ «%1» names %2."), short, what))
        if notes:
            poster = self.model.options.layout == "poster"
            notes.append(self.tr("On a wall poster everyone passing reads it. The quote is "
                                 "printed as it was said; think about whether it belongs on "
                                 "this wall.") if poster else self.tr(
                "Think about where the print will hang before it goes on a wall; the quote is "
                "printed as it was said."))
        self.sensitive_note.setText("\n".join(notes))
        self.sensitive_note.setVisible(bool(notes))
