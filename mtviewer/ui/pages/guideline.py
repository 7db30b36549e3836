"""A guideline's page and citation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import codes, formatting
from ...content.pages.guideline import GuidelinePage
from ..apa import Work
from ..details.render import PageHtml
from . import PageAction

translate = QCoreApplication.translate
ACTIONS: dict[str, PageAction] = {}


def title(g: GuidelinePage) -> str:
    return g.name


def fill(page: PageHtml, g: GuidelinePage) -> None:
    page.text_field(translate("Details", "Identifier"), g.identifier or codes.not_given())
    page.text_field(translate("Details", "Year"), g.year)
    page.field(translate("Details", "Issued by"), page.link(g.issuer) if g.issuer else None)
    page.badge(translate("Details", "Strength of recommendation"), codes.strength(g.strength),
               g.strength_note)
    page.badge(translate("Details", "Evidence basis"), codes.evidence(g.evidence_level),
               g.evidence_note)
    page.text_field(translate("Details", "Music therapy as"), codes.treatment_role(
        g.treatment_role))
    if g.recommendation:
        page.section(translate("Details", "Recommendation"), None)
        page.quote(g.recommendation)
    if g.rationale:
        page.section(translate("Details", "Why, in the guideline's words"), None)
        page.quote(g.rationale)
    page.paragraph(g.summary)
    page.paragraph(g.note)
    page.list_section(translate("Details", "Research"), g.research, page.link)
    page.list_section(translate("Details", "Pages about music therapy"), g.topics, page.link)
    page.list_section(translate("Details", "Presented at"), g.events, page.link)


def cite(g: GuidelinePage) -> tuple[str, list[str]]:
    return g.name, [g.identifier or "", g.issuer.label if g.issuer else "",
                    formatting.year_text(g.year)]


def work(g: GuidelinePage) -> Work:
    """The guideline itself, at the issuer's own page for it where the content has one (its
    source published by the issuer, or a guideline page on the national guideline site)."""
    issuer = g.issuer.label if g.issuer else ""
    own = next((s for s in g.sources.items if s.url and (
        s.publisher == issuer or "/retningslinjer/" in s.url)), None)
    return Work(issuer, g.year, g.name, number=g.identifier or "",
                url=own.url or "" if own else "")
