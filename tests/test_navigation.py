"""Finding one's way: the group tabs (People & organisations, Reports & research), links,
back and forward."""

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


def test_people_and_organisations_are_listed_in_the_last_tab(window, content):
    people = window.show_tab("person")
    directory = window.pages["directory"]
    assert window.tabs.currentWidget() is directory and directory.current() is people
    assert window.tabs.indexOf(directory) == window.tabs.count() - 1
    assert set(directory.buttons) == {"person", "organisation"}
    assert people.model.rowCount() == content.total("person") == 23
    assert "Marianne Borgen" in column_texts(people, 0)
    assert "Ordfører i Oslo (probably 2017)" in column_texts(people, 1)  # a role, dated
    directory.buttons["organisation"].click()
    organisations = window.current_tab()
    assert organisations.kind == "organisation" and organisations.model.rowCount() == 39
    assert "UiB" in column_texts(organisations, 1)


def test_reports_and_research_have_a_tab_of_their_own(window, content):
    reports = window.show_tab("report")
    library = window.pages["library"]
    assert window.tabs.currentWidget() is library and library.current() is reports
    assert window.tabs.tabText(window.tabs.indexOf(library)) == "Reports && research"
    assert set(library.buttons) == {"report", "research"}
    assert reports.model.rowCount() == content.total("report") == 13
    assert "Hekta på musikk" in column_texts(reports, 0)
    assert "[Evaluering av musikkterapi i Uteseksjonen, Oslo kommune]" in column_texts(reports, 0)
    assert {"User-experience report", "Article", "Book", "Handbook", "Book of abstracts"} == set(
        column_texts(reports, 1))
    library.buttons["research"].click()
    research = window.current_tab()
    assert research.kind == "research" and research.model.rowCount() == 7
    headers = [research.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(research.model.columnCount())]
    assert headers == ["Title", "Design", "Size", "Year"]
    rows = dict(zip(column_texts(research, 0), zip(column_texts(research, 1),
                                                   column_texts(research, 2),
                                                   column_texts(research, 3), strict=True),
                    strict=True))
    assert rows["Music therapy for people with substance use disorders"] == (
        "Cochrane review", "21 trials, 1,984 participants", "2022")
    assert rows["Music therapy for depression"] == ("Cochrane review",
                                                    "Not given in the sources", "2017")


def test_the_kind_filter_keeps_one_search_for_the_tab(window, qtbot, content):
    reports = window.show_tab("report")
    reports.search_field.setText("polyfon")
    library = window.pages["library"]
    library.buttons["research"].click()
    research = window.current_tab()
    assert research.search_field.text() == "polyfon"
    qtbot.waitUntil(lambda: research.model.prepared is not None)
    # the Cochrane review on substance use disorders, which Polyfon's page summarises
    expected = content.search("research", content.prepare("polyfon")).ids
    assert research.model.rowCount() == len(expected) >= 1
    assert "Music therapy for people with substance use disorders" in column_texts(research, 0)


def test_a_person_and_an_organisation_list_what_belongs_to_them(window, qtbot):
    people = window.show_tab("person")
    people.select_record(next(i for i in window.content.ids("person")
                              if people.model.index(people.model.row_of(i), 0).data()
                              == "Marianne Borgen"))
    page = people.detail.toPlainText()
    assert "Ordfører i Oslo (probably 2017)" in page
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
    for heading in ("People", "Events it organised", "Events it took part in",
                    "Reports it stood behind", "Member of",
                    "Reports presented at events it organised or took part in"):
        assert f"\n{heading}\n" in f"\n{shown}\n", heading
    assert "\nReports\n" not in f"\n{shown}\n"  # each list says how it relates
    assert "Torhild Kielland" in shown and "Polyfon-konferansen 2018" in shown
    assert "[Etableringshåndbok for musikkterapi i rus- og psykisk helsetjenester]" in shown


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
    type_text(window.global_search, "tvillingsenter")
    qtbot.waitUntil(lambda: window.current_tab().kind == "organisation")
    directory = window.tabs.indexOf(window.pages["directory"])
    organisations = window.content.counts(window.content.prepare("tvillingsenter"))
    assert window.tabs.tabText(directory) == (
        f"People && organisations ({organisations['organisation']})")
    assert window.pages["directory"].buttons["organisation"].text() == (
        f"Organisations ({organisations['organisation']})")
    assert window.pages["directory"].buttons["person"].text() == "People (0)"
    window.global_search.clear()
    type_text(window.global_search, "craving")  # only research: the tab's own filter moves
    qtbot.waitUntil(lambda: window.current_tab().kind == "research")
    assert window.current_tab().model.rowCount() == 1


def test_hit_counts_stay_readable_and_are_announced(window, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from .test_search_ui import type_text

    announced = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: announced.append((event.type(), event.message())))
    window.resize(800, 600)
    type_text(window.global_search, "kielland")
    qtbot.waitUntil(lambda: window.tabs.tabText(1).startswith("Events ("))
    counts = window.content.counts(window.content.prepare("kielland"))
    expected = ("Hits: About music therapy: {topic}, Events: {event}, Quotes: {quote}, "
                "Guidelines: {guideline}, Brochures: {brochure}, Reports & research: {library}, "
                "People & organisations: {directory}").format(
        library=counts["report"] + counts["research"],
        directory=counts["person"] + counts["organisation"], **counts)
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
    window.show_tab("report")
    window.pages["library"].buttons["research"].click()
    window.navigator.back()
    assert window.current_tab().kind == "report"
    assert window.pages["library"].buttons["report"].isChecked()
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
    qtbot.keyClick(buttons[1], Qt.Key.Key_Left)
    assert window.current_tab().kind == "person"
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Tab)  # Tab goes on to the list's search field
    assert QApplication.focusWidget() is window.current_tab().search_field
    assert people.search_field is not window.current_tab().search_field
    assert "arrow" in buttons[0].accessibleDescription()
