"""File → Choose content edition…: the installed editions and the shipped one, to roll back
(or forward) without the command line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import paths
from ...content import DatabaseError, open_content
from ...content.api import Edition
from ...editions.store import SHIPPED, Store, default_database
from ..edition_label import edition_date


def shipped_edition() -> Edition | None:
    """The edition of the database that ships with the app, when it opens."""
    try:
        content = open_content(paths.default_database())
    except DatabaseError:
        return None
    try:
        return content.edition()
    finally:
        content.close()


class EditionChooser(QDialog):
    """A table of editions; *Show this edition* makes the chosen one the default."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Content editions"))
        self.rows: list[str] = []
        """The version of each row (``SHIPPED`` for the app's own)."""
        intro = QLabel(self.tr("The editions installed for you, and the one that came with "
                               "the app. The one you choose opens from now on."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Content editions"))
        self.table.setToolTip(self.tr("Choose an edition, then Show this edition"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Date"), self.tr("Name"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use_button = buttons.addButton(self.tr("Show this edition"),
                                            QDialogButtonBox.ButtonRole.ApplyRole)
        self.use_button.setToolTip(self.tr("Open the chosen edition now and from now on"))
        self.use_button.clicked.connect(self.use_chosen)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self.table.itemActivated.connect(lambda _item: self.use_chosen())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 320)
        self.fill()

    def fill(self) -> None:
        default = default_database()
        rows = [(e.described["version"], e.described.get("date"), e.described.get("name"),
                 e.database == default, e.previous) for e in Store.user().installed()]
        shipped = shipped_edition()
        rows.append((SHIPPED, shipped.date if shipped else None, shipped.name if shipped else None,
                     default == paths.default_database(), False))
        self.rows = [version for version, *_ in rows]
        self.table.setRowCount(len(rows))
        for row, (version, date, name, in_use, previous) in enumerate(rows):
            cells = (self.tr("Shipped with the app") if version == SHIPPED else version,
                     edition_date(date) if date else "", name or "",
                     self.tr("Opens by default") if in_use
                     else self.tr("Previous") if previous else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._chosen_changed()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen_changed(self) -> None:
        self.use_button.setEnabled(bool(self.table.selectedItems()))

    def use_chosen(self) -> None:
        """Make the chosen edition the default, and show it."""
        from PySide6.QtWidgets import QMessageBox

        from ...editions.errors import EditionError
        from ...editions.install import use

        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        try:
            path = use(Store.user(), self.rows[rows.pop()])
            opened = open_content(path or paths.default_database())
        except (EditionError, DatabaseError) as exc:
            QMessageBox.warning(self, self.tr("Content editions"), str(exc))
            return
        self.window_.set_database(opened)
        self.fill()
