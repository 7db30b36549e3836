"""Values the compiler works out rather than reads (a quote's speaker as the list shows
them, an event's sort date), and the rules that span a record's fields; named by the models
(``models``) that declare them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..content.titles import titled
from .declare import Find, Record

Check = Callable[[Record], list[str]]


def sort_date(r: Record, _find: Find) -> str:
    date = r["date"]
    return "{:04d}-{:02d}-{:02d}".format(date.get("year") or 0, date.get("month") or 0,
                                         date.get("day") or 0)


def real_date_of(field: str) -> Check:
    """A day and month that exist (29 February only in leap years); a day needs a month; a
    last day (of an event of several days) comes after the first, in the same month."""
    def check(r: Record) -> list[str]:
        import calendar

        date = r.get(field)
        if not isinstance(date, dict):
            return []
        problems = []
        month, day, year = date.get("month"), date.get("day"), date.get("year")
        last = date.get("last_day")
        if isinstance(month, int) and not 1 <= month <= 12:
            problems.append(f"{field}.month: must be between 1 and 12")
        for name, value in (("day", day), ("last_day", last)):
            if isinstance(value, int) and not 1 <= value <= 31:
                problems.append(f"{field}.{name}: must be between 1 and 31")
        if day is not None and month is None:
            problems.append(f"{field}.day: a day needs a month")
        if last is not None and not (isinstance(day, int) and isinstance(last, int)
                                     and last > day):
            problems.append(f"{field}.last_day: must come after the first day")
        if isinstance(month, int) and isinstance(day, int) and 1 <= month <= 12:
            known_year = year if isinstance(year, int) and 1 <= year <= 9999 else 2000
            days = calendar.monthrange(known_year, month)[1]  # 2000: a leap year
            for value in (day, last):
                if isinstance(value, int) and days < value <= 31:
                    problems.append(f"{field}: {value}.{month}. is not a day of the calendar"
                                    + (f" in {year}" if known_year == year else ""))
        return problems
    return check


real_date = real_date_of("date")


def who(r: Record, find: Find) -> str:
    """The speaker's name; "" when the source names no one (the interface words that)."""
    speaker = find("person", r.get("speaker"))
    return speaker["name"] if speaker else ""


def short_name(field: str) -> Callable[[Record, Find], Any]:
    """The short name (else the name) of the organisation ``field`` refers to, if any."""
    def compute(r: Record, find: Find) -> Any:
        found = find("organisation", r.get(field))
        return (found.get("short_name") or found["name"]) if found else None
    return compute


def named(kind: str, field: str, name: str = "name") -> Callable[[Record, Find], Any]:
    """The ``name`` of the ``kind`` record that ``field`` refers to, if any."""
    def compute(r: Record, find: Find) -> Any:
        found = find(kind, r.get(field))
        return found[name] if found else None
    return compute


def first_source_title(r: Record, find: Find) -> str:
    """The first source's title as shown (in brackets when the source gives none)."""
    found = find("source", r["sources"][0])
    assert found is not None  # the source check names every source
    return titled(found["title"], found.get("title_from"))


def speaker_given(r: Record) -> list[str]:
    if r.get("speaker") and r.get("unnamed"):
        return ["unnamed: a quote with a speaker is not unnamed"]
    if r.get("speaker") or r.get("unnamed"):
        return []
    return ["speaker: give a speaker id, or say who the unnamed speaker is (unnamed)"]


# Every fact dated where time matters: a role, an offer, a status, a post

YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
NOW_WORDS = re.compile(
    r"(?<!\w)(tilbyr|tilbys|låner ut|lånes ut|kan bestilles|kan fås|kan lastes ned|"
    r"har fått til|har ansatt|er ansatt|ansetter|har stillinger?|koordinerer|koordineres|"
    r"leder|ledes|driver|drives|deler ut|gir ut|arbeider for|jobber|er under produksjon|"
    r"er planlagt|planlegger|har \d+ (?:medlemmer|stillinger|partnere))(?!\w)",
    re.IGNORECASE)
"""Verbs that state an offer, a post, a role or a status as today's: a sentence holding one
must say the year it held (``dated_text``)."""


def undated(text: object) -> list[str]:
    """The sentences of ``text`` that state an offer, a post or a status without a year."""
    if not isinstance(text, str):
        return []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return [s for s in sentences if NOW_WORDS.search(s) and not YEAR_IN_TEXT.search(s)]


def _undated_problems(field: str, text: object) -> list[str]:
    return [f"{field}: states an offer, a post or a status without its year: "
            f"{sentence[:80]!r}" for sentence in undated(text)]


def dated_text(*fields: str) -> Check:
    def check(r: Record) -> list[str]:
        return [p for field in fields for p in _undated_problems(field, r.get(field))]
    return check


def dated_sections(r: Record) -> list[str]:
    sections = r.get("sections")
    if not isinstance(sections, list):
        return []
    return [p for n, section in enumerate(sections) if isinstance(section, dict)
            for p in _undated_problems(f"sections[{n}].text", section.get("text"))]


def role_dated(r: Record) -> list[str]:
    """A role (or an organisation) is a person's as of a year."""
    problems = []
    if (r.get("role") or r.get("organisation")) and r.get("role_year") is None:
        problems.append("role_year: a role or an organisation is someone's as of a year; "
                        "give the year")
    until, since = r.get("role_until"), r.get("role_year")
    if isinstance(until, int) and not (isinstance(since, int) and until > since):
        problems.append("role_until: must come after role_year")
    return problems


def status_dated(r: Record) -> list[str]:
    """A status other than done (in production, planned, announced, postponed) is as of a
    year."""
    status = r.get("status")
    if status and status != "published" and r.get("status_year") is None:
        return [f"status_year: the status {status!r} is as of a year; give the year"]
    return []


def offer_dated(r: Record) -> list[str]:
    """Paper copies offered from somewhere are an offer of a year."""
    if r.get("paper_copies_from") and r.get("paper_copies_year") is None:
        return ["paper_copies_year: paper copies were offered in a year; give the year"]
    return []


def numbers_cited(r: Record) -> list[str]:
    """The source of a research record's numbers is one of its sources."""
    cited = r.get("numbers_source")
    if isinstance(cited, str) and cited not in (r.get("sources") or []):
        return ["numbers_source: must be one of the record's sources"]
    return []


def research_size(r: Record, _find: Find) -> int:
    return r.get("participants") or r.get("studies") or 0


def sections_sources(r: Record, _find: Find) -> list[str]:
    """Every source a topic's sections cite, each once, in the order first cited."""
    return list(dict.fromkeys(key for section in r["sections"] for key in section["sources"]))


def has_sections(r: Record) -> list[str]:
    return ["sections: a topic needs at least one section"] if r.get("sections") == [] else []


MONTHS = (("januar", "January"), ("februar", "February"), ("mars", "March"), ("april", "April"),
          ("mai", "May"), ("juni", "June"), ("juli", "July"), ("august", "August"),
          ("september", "September"), ("oktober", "October"), ("november", "November"),
          ("desember", "December"))


def date_words(r: Record) -> list[str]:
    """An event's date and time in every form people write them, for search: "22. november
    2018", "22.11.2018", "22.11.18", "2018-11-22", "November 22, 2018", "november 2018",
    "2018"; a time as written and as "kl. 09.00"."""
    given = r.get("date")
    date = given if isinstance(given, dict) else {}
    year, month, day = date.get("year"), date.get("month"), date.get("day")
    found = []
    if isinstance(month, int) and 1 <= month <= 12:
        norwegian, english = MONTHS[month - 1]
        known = f" {year}" if isinstance(year, int) else ""
        found += [f"{norwegian}{known}", english]
        if isinstance(day, int):
            found += [f"{day}. {norwegian}{known}", f"{english} {day}"]
            if isinstance(year, int):
                found += [f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}",
                          f"{day:02d}.{month:02d}.{year % 100:02d}",
                          f"{year}-{month:02d}-{day:02d}"]
    if isinstance(year, int):
        found.append(str(year))
    for hour, minute in re.findall(r"\b(\d{1,2})[:.](\d{2})\b", str(r.get("time") or "")):
        found += [f"kl. {hour}.{minute}", f"{hour}:{minute}"]
    return found
