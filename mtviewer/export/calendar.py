"""An event as an iCalendar (.ics) file that calendar programs accept.

Imported only when someone adds an event to a calendar: icalendar is not needed before."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..content.attribution import Translate, year_text
from ..content.pages.event import EventPage

OSLO = ZoneInfo("Europe/Oslo")
TIME_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})")


class NoDateError(ValueError):
    """The sources give no day for this event, so it cannot go in a calendar."""


def event_ics(event: EventPage, tr: Translate | None = None,
              now: datetime.datetime | None = None) -> bytes:
    """The event as a calendar file; NoDateError when the sources give no day for it.

    A timed event names its time zone and carries the VTIMEZONE that RFC 5545 requires for
    it (icalendar builds it from the zone database, for the event's year); DTSTAMP is when
    the file was made; an uncertain year is said in words in the title ("probably 2017",
    through ``tr`` in the interface's language)."""
    key, name, description, year, month, day = (event.key, event.name, event.description,
                                                event.year, event.month, event.day)
    certain, note, time, venue, city = (event.year_certain, event.date_note, event.time,
                                        event.venue, event.city)
    sources = [s.url for s in event.sources.items if s.url]
    if not (year and month and day):
        raise NoDateError(name)
    try:  # values read from a database are untrusted
        day_date = datetime.date(year, month, day)
        last = event.last_day if event.last_day and event.last_day > day else None
        last_date = datetime.date(year, month, last) if last is not None else None
    except (ValueError, OverflowError):
        raise NoDateError(name) from None
    item = Event()
    item.add("uid", f"{key}@mtviewer")
    stamp = (now or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
    item.add("dtstamp", stamp.replace(microsecond=0))
    item.add("summary", name if certain else
             f"{name} ({year_text(year, False, tr) if tr else year_text(year, False)})")
    match = TIME_RANGE.search(time or "")
    if last_date is not None:  # several days: all of them, whole days
        item.add("dtstart", day_date)
        item.add("dtend", last_date + datetime.timedelta(days=1))
    elif match:
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
    calendar.add_missing_timezones(first_date=datetime.date(year - 1, 1, 1),
                                   last_date=datetime.date(year + 1, 12, 31))
    return calendar.to_ical()
