"""An event as an iCalendar (.ics) file that calendar programs accept.

Imported only when someone adds an event to a calendar: icalendar is not needed before."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..content.pages.event import EventPage

OSLO = ZoneInfo("Europe/Oslo")
TIME_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})")


class NoDateError(ValueError):
    """The sources give no day for this event, so it cannot go in a calendar."""


def event_ics(event: EventPage) -> bytes:
    """The event as a calendar file; NoDateError when the sources give no day for it."""
    key, name, description, year, month, day = (event.key, event.name, event.description,
                                                event.year, event.month, event.day)
    certain, note, time, venue, city = (event.year_certain, event.date_note, event.time,
                                        event.venue, event.city)
    sources = [s.url for s in event.sources.items if s.url]
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
