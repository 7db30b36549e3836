"""Zoom, language switching, the shortcuts list and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mtviewer import app, i18n
from mtviewer.ui.dialogs.help import ShortcutsDialog, about_html, keyboard_groups, keyboard_rows
from mtviewer.ui.main_window import MainWindow

from .conftest import add_records

USERS_BROCHURE = "[Musikkterapi som hjelp for deg med rusproblemer]"  # its first line
PROFESSIONALS_BROCHURE = "[Brosjyre om musikkterapi for fagpersoner]"  # no title was found


def point_size() -> float:
    return QApplication.instance().font().pointSizeF()


def test_zoom_keys_scale_text_within_limits_and_are_remembered(window, qtbot, content, seed_db,
                                                               settings):
    base = window.zoom.base
    view = window.current_tab().view
    row_height = view.verticalHeader().defaultSectionSize()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 110 and point_size() == base * 1.1
    qtbot.waitUntil(lambda: view.verticalHeader().defaultSectionSize() > row_height)
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 300 and point_size() == base * 3
    assert settings.store.value("view/zoom") == 300
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 50
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    again = MainWindow(content, settings, seed_db.parent / "data2")
    qtbot.addWidget(again)
    assert again.zoom.percent == 67 and point_size() == base * 0.67
    qtbot.keyClick(again.current_tab().view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert point_size() == base


def test_language_can_be_switched_from_the_menu_and_is_remembered(qtbot, seed_db, settings):
    window = app.start(seed_db, "en", settings)
    qtbot.addWidget(window)
    window.show_tab("guideline")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view_menu.actions() if a.text() == "&Language")
    norwegian = next(a for a in language.actions() if a.text() == "Norsk bokmål")
    norwegian.trigger()
    new = app._OPEN_WINDOWS[0]
    qtbot.addWidget(new)
    try:
        assert new is not window and new.isVisible() and not window.isVisible()
        assert [new.tabs.tabText(i) for i in range(5)] == [
            "Om musikkterapi", "Arrangementer", "Sitater", "Retningslinjer", "Brosjyrer"]
        assert new.current_tab().kind == "guideline"
        assert settings.store.value("view/language") == "nb"
        remembered = app.start(seed_db, None, settings)
        qtbot.addWidget(remembered)
        assert remembered.tabs.tabText(0) == "Om musikkterapi"
        i18n.remove_translators(QApplication.instance(), remembered.translators)
    finally:
        i18n.remove_translators(QApplication.instance(), new.translators)


def test_shortcuts_dialog_lists_the_keys(window):
    rows = dict((keys, action) for action, keys in keyboard_rows(window))
    for keys in ("Ctrl+P", "Ctrl+F", "Ctrl+K", "Ctrl+Q", "Ctrl+1", "Ctrl+0", "F1"):
        assert keys in rows, keys
    dialog = ShortcutsDialog(window)
    groups = keyboard_groups(window)
    table = dialog.table
    shown = [(table.item(row, 0).text(), table.item(row, 1).text())
             for row in range(table.rowCount()) if row not in dialog.headings]
    assert shown == keyboard_rows(window)  # every shortcut, once, in the order of its task
    assert len(dialog.headings) == len(groups)
    assert dialog.table.accessibleName()
    headings = [dialog.table.item(row, 0).text() for row in dialog.headings]
    assert headings == ["Finding", "Moving around", "Reading and copying",
                        "Printing and presenting", "Files and help"]  # by task, none other
    tasks = {task: dict((keys, action) for action, keys in rows) for task, rows in groups}
    assert "Ctrl+F" in tasks["Finding"] and "Ctrl+P" in tasks["Printing and presenting"]
    assert "Ctrl+1" in tasks["Moving around"] and "Ctrl+0" in tasks["Reading and copying"]


def test_about_names_version_counts_sources_and_licences(content):
    html = about_html(content)
    for text in ("<h3>Music therapy resources</h3>", "Version 0.1.0 (the program mtviewer)",
                 "11 events, 13 quotes, 3 guidelines, 2 brochures, 23 people, 39 organisations, 13 reports and 7 research records",
                 "[Populært toppmøte om musikkterapi]", "Cochrane Library", "and 24 more",
                 "LGPL-3.0", "MIT",
                 "BSD-3-Clause", "Content edition: 1 December 2026",
                 "Musikkterapi i rus og psykisk helse, version 1.0, as the file describes "
                 "itself (schema 8): unverified"):
        assert text in html


def test_about_names_the_shipped_content_as_people_would():
    from mtviewer import paths
    from mtviewer.content import open_content

    shipped = open_content(paths.default_database())
    try:
        html = about_html(shipped)
    finally:
        shipped.close()
    assert ("The content that came with the app (edition 1.0, 1 December 2026): Musikkterapi i "
            "rus og psykisk helse (schema 8).") in html
    assert "published by mtviewer" not in html and "mtviewer is free" not in html


def test_add_to_calendar_writes_an_ics_that_parses_back(window, qtbot, tmp_path, monkeypatch):
    import datetime

    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from .test_ui import click_link

    out = tmp_path / "polyfon.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    events = window.show_tab("event")
    events.select_record(1)
    click_link(qtbot, events.detail, "Add to calendar (.ics)…")
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert (start.date(), start.hour, start.minute) == (datetime.date(2018, 11, 22), 9, 0)
    assert str(start.tzinfo) == "Europe/Oslo"
    assert event.decoded("dtend").hour == 16
    assert "Universitetet i Bergen" in str(event["location"])
    assert "Bergen" in str(event["location"])
    assert str(event["summary"]) == "Polyfon-konferansen 2018"


def test_uncertain_year_is_said_in_the_calendar_file(content):
    from icalendar import Calendar

    from mtviewer.export.calendar import event_ics

    event = Calendar.from_ical(event_ics(content.page("event", 2))).walk("VEVENT")[0]
    assert str(event["summary"]).endswith("(probably 2017)")
    assert "trolig 2017" in str(event["description"])
    assert str(event["location"]) == "Norges musikkhøgskole, Oslo"


def test_every_colour_scheme_meets_wcag_aa():
    from mtviewer.ui.look.colours import (
        BORDER_PAIRS,
        CHECKED_PAIRS,
        PALETTES,
        contrast,
        palette_for,
    )

    for name in PALETTES:
        palette = palette_for(name)
        for text, background in CHECKED_PAIRS:
            ratio = contrast(palette.color(text), palette.color(background))
            assert ratio >= 4.5, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"
        for edge, background in BORDER_PAIRS:
            assert contrast(palette.color(edge), palette.color(background)) >= 3.0, name


def test_marked_matches_are_readable_in_every_scheme():
    from PySide6.QtGui import QColor

    from mtviewer.ui.look.colours import MARK_BACKGROUND, MARK_FOREGROUND, contrast

    assert contrast(QColor(MARK_FOREGROUND), QColor(MARK_BACKGROUND)) >= 4.5


def test_colour_scheme_is_chosen_from_the_menu_and_remembered(window, qtbot, content, seed_db,
                                                              settings):
    from PySide6.QtGui import QGuiApplication, QPalette

    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    colours = next(a.menu() for a in view_menu.actions() if a.text() == "&Colours")
    dark = next(a for a in colours.actions() if a.text() == "&Dark")
    dark.trigger()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).name() == "#141414"
    assert settings.store.value("view/colours") == "dark"
    again = MainWindow(content, settings, seed_db.parent / "data3")
    qtbot.addWidget(again)
    assert again.colours.scheme == "dark"
    again.colours.set_scheme("contrast")
    assert QGuiApplication.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    again.colours.set_scheme("system")
    assert again.colours.effective() in ("light", "dark")


def test_upcoming_events_come_first_and_are_marked(content_dir, tmp_path, open_window):
    import datetime

    from mtviewer.compiler.build import build_database
    from mtviewer.formatting import when

    next_year = datetime.date.today().year + 1
    add_records(content_dir, "events.toml", f'''
[[event]]
id = "fagdag"
name = "Fagdag om musikkterapi"
date = {{ year = {next_year}, month = 3, day = 14 }}
city = "Oslo"
sources = ["fagradet-populart-toppmote"]
''')
    path = tmp_path / "future.sqlite"
    build_database(content_dir, path)
    tab = open_window(path).show_tab("event")
    rows = [(tab.model.index(r, 0).data(), tab.model.index(r, 3).data())
            for r in range(tab.model.rowCount())]
    assert rows[0] == ("Fagdag om musikkterapi", "Upcoming")
    assert rows[1] == ("Polyfon-konferansen 2026", "Announced")  # held? not known
    assert rows[2] == ("Polyfons jubileumskonferanse 2025", "Announced")  # only RIO's tip
    assert {w for _, w in rows[3:]} == {"Past", "Postponed"}
    today = datetime.date(2026, 11, 23)
    assert when(2026, 11, 23, today) == "Today"
    assert when(2026, None, None, today) == "Now"
    assert when(2027, None, None, today) == "Upcoming"
    assert when(2017, 11, 9, today) == "Past"


def test_brochures_open_copy_and_offline_copies(qtbot, content_dir, tmp_path, open_window,
                                                monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from mtviewer import paths
    from mtviewer.compiler.build import build_database

    from .test_ui import click_link, column_texts

    brochures = content_dir / "brochures.toml"
    brochures.write_text(brochures.read_text(encoding="utf-8").replace(
        'audience = "professionals"',
        'audience = "professionals"\nurl = "https://example.org/brosjyre.pdf"'),
        encoding="utf-8")
    path = tmp_path / "brochures.sqlite"
    build_database(content_dir, path)
    offline = tmp_path / "offline"
    offline.mkdir()
    (offline / "brosjyre-brukere.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(paths, "brochures_dir", lambda: offline)
    opened, asked = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    tab = open_window(path).show_tab("brochure")
    titles = column_texts(tab, 0)
    offline_column = dict(zip(titles, column_texts(tab, 2), strict=True))
    assert offline_column == {USERS_BROCHURE: "Yes", PROFESSIONALS_BROCHURE: "No"}
    tab.view.selectRow(titles.index(PROFESSIONALS_BROCHURE))
    qtbot.waitUntil(lambda: "Copy link" in tab.detail.toPlainText())
    click_link(qtbot, tab.detail, "Copy link")
    assert QGuiApplication.clipboard().text() == "https://example.org/brosjyre.pdf"
    click_link(qtbot, tab.detail, "Open the brochure…")
    assert "https://example.org/brosjyre.pdf" in asked[0]
    assert opened == ["https://example.org/brosjyre.pdf"]
    tab.view.selectRow(titles.index(USERS_BROCHURE))
    qtbot.waitUntil(lambda: "Open the offline copy" in tab.detail.toPlainText())
    shown = tab.detail.toPlainText()  # its address is its announcement's, and says so
    assert "Announcement\thttps://rusfeltet.no/nyhetsarkiv/ny-brukerbrosjyre-om-musikkterapi" in (
        shown.replace("\n", "\t"))
    click_link(qtbot, tab.detail, "Open the offline copy")
    assert opened[-1] == (offline / "brosjyre-brukere.pdf").as_uri()


def test_the_status_bar_names_the_shipped_contents_publisher_as_people_would():
    from mtviewer import paths
    from mtviewer.content import open_content
    from mtviewer.ui.edition_label import edition_label

    shipped = open_content(paths.default_database())
    try:
        _texts, tip = edition_label(shipped)
    finally:
        shipped.close()
    said = tip.split(" Database: ")[0]  # the path may hold the command's name
    assert "published by Redaksjonen for Musikkterapi – ressurser" in said
    assert "mtviewer" not in said
