"""The item models on their own: Qt's model contract, and what they hold, without widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from mtviewer.content.kinds import LISTED
from mtviewer.printing import selection as stored
from mtviewer.ui.browse.record_model import RecordModel
from mtviewer.ui.kinds import VIEWS
from mtviewer.ui.printsel.selection_model import ROWS_MIME, SelectionModel


@pytest.mark.parametrize("kind", LISTED)
@pytest.mark.parametrize("state", ["browsing", "searching", "sorted search"])
def test_every_list_model_keeps_the_qt_contract(qtmodeltester, content, kind, state):
    model = RecordModel(content, VIEWS[kind])
    model.ensure_loaded()
    if state != "browsing":
        model.set_search("musikk")
    if state == "sorted search":
        model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)  # and it watches every change from here on
    model.set_search("gitar")
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_search("")


def test_list_model_rows_texts_and_search(content):
    model = RecordModel(content, VIEWS["quote"])
    model.ensure_loaded()
    assert model.rowCount() == 13 and model.columnCount() == 5
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Said at"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Who"
    hits = model.set_search("gitar")
    assert hits.complete and model.rowCount() == 1 == hits.count
    assert "Gitarspillingen" in model.index(0, 0).data()
    assert model.marks(0, 0) and not model.marks(0, 4)  # years are not marked
    model.set_search("")
    assert model.rowCount() == 13 and model.order == model.default_order


def test_a_broad_search_pages_in_as_the_view_asks(qtmodeltester, content, tmp_path):
    from mtviewer.compiler.synthetic import build_synthetic
    from mtviewer.content import open_content

    path = tmp_path / "large.sqlite"
    build_synthetic(3_000, path)
    large = open_content(path)
    try:
        model = RecordModel(large, VIEWS["quote"])
        model.set_search("musikk")
        assert not model.complete and model.canFetchMore()
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == large.count("quote", large.prepare("musikk"))
        qtmodeltester.check(model, force_py=True)
    finally:
        large.close()


def test_selection_model_keeps_the_qt_contract_and_its_file(qtmodeltester, content, tmp_path):
    model = SelectionModel(content, tmp_path)
    assert model.add_ids([3, 1, 2, 1]) == 3
    qtmodeltester.check(model, force_py=True)
    keys = model.keys()
    assert stored.load(tmp_path).keys == keys
    assert model.move(0, 2) and model.keys() == [keys[1], keys[2], keys[0]]
    drag = model.mimeData([model.index(2)])
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, model.index(0).parent())
    assert model.keys() == keys and stored.load(tmp_path).keys == keys
    model.remove_rows([1])
    assert model.keys() == [keys[0], keys[2]]
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0,
                                  model.index(0).parent())
    assert ROWS_MIME in model.mimeTypes()
    model.set_options(layout="cards")
    assert stored.load(tmp_path).options.layout == "cards"
    model.clear()
    assert model.rowCount() == 0 and stored.load(tmp_path).keys == []


def test_quotes_this_database_lacks_stay_chosen_and_say_so(content, tmp_path):
    stored.save(tmp_path, stored.PrintSelection(["not-in-this-edition", "borgen-skaper-helse"]))
    model = SelectionModel(content, tmp_path)
    assert model.keys() == ["not-in-this-edition", "borgen-skaper-helse"]
    assert "not-in-this-edition" in model.index(0).data()
    assert [q.key for q in model.quotes()] == ["borgen-skaper-helse"]
