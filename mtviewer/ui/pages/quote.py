"""A quote's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import formatting
from ...content import attribution
from ...content.pages.quote import QuotePage
from ..apa import Work
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(q: QuotePage) -> str:
    return formatting.speaker(q.who, q.quoting.name if q.quoting else None, q.unnamed,
                              q.who_organisation)


def fill(page: PageHtml, q: QuotePage) -> None:
    page.quote(q.text)
    page.field(translate("Details", "Said by"), page.person(q.speaker) if q.speaker
               else page.text(attribution.unnamed_text(q.unnamed, translate)))
    page.field(translate("Details", "Organisation"),
               page.link(q.organisation) if q.organisation else None)
    page.field(translate("Details", "Quoting"), page.person(q.quoting) if q.quoting else None)
    page.field(translate("Details", "Event"), page.link(q.event) if q.event else None)
    page.field(translate("Details", "In the report"), page.link(q.report) if q.report else None)
    page.text_field(translate("Details", "Year"), formatting.year_text(q.year, q.year_certain))
    page.text_field(translate("Details", "Context"), q.context)
    page.text_field(translate("Details", "Before printing"), sensitive_note(q.sensitive))


def sensitive_note(codes: str | None) -> str:
    """What a quote names that a wall poster may not want to show, in a sentence; ''."""
    names = set((codes or "").split())
    if {"diagnosis", "aggression"} <= names:
        return translate("Details", "It names diagnoses and aggression: think twice before "
                                    "putting it on a wall.")
    if "diagnosis" in names:
        return translate("Details", "It names diagnoses: think twice before putting it on a "
                                    "wall.")
    if "aggression" in names:
        return translate("Details", "It names aggression: think twice before putting it on "
                                    "a wall.")
    return ""


def attribution_lines(q: QuotePage) -> list[str]:
    """Who said it, in what role (quoting whom), where and when: the one attribution
    builder's parts, as the list, the page and the prints give them."""
    speaker = q.speaker
    return attribution.attribute(
        speaker.name if speaker else q.who, q.quoting.name if q.quoting else None,
        speaker.role if speaker else None, q.organisation_short,
        q.event.label if q.event else None, q.year, q.year_certain, translate,
        organisation_name=q.organisation.label if q.organisation else None,
        unnamed=q.unnamed, role_year=speaker.role_year if speaker else None,
        role_until=speaker.role_until if speaker else None,
        role_certain=speaker.role_year_certain if speaker else True,
        report=q.report_credit).lines()


def cite(q: QuotePage) -> tuple[str, list[str]]:
    return formatting.fill(translate("Citation", "“%1”"), q.text), attribution_lines(q)


def in_text(q: QuotePage) -> str:
    """The quote as APA cites words heard second hand: the speaker, as cited in the source."""
    source = q.sources.items[0] if q.sources.items else None
    speaker = attribution_lines(q)[0] if attribution_lines(q) else q.who
    if source is None:
        return formatting.fill(translate("APA", "“%1” (%2)"), q.text, speaker)
    return formatting.fill(translate("APA", "“%1” (%2, as cited in %3, %4)"), q.text, speaker,
                           source.publisher, source.published_year or translate("APA", "n.d."))


def work(q: QuotePage) -> Work | None:
    return None
