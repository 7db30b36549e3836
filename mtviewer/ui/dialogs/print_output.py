"""Every print's way out, whatever it prints (quotes, a knowledge page): a print preview that
prints or saves, or a PDF saved where the user says, then a message offering to open it or
its folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ...formatting import fill
from ...i18n import TranslationContext
from ..host import Host

if TYPE_CHECKING:
    from ...printing.pdf import Printable



class PrintOutput(TranslationContext):
    """The translation context of these words (``lupdate`` reads ``PrintOutput.tr(text,
    None, n)`` as a plural)."""


def preview(parent: QWidget, document: Printable):
    """Show ``document`` in a print preview, from which it prints or saves; the dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ...printing.pdf import CREATOR
    from .fit import fit_preview

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    printer.setCreator(CREATOR)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setProperty("printer", printer)  # it does not own it: kept while the dialog lives
    dialog.setWindowTitle(PrintOutput.tr("Print preview"))
    dialog.paintRequested.connect(document.paint)
    fit_preview(dialog)
    dialog.exec()
    return dialog


def export(host: Host, document: Printable, name: str) -> QMessageBox | None:
    """Ask where to save ``document`` as a PDF (``name`` first), write it whole or not at all,
    and say where it went; the message shown, or None when nothing was written."""
    from ...printing.pdf import write_pdf
    from .save import ask_pdf_path, write_or_explain

    parent, title = host.dialog_parent(), PrintOutput.tr("Export PDF")
    chosen = ask_pdf_path(parent, title, name, host.settings)
    if chosen is None:
        return None
    path, archival = chosen
    pages: list[int] = []
    if not write_or_explain(parent, title, lambda: pages.append(
            write_pdf(document, path, archival=archival))):
        return None
    message = fill(PrintOutput.tr("Saved %1 (%n page(s))", None, pages[0]), path)
    host.tell(message)
    return saved(parent, title, path, message)


def saved(parent: QWidget, title: str, path: Path, message: str,
          opens: str | None = None) -> QMessageBox:
    """Say where a file went, offering to open it (``opens``: the button's words) or its
    folder, in the desktop's own programs: how every export ends (PDFs of quotes and of
    pages, calendar files). Each offered button keeps the address it opens as its "url"
    property."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("saved")
    targets = {}
    opens = opens or (PrintOutput.tr("Open PDF") if path.suffix.lower() == ".pdf"
                      else PrintOutput.tr("Open"))
    for text, target in ((opens, path), (PrintOutput.tr("Show in folder"),
                                         path.parent)):
        button = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setAccessibleName(text)
        url = QUrl.fromLocalFile(str(Path(os.path.abspath(target))))
        button.setProperty("url", url)
        targets[button] = url
    box.buttonClicked.connect(
        lambda button: QDesktopServices.openUrl(targets[button]) if button in targets
        else None)
    box.open()
    return box
