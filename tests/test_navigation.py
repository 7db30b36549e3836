"""Finding one's way: the People & organisations tab, links, back and forward."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QStyleOptionTab, QToolButton

from mtviewer.ui import tab_titles
from mtviewer.ui.history import History, Step

from .test_ui import click_link, column_texts


def test_history_goes_back_and_forward_and_forgets_forward_on_a_new_step():
    history = History(limit=3)
    for n in range(1, 5):
        history.visit(Step("quote", "quote", n))
    assert [s.record_id for s in history.steps] == [2, 3, 4]  # the oldest forgotten
    assert history.back() == Step("quote", "quote", 3)
    assert history.back() == Step("quote", "quote", 2)
    assert history.back() is None and not history.can_go_back()
    assert history.forward() == Step("quote", "quote", 3)
    history.visit(Step("event", "event", 1))
    assert not history.can_go_forward()
    history.visit(Step("event", "event", 1))  # the same step again is not a step
    assert len(history.steps) == 3


def test_a_tab_switched_to_and_then_its_record_is_one_step():
    history = History()
    history.visit(Step("quote", "quote", 1))
    history.visit(Step("event"))
    history.visit(Step("event", "event", 2))
    assert history.steps == [Step("quote", "quote", 1), Step("event", "event", 2)]


def test_people_organisations_and_reports_are_listed_in_the_fifth_tab(window, content):
    people = window.show_tab("person")
    directory = window.pages["directory"]
    assert window.tabs.currentWidget() is directory and directory.current() is people
    assert people.model.rowCount() == content.total("person") == 14
    assert "Marianne Borgen" in column_texts(people, 0)
    directory.buttons["organisation"].click()
    organisations = window.current_tab()
    assert organisations.kind == "organisation" and organisations.model.rowCount() == 24
    assert "UiB" in column_texts(organisations, 1)
    directory.buttons["report"].click()
    reports = window.current_tab()
    assert reports.model.rowCount() == content.total("report") == 12
    assert set(column_texts(reports, 1)) == {"Published", "In production", "Planned"}


def test_the_kind_filter_keeps_one_search_for_the_tab(window, qtbot):
    people = window.show_tab("person")
    people.search_field.setText("polyfon")
    directory = window.pages["directory"]
    directory.buttons["report"].click()
    reports = window.current_tab()
    assert reports.search_field.text() == "polyfon"
    qtbot.waitUntil(lambda: reports.model.prepared is not None)
    # the book of abstracts, the four reports presented at the Polyfon conference, and the
    # Cochrane review cited in UiB's programme for it
    assert reports.model.rowCount() == 6


def test_a_person_and_an_organisation_list_what_belongs_to_them(window, qtbot):
    people = window.show_tab("person")
    people.select_record(next(i for i in window.content.ids("person")
                              if people.model.index(people.model.row_of(i), 0).data()
                              == "Marianne Borgen"))
    page = people.detail.toPlainText()
    assert "Ordfører i Oslo" in page
    assert page.count("Marianne Borgen") >= 3  # her name and her two quotes
    assert "Toppmøte om musikkterapi" in page  # the event she took part in
    people.select_record(next(i for i in window.content.ids("person")
                              if people.model.index(people.model.row_of(i), 0).data()
                              == "Torhild Kielland"))
    assert "Fagrådets sekretariat" in people.detail.toPlainText()
    click_link(qtbot, people.detail, "Fagrådet – Rusfeltets hovedorganisasjon")
    organisations = window.current_tab()
    assert organisations.kind == "organisation"  # the same tab lists it: its list selects it
    assert not organisations.where.isVisible()
    assert organisations.model.index(organisations.view.currentIndex().row(), 0).data() == \
        "Fagrådet – Rusfeltets hovedorganisasjon"
    fagradet = next(i for i in window.content.ids("organisation")
                    if window.content.page("organisation", i).short_name == "Fagrådet")
    organisations.select_record(fagradet)
    shown = organisations.detail.toPlainText()
    for heading in ("People", "Events", "Reports"):
        assert f"\n{heading}\n" in f"\n{shown}\n"
    assert "Torhild Kielland" in shown and "Polyfon-konferansen 2018" in shown
    assert "Rapport om brukererfaringer med musikkterapi (publisert, 1 av 4)" in shown


def test_back_and_forward_over_links_and_tabs(window, qtbot):
    quotes = window.show_tab("quote")
    row = column_texts(quotes, 0).index("Dere skaper helse")
    quotes.view.selectRow(row)
    quote_id = quotes.current_id()
    click_link(qtbot, quotes.detail, "Marianne Borgen")
    assert quotes.detail.shown[0] == "person"
    assert ("Person – listed in the People &amp; organisations tab, under People."
            in quotes.where.text())
    window.show_tab("guideline")
    back = window.actions_by_name["back"]
    forward = window.actions_by_name["forward"]
    assert back.isEnabled() and not forward.isEnabled()

    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab() is quotes and quotes.detail.shown[0] == "person"
    assert quotes.where.isVisible()
    back.trigger()
    assert quotes.detail.shown == ("quote", quote_id)
    assert quotes.current_id() == quote_id and quotes.view.selectionModel().selectedRows()
    assert not quotes.where.isVisible()
    assert forward.isEnabled()
    qtbot.keyClick(quotes.detail, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert quotes.detail.shown[0] == "person"
    forward.trigger()
    assert window.current_tab().kind == "guideline"
    assert not forward.isEnabled()


def _mouse(widget, button) -> None:
    point = QPointF(5, 5)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, point, widget.mapToGlobal(point), button, button,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_the_mouse_back_and_forward_buttons(window):
    window.show_tab("event")
    window.show_tab("brochure")
    brochures = window.current_tab()
    _mouse(brochures.view.viewport(), Qt.MouseButton.BackButton)
    assert window.current_tab().kind == "event"
    _mouse(window.current_tab().detail.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_tab() is brochures


def test_the_toolbar_arrows_have_accessible_names(window):
    for name, text in (("back", "Back"), ("forward", "Forward")):
        button = window.findChild(QToolButton, f"{name}-button")
        assert button is not None and button.accessibleName() == text and button.toolTip()


def test_global_search_lands_on_the_first_tab_and_kind_with_hits(window, qtbot):
    from .test_search_ui import type_text

    window.show_tab("quote")
    type_text(window.global_search, "griegakademiet")
    qtbot.waitUntil(lambda: window.current_tab().kind == "organisation")
    assert window.tabs.tabText(5) == "People && organisations (2)"
    assert window.pages["directory"].buttons["organisation"].text() == "Organisations (2)"
    assert window.pages["directory"].buttons["person"].text() == "People (0)"
    window.global_search.clear()
    type_text(window.global_search, "produksjon")  # only reports: the tab's own filter moves
    qtbot.waitUntil(lambda: window.current_tab().kind == "report")
    assert window.current_tab().model.rowCount() == 2


def test_hit_counts_stay_readable_and_are_announced(window, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from .test_search_ui import type_text

    announced = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: announced.append((event.type(), event.message())))
    window.resize(800, 600)
    type_text(window.global_search, "kielland")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Events (1)")
    expected = ("Hits: About music therapy: 2, Events: 1, Quotes: 0, Guidelines: 0, "
                "Brochures: 0, People & organisations: 3")
    assert announced[-1] == (QAccessible.Event.Announcement, expected)
    assert window.tabs.tabBar().accessibleDescription() == expected
    window.printing.show_panel()  # narrower still: titles shorten at their ends, counts stay
    QApplication.processEvents()
    bar = window.tabs.tabBar()
    for i in range(bar.count()):  # each keeps a readable word and its hits, or the bar scrolls
        option = QStyleOptionTab()
        bar.initStyleOption(option, i)
        title, count = tab_titles.COUNT.match(bar.tabText(i).replace("&&", "&")).groups()
        shown = option.text.replace("&&", "&")
        assert shown.endswith(count) and shown.startswith(
            tab_titles.readable_part(title).rstrip("…")), shown
    assert bar.tabRect(bar.currentIndex()).right() <= bar.width()


def test_a_press_other_widgets_leave_reaches_the_window(window):
    window.show_tab("event")
    window.show_tab("guideline")
    _mouse(window.tabs.tabBar(), Qt.MouseButton.BackButton)  # the tab bar ignores it
    assert window.current_tab().kind == "event"
    _mouse(window.statusBar(), Qt.MouseButton.ForwardButton)
    assert window.current_tab().kind == "guideline"


def test_the_where_line_link_works_from_the_keyboard(window, qtbot):
    quotes = window.show_tab("quote")
    said_at_an_event = next(i for i in window.content.ids("quote")
                            if window.content.page("quote", i).event is not None)
    quotes.select_record(said_at_an_event)
    event_id = window.content.page("quote", quotes.current_id()).event.id
    window.open_record("event", event_id)
    flags = quotes.where.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    quotes.where.setFocus()
    qtbot.keyClick(quotes.where, Qt.Key.Key_Tab)  # to the link
    qtbot.keyClick(quotes.where, Qt.Key.Key_Return)
    assert window.current_tab().kind == "event"
    assert window.current_tab().current_id() == event_id


def test_a_record_the_search_leaves_out_is_shown_in_its_list_on_request(window, qtbot):
    from .test_search_ui import type_text

    quotes = window.show_tab("quote")
    type_text(quotes.search_field, "gitar")
    assert quotes.model.rowCount() == 1
    other = next(i for i in window.content.ids("quote") if quotes.model.row_of(i) < 0)
    window.open_record("quote", other)
    assert quotes.detail.shown == ("quote", other)
    assert "not in the list as it is searched now" in quotes.where.text()
    quotes.where.linkActivated.emit("show")
    assert quotes.search_field.text() == "" and quotes.current_id() == other
    assert not quotes.where.isVisible()


def test_the_kind_filter_is_a_step_too(window):
    window.show_tab("person")
    directory = window.pages["directory"]
    directory.buttons["organisation"].click()
    directory.buttons["report"].click()
    window.navigator.back()
    assert window.current_tab().kind == "organisation"
    assert directory.buttons["organisation"].isChecked()
    window.navigator.back()
    assert window.current_tab().kind == "person"


def test_the_kind_filter_is_a_radio_group_before_the_search(window, qtbot):
    people = window.show_tab("person")
    buttons = list(window.pages["directory"].buttons.values())
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)  # arrows choose within the filter
    assert QApplication.focusWidget() is buttons[1] and window.current_tab().kind == "organisation"
    qtbot.keyClick(buttons[1], Qt.Key.Key_Right)
    assert window.current_tab().kind == "report"
    qtbot.keyClick(buttons[2], Qt.Key.Key_Tab)  # Tab goes on to the list's search field
    assert QApplication.focusWidget() is window.current_tab().search_field
    assert people.search_field is not window.current_tab().search_field
    assert "arrow" in buttons[0].accessibleDescription()
