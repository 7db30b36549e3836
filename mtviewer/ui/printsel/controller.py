"""Choosing quotes for print and printing them: what the Print menu's actions do.

Built with the Quotes tab (its list shows the selection's ticks) or at the first print
action; the panel is built the first time it is shown, and shows only beside the Quotes
list, where there is something to choose; the print stack (``mtviewer.printing``,
QtPrintSupport, segno) is imported the first time something is printed.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

from ... import paths
from ...content import Content
from ...formatting import file_name, fill
from ...settings import Settings
from ..browser import Browser
from ..describe import describe_from_tooltips
from .selection_model import SelectionModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from .presentation import Presentation


class PrintController(QObject):
    """The print selection of one window, its panel, and printing it."""

    panelVisibilityChanged = Signal(bool)

    def __init__(self, window: QMainWindow, browser: Browser, settings: Settings,
                 data_dir: Path | None = None):
        """``window`` holds the panel (a dock); ``browser`` the Quotes list and the content."""
        super().__init__(window)
        self.window, self.browser = window, browser
        self.data_dir = data_dir or paths.user_data_dir()
        self.model = SelectionModel(browser.content, self.data_dir, self)
        self._panel = None
        self._away = False
        """The panel is open, but hidden while another tab than Quotes is shown."""
        self.presentation: Presentation | None = None
        self.preview = None
        self.exported: QMessageBox | None = None
        """The message after the last PDF export."""
        from .placement import PanelPlacement

        self.placement = PanelPlacement(window, settings)
        if self.placement.was_visible():  # open as the last session left it
            self._away = True
            QTimer.singleShot(0, self, lambda: self.tab_shown(browser.current_tab().kind))
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

            self._panel = PrintPanel(self.model, self.content.read_more(), self.window)
            self.placement.place(self._panel)
            self._panel.hide()
            describe_from_tooltips(self._panel)
            self._panel.printRequested.connect(self.print_preview)
            self._panel.pdfRequested.connect(self.export_pdf)
            self._panel.visibilityChanged.connect(self.panelVisibilityChanged)
        return self._panel

    def show_panel(self) -> None:
        """Show the panel beside the Quotes list (going there from another tab)."""
        self._away = False
        if self.browser.current_tab().kind != "quote":
            self.browser.show_tab("quote")
        self.panel.show()
        self.panel.raise_()
        self.placement.shown()

    def set_panel_visible(self, visible: bool) -> None:
        if visible:
            self.show_panel()
        else:
            self._away = False
            if self._panel is not None:
                self._panel.hide()
                self.placement.hidden()

    def toggle_panel(self) -> None:
        self.set_panel_visible(self._panel is None or not self._panel.isVisible())

    def tab_shown(self, kind: str) -> None:
        """The panel keeps to the Quotes tab: it steps aside while another tab is shown
        (nothing there to choose), and comes back with the Quotes list."""
        if kind == "quote" and self._away:
            self.show_panel()
        elif kind != "quote" and self._panel is not None and self._panel.isVisible():
            self._away = True  # the window keeps its size: the other tab has the room
            self._panel.hide()

    def attach(self, quotes) -> None:
        """The Quotes list shows the selection as ticks, chooses several rows at once, and
        has the selection's size (a button that shows the panel) above it."""
        from PySide6.QtWidgets import QAbstractItemView

        quotes.model.selection = self.model
        quotes.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model.changed.connect(quotes.model.refresh_checks)
        quotes.add_to_top(self.count_button(quotes))

    def count_button(self, parent: QWidget) -> QToolButton:
        """The print selection's size, in the Quotes tab; clicking it shows or hides the panel."""
        button = QToolButton(parent)
        button.setObjectName("print-selection-count")
        button.setToolTip(self.tr("Show or hide the print selection (Ctrl+Shift+S)"))
        button.clicked.connect(self.toggle_panel)

        def update() -> None:
            text = fill(self.tr("Print selection: %1"), self.model.rowCount())
            button.setText(text)
            button.setAccessibleName(text)
        self.model.changed.connect(update)
        self.model.modelReset.connect(update)
        update()
        return button

    def save_state(self) -> None:
        self.placement.save(self._away)

    @property
    def content(self) -> Content:
        return self.browser.content

    def set_content(self, content: Content) -> None:
        """Another database is shown: the selection shows its quotes, and the panel its
        brochures and articles (rebuilt, where it was, when it was open)."""
        visible = self._panel is not None and self._panel.isVisible()
        self.save_state()
        self.close()
        self.model.set_content(content)
        if visible:
            QTimer.singleShot(0, self.show_panel)

    def close(self) -> None:
        if self._panel is not None:
            self.window.removeDockWidget(self._panel)
            self._panel.deleteLater()
            self._panel = None
            self.placement.panel = None

    def _tell_not_saved(self, error) -> None:
        """Said once: the data folder cannot be used, so the selection is not kept."""
        from PySide6.QtWidgets import QMessageBox

        from ..dialogs.errors import save_problem_text

        text = self.tr("The app cannot save in its data folder (%1), so the print selection "
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
        """Ctrl+D: the chosen quotes join the selection, and the panel shows them."""
        tab = self.browser.show_tab("quote")
        rows = sorted({index.row() for index in tab.view.selectionModel().selectedRows()})
        self._added(self.model.add_ids([tab.model.id_at(row) for row in rows]))
        self.show_panel()

    def add_shown_quotes(self) -> None:
        tab = self.browser.show_tab("quote")
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
        if self._panel is not None:  # a heading still being typed counts
            typed = " ".join(self._panel.title_box.text().split())
            if typed != options.title:
                self.model.set_options(title=typed)
        chosen = next((item for item in self.content.read_more()
                       if item.choice == options.read_more), None)
        return QuoteDocument(quotes, options, chosen)

    def present(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        quotes = self.model.quotes()
        if not quotes:
            QMessageBox.information(self.window, self.tr("Nothing to present"), self.tr(
                "The print selection is empty. Tick quotes in the Quotes tab first."))
            return
        from .presentation import Presentation

        self.presentation = presentation = Presentation(quotes)
        presentation.start()

    def print_preview(self) -> None:
        document = self.document()
        if document is not None:
            from ..dialogs.print_output import preview

            self.preview = preview(self.window, document)

    def export_pdf(self) -> None:
        document = self.document()
        if document is not None:
            from ..dialogs.print_output import export

            self.exported = export(self.browser, document, file_name(
                self.tr("quotes"), datetime.date.today().isoformat(), suffix=".pdf"))

    def _tell(self, message: str) -> None:
        self.browser.tell(message)

