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
    content = topics.model.content
    chosen = next(i for i in content.ids("topic")
                  if content.page("topic", i).key == "opprette-stilling")
    topics.select_record(chosen)  # the user's choice: not the best hit of either search
    type_text(topics.search_field, " utdanning")  # still lists it, so it stays
    assert topics.model.row_of(chosen) > 0  # listed, and not first
    assert current_key(topics) == "opprette-stilling"
    topics.search_field.clear()
    type_text(topics.search_field, "prosedyrekoder")
    assert current_key(topics) == "opprette-stilling"  # a new search: its best hit


def test_the_global_search_opens_the_tab_with_the_best_hit(window, qtbot):
    window.show_tab("quote")
    type_text(window.global_search, "hva er musikkterapi")
    qtbot.waitUntil(lambda: window.current_tab().kind == "topic")
    assert current_key(window.current_tab()) == "hva-er-musikkterapi"
    window.global_search.clear()
    type_text(window.global_search, "Tuastad")  # an author with no page of her own
    qtbot.waitUntil(lambda: window.current_tab().kind == "research")
    assert window.pages["library"].current().kind == "research"
    assert current_key(window.current_tab()) == "trzebinski-tuastad-2022-metasyntese"
    window.global_search.clear()
    type_text(window.global_search, "Trondalen")  # her own page's title, before her works
    qtbot.waitUntil(lambda: window.current_tab().kind == "person")
    assert current_key(window.current_tab()) == "gro-trondalen"


def test_a_tab_of_several_kinds_opens_on_the_kind_with_the_best_hits(window, qtbot):
    people = window.show_tab("person")
    people.search_field.setFocus()
    type_text(people.search_field, "Helsedirektoratet")  # also a person's employer
    directory = window.pages["directory"]
    qtbot.waitUntil(lambda: directory.current().kind == "organisation")
    shown = directory.current()
    assert current_key(shown) == "helsedirektoratet"
    assert shown.search_field.text() == "Helsedirektoratet" and shown.search_field.hasFocus()
    reports = window.show_tab("report")
    reports.search_field.setFocus()
    type_text(reports.search_field, "Tuastad")  # in Reports & research: no report has her
    library = window.pages["library"]
    qtbot.waitUntil(lambda: library.current().kind == "research")
    assert current_key(library.current()) == "trzebinski-tuastad-2022-metasyntese"
    assert library.current().search_field.hasFocus()


def test_the_note_says_what_was_left_out_split_or_corrected(window):
    events = window.show_tab("event")
    type_text(events.search_field, "hvem spilte gitar på Polyfon-konferansen ")
    note = events.correction
    assert note.isVisible() and "No record has all the words" in note.text()
    assert "«spilte»" in note.text() and "«gitar»" in note.text()
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


def test_the_global_search_searches_every_kind_in_tabs_built_before_and_after(window, qtbot):
    """Tabs are built when first shown: one built after the global search began searches
    with every kind too, so which tabs were opened first changes nothing."""
    from mtviewer.ui.kinds import VIEWS

    assert set(window.record_tabs) == {"topic"}  # only the tab on screen so far
    type_text(window.global_search, "hvem spilte gitar")
    quotes = window.show_tab("quote")  # built now
    for tab in (window.record_tabs["topic"], quotes):
        assert tab.session.scope == tuple(VIEWS), tab.kind
