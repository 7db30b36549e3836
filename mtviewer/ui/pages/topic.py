"""A knowledge page about music therapy and its citation; each page prints as a handout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import formatting
from ...content import Content
from ...content.pages.topic import TopicPage
from ..details.render import PageHtml
from ..host import Host
from . import PageAction

translate = QCoreApplication.translate


def handout(content: Content, topic_id: int):
    """The page as a document for paper (its text, links as plain names, its sources, a
    footer with the content's publishers, the print date and the page); None when the page
    is gone."""
    from ...printing.page_document import PageDocument
    from . import render_page

    page = content.page("topic", topic_id)
    if not isinstance(page, TopicPage):
        return None
    html = render_page("topic", page, links=False)  # a link means nothing on paper
    return PageDocument(html, page.title, [s.publisher for s in page.sources.items])


def _print(host: Host, record_id: int) -> None:
    from ..dialogs.topic_print import print_topic

    print_topic(host, record_id, handout)


def _pdf(host: Host, record_id: int) -> None:
    from ..dialogs.topic_print import export_topic_pdf

    export_topic_pdf(host, record_id, handout)


ACTIONS: dict[str, PageAction] = {"print-topic": _print, "pdf-topic": _pdf}


def title(t: TopicPage) -> str:
    return t.title


def fill(page: PageHtml, t: TopicPage) -> None:
    page.actions(translate("Details", "Handout"), [
        ("print-topic", t.id, translate("Details", "Print…")),
        ("pdf-topic", t.id, translate("Details", "Export PDF…"))])
    page.paragraph(t.summary)
    for section in t.sections:
        page.section(section.heading,
                     f"<p>{page.text(section.text)}</p>" if section.text else "<p></p>")
        if section.quote:
            page.quote(section.quote)
        if section.sources:
            page.small(formatting.fill(
                translate("Details", "Sources: %1") if len(section.sources) > 1
                else translate("Details", "Source: %1"), "; ".join(section.sources)))
    page.list_section(translate("Details", "Guidelines"), t.guidelines, page.link)
    page.list_section(translate("Details", "Research"), t.research, page.link)
    page.list_section(translate("Details", "Reports"), t.reports, page.link)
    page.list_section(translate("Details", "Brochures"), t.brochures, page.link)


def cite(t: TopicPage) -> tuple[str, list[str]]:
    """A knowledge page is cited by its title; the sources it rests on follow."""
    return t.title, []


def work(_page: object) -> None:
    """A topic is no work of its own: its sources are what a reference list names."""
    return None
