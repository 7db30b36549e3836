"""Every kind of record works through every per-kind feature, walked from the registries.

A kind missing a piece (a page module, a renderer, a citation, count words, a column) fails
here, not in front of a user. The registries are the only lists of kinds: nothing below names
one, except the print selection, which only quotes have.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mtviewer.content.kinds import KINDS, LISTED
from mtviewer.ui import pages
from mtviewer.ui.citation import cite
from mtviewer.ui.kinds import TABS, VIEWS, counts_text, tab_of
from mtviewer.ui.pages import render_page

ACTION_LINK = re.compile(r'href="mtv:do/([^/"]+)/(\d+)"')


def test_both_registries_know_the_same_kinds():
    assert set(VIEWS) == set(KINDS)
    assert set(LISTED) == set(KINDS)  # every kind has a list, in a tab of its own or a group's
    assert {tab_of(kind) for kind in KINDS} == set(TABS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_kind_lists_shows_cites_counts_and_searches(kind, content):
    ids = content.ids(kind)
    assert len(ids) == content.total(kind) > 0
    rows = content.rows(kind, list(ids))
    assert set(rows) == set(ids)
    view = VIEWS[kind]
    for record_id in ids:
        row = rows[record_id]
        cells = [column.display(row) for column in view.columns]
        assert cells[0].strip(), (kind, record_id)
        page = content.page(kind, record_id)
        assert page is not None and page.kind == kind and not page.damaged
        html = render_page(kind, page)
        assert pages.module(kind).title(page) and view.label_text()
        for action, linked_id in ACTION_LINK.findall(html):  # each is one the kind offers
            assert action in pages.module(kind).ACTIONS and int(linked_id) == record_id
        citation = cite(page)
        assert citation.plain.splitlines()[0].strip() and citation.html.startswith("<p>")
    assert view.counted(1) != view.counted(2)
    assert counts_text({kind: 2}, (kind,)) == view.counted(2)
    first = content.page(kind, ids[0])
    title = pages.module(kind).title(first)
    hits = content.search(kind, content.prepare(f'"{title.split()[0]}"'))
    assert ids[0] in hits.ids, f"searching {kind} for {title!r} does not find it"


def test_an_unknown_page_action_is_an_error(window):
    with pytest.raises(LookupError):
        window.run_action("event", "no-such-action", 1)


@pytest.mark.parametrize("kind", list(KINDS))
def test_copy_as_citation_works_on_every_tab_and_kind(window, qtbot, kind):
    tab = window.show_tab(kind)
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Copied as a citation."
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] and "Source" in copied


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_can_be_opened_from_a_link_and_gone_back_from(window, qtbot, content, kind):
    start = window.show_tab("quote" if kind != "quote" else "event")
    start.view.selectRow(0)
    qtbot.waitUntil(lambda: start.detail.shown is not None)  # the record follows the list
    before = start.detail.shown
    window.open_record(kind, content.ids(kind)[0])
    assert window.current_tab().detail.shown == (kind, content.ids(kind)[0])
    window.navigator.back()
    assert window.current_tab().detail.shown == before


def test_the_compiler_declares_every_kind_once():
    """The write side: each kind's model names its source file and search document; the
    source schema and the search index are derived from it."""
    from mtviewer.compiler.kinds import KINDS as MODELS
    from mtviewer.compiler.kinds import kind_of
    from mtviewer.compiler.source_schema import KINDS as SOURCE

    models = {kind_of(model): model for model in MODELS}
    for kind in KINDS:
        assert models[kind].__source__ and models[kind].__search__ is not None, kind
        assert SOURCE[kind][0] == models[kind].__source__
        assert "id" in SOURCE[kind][1] and SOURCE[kind][1]["id"].required
