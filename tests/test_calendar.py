"""Calendar files that strict readers accept: checked with icalendar (round trip), with the
independent strict RFC 5545 reader ``ical``, and against the rules Outlook enforces
(a VTIMEZONE for every TZID that covers the event, a real DTSTAMP)."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mtviewer.export.calendar import event_ics

TIMED, UNCERTAIN = 1, 2  # the Polyfon conference (09:00–16:00), the summit (probably 2017)


def _tzids(calendar: Calendar) -> set[str]:
    used = set()
    for component in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            value = component.get(name)
            if value is not None and "TZID" in value.params:
                used.add(value.params["TZID"])
    return used


@pytest.mark.parametrize("event_id", [TIMED, UNCERTAIN])
def test_every_time_zone_an_event_names_is_in_the_file(content, event_id):
    data = event_ics(content.page("event", event_id))
    calendar = Calendar.from_ical(data)
    used = _tzids(calendar)
    assert used == {"Europe/Oslo"}
    zones = {tz["TZID"]: tz for tz in calendar.walk("VTIMEZONE")}
    assert set(zones) == used  # RFC 5545 3.2.19: a VTIMEZONE for each TZID, no more
    event = calendar.walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    zone = zones["Europe/Oslo"].to_tz()  # the offsets the file itself states
    assert start.replace(tzinfo=zone).utcoffset() == start.replace(
        tzinfo=ZoneInfo("Europe/Oslo")).utcoffset()
    assert calendar.to_ical() == data  # read back, the file says the same, byte for byte


@pytest.mark.parametrize("event_id", [TIMED, UNCERTAIN])
def test_a_strict_reader_accepts_the_file_and_reads_the_same_times(content, event_id):
    from ical.calendar_stream import IcsCalendarStream

    data = event_ics(content.page("event", event_id))
    strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    assert [tz.tz_id for tz in strict.timezones] == ["Europe/Oslo"]
    (event,) = strict.events
    ours = Calendar.from_ical(data).walk("VEVENT")[0]
    assert event.dtstart == ours.decoded("DTSTART")
    assert event.dtend == ours.decoded("DTEND")
    assert event.summary == str(ours["SUMMARY"])


def test_dtstamp_is_when_the_file_was_made_in_utc(content):
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    event = Calendar.from_ical(event_ics(content.page("event", TIMED))).walk("VEVENT")[0]
    stamp = event.decoded("DTSTAMP")
    assert stamp.utcoffset() == datetime.timedelta(0)
    assert before <= stamp <= datetime.datetime.now(datetime.UTC)


def test_an_uncertain_year_is_said_in_words_in_the_interface_language(content, qapp):
    from PySide6.QtCore import QCoreApplication

    from mtviewer import i18n

    translators = i18n.install_translators(qapp, "nb")
    try:
        data = event_ics(content.page("event", UNCERTAIN), QCoreApplication.translate)
    finally:
        i18n.remove_translators(qapp, translators)
    summary = str(Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"])
    assert summary == "Toppmøte om musikkterapi i rus- og psykisk helsefeltet (trolig 2017)"
    assert "?" not in summary
    certain = Calendar.from_ical(event_ics(content.page("event", TIMED))).walk("VEVENT")[0]
    assert str(certain["SUMMARY"]) == "Polyfon-konferansen 2018"


def test_an_event_of_several_days_goes_in_whole_days(content):
    conference = next(i for i in content.ids("event")
                      if content.page("event", i).key == "nasjonal-musikkterapikonferanse-2018")
    event = Calendar.from_ical(event_ics(content.page("event", conference))).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime.date(2018, 6, 7)
    assert event.decoded("DTEND") == datetime.date(2018, 6, 10)  # the day after the last


def test_a_date_no_calendar_has_is_refused_not_raised(content):
    from dataclasses import replace

    from mtviewer.export.calendar import NoDateError

    page = content.page("event", TIMED)
    for broken in (replace(page, day=31, month=2), replace(page, last_day=40)):
        with pytest.raises(NoDateError):
            event_ics(broken)
