"""A research record's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import codes, formatting
from ...content.pages.research import ResearchPage
from ...content.titles import titled
from ..apa import Work
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}
DOI = "https://doi.org/"


def title(r: ResearchPage) -> str:
    return titled(r.title, r.title_from)


def doi_url(doi: str | None) -> str:
    return DOI + doi if doi else ""


def fill(page: PageHtml, r: ResearchPage) -> None:
    page.text_field(translate("Details", "Title"), codes.title_note(r.title_from))
    page.text_field(translate("Details", "Authors"), r.authors)
    page.text_field(translate("Details", "Year"), r.year)
    page.text_field(translate("Details", "Journal"), r.journal)
    page.text_field(translate("Details", "Published in"), r.published_in)
    page.field(translate("Details", "DOI"), page.external_link(doi_url(r.doi)) if r.doi
               else page.text(codes.not_given()))
    page.text_field(translate("Details", "Design"), codes.design(r.design))
    page.text_field(translate("Details", "Size"), codes.size(r.studies, r.study_unit,
                                                             r.participants)
                    or codes.not_given())
    page.field(translate("Details", "Made at"), ", ".join(page.link(o) for o in r.made_by.items))
    page.section(translate("Details", "Main result"), f"<p>{page.text(r.result)}</p>")
    page.text_field(translate("Details", "Where the numbers come from"), formatting.fill(
        translate("Details", "%1. Source: %2"), codes.numbers_from(r.numbers_from),
        r.numbers_source or "") if r.numbers_source else codes.numbers_from(r.numbers_from))
    page.text_field(translate("Details", "Limits"), r.limits)
    page.paragraph(r.description)
    page.list_section(translate("Details", "Guidelines it bears on"), r.guidelines, page.link)
    page.list_section(translate("Details", "Pages that rest on it"), r.topics, page.link)


def cite(r: ResearchPage) -> tuple[str, list[str]]:
    return title(r), [r.authors, str(r.year or ""), r.journal or "", r.published_in or "",
                      doi_url(r.doi)]


def work(r: ResearchPage) -> Work:
    return Work(r.authors, r.year, title(r), container=r.journal or "",
                details=r.published_in or "", url=doi_url(r.doi))
