"""Turning stored values into text for people, in the interface language."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QLocale

from .content import attribution
from .messages import fill  # noqa: F401 (the window's messages fill here too)


def partial_date(year: int | None, month: int | None, day: int | None,
                 year_certain: bool = True, last_day: int | None = None) -> str:
    """Show only what is known: '22 November 2018', '7–9 June 2018', '9 November, year
    uncertain (probably 2017)'."""
    locale = QLocale()
    month_name = locale.monthName(month, QLocale.FormatType.LongFormat) if month else ""
    if day and month and last_day and last_day > day:
        day_month = QCoreApplication.translate("Format", "{first}–{last} {month}").format(
            first=day, last=last_day, month=month_name)
    elif day and month:
        day_month = QCoreApplication.translate("Format", "{day} {month}").format(
            day=day, month=month_name)
    else:
        day_month = month_name
    if year is None:
        return day_month or QCoreApplication.translate("Format", "Date unknown")
    if not year_certain:
        if day_month:
            return QCoreApplication.translate(
                "Format", "{day_month}, year uncertain (probably {year})").format(
                day_month=day_month, year=year)
        return year_text(year, False)
    return f"{day_month} {year}" if day_month else str(year)


def when(year: int | None, month: int | None, day: int | None,
         today: datetime.date | None = None) -> str:
    """'Upcoming', 'Today' or 'Past', as far as the known part of the date tells."""
    if year is None:
        return ""
    today = today or datetime.date.today()
    known = (year, month or 0, day or 0)
    now = (today.year, today.month if month else 0, today.day if day else 0)
    if known == now:
        return (QCoreApplication.translate("Format", "Today") if day
                else QCoreApplication.translate("Format", "Now"))
    if known > now:
        return QCoreApplication.translate("Format", "Upcoming")
    return QCoreApplication.translate("Format", "Past")


def year_text(year: int | None, certain: bool = True) -> str:
    """'2018', or an uncertain year in words: 'probably 2017'."""
    return attribution.year_text(year, certain, QCoreApplication.translate)


def speaker(who: str | None, cites: str | None = None, unnamed: str | None = None,
            organisation: str | None = None) -> str:
    """Who said a quote, and whom they quoted: 'Inga Marte Thorkildsen, quoting Cato …'; a
    speaker the source does not name: 'Service user (name not given), Fredrikstad kommune'."""
    return attribution.speaker_text(who, cites, QCoreApplication.translate, unnamed,
                                    organisation)


def role(text: str | None, year: int | None, until: int | None = None,
         certain: bool = True, standing: bool = False) -> str:
    """A role with the years it was held, 'ordfører i Oslo (2017)'; ``standing`` alone (a
    list cell, a field), its first letter in upper case: 'Ordfører i Oslo (2017)'."""
    shown = attribution.dated(text, year, until, certain, QCoreApplication.translate)
    return shown[:1].upper() + shown[1:] if standing else shown


def participants(count: int | None, qualifier: str | None) -> str:
    if count is None:
        return ""
    templates = {
        "about": QCoreApplication.translate("Format", "about {n}"),
        "more than": QCoreApplication.translate("Format", "more than {n}"),
    }
    return templates.get(qualifier or "", "{n}").format(n=count)


def audience(value: str) -> str:
    labels = {
        "professionals": QCoreApplication.translate("Format", "Professionals"),
        "people_with_substance_problems": QCoreApplication.translate(
            "Format", "People with substance problems"),
    }
    return labels.get(value, value)


def place(venue: str | None, city: str | None) -> str:
    return ", ".join(p for p in (venue, city) if p)


_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ü": "u"})
_NOT_NAME = re.compile(r"[^a-z0-9]+")


def file_name(*parts: object, suffix: str) -> str:
    """A file name made from a record: ``file_name("Polyfon-konferansen", 2018, suffix=".ics")``
    gives ``polyfon-konferansen-2018.ics``: lower case, æ ø å spelled out, any other
    run of signs one hyphen; a year already in the words is not repeated."""
    words: list[str] = []
    for part in (p for p in parts if p is not None):
        slug = _NOT_NAME.sub("-", str(part).casefold().translate(_LETTERS)).strip("-")
        if slug and slug not in "-".join(words).split("-"):
            words.append(slug)
    return ("-".join(words)[:80].strip("-") or "mtviewer") + suffix



