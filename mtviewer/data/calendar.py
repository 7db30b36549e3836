"""An event as an iCalendar (.ics) file that calendar programs accept."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import Engine

OSLO = ZoneInfo("Europe/Oslo")
TIME_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})")


class NoDateError(ValueError):
    """The sources give no day for this event, so it cannot go in a calendar."""


def event_ics(engine: Engine, event_id: int) -> bytes:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        row = raw.execute(
            "SELECT key, name, description, date_year, date_month, date_day, date_year_certain, "
            "date_note, time, venue, city FROM event WHERE id = ?", (event_id,)).fetchone()
        sources = [r[0] for r in raw.execute(
            "SELECT s.url FROM event_source es JOIN source s ON s.id = es.source_id "
            "WHERE es.event_id = ? AND s.url IS NOT NULL ORDER BY s.id", (event_id,))]
    if row is None:
        raise LookupError(event_id)
    key, name, description, year, month, day, certain, note, time, venue, city = row
    if not (year and month and day):
        raise NoDateError(name)
    day_date = datetime.date(year, month, day)
    item = Event()
    item.add("uid", f"{key}@mtviewer")
    item.add("dtstamp", datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))
    item.add("summary", name if certain else f"{name} (?)")
    match = TIME_RANGE.search(time or "")
    if match:
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        item.add("dtstart", datetime.datetime.combine(day_date, datetime.time(h1, m1), OSLO))
        item.add("dtend", datetime.datetime.combine(day_date, datetime.time(h2, m2), OSLO))
    else:
        item.add("dtstart", day_date)
        item.add("dtend", day_date + datetime.timedelta(days=1))
    location = ", ".join(p for p in (venue, city) if p)
    if location:
        item.add("location", location)
    notes = [description or ""]
    if not certain:
        notes.append(note or "The year is uncertain.")
    notes += sources
    item.add("description", "\n\n".join(n for n in notes if n))
    if sources:
        item.add("url", sources[0])
    calendar = Calendar()
    calendar.add("prodid", "-//mtviewer//music therapy resources//NO")
    calendar.add("version", "2.0")
    calendar.add_component(item)
    return calendar.to_ical()
