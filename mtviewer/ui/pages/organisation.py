"""An organisation's page and citation."""

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
    page.field(translate("Details", "Part of"), page.link(o.part_of) if o.part_of else None)
    page.paragraph(o.description)
    page.list_section(translate("Details", "People"), o.people, page.person)
    page.list_section(translate("Details", "Events"), o.events, page.link)
    page.list_section(translate("Details", "Reports"), o.reports, page.link)


def cite(o: OrganisationPage) -> tuple[str, list[str]]:
    return o.name, [o.short_name or "", o.part_of.label if o.part_of else ""]
