"""A person's page and citation; a role (and an organisation) is shown with its years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import formatting
from ...content import attribution
from ...content.pages.person import PersonPage
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(person: PersonPage) -> str:
    return person.name


def fill(page: PageHtml, person: PersonPage) -> None:
    page.text_field(translate("Details", "Role"), formatting.role(
        person.role, person.role_year, person.role_until, person.role_year_certain, True))
    organisation = page.link(person.organisation) if person.organisation else None
    when = attribution.years_text(person.role_year, person.role_until,
                                  person.role_year_certain, translate)
    if organisation and when and not person.role:  # the role's years date it otherwise
        organisation += f" ({page.text(when)})"
    page.field(translate("Details", "Organisation"), organisation)
    page.list_section(translate("Details", "Quotes"), person.quotes, page.quote_line)
    page.list_section(translate("Details", "Events"), person.events, page.link)
    page.list_section(translate("Details", "Reports they wrote, edited or interviewed for"),
                      person.reports, page.link)


def cite(person: PersonPage) -> tuple[str, list[str]]:
    return person.name, [formatting.role(person.role, person.role_year, person.role_until,
                                         person.role_year_certain),
                         person.organisation.label if person.organisation else ""]


def work(_page: object) -> None:
    """A person is no work of its own: its sources are what a reference list names."""
    return None
