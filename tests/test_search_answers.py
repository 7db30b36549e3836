"""What the window does with issue 21's search: the best hit current, the tab and kind with
the best hit opened, the note above the list, the hint in an empty list."""

from __future__ import annotations

from .test_search_ui import type_text


def current_key(tab) -> str | None:
    record = tab.current_id()
    return None if record is None else tab.model.content.page(tab.kind, record).key


def test_the_best_hit_becomes_current_unless_the_user_chose_one_still_listed(window):
    topics = window.show_tab("topic")
    type_text(topics.search_field, "musikkterapi")
    assert current_key(topics) == "hva-er-musikkterapi"  # its title holds the word
    topics.view.selectRow(2)  # the user's choice
    chosen = current_key(topics)
    type_text(topics.search_field, " utdanning")  # still lists it? then it stays
    if topics.model.row_of(topics.model.content.ids("topic")[0]) >= 0 and chosen in [
            topics.model.content.page("topic", topics.model.id_at(r)).key
            for r in range(topics.model.rowCount())]:
        assert current_key(topics) == chosen
    topics.search_field.clear()
    type_text(topics.search_field, "prosedyrekoder")
    assert current_key(topics) == "opprette-stilling"  # a new search: its best hit


def test_the_global_search_opens_the_tab_with_the_best_hit(window, qtbot):
    window.show_tab("quote")
    type_text(window.global_search, "hva er musikkterapi")
    qtbot.waitUntil(lambda: window.current_tab().kind == "topic")
    assert current_key(window.current_tab()) == "hva-er-musikkterapi"
    window.global_search.clear()
    type_text(window.global_search, "Trondalen")  # a report's editor and author
    qtbot.waitUntil(lambda: window.current_tab().kind == "report")
    assert window.pages["directory"].current().kind == "report"


def test_people_and_organisations_opens_on_the_kind_with_the_best_hits(window, qtbot):
    people = window.show_tab("person")
    people.search_field.setFocus()
    type_text(people.search_field, "Tuastad")
    directory = window.pages["directory"]
    qtbot.waitUntil(lambda: directory.current().kind == "report")
    shown = directory.current()
    assert current_key(shown) == "trzebinski-tuastad-2022-metasyntese"
    assert shown.search_field.text() == "Tuastad" and shown.search_field.hasFocus()


def test_the_note_says_what_was_left_out_split_or_corrected(window):
    events = window.show_tab("event")
    type_text(events.search_field, "hvem holdt innlegg på Polyfon-konferansen ")
    note = events.correction
    assert note.isVisible() and "No record has all the words" in note.text()
    assert "«holdt»" in note.text() and "«innlegg»" in note.text()
    quotes = window.show_tab("quote")
    type_text(quotes.search_field, "musikterapi ")
    assert "«musik» and «terapi»" in quotes.correction.text()
    html = quotes.detail.toHtml()
    assert "Musik" in html and "#ffe066" in html  # the parts are marked on the page
    quotes.search_field.clear()
    type_text(quotes.search_field, "gittar ")
    assert "Showing results for «gitar»" in quotes.correction.text()


def test_an_empty_list_offers_the_words_that_find_something(window, qtbot):
    quotes = window.show_tab("quote")
    type_text(quotes.search_field, "gitar blorfin ")
    qtbot.waitUntil(lambda: "Try “gitar”" in quotes.detail.message(), timeout=3000)
