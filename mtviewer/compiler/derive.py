"""Values the compiler works out rather than reads (a quote's speaker as the list shows
them, an event's sort date), and the rules that span a record's fields; named by the models
(``models``) that declare them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .declare import Find, Record


def sort_date(r: Record, _find: Find) -> str:
    date = r["date"]
    return "{:04d}-{:02d}-{:02d}".format(date.get("year") or 0, date.get("month") or 0,
                                         date.get("day") or 0)


def real_date(r: Record) -> list[str]:
    """A day and month that exist (29 February only in leap years); a day needs a month."""
    import calendar

    date = r.get("date")
    if not isinstance(date, dict):
        return []
    problems = []
    month, day, year = date.get("month"), date.get("day"), date.get("year")
    if isinstance(month, int) and not 1 <= month <= 12:
        problems.append("date.month: must be between 1 and 12")
    if isinstance(day, int) and not 1 <= day <= 31:
        problems.append("date.day: must be between 1 and 31")
    if day is not None and month is None:
        problems.append("date.day: a day needs a month")
    if isinstance(month, int) and isinstance(day, int) and 1 <= month <= 12 and 1 <= day <= 31:
        known_year = year if isinstance(year, int) and 1 <= year <= 9999 else 2000
        if day > calendar.monthrange(known_year, month)[1]:  # 2000: a leap year
            problems.append(f"date: {day}.{month}. is not a day of the calendar"
                            + (f" in {year}" if known_year == year else ""))
    return problems


def who(r: Record, find: Find) -> str:
    """The speaker's name (or label), with their organisation's short name when given."""
    speaker = find("person", r.get("speaker"))
    organisation = find("organisation", r.get("speaker_organisation"))
    who = speaker["name"] if speaker else r["speaker_label"]
    if organisation is not None:
        who = f"{who}, {organisation.get('short_name') or organisation['name']}"
    return who


def named(kind: str, field: str, name: str = "name") -> Callable[[Record, Find], Any]:
    """The ``name`` of the ``kind`` record that ``field`` refers to, if any."""
    def compute(r: Record, find: Find) -> Any:
        found = find(kind, r.get(field))
        return found[name] if found else None
    return compute


def first_source_title(r: Record, find: Find) -> str:
    found = find("source", r["sources"][0])
    assert found is not None  # the source check names every source
    return found["title"]


def speaker_given(r: Record) -> list[str]:
    if r.get("speaker") or r.get("speaker_label"):
        return []
    return ["speaker: give a speaker id or a speaker_label"]


def sections_sources(r: Record, _find: Find) -> list[str]:
    """Every source a topic's sections cite, each once, in the order first cited."""
    return list(dict.fromkeys(key for section in r["sections"] for key in section["sources"]))


def has_sections(r: Record) -> list[str]:
    return ["sections: a topic needs at least one section"] if r.get("sections") == [] else []
