"""Choosing quotes for print and printing them: the Print menu, the panel, the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMainWindow, QMessageBox

from ..data import printable
from ..printing.document import QuoteDocument
from ..printing.pdf import write_pdf
from .presentation import Presentation
from .print_panel import PrintPanel


def user_data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation))


class PrintActions(QObject):
    """Adds the print selection panel and the Print menu to ``window``."""

    def __init__(self, window: QMainWindow, data_dir: Path | None = None):
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir or user_data_dir()
        self.panel: PrintPanel | None = None
        menu = window.menuBar().addMenu(self.tr("&Print"))
        help_menu = window.menuBar().actions()[-2]  # keep Help last, where people look for it
        window.menuBar().insertAction(help_menu, menu.menuAction())
        self.add_chosen = self._action(menu, self.tr("&Add chosen quotes"), "Ctrl+D",
                                       self.tr("Add the quotes chosen in the list to the print "
                                               "selection"), self.add_chosen_quotes)
        self.add_shown = self._action(menu, self.tr("Add all &shown quotes"), "Ctrl+Shift+D",
                                      self.tr("Add every quote the list shows now"),
                                      self.add_shown_quotes)
        menu.addSeparator()
        self.print_action = self._action(menu, self.tr("&Print…"), "Ctrl+P",
                                         self.tr("Preview the print selection, then print it "
                                                 "or save a PDF"), self.print_preview)
        self.pdf_action = self._action(menu, self.tr("&Export PDF…"), "Ctrl+E",
                                       self.tr("Save the print selection as a PDF file"),
                                       self.export_pdf)
        self.present_action = self._action(menu, self.tr("P&resent the selection"), "F5",
                                           self.tr("Show the chosen quotes one at a time, full "
                                                   "screen, for a group session"), self.present)
        menu.addSeparator()
        self.menu = menu
        self.attach()

    def _action(self, menu, text, keys, tip, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def attach(self) -> None:
        """(Re)build the panel on the window's current database and tie it to the Quotes tab."""
        if self.panel is not None:
            self.menu.removeAction(self.panel.toggleViewAction())
            self.window.removeDockWidget(self.panel)
            self.panel.deleteLater()
        self.panel = PrintPanel(self.window.engine, self.data_dir, self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        toggle = self.panel.toggleViewAction()
        toggle.setText(self.tr("Show print &selection"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.menu.addAction(toggle)
        self.panel.setVisible(bool(self.panel.keys()))  # shown once there is something in it
        self.panel.added.connect(self.panel.show)
        self.panel.printRequested.connect(self.print_preview)
        self.panel.pdfRequested.connect(self.export_pdf)
        quotes = self.window.record_tabs["quote"]
        quotes.model.checkable = self.panel
        quotes.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.panel.changed.connect(quotes.model.refresh_checks)
        if self.panel.set_aside is not None:
            QMessageBox.warning(self.window, self.tr("Print selection"), self.tr(
                "The saved print selection could not be read and was moved to %1. "
                "You can start a new one.").replace("%1", str(self.panel.set_aside)))

    def add_chosen_quotes(self) -> None:
        tab = self.window.show_tab("quote")
        rows = sorted({index.row() for index in tab.view.selectionModel().selectedRows()})
        added = self.panel.add([tab.model.id_at(row) for row in rows])
        self._tell(self.tr("%1 quote(s) added to the print selection").replace("%1", str(added)))

    def add_shown_quotes(self) -> None:
        tab = self.window.show_tab("quote")
        while tab.model.canFetchMore():
            tab.model.fetchMore()
        added = self.panel.add([tab.model.id_at(row) for row in range(tab.model.rowCount())])
        self._tell(self.tr("%1 quote(s) added to the print selection").replace("%1", str(added)))

    def document(self) -> QuoteDocument | None:
        quotes = self.panel.quotes()
        if not quotes:
            QMessageBox.information(self.window, self.tr("Nothing to print"), self.tr(
                "The print selection is empty. Tick quotes in the Quotes tab (or choose them "
                "and press Ctrl+D), then print."))
            return None
        options = self.panel.options()
        brochure = next((b for b in printable.brochures(self.window.engine)
                         if b.id == options.brochure_id), None)
        return QuoteDocument(quotes, options, brochure)

    def present(self) -> None:
        quotes = self.panel.quotes()
        if not quotes:
            QMessageBox.information(self.window, self.tr("Nothing to present"), self.tr(
                "The print selection is empty. Tick quotes in the Quotes tab first."))
            return
        self.presentation = Presentation(quotes)
        self.presentation.start()

    def print_preview(self) -> None:
        document = self.document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(document.paint)
        self.preview = dialog
        dialog.exec()

    def export_pdf(self) -> None:
        document = self.document()
        if document is None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), str(Path(documents) / self.tr("quotes.pdf")),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            pages = write_pdf(document, path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Export PDF"), self.tr(
                "Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror
                                                                          or str(exc)))
            return
        self._tell(self.tr("Saved %1 (%2 page(s))").replace("%1", str(path)).replace(
            "%2", str(pages)))

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)
