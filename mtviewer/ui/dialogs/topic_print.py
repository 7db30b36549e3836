"""A page about music therapy as a printed handout: print preview, or a PDF, through the
same document machinery as every other print (``printing.page_document``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...content import Content
from ...content.pages.topic import TopicPage
from ..host import Host

translate = QCoreApplication.translate


def handout_document(content: Content, topic_id: int):
    """The page as a document for paper (its text, links as plain names, its sources, a
    footer with the content's publishers, the print date and the page); None when the page
    is gone."""
    from ...printing.page_document import PageDocument
    from ..kinds import render_page

    page = content.page("topic", topic_id)
    if not isinstance(page, TopicPage):
        return None
    html = render_page("topic", page, links=False)  # a link means nothing on paper
    return PageDocument(html, page.title, [s.publisher for s in page.sources.items])


def _document(host: Host, topic_id: int, title: str):
    document = handout_document(host.content, topic_id)
    if document is None:
        QMessageBox.information(host.dialog_parent(), title, translate(
            "TopicPrint", "This page is not in the database any more, so it cannot be "
                          "printed."))
    return document


def print_topic(host: Host, topic_id: int) -> None:
    """Show the page's handout in a print preview, from which it prints or saves."""
    from .print_output import preview

    document = _document(host, topic_id, translate("TopicPrint", "Print"))
    if document is not None:
        preview(host.dialog_parent(), document).deleteLater()


def export_topic_pdf(host: Host, topic_id: int):
    """Ask where to save the page's handout as PDF and write it; the message saying where
    it went, or None."""
    from .print_output import export

    document = _document(host, topic_id, translate("TopicPrint", "Export PDF"))
    if document is None:
        return None
    key = getattr(host.content.page("topic", topic_id), "key", "") or "handout"
    return export(host, document, f"{key}.pdf")
