"""How the window shows each kind of record, declared once per kind.

On top of the read side's registry (``mtviewer.content.kinds``): the tab's title and
tooltip, the list's columns, what one record is called and how many are counted in words.
Tab order, menus, shortcuts (Ctrl+1 for the first tab, and on) and the list models all
derive from ``TABS``. How a kind's page looks and is cited lives in ``pages/<kind>.py``,
loaded when its first page is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from .. import codes, formatting, paths
from ..content.kinds import DATED, KINDS, Kind
from ..content.titles import titled
from ..i18n import TranslationContext
from ..messages import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


class Kinds(TranslationContext):
    """The translation context of the kinds' words, for the counts' plural forms (``lupdate``
    reads ``Kinds.tr(text, None, n)`` as a plural; ``translate`` would not)."""


@dataclass(frozen=True)
class Column:
    header: str
    """Untranslated; shown through ``title()``."""
    sort_key: str
    """A key of the kind's ``sort_keys``."""
    display: Callable[[Any], str]
    """The cell text from a list row."""
    width: int = 0
    """Starting width in average characters; 0 means the column takes the spare room."""
    searched: bool = True
    """Whether search matches are marked in this column (not in dates, years, audiences)."""
    drop: int = 0
    """In a list too narrow for every column, the columns with a ``drop`` are hidden, 1
    first, so the others are not all cut short (the record's page shows them all); 0:
    always shown."""

    def title(self) -> str:
        return translate("Columns", self.header)

    @property
    def newest_first(self) -> bool:
        """A first click on its title sorts newest first (dates and years), else A to Z."""
        return self.sort_key in DATED


@dataclass(frozen=True)
class KindView:
    name: str
    label: str
    """What one record is called, above its title on its page (untranslated)."""
    title: str = ""
    """The tab's title (untranslated); empty for kinds shown only as pages."""
    tip: str = ""
    columns: tuple[Column, ...] = ()
    checkable: bool = False
    """The list's first column carries a print-selection check box."""
    reading: bool = False
    """Its pages are read more than its list is scanned: the page gets most of the room."""
    holds: str = ""
    """What the list holds, as a search field names it ("the pages about music therapy"),
    untranslated; empty: the tab's title in lower case."""
    counted: Callable[[int], str] = str
    """How many of it, in words with the right plural ("1 quote", "3 quotes")."""
    group: str = ""
    """The tab (a key of ``GROUPS``) that lists this kind, when it has no tab of its own."""
    plural: str = ""
    """What the kind filter of its group's tab calls it (untranslated)."""
    wraps: bool = False
    """Its list offers a reading view: each record's text whole, the rest beneath."""

    @property
    def kind(self) -> Kind:
        return KINDS[self.name]

    def title_text(self) -> str:
        return translate("Kinds", self.title)

    def tip_text(self) -> str:
        return translate("Kinds", self.tip)

    def label_text(self) -> str:
        return translate("Kinds", self.label)

    def list_title(self) -> str:
        """What its list is called: its tab's title, or its name in its group's filter."""
        return translate("Kinds", self.title or self.plural)

    def holds_text(self) -> str:
        return translate("Kinds", self.holds) if self.holds else self.list_title().lower()



def one_line(text: str) -> str:
    return " ".join(text.split())


def when(r: Any) -> str:
    """An event's place in time: 'Upcoming', 'Past', or its status ('Announced'; its page
    says as of when) when it was not held as dated."""
    if r.status:
        return codes.event_status(r.status, None)
    return formatting.when(r.date_year, r.date_month, r.date_day)


def offline_label(key: str) -> str:
    return (translate("Brochures", "Yes") if paths.offline_brochure(key) is not None
            else translate("Brochures", "No"))


VIEWS: dict[str, KindView] = {view.name: view for view in (
    KindView(
        "topic", QT_TRANSLATE_NOOP("Kinds", "About music therapy"),
        QT_TRANSLATE_NOOP("Kinds", "About music therapy"),
        QT_TRANSLATE_NOOP("Kinds", "What music therapy is, what users report, and how to set "
                                   "up a position; each page can be printed as a handout"), (
            Column(QT_TRANSLATE_NOOP("Columns", "Page"), "order", lambda r: r.title, 36),
            Column(QT_TRANSLATE_NOOP("Columns", "What it covers"), "title",
                   lambda r: one_line(r.summary or "")),
        ), reading=True, holds=QT_TRANSLATE_NOOP("Kinds", "the pages about music therapy"),
        counted=lambda n: Kinds.tr("%Ln page(s) about music therapy", None, n)),
    KindView(
        "event", QT_TRANSLATE_NOOP("Kinds", "Event"), QT_TRANSLATE_NOOP("Kinds", "Events"),
        QT_TRANSLATE_NOOP("Kinds", "Conferences and summits"), (
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), "date",
                   lambda r: formatting.partial_date(r.date_year, r.date_month, r.date_day,
                                                     r.date_year_certain, r.date_last_day),
                   28, False),
            Column(QT_TRANSLATE_NOOP("Columns", "Place"), "place",
                   lambda r: formatting.place(r.venue, r.city), 28, drop=1),
            Column(QT_TRANSLATE_NOOP("Columns", "When"), "date", when, 16, False, drop=2),
        ), counted=lambda n: Kinds.tr("%Ln event(s)", None, n)),
    KindView(
        "quote", QT_TRANSLATE_NOOP("Kinds", "Quote"), QT_TRANSLATE_NOOP("Kinds", "Quotes"),
        QT_TRANSLATE_NOOP("Kinds", "What service users, politicians and leaders said"),
        (
            Column(QT_TRANSLATE_NOOP("Columns", "Quote"), "text", lambda r: one_line(r.text)),
            Column(QT_TRANSLATE_NOOP("Columns", "Who"), "who",
                   lambda r: formatting.speaker(r.who, r.cites, r.unnamed, r.who_organisation),
                   26),
            Column(QT_TRANSLATE_NOOP("Columns", "Said at"), "said_at",
                   lambda r: r.said_at or "", 20, drop=1),
            Column(QT_TRANSLATE_NOOP("Columns", "Source"), "source", lambda r: r.source_title,
                   22, drop=2),
            Column(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year, r.year_certain), 20, False),
        ), checkable=True, wraps=True, counted=lambda n: Kinds.tr("%Ln quote(s)", None, n)),
    KindView(
        "guideline", QT_TRANSLATE_NOOP("Kinds", "Guideline"),
        QT_TRANSLATE_NOOP("Kinds", "Guidelines"),
        QT_TRANSLATE_NOOP("Kinds", "National guidelines that recommend music therapy"),
        (
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Identifier"), "identifier",
                   lambda r: r.identifier or "", 14),
            Column(QT_TRANSLATE_NOOP("Columns", "Recommendation"), "strength",
                   lambda r: codes.strength(r.strength), 22, False, drop=1),
            Column(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year), 8, False),
        ), counted=lambda n: Kinds.tr("%Ln guideline(s)", None, n)),
    KindView(
        "brochure", QT_TRANSLATE_NOOP("Kinds", "Brochure"),
        QT_TRANSLATE_NOOP("Kinds", "Brochures"),
        QT_TRANSLATE_NOOP("Kinds",
                          "Brochures for professionals and for people with substance problems"),
        (
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), "title",
                   lambda r: titled(r.title, r.title_from)),
            Column(QT_TRANSLATE_NOOP("Columns", "Audience"), "audience",
                   lambda r: formatting.audience(r.audience), 32, False),
            Column(QT_TRANSLATE_NOOP("Columns", "Offline copy"), "title",
                   lambda r: offline_label(r.key), 14, False, drop=1),
        ), counted=lambda n: Kinds.tr("%Ln brochure(s)", None, n)),
    KindView(
        "person", QT_TRANSLATE_NOOP("Kinds", "Person"), tip=QT_TRANSLATE_NOOP(
            "Kinds", "The people the sources name, with what they said and where"),
        columns=(
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name, 28),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), "role", lambda r: formatting.role(
                r.role, r.role_year, r.role_until, r.role_year_certain, standing=True)),
        ), counted=lambda n: Kinds.tr("%Ln person(s)", None, n), group="directory",
        plural=QT_TRANSLATE_NOOP("Kinds", "People")),
    KindView(
        "organisation", QT_TRANSLATE_NOOP("Kinds", "Organisation"), tip=QT_TRANSLATE_NOOP(
            "Kinds", "Organisations behind the events, guidelines and brochures"),
        columns=(
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Short name"), "short_name",
                   lambda r: r.short_name or "", 14),
        ), counted=lambda n: Kinds.tr("%Ln organisation(s)", None, n),
        group="directory",
        plural=QT_TRANSLATE_NOOP("Kinds", "Organisations")),
    KindView(
        "report", QT_TRANSLATE_NOOP("Kinds", "Report"), tip=QT_TRANSLATE_NOOP(
            "Kinds", "User-experience reports, articles, books and the establishment handbook"),
        columns=(
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), "title",
                   lambda r: titled(r.title, r.title_from)),
            Column(QT_TRANSLATE_NOOP("Columns", "Type"), "form", lambda r: codes.form(r.form),
                   26, False),
            Column(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year, r.year_certain), 14, False),
        ), counted=lambda n: Kinds.tr("%Ln report(s)", None, n), group="library",
        plural=QT_TRANSLATE_NOOP("Kinds", "Reports")),
    KindView(
        "research", QT_TRANSLATE_NOOP("Kinds", "Research"), tip=QT_TRANSLATE_NOOP(
            "Kinds", "Reviews and trials, with their numbers as published and where the "
                     "numbers come from"),
        columns=(
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), "title",
                   lambda r: titled(r.title, r.title_from)),
            Column(QT_TRANSLATE_NOOP("Columns", "Design"), "design",
                   lambda r: codes.design(r.design), 24, False),
            Column(QT_TRANSLATE_NOOP("Columns", "Size"), "size",
                   lambda r: codes.size(r.studies, r.study_unit, r.participants)
                   or codes.not_given(), 30, False),
            Column(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year), 8, False),
        ), counted=lambda n: Kinds.tr("%Ln research record(s)", None, n), group="library",
        plural=QT_TRANSLATE_NOOP("Kinds", "Research")),
)}


@dataclass(frozen=True)
class TabGroup:
    """A tab that lists several kinds, one at a time, chosen with a kind filter."""

    name: str
    title: str
    tip: str
    kinds: tuple[str, ...]

    def title_text(self) -> str:
        return translate("Kinds", self.title)

    def tip_text(self) -> str:
        return translate("Kinds", self.tip)


GROUPS: dict[str, TabGroup] = {group.name: group for group in (
    TabGroup("library", QT_TRANSLATE_NOOP("Kinds", "Reports & research"),
             QT_TRANSLATE_NOOP("Kinds", "Reports, articles and research in numbers"),
             tuple(name for name, view in VIEWS.items() if view.group == "library")),
    TabGroup("directory", QT_TRANSLATE_NOOP("Kinds", "People & organisations"),
             QT_TRANSLATE_NOOP("Kinds", "People and organisations the sources name"),
             tuple(name for name, view in VIEWS.items() if view.group == "directory")),
)}

TABS = (*(name for name, view in VIEWS.items() if view.title), *GROUPS)
"""The tabs, in order (a kind's own tab, or a group's); their shortcuts are Ctrl+1 and on."""


def tab_of(kind: str) -> str:
    """The tab that lists ``kind``."""
    return VIEWS[kind].group or kind


def tab_title(tab: str) -> str:
    return GROUPS[tab].title_text() if tab in GROUPS else VIEWS[tab].title_text()


def tab_tip(tab: str) -> str:
    return GROUPS[tab].tip_text() if tab in GROUPS else VIEWS[tab].tip_text()


def tab_shortcut(tab: str) -> str:
    """Ctrl+1 for the first tab, and on: derived from the order of ``TABS``."""
    place = TABS.index(tab) + 1
    return f"Ctrl+{place}" if place <= 9 else ""


def counts_text(counts: Mapping[str, int], kinds: Iterable[str] | None = None) -> str:
    """How much the content holds, in words: "4 pages about music therapy, 1 event, … and
    2 reports", each kind in the plural its number takes, in the registry's order."""
    return QLocale().createSeparatedList(
        [VIEWS[kind].counted(counts.get(kind, 0)) for kind in (kinds or VIEWS)])
