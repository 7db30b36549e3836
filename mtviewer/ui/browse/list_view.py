"""A tab's list of records: whole rows chosen one at a time, read-only, one line a row
(the reading view wraps), named and explained for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def list_view(model: QAbstractItemModel, title: str, parent: QWidget) -> QTableView:
    """The list of ``model``'s records, ``title`` ("Quotes") naming it."""
    translate = QCoreApplication.translate
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAccessibleName(translate("RecordTab", "%1 list").replace("%1", title))
    view.setAccessibleDescription(translate(
        "RecordTab", "Arrow keys move between records; the selected record is shown in full "
        "beside or below the list. Click a column title, or use the header, to sort."))
    view.setToolTip(translate("RecordTab",
                              "Click a column title to sort; use the arrow keys to move"))
    return view
