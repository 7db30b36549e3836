"""A quote's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import formatting
from ...content import attribution
from ...content.pages.quote import QuotePage
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(q: QuotePage) -> str:
    return formatting.speaker(q.who, q.quoting.name if q.quoting else None)


def fill(page: PageHtml, q: QuotePage) -> None:
    page.quote(q.text)
    page.field(translate("Details", "Said by"),
               page.person(q.speaker) if q.speaker else page.text(q.speaker_label or ""))
    page.field(translate("Details", "Organisation"),
               page.link(q.organisation) if q.organisation else None)
    page.field(translate("Details", "Quoting"), page.person(q.quoting) if q.quoting else None)
    page.field(translate("Details", "Event"), page.link(q.event) if q.event else None)
    page.text_field(translate("Details", "Year"), formatting.year_text(q.year, q.year_certain))
    page.text_field(translate("Details", "Context"), q.context)


def attribution_lines(q: QuotePage) -> list[str]:
    """Who said it, citing whom, in what role, where and when: the one attribution builder's
    parts, as the list, the page and the prints give them."""
    speaker = q.speaker
    organisation = q.organisation.label if q.organisation else (
        speaker.organisation if speaker else None)
    return attribution.attribute(
        speaker.name if speaker else q.who, q.quoting.name if q.quoting else None,
        q.speaker_label or (speaker.role if speaker else None), organisation,
        q.event.label if q.event else None, q.year, q.year_certain, translate).lines()


def cite(q: QuotePage) -> tuple[str, list[str]]:
    return formatting.fill(translate("Citation", "“%1”"), q.text), attribution_lines(q)
