"""A report's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import codes, formatting
from ...content.pages.report import ReportPage
from ...content.titles import titled
from ..apa import Work
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(r: ReportPage) -> str:
    return titled(r.title, r.title_from)


def fill(page: PageHtml, r: ReportPage) -> None:
    page.text_field(translate("Details", "Title"), codes.title_note(r.title_from))
    page.text_field(translate("Details", "Type"), codes.form(r.form))
    if r.status != "published":
        page.text_field(translate("Details", "Status"),
                        codes.report_status(r.status, r.status_year))
    page.text_field(translate("Details", "Year"), formatting.year_text(r.year, r.year_certain))
    page.text_field(translate("Details", "Authors"), r.authors)
    page.text_field(translate("Details", "Editors"), r.editors)
    page.text_field(translate("Details", "Published in"), r.published_in)
    page.text_field(translate("Details", "Service users taking part"), r.participants)
    page.field(translate("Details", "Stood behind it"),
               ", ".join(page.link(o) for o in r.made_by.items))
    page.field(translate("Details", "About or for"),
               ", ".join(page.link(o) for o in r.made_for.items))
    page.paragraph(r.description)
    page.list_section(translate("Details", "People behind it"), r.people, page.person)
    page.list_section(translate("Details", "Presented at"), r.presented_at, page.link)
    page.list_section(translate("Details", "Quotes from it"), r.quotes, page.quote_line)


def cite(r: ReportPage) -> tuple[str, list[str]]:
    return title(r), [r.authors or r.editors or "", formatting.year_text(r.year, r.year_certain),
                      r.published_in or "", codes.form(r.form)]


def work(r: ReportPage) -> Work:
    author = r.authors or r.editors or ", ".join(o.label for o in r.made_by.items)
    return Work(author, r.year, title(r), description=codes.form(r.form),
                publisher=", ".join(o.label for o in r.made_by.items),
                details=r.published_in or "")
