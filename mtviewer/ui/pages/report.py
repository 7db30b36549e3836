"""A report's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import formatting
from ...content.pages.report import ReportPage
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(r: ReportPage) -> str:
    return r.title


def fill(page: PageHtml, r: ReportPage) -> None:
    page.text_field(translate("Details", "Status"), formatting.report_status(r.status))
    page.text_field(translate("Details", "Year"), r.year)
    page.text_field(translate("Details", "Authors"), r.authors)
    page.text_field(translate("Details", "Published in"), r.published_in)
    page.paragraph(r.description)
    page.list_section(translate("Details", "Presented at"), r.presented_at, page.link)


def cite(r: ReportPage) -> tuple[str, list[str]]:
    return r.title, [formatting.report_status(r.status), formatting.year_text(r.year)]
