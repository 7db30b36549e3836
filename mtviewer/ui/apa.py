"""References in APA 7 style (the style Norwegian health-education writing uses), in the
interface language: the record itself where it is a work (a review, a report, a
guideline, a brochure, an event), then each source it rests on, each with the date it was
read. Names, titles and publishers are given as the content gives them; a title the
source does not give stays in brackets.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from .. import formatting
from ..content.pages import SourceRef

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Work:
    """What an APA reference needs of a work."""

    author: str
    """A person, several, or an organisation, as the content gives them ("" unknown)."""
    year: int | None
    title: str
    month: int | None = None
    day: int | None = None
    description: str = ""
    """What it is, in brackets after the title ("Brochure", "Conference")."""
    number: str = ""
    """Its number, in parentheses after the title ("IS-2211")."""
    container: str = ""
    """The journal or site it is part of: then the container, not the title, is italic."""
    details: str = ""
    """Where in the container (an issue, a review number)."""
    publisher: str = ""
    url: str = ""
    """Its address (a DOI's as https://doi.org/…)."""


def from_source(source: SourceRef) -> Work:
    """A source article or web page as a work: its publisher is its author."""
    return Work(source.publisher, source.published_year, source.title,
                source.published_month, source.published_day, url=source.url or "")


def _date(work: Work) -> str:
    if work.year is None:
        return translate("APA", "n.d.")
    if work.month is None:
        return str(work.year)
    when = QLocale().monthName(work.month, QLocale.FormatType.LongFormat)
    if work.day is not None:  # "November 22", "22. november"
        when = formatting.fill(translate("APA", "%2 %1", "day, month"), work.day, when)
    return f"{work.year}, {when}"


def day_text(day: datetime.date, form: str) -> str:
    """``day`` in the interface's words, by a translated ``QDate`` format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def _accessed(url: str, on: datetime.date) -> str:
    read = day_text(on, translate("APA", "MMMM d, yyyy", "the date a page was read"))
    return formatting.fill(translate("APA", "Retrieved %1, from %2"), read, url)


def same_title(a: str, b: str) -> bool:
    """Whether two titles name the same work, brackets and case aside."""
    def bare(t: str) -> str:
        return " ".join(t.strip("[]").casefold().split())
    return bare(a) == bare(b)


def reference(work: Work, accessed: datetime.date) -> tuple[str, str]:
    """One APA reference, as plain text and as HTML (italics where APA has them). Without
    an author, the title goes first, as APA has it."""
    date = f"({_date(work)})."
    after = "".join(part for part in (f" [{work.description}]" if work.description else "",
                                      f" ({work.number})" if work.number else ""))
    author = work.author.strip().rstrip(".")
    if work.container:  # a part of a journal or a site: the container is italic
        title_plain = f"{work.title}{after}. {work.container}" + (
            f", {work.details}" if work.details else "") + "."
        title_html = f"{escape(work.title)}{escape(after)}. <i>{escape(work.container)}</i>" + (
            f", {escape(work.details)}" if work.details else "") + "."
    else:
        details = f" {work.details}." if work.details else ""
        title_plain = f"{work.title}{after}.{details}"
        title_html = f"<i>{escape(work.title)}</i>{escape(after)}.{escape(details)}"
    if author:
        plain, html = [f"{author}. {date} {title_plain}"], [
            f"{escape(author)}. {escape(date)} {title_html}"]
    else:
        plain, html = [f"{title_plain} {date}"], [f"{title_html} {escape(date)}"]
    if work.publisher and work.publisher.rstrip(".") != author:
        plain.append(f" {work.publisher}.")
        html.append(f" {escape(work.publisher)}.")
    if work.url:
        plain.append(" " + _accessed(work.url, accessed))
        link = f'<a href="{escape(work.url, quote=True)}">{escape(work.url)}</a>'
        html.append(" " + escape(_accessed("\0", accessed)).replace("\0", link))
    return "".join(plain), "".join(html)
