"""A page about music therapy as a printed handout: print preview, or straight to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from ...content import Content
from ...formatting import fill
from ..host import Host
from .fit import fit_preview
from .save import ask_pdf_path, write_or_explain

translate = QCoreApplication.translate
STYLE = """
body { font-size: 11pt; }
h1 { font-size: 18pt; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 2px; }
p.kind { color: #555555; margin: 0; }
blockquote { font-style: italic; margin: 6px 18px; }
td.label { color: #555555; padding-right: 12px; }
p.footer { color: #555555; font-size: 9pt; margin-top: 18px; }
"""
MARGIN_MM = 18


def handout_document(content: Content, topic_id: int) -> QTextDocument | None:
    """The page as a document for paper: its text, links as names, its sources and a footer
    with the content's publishers and the print date; None when the page is gone."""
    from ..details import render
    from ..kinds import render_page

    page = content.page("topic", topic_id)
    if page is None:
        return None
    html = render_page("topic", page, links=False)  # a link means nothing on paper
    publishers = sorted({s.publisher for s in page.sources.items})
    footer = fill(translate("TopicPrint", "From mtviewer. Content: %1. Printed %2."),
                  ", ".join(publishers),
                  QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
    from ...printing.typeset import without_ligatures

    document = QTextDocument()
    document.setDefaultFont(without_ligatures(document.defaultFont()))  # "finne", not "ﬁnne"
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f'{html}<p class="footer">{render.plain_html(footer)}</p>')
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, page.title)
    return document


def _printer(document: QTextDocument):
    from PySide6.QtPrintSupport import QPrinter

    from ...printing.pdf import CREATOR

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    printer.setCreator(CREATOR)
    return printer


def _gone(window: QWidget, title: str) -> None:
    QMessageBox.information(window, title, translate(
        "TopicPrint", "This page is not in the database any more, so it cannot be printed."))


def print_topic(host: Host, topic_id: int) -> None:
    """Show the page's handout in a print preview, from which it prints or saves."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window = host.dialog_parent()
    document = handout_document(host.content, topic_id)
    if document is None:
        _gone(window, translate("TopicPrint", "Print"))
        return
    printer = _printer(document)  # the dialog does not own it: keep it while it is open
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(translate("TopicPrint", "Print preview"))
    dialog.paintRequested.connect(document.print_)
    fit_preview(dialog)
    dialog.exec()
    dialog.deleteLater()


def write_topic_pdf(document: QTextDocument, out: Path, archival: bool = False) -> None:
    """Write the handout to ``out`` (``archival``: PDF/A-1b), replacing a file there only
    once the new one is whole; SaveError says why it could not be written."""
    from PySide6.QtPrintSupport import QPrinter

    from ...files import replace_atomically
    from ...printing.pdf import ARCHIVAL, CONTENT_LANGUAGE, finish_pdf, whole_pdf

    def write(tmp: Path) -> None:
        printer = _printer(document)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        if archival:
            printer.setPdfVersion(ARCHIVAL)
        document.print_(printer)
        del printer
        finish_pdf(tmp, CONTENT_LANGUAGE)

    replace_atomically(out, write, whole_pdf)


def export_topic_pdf(host: Host, topic_id: int) -> Path | None:
    """Ask where to save the page's handout as PDF and write it; the path, or None."""
    window, content = host.dialog_parent(), host.content
    title = translate("TopicPrint", "Export PDF")
    document = handout_document(content, topic_id)
    if document is None:
        _gone(window, title)
        return None
    key = getattr(content.page("topic", topic_id), "key", "") or "handout"
    chosen = ask_pdf_path(window, title, f"{key}.pdf")
    if chosen is None:
        return None
    path, archival = chosen
    if not write_or_explain(window, title, lambda: write_topic_pdf(document, path, archival)):
        return None
    host.tell(fill(translate("TopicPrint", "Saved %1"), path))
    return path
