"""A page about music therapy as a printed handout: print preview, or a PDF, through the
same document machinery as every other print (``printing.page_document``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...content import Content
from ..host import Host

translate = QCoreApplication.translate


Handout = Callable[[Content, int], Any]
"""The page's handout document (``pages.topic.handout``), or None when the page is gone."""


def _document(host: Host, topic_id: int, title: str, handout: Handout):
    document = handout(host.content, topic_id)
    if document is None:
        QMessageBox.information(host.dialog_parent(), title, translate(
            "TopicPrint", "This page is not in the database any more, so it cannot be "
                          "printed."))
    return document


def print_topic(host: Host, topic_id: int, handout: Handout) -> None:
    """Show the page's handout in a print preview, from which it prints or saves."""
    from .print_output import preview

    document = _document(host, topic_id, translate("TopicPrint", "Print"), handout)
    if document is not None:
        preview(host.dialog_parent(), document).deleteLater()


def export_topic_pdf(host: Host, topic_id: int, handout: Handout):
    """Ask where to save the page's handout as PDF and write it; the message saying where
    it went, or None."""
    from .print_output import export

    document = _document(host, topic_id, translate("TopicPrint", "Export PDF"), handout)
    if document is None:
        return None
    key = getattr(host.content.page("topic", topic_id), "key", "") or "handout"
    return export(host, document, f"{key}.pdf")
