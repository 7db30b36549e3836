"""Searching in the window: filter as you type, highlights, global search, keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import every_list
from .test_ui import column_texts


def type_text(widget: QLineEdit, text: str) -> None:
    """Type like a keyboard does, one key event per character (safe for é, emoji, ø)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()  # as the event loop would between keys


def test_search_field_is_named_for_people(window):
    for tab in every_list(window).values():
        assert "Search" in tab.search_field.accessibleName()
    assert "Search" in window.global_search.accessibleName()


def test_typing_filters_the_tab_and_counts_hits(window, qtbot):
    tab = window.show_tab("quote")
    tab.search_field.setFocus()
    type_text(tab.search_field, "gitar")
    assert tab.model.rowCount() == 1
    assert "Gitarspillingen" in column_texts(tab, 0)[0]
    assert tab.count_label.text() == "1 of 13 matches"
    assert "Gitarspillingen" in tab.detail.toPlainText()


def test_every_keystroke_updates_the_list(window):
    tab = window.show_tab("quote")
    seen = []
    for char in "frøiland":
        type_text(tab.search_field, char)
        seen.append(tab.model.rowCount())
    assert seen[-1] == 1
    assert seen[0] > seen[-1]


def test_matches_are_marked_in_the_details_and_the_list(window, qtbot):
    tab = window.show_tab("quote")
    type_text(tab.search_field, "gitar")
    html = tab.detail.toHtml()
    assert "#ffe066" in html
    assert tab.model.needles.parts == ("gitar",)
    before = tab.view.grab().toImage()
    marked = any(before.pixelColor(x, y).name() == "#ffe066"
                 for x in range(0, before.width(), 2) for y in range(0, min(before.height(), 60)))
    assert marked, "no highlight painted in the list"


def test_record_text_is_never_markup(content_dir, tmp_path, open_window):
    from mtviewer.compiler.build import build_database

    quotes = content_dir / "quotes.toml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace(
        "Blir jeg sur så spiller jeg gitar.", "Blir jeg sur så spiller jeg <b>gitar</b> & synger."),
        encoding="utf-8")
    path = tmp_path / "markup.sqlite"
    build_database(content_dir, path)
    tab = open_window(path).show_tab("quote")
    type_text(tab.search_field, "gitar")
    assert "spiller jeg <b>gitar</b> & synger." in tab.detail.toPlainText()
    assert "<b>gitar</b>" in column_texts(tab, 0)[0]


def test_a_typo_shows_the_corrected_results_and_can_be_searched_as_typed(window):
    tab = window.show_tab("quote")
    type_text(tab.search_field, "gittar")
    assert tab.model.rowCount() == 1 and "Gitarspillingen" in column_texts(tab, 0)[0]
    assert tab.correction.isVisible()
    assert "Showing results for «gitar»" in tab.correction.text()
    assert "«gittar»" in tab.correction.text()
    tab.correction.linkActivated.emit("literal")  # "search for «gittar» instead"
    assert tab.model.rowCount() == 0 and not tab.correction.isVisible()
    assert "No results for “gittar”" in tab.detail.message()
    assert "Try “gitar”" in tab.detail.message()


def test_the_list_does_not_flash_empty_while_a_word_is_typed(window, qtbot):
    tab = window.show_tab("quote")
    sizes = []
    for char in "gitaren":
        type_text(tab.search_field, char)
        sizes.append(tab.model.rowCount())
    assert 0 not in sizes[3:]  # gita, gitar, gitare (no word yet), gitaren
    assert sizes[-1] == 1
    for char in "speaker:":  # a field's name on the way
        type_text(tab.search_field, char)
    tab.search_field.clear()
    type_text(tab.search_field, "musikk -")
    shown = tab.model.rowCount()
    type_text(tab.search_field, "q")  # "-q" leaves out nothing here, "-qz…" on the way
    assert tab.model.rowCount() == shown
    tab.search_field.clear()
    type_text(tab.search_field, "musikk xyzzy")  # a word found nowhere: waits, then says so
    assert tab.model.rowCount() > 0 and "yet" in tab.count_label.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)
    assert "No results" in tab.detail.message()


def test_global_search_lands_where_the_hits_are(window, qtbot):
    window.show_tab("event")
    type_text(window.global_search, "gitar")
    qtbot.waitUntil(lambda: window.current_tab().kind == "quote")
    events = window.record_tabs["event"]
    qtbot.waitUntil(lambda: "Found in other tabs: Quotes (1)" in events.detail.message(),
                    timeout=3000)


def test_search_help_explains_the_syntax(window, monkeypatch):
    from mtviewer.ui.dialogs.reading import ReadingDialog

    shown = []
    monkeypatch.setattr(ReadingDialog, "exec", lambda box: shown.append(box))
    window.actions_by_name["search-help"].trigger()
    for example in ("gittar", "-gitar", "speaker:toppe", "IS2211", "kilde:sykepleien"):
        assert example in shown[0].plain_text()


def test_odd_input_is_harmless(window):
    tab = window.show_tab("quote")
    for text in ['"', "NEAR(", "AND OR NOT", "é😀\x07", "x" * 5000, "'; DROP TABLE quote; --"]:
        tab.search_field.clear()
        type_text(tab.search_field, text[:200])
        tab.search_field.setText(text)
    tab.search_field.clear()
    assert tab.model.rowCount() == 13


def test_clearing_restores_the_list_and_the_selection(window, qtbot):
    tab = window.show_tab("quote")
    row = column_texts(tab, 0).index("Her haster det med å håpe")
    tab.view.selectRow(row)
    chosen = tab.current_id()
    type_text(tab.search_field, "gitar")
    assert tab.current_id() != chosen
    tab.search_field.clear()
    assert tab.model.rowCount() == 13
    assert tab.current_id() == chosen
    assert tab.count_label.text() == "Records: 13"
    qtbot.waitUntil(lambda: "#ffe066" not in tab.detail.toHtml())  # details follow the list
    assert "Her haster det med å håpe" in tab.detail.toPlainText()


def test_escape_clears_the_search(window, qtbot):
    tab = window.show_tab("quote")
    tab.search_field.setFocus()
    type_text(tab.search_field, "gitar")
    qtbot.keyClick(tab.search_field, Qt.Key.Key_Escape)
    assert tab.search_field.text() == "" and tab.model.rowCount() == 13


def test_each_tab_keeps_its_search(window):
    quotes = window.show_tab("quote")
    type_text(quotes.search_field, "borgen")
    events = window.show_tab("event")
    type_text(events.search_field, "bergen")
    window.show_tab("quote")
    assert quotes.search_field.text() == "borgen" and quotes.model.rowCount() == 2
    window.show_tab("event")
    assert events.search_field.text() == "bergen" and events.model.rowCount() == 8  # Polyfon


def test_sorting_a_search_result_keeps_the_hits(window):
    tab = window.show_tab("quote")
    type_text(tab.search_field, "musikk")
    hits = set(column_texts(tab, 0))
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert set(column_texts(tab, 0)) == hits
    who = column_texts(tab, 1)
    named = [w for w in who if not w.startswith(("Service user", "Name not given"))]
    assert named == sorted(named) and who[len(who) - len(named):] == named  # the unnamed first


def test_ctrl_f_focuses_the_tab_search(window, qtbot):
    window.show_tab("guideline")
    window.activateWindow()
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.record_tabs["guideline"].search_field


def test_global_search_counts_hits_per_tab_and_jumps(window, qtbot):
    window.show_tab("event")
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.global_search
    type_text(window.global_search, "gitar")
    qtbot.waitUntil(lambda: [window.tabs.tabText(i) for i in range(5)] == [
        "About music therapy (0)", "Events (0)", "Quotes (1)", "Guidelines (0)",
        "Brochures (0)"])
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.current_tab().kind == "quote"
    assert window.current_tab().model.rowCount() == 1
    window.global_search.clear()
    qtbot.waitUntil(lambda: [window.tabs.tabText(i) for i in range(5)] == [
        "About music therapy", "Events", "Quotes", "Guidelines", "Brochures"])
    assert window.current_tab().model.rowCount() == 13


def test_identifier_search_in_the_guidelines_tab(window):
    tab = window.show_tab("guideline")
    for typed in ("IS-2211", "is 2211", "2211"):
        tab.search_field.clear()
        type_text(tab.search_field, typed)
        assert column_texts(tab, 1)[0] == "IS-2211"


def test_a_broad_search_on_a_large_database_loads_page_by_page(qtbot, tmp_path, open_window):
    from mtviewer.compiler.synthetic import build_synthetic
    from mtviewer.content.search import PAGE, RANK_LIMIT

    path = tmp_path / "large.sqlite"
    build_synthetic(4_000, path)
    win = open_window(path, (1100, 720))
    expected = set(win.content.search("quote", win.content.prepare("musikk"),
                                      ("year", False)).ids)
    assert len(expected) > RANK_LIMIT
    tab = win.show_tab("quote")
    type_text(tab.search_field, "musikk")
    assert not tab.model.complete and tab.model.rowCount() == PAGE
    assert tab.count_label.text().startswith("More than 1,000 of 4,000 match")
    qtbot.waitUntil(lambda: tab.count_label.text().startswith(f"{len(expected):,} of 4,000"))
    while tab.model.canFetchMore():
        tab.view.scrollToBottom()
        QApplication.processEvents()
    listed = [tab.model.id_at(r) for r in range(tab.model.rowCount())]
    assert len(listed) == len(set(listed)) and set(listed) == expected
    type_text(tab.search_field, " gitar kor")
    assert tab.model.complete and tab.count_label.text().endswith("of 4,000 match")
