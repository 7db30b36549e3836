"""Choosing quotes for print and printing them: what the Print menu's actions do.

The selection model exists from the start (the Quotes list shows its ticks); the panel is
built the first time it is shown, and the print stack (``mtviewer.printing``, QtPrintSupport,
segno) is imported the first time something is printed.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from ...content import Content
from ...formatting import file_name, fill
from ...paths import documents_folder
from ..describe import describe_from_tooltips
from .selection_model import SelectionModel


def user_data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation))


class PrintController(QObject):
    """The print selection of one window, its panel, and printing it."""

    panelVisibilityChanged = Signal(bool)

    def __init__(self, window: QMainWindow, content: Content, data_dir: Path | None = None):
        super().__init__(window)
        self.window, self.content = window, content
        self.data_dir = data_dir or user_data_dir()
        self.model = SelectionModel(content, self.data_dir, self)
        self._panel = None
        self.presentation = None
        self.preview = None
        if self.model.rowCount():  # shown once there is something in it, after the list
            QTimer.singleShot(0, self.show_panel)
        self.model.rowsInserted.connect(self.show_panel)
        if self.model.set_aside is not None:
            QTimer.singleShot(0, self._tell_set_aside)
        if not self.model.saving:
            QTimer.singleShot(0, self, lambda: self._tell_not_saved(None))
        self.model.saveFailed.connect(self._tell_not_saved)

    @property
    def panel(self):
        """The panel, built on first use."""
        if self._panel is None:
            from .panel import PrintPanel

            self._panel = PrintPanel(self.model, self.content.brochures(), self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._panel)
            self._panel.hide()
            describe_from_tooltips(self._panel)
            self._panel.printRequested.connect(self.print_preview)
            self._panel.pdfRequested.connect(self.export_pdf)
            self._panel.visibilityChanged.connect(self.panelVisibilityChanged)
        return self._panel

    def show_panel(self) -> None:
        self.panel.show()

    def set_panel_visible(self, visible: bool) -> None:
        if visible or self._panel is not None:
            self.panel.setVisible(visible)

    def close(self) -> None:
        if self._panel is not None:
            self.window.removeDockWidget(self._panel)
            self._panel.deleteLater()
            self._panel = None

    def _tell_not_saved(self, error) -> None:
        """Said once: the data folder cannot be used, so the selection is not kept."""
        from PySide6.QtWidgets import QMessageBox

        from ..dialogs.errors import save_problem_text

        text = self.tr("mtviewer cannot save in its data folder (%1), so the print selection "
                       "will not be kept when you close it. Everything else works."
                       ).replace("%1", str(self.data_dir))
        if error is not None:
            text += "\n\n" + save_problem_text(error)
        QMessageBox.warning(self.window, self.tr("Print selection"), text)

    def _tell_set_aside(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("Print selection"), self.tr(
            "The saved print selection could not be read and was moved to %1. "
            "You can start a new one.").replace("%1", str(self.model.set_aside)))

    # Choosing

    def add_chosen_quotes(self) -> None:
        tab = self.window.show_tab("quote")
        rows = sorted({index.row() for index in tab.view.selectionModel().selectedRows()})
        self._added(self.model.add_ids([tab.model.id_at(row) for row in rows]))

    def add_shown_quotes(self) -> None:
        tab = self.window.show_tab("quote")
        while tab.model.canFetchMore():
            tab.model.fetchMore()
        self._added(self.model.add_ids([tab.model.id_at(r) for r in range(tab.model.rowCount())]))

    def _added(self, count: int) -> None:
        self._tell(self.tr("%n quote(s) added to the print selection", None, count))

    # Printing

    def document(self):
        from PySide6.QtWidgets import QMessageBox

        quotes = self.model.quotes()
        if not quotes:
            QMessageBox.information(self.window, self.tr("Nothing to print"), self.tr(
                "The print selection is empty. Tick quotes in the Quotes tab (or choose them "
                "and press Ctrl+D), then print."))
            return None
        from ...printing.document import QuoteDocument

        options = self.model.options
        brochure = next((b for b in self.content.brochures() if b.id == options.brochure_id),
                        None)
        return QuoteDocument(quotes, options, brochure)

    def present(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        quotes = self.model.quotes()
        if not quotes:
            QMessageBox.information(self.window, self.tr("Nothing to present"), self.tr(
                "The print selection is empty. Tick quotes in the Quotes tab first."))
            return
        from .presentation import Presentation

        self.presentation = Presentation(quotes)
        self.presentation.start()

    def print_preview(self) -> None:
        document = self.document()
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..dialogs.fit import fit_to_font

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(document.paint)
        fit_to_font(dialog)
        self.preview = dialog
        dialog.exec()

    def export_pdf(self) -> None:
        document = self.document()
        if document is None:
            return
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ..dialogs.fit import fit_next_dialog

        fit_next_dialog(self.window)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), str(documents_folder() / file_name(
                self.tr("quotes"), datetime.date.today().isoformat(), suffix=".pdf")),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return
        from ...files import SaveError
        from ...printing.pdf import write_pdf

        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            pages = write_pdf(document, path)
        except SaveError as exc:
            from ..dialogs.errors import save_problem_text

            QMessageBox.warning(self.window, self.tr("Export PDF"), save_problem_text(exc))
            return
        self._tell(fill(self.tr("Saved %1 (%n page(s))", None, pages), path))

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)
