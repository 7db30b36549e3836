"""An event's page and citation; its page offers to add it to a calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import codes, formatting
from ...content.pages.event import EventPage
from ..apa import Work
from ..details.render import PageHtml
from ..host import Host
from . import PageAction

translate = QCoreApplication.translate


def _calendar(host: Host, record_id: int) -> None:
    from ..dialogs.calendar_export import export_calendar

    export_calendar(host, record_id)


ACTIONS: dict[str, PageAction] = {"calendar": _calendar}


def title(e: EventPage) -> str:
    return e.name


def fill(page: PageHtml, e: EventPage) -> None:
    page.text_field(translate("Details", "Date"),
                    formatting.partial_date(e.year, e.month, e.day, e.year_certain, e.last_day))
    page.text_field(translate("Details", "Status"), codes.event_status(e.status, e.status_year))
    page.text_field(translate("Details", "About the date"), e.date_note)
    page.text_field(translate("Details", "Time"), e.time)
    page.text_field(translate("Details", "Place"), formatting.place(e.venue, e.city))
    page.text_field(translate("Details", "Participants"),
                    formatting.participants(e.participants, e.participants_qualifier))
    page.text_field(translate("Details", "Fee"), codes.fee(e.fee))
    if e.day and e.month and e.year:
        page.actions(translate("Details", "Calendar"), [
            ("calendar", e.id, translate("Details", "Add to calendar (.ics)…"))])
    page.paragraph(e.description)
    page.list_section(translate("Details", "Organisers"), e.organisers, page.link)
    page.list_section(translate("Details", "Speakers and participants"), e.people, page.person)
    page.list_section(translate("Details", "Also taking part"), e.contributors, page.link)
    page.list_section(translate("Details", "Quotes from this event"), e.quotes, page.quote_line)
    page.list_section(translate("Details", "Guidelines presented"), e.guidelines, page.link)
    page.list_section(translate("Details", "Reports presented"), e.reports, page.link)


def cite(e: EventPage) -> tuple[str, list[str]]:
    return e.name, [formatting.partial_date(e.year, e.month, e.day, e.year_certain, e.last_day),
                    formatting.place(e.venue, e.city), codes.event_status(e.status, e.status_year)]


def work(e: EventPage) -> Work:
    organisers = ", ".join(o.label for o in e.organisers.items)
    return Work(organisers, e.year, e.name, e.month, e.day,
                description=translate("APA", "Event"),
                publisher=formatting.place(e.venue, e.city))
