"""An organisation's page and citation; what relates to it is listed by its relation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...content.pages.organisation import OrganisationPage
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(o: OrganisationPage) -> str:
    return o.name


def fill(page: PageHtml, o: OrganisationPage) -> None:
    page.text_field(translate("Details", "Short name"), o.short_name)
    page.text_field(translate("Details", "Also known as"), o.also_known_as)
    page.text_field(translate("Details", "Founded"), o.founded)
    page.field(translate("Details", "Part of"), page.link(o.part_of) if o.part_of else None)
    page.paragraph(o.description)
    sections = (
        (translate("Details", "People"), o.people, page.person),
        (translate("Details", "Its units"), o.parts, page.link),
        (translate("Details", "Members"), o.members, page.link),
        (translate("Details", "Member of"), o.member_of, page.link),
        (translate("Details", "Events it organised"), o.organised, page.link),
        (translate("Details", "Events it took part in"), o.took_part, page.link),
        (translate("Details", "Reports it stood behind"), o.reports_by, page.link),
        (translate("Details", "Reports about it or written for it"), o.reports_for, page.link),
        (translate("Details", "Reports presented at events it organised or took part in"),
         o.reports_presented, page.link),
        (translate("Details", "Research made here"), o.research_by, page.link),
        (translate("Details", "Guidelines it issued"), o.guidelines, page.link),
        (translate("Details", "Brochures offered on paper from here"), o.brochures, page.link))
    for heading, related, line in sections:
        page.list_section(heading, related, line)


def cite(o: OrganisationPage) -> tuple[str, list[str]]:
    return o.name, [o.short_name or "", o.part_of.label if o.part_of else ""]


def work(_page: object) -> None:
    """A organisation is no work of its own: its sources are what a reference list names."""
    return None
