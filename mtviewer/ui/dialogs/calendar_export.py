"""'Add to calendar': an event saved as an .ics file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...formatting import file_name, fill
from ..host import Host
from .save import ask_save_path, write_or_explain

translate = QCoreApplication.translate


def export_calendar(host: Host, event_id: int) -> QMessageBox | None:
    """Ask where to save the event's .ics file and write it, then say where it went,
    offering to open it (in the calendar program) or its folder; that message, or None."""
    from ...content.pages.event import EventPage
    from ...export.calendar import NoDateError, event_ics  # icalendar, on first use

    title = translate("Calendar", "Add to calendar")
    window = host.dialog_parent()
    event = host.content.page("event", event_id)
    try:
        if not isinstance(event, EventPage):
            raise LookupError(event_id)
        data = event_ics(event, translate)
    except (LookupError, NoDateError):
        QMessageBox.information(window, title, translate(
            "Calendar", "The sources do not give this event's date, so it cannot go in a "
                        "calendar."))
        return None
    path = ask_save_path(window, title, file_name(event.name, event.year, suffix=".ics"),
                         translate("Calendar", "Calendar files (*.ics)"), ".ics", host.settings)
    if path is None:
        return None
    from ...files import write_bytes

    if not write_or_explain(window, title, lambda: write_bytes(path, data)):
        return None
    from .print_output import saved

    message = fill(translate("Calendar", "Saved %1; open it with your calendar program."), path)
    host.tell(message, 8000)
    return saved(window, title, path, message, translate("Calendar", "Open in calendar"))
