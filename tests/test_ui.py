"""The main window as a person uses it: tabs, lists, details, links, keys, memory."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from mtviewer.ui.main_window import MainWindow

from .conftest import every_list
from .seed_quotes import SEED_QUOTES


def tab_titles(win: MainWindow) -> list[str]:
    return [win.tabs.tabText(i) for i in range(win.tabs.count())]


def column_texts(tab, column: int) -> list[str]:
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def click_link(qtbot, browser: QTextBrowser, label: str) -> None:
    """Click the first link whose visible text is ``label``, where it is drawn."""
    found = browser.document().find(label)
    while not found.isNull():
        cursor = QTextCursor(found)
        cursor.setPosition(found.selectionStart() + 1)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        rect = browser.cursorRect(cursor)
        point = QPoint(rect.center().x() + 1, rect.center().y())
        if browser.anchorAt(point):
            qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
            return
        found = browser.document().find(label, found)
    raise AssertionError(f"no link labelled {label!r}")


TABS = ["About music therapy", "Events", "Quotes", "Guidelines", "Brochures",
        "Reports && research", "People && organisations"]  # && shows as one &


def test_seven_tabs_in_order_the_pages_about_music_therapy_first(window):
    assert tab_titles(window) == TABS


def test_each_tab_lists_all_its_records(window, content):
    for kind in every_list(window):
        tab = window.show_tab(kind)
        assert tab.model.rowCount() == content.total(kind) > 0
        assert tab.count_label.text() == f"Records: {content.total(kind)}"
    unnamed = {"service_user": "Service user (name not given)", "not_said": "Name not given"}
    shown = {text: unnamed.get(who, who) for text, who in SEED_QUOTES.items()}
    shown["Her haster det med å håpe"] = "Inga Marte Thorkildsen, quoting Cato Kristiansen"
    who = column_texts(window.record_tabs["quote"], 1)
    assert sorted(w.split(", ")[0] if w.startswith(tuple(unnamed.values())) else w
                  for w in who) == sorted(shown.values())
    assert who.count("Service user (name not given), Fredrikstad kommune") == 2  # not doubled
    assert "Service user (name not given), Sykehuset Innlandet" in who
    assert "IS-2211" in column_texts(window.record_tabs["guideline"], 1)
    assert set(column_texts(window.record_tabs["brochure"], 1)) == {
        "Professionals", "People with substance problems"}
    dates = column_texts(window.record_tabs["event"], 1)
    assert dates == ["12–13 November 2026", "14 November 2025", "9 November 2023",
                     "8 November 2022", "2021", "19 November 2019", "12 March 2019",
                     "22 November 2018", "7–9 June 2018",
                     "9 November, year uncertain (probably 2017)", "19 June 2017"]
    assert column_texts(window.record_tabs["event"], 3) == [
        "Announced", "Announced", "Past", "Past", "Postponed", "Past", "Past",
        "Past", "Past", "Past", "Past"]
    assert column_texts(window.record_tabs["guideline"], 2) == [
        "Not given in the sources", "Suggested", "A"]  # newest first, as events


def test_selecting_a_quote_shows_it_in_full_with_its_source(window, qtbot):
    tab = window.show_tab("quote")
    row = column_texts(tab, 0).index("Her haster det med å håpe")
    tab.view.setFocus()
    tab.view.selectRow(row)
    shown = tab.detail.toPlainText()
    for expected in ("Her haster det med å håpe", "Inga Marte Thorkildsen", "Cato Kristiansen",
                     "Toppmøte om musikkterapi i rus- og psykisk helsefeltet", "probably 2017",
                     "Populært toppmøte om musikkterapi",
                     "https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi"):
        assert expected in shown


def test_arrow_keys_move_through_the_list_and_the_details_follow(window, qtbot):
    tab = window.show_tab("guideline")
    tab.view.setFocus()
    first = tab.detail.toPlainText()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == 1
    assert tab.detail.toPlainText() != first
    assert tab.model.index(1, 0).data() in tab.detail.toPlainText()


def test_quote_link_shows_its_event_in_the_pane_and_in_its_list_on_request(window, qtbot):
    tab = window.show_tab("quote")
    polyfon = next(i for i in window.content.ids("quote")
                   if window.content.page("quote", i).key == "toppe-utalmodige")
    tab.select_record(polyfon)
    assert "Polyfon-konferansen 2018" in tab.detail.toPlainText()
    click_link(qtbot, tab.detail, "Polyfon-konferansen 2018")
    assert window.current_tab() is tab  # the tab stays; its pane says where the event lives
    assert "Studentsenteret" in tab.detail.toPlainText()
    assert tab.where.isVisible()
    assert "Event – listed in the Events tab." in tab.where.text()
    assert not tab.view.selectionModel().selectedRows()  # the list no longer claims a quote
    tab.where.linkActivated.emit("show")
    events = window.record_tabs["event"]
    assert window.current_tab() is events
    assert events.model.index(events.view.currentIndex().row(), 0).data() == "Polyfon-konferansen 2018"
    assert "Studentsenteret" in events.detail.toPlainText()
    assert not events.where.isVisible()


def test_event_links_to_its_quotes_and_guideline_links_to_events(window, qtbot):
    events = window.show_tab("event")
    events.select_record(2)
    click_link(qtbot, events.detail, "«Dere skaper helse»")
    assert window.current_tab() is events
    assert events.detail.toPlainText().count("Dere skaper helse") == 1
    assert events.where.isVisible()

    guidelines = window.show_tab("guideline")
    row = column_texts(guidelines, 1).index("IS-1957")
    guidelines.view.selectRow(row)
    qtbot.waitUntil(lambda: "IS-1957" in guidelines.detail.toPlainText())
    click_link(qtbot, guidelines.detail, "Toppmøte om musikkterapi i rus- og psykisk helsefeltet")
    assert "9 November, year uncertain (probably 2017)" in guidelines.detail.toPlainText()


def test_speaker_link_shows_the_person_with_their_quotes(window, qtbot):
    tab = window.show_tab("quote")
    row = column_texts(tab, 0).index("Dere skaper helse")
    tab.view.selectRow(row)
    click_link(qtbot, tab.detail, "Marianne Borgen")
    shown = tab.detail.toPlainText()
    assert "Ordfører i Oslo" in shown and "Oslo kommune" not in shown  # the source names none
    assert shown.count("Marianne Borgen") >= 3  # the title and her two quotes


def test_sorting_by_a_column(window, qtbot):
    tab = window.show_tab("quote")
    header = tab.view.horizontalHeader()
    who_x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(who_x, 5))
    who = column_texts(tab, 1)
    named = [w for w in who if not w.startswith(("Service user", "Name not given"))]
    assert named == sorted(named) and who[len(who) - len(named):] == named  # the unnamed first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(who_x, 5))
    assert column_texts(tab, 1) == list(reversed(who))


def test_sorting_keeps_the_selected_record(window):
    tab = window.show_tab("quote")
    tab.view.selectRow(3)
    chosen = tab.current_id()
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tab.current_id() == chosen
    assert tab.model.index(tab.view.currentIndex().row(), 0).data() in tab.detail.toPlainText()


def test_ctrl_number_switches_tabs(window, qtbot):
    for number, title in enumerate(TABS, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.tabText(window.tabs.currentIndex()) == title


def test_ctrl_q_closes_the_window(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_controls_have_accessible_names_and_tooltips(window):
    widgets = [window.tabs, window.edition_label]
    for tab in every_list(window).values():
        widgets += [tab.view, tab.detail, tab.count_label]
    for widget in widgets:
        assert widget.accessibleName(), widget
        assert widget.toolTip(), widget
    for i in range(window.tabs.count()):
        assert window.tabs.tabToolTip(i)


def test_window_state_is_remembered(qtbot, content, settings):
    first = MainWindow(content, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.show_tab("guideline")
    splitter = first.record_tabs["guideline"].splitter
    splitter.setSizes([200, 600])
    remembered = splitter.sizes()
    first.close()

    second = MainWindow(content, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_tab().kind == "guideline"
    assert (second.width(), second.height()) == (700, 500)
    assert second.record_tabs["guideline"].splitter.sizes() == remembered


def test_narrow_window_puts_details_below_the_list(window, qtbot):
    splitter = window.current_tab().splitter
    window.resize(800, 600)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)


def test_list_fetches_only_rows_on_screen(qtbot, tmp_path, settings):
    from mtviewer.compiler.build import write_records
    from mtviewer.compiler.source_schema import load_source
    from mtviewer.content import open_content

    from .conftest import CONTENT

    records = load_source(CONTENT)
    template = records["quote"][0]
    records["quote"] += [dict(template, id=f"generated-{n}", text=f"Generert sitat nummer {n}")
                         for n in range(5_000)]
    path = tmp_path / "big.sqlite"
    write_records(records, path, "test")
    content = open_content(path)
    win = MainWindow(content, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    tab = win.show_tab("quote")
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: tab.model.cached_rows > 0)
    assert tab.model.rowCount() == 5_013
    assert tab.model.cached_rows <= tab.model.BATCH * 2
    tab.view.scrollToBottom()
    last = tab.model.rowCount() - 1
    qtbot.waitUntil(lambda: tab.view.indexAt(QPoint(5, 5)).row() > last - 100)
    assert tab.view.indexAt(QPoint(5, 5)).data() is not None
    assert tab.model.cached_rows <= tab.model.BATCH * 4
    win.close()
    content.close()

