"""The interface's words for the codes the content stores: badges, statuses, fees, designs,
forms, sizes, languages and what was not found. The content keeps codes ("suggested",
"free", "cochrane_review"), never interface words, so each interface language words them
here and the English interface shows no Norwegian labels."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from .i18n import TranslationContext
from .messages import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate


class Codes(TranslationContext):
    """The translation context of the codes' words (``Codes.tr(text, None, n)`` is how
    lupdate finds a plural)."""


def _worded(table: dict[str, str], code: str | None) -> str:
    """``code`` in the interface's words; an unknown code (from a database this version
    does not know) as it is, so nothing is hidden."""
    if not code:
        return ""
    words = table.get(code)
    return translate("Codes", words) if words else code


NOT_GIVEN = QT_TRANSLATE_NOOP("Codes", "Not given in the sources")
STRENGTHS = {"A": "A", "B": "B", "C": "C", "D": "D",
             "suggested": QT_TRANSLATE_NOOP("Codes", "Suggested"), "not_given": NOT_GIVEN}
EVIDENCE = {"1a": "1a", "1b": "1b", "2a": "2a", "2b": "2b", "3": "3", "4": "4",
            "consensus": QT_TRANSLATE_NOOP("Codes", "Consensus"), "not_given": NOT_GIVEN}
TREATMENT_ROLES = {"supporting_treatment": QT_TRANSLATE_NOOP("Codes", "Supporting treatment")}
FEES = {"free": QT_TRANSLATE_NOOP("Codes", "Free"),
        "charged": QT_TRANSLATE_NOOP("Codes", "A fee is charged")}
EVENT_STATUSES = {"announced": QT_TRANSLATE_NOOP("Codes", "Announced (as of %1)"),
                  "postponed": QT_TRANSLATE_NOOP("Codes", "Postponed (in %1)")}
REPORT_STATUSES = {"published": QT_TRANSLATE_NOOP("Codes", "Published"),
                   "in_production": QT_TRANSLATE_NOOP("Codes", "In production (as of %1)"),
                   "planned": QT_TRANSLATE_NOOP("Codes", "Planned (as of %1)")}
FORMS = {"evaluation": QT_TRANSLATE_NOOP("Codes", "User-experience report"),
         "article": QT_TRANSLATE_NOOP("Codes", "Article"),
         "book": QT_TRANSLATE_NOOP("Codes", "Book"),
         "handbook": QT_TRANSLATE_NOOP("Codes", "Handbook"),
         "abstracts": QT_TRANSLATE_NOOP("Codes", "Book of abstracts")}
DESIGNS = {"cochrane_review": QT_TRANSLATE_NOOP("Codes", "Cochrane review"),
           "systematic_review": QT_TRANSLATE_NOOP("Codes", "Systematic review"),
           "metasynthesis": QT_TRANSLATE_NOOP("Codes", "Metasynthesis"),
           "cluster_randomised_trial": QT_TRANSLATE_NOOP("Codes", "Cluster-randomised trial")}
NUMBERS_FROM = {
    "publication": QT_TRANSLATE_NOOP("Codes", "The publication itself"),
    "summary": QT_TRANSLATE_NOOP("Codes", "A summary of it, not the publication itself"),
    "press": QT_TRANSLATE_NOOP("Codes", "The press, not the publication itself")}
LANGUAGES = {"nb": QT_TRANSLATE_NOOP("Codes", "Norwegian (bokmål)"),
             "nn": QT_TRANSLATE_NOOP("Codes", "Norwegian (nynorsk)"),
             "en": QT_TRANSLATE_NOOP("Codes", "English")}
TITLE_FROM = {
    "address": QT_TRANSLATE_NOOP("Codes", "The source gives no title; the title in brackets "
                                          "is made from the page's address."),
    "described": QT_TRANSLATE_NOOP("Codes", "The source gives no title; the title in "
                                            "brackets describes it."),
    "first_line": QT_TRANSLATE_NOOP("Codes", "The title in brackets is the first line of "
                                             "the work, very probably its title.")}
NOT_FOUND = {"title": QT_TRANSLATE_NOOP("Codes", "title"),
             "year": QT_TRANSLATE_NOOP("Codes", "year"),
             "address": QT_TRANSLATE_NOOP("Codes", "web address")}


def not_given() -> str:
    """'Not given in the sources', where a value would go."""
    return translate("Codes", NOT_GIVEN)


def strength(code: str | None) -> str:
    return _worded(STRENGTHS, code)


def evidence(code: str | None) -> str:
    return _worded(EVIDENCE, code)


def treatment_role(code: str | None) -> str:
    return _worded(TREATMENT_ROLES, code)


def fee(code: str | None) -> str:
    return _worded(FEES, code)


def form(code: str | None) -> str:
    return _worded(FORMS, code)


def design(code: str | None) -> str:
    return _worded(DESIGNS, code)


def numbers_from(code: str | None) -> str:
    return _worded(NUMBERS_FROM, code)


def language(code: str | None) -> str:
    return _worded(LANGUAGES, code)


def title_note(code: str | None) -> str:
    return _worded(TITLE_FROM, code)


def with_year(table: dict[str, str], code: str | None, year: int | None) -> str:
    """A status as of its year: 'Announced (as of 2026)'; without a year, the bare word."""
    worded = _worded(table, code)
    if year is None:  # the words without their bracketed year: "Announced", "Kunngjort"
        return re.sub(r"\s*\([^()]*%1[^()]*\)", "", worded).strip()
    return fill(worded, year)


def event_status(code: str | None, year: int | None) -> str:
    return with_year(EVENT_STATUSES, code, year)


def report_status(code: str | None, year: int | None = None) -> str:
    return with_year(REPORT_STATUSES, code, year)


def not_found(codes: str | None) -> str:
    """'title, year and web address': what was looked for and not found (codes, spaced)."""
    return QLocale().createSeparatedList([_worded(NOT_FOUND, c) for c in (codes or "").split()])


def size(studies: int | None, unit: str | None, participants: int | None) -> str:
    """'21 trials, 1,984 participants', in the interface's numbers; '' when neither."""
    parts = []
    if studies is not None:
        words = {"trials": Codes.tr("%Ln trial(s)", None, studies),
                 "reports": Codes.tr("%Ln report(s)", None, studies)}
        parts.append(words.get(unit or "", Codes.tr("%Ln studies", None, studies)))
    if participants is not None:
        parts.append(Codes.tr("%Ln participant(s)", None, participants))
    return ", ".join(parts)
