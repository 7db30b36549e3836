"""A person's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...content.pages.person import PersonPage
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(person: PersonPage) -> str:
    return person.name


def fill(page: PageHtml, person: PersonPage) -> None:
    page.text_field(translate("Details", "Role"), person.role)
    page.field(translate("Details", "Organisation"),
               page.link(person.organisation) if person.organisation else None)
    page.list_section(translate("Details", "Quotes"), person.quotes, page.quote_line)
    page.list_section(translate("Details", "Events"), person.events, page.link)


def cite(person: PersonPage) -> tuple[str, list[str]]:
    return person.name, [person.role or "",
                         person.organisation.label if person.organisation else ""]
