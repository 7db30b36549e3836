"""File → Choose content edition…: the installed editions (the user's, and those installed
for every user) and the shipped one, to go back (or forward) without the command line.
Going back to an older edition is asked about first, and said afterwards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import paths
from ...content import DatabaseError, open_content
from ...editions.store import SHIPPED, Store
from ...editions.verify import VERIFIED, check, choose, shipped_edition
from ...editions.versions import version_key
from ...formatting import fill
from ..dialogs.fit import fit_table_dialog
from ..edition_label import edition_date, plain_name, shipped_text
from ..host import Library


@dataclass(frozen=True)
class Row:
    version: str
    """``SHIPPED`` for the app's own."""
    date: str
    name: str
    status: str
    choosable: bool


class EditionChooser(QDialog):
    """A table of editions; *Show this edition* makes the chosen one the default."""

    def __init__(self, library: Library):
        super().__init__(library.dialog_parent())
        self.library = library
        self.parent_widget = library.dialog_parent()
        self.setWindowTitle(self.tr("Content editions"))
        self.rows: list[Row] = []
        intro = QLabel(self.tr("The editions installed for you and for everyone on this PC, "
                               "and the one that came with the app. The one you choose opens "
                               "from now on. Only verified editions can be chosen."), self)
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
        self._shipped = ""
        self.fill()
        fit_table_dialog(self, self.table, 6)

    def _rows(self) -> list[Row]:
        opens = choose().path
        rows = []
        for store in (Store.user(), Store.system()):
            for found in store.installed():
                verified = check(found) == VERIFIED
                if not verified:
                    status = self.tr("Unverified: changed or not signed")
                elif found.database == opens:
                    status = self.tr("Opens by default")
                elif store.scope == "system":
                    status = self.tr("Installed for everyone")
                else:
                    status = self.tr("Previous") if found.previous else ""
                rows.append(Row(found.version, edition_date(found.field("date")) if verified
                                else "", plain_name(found.field("name")) if verified else "—",
                                status, verified and store.scope == "user"))
        shipped = shipped_edition()
        self._shipped = shipped_text(shipped.version if shipped else None,
                                     shipped.date if shipped else None)
        rows.append(Row(SHIPPED, edition_date(shipped.date) if shipped else "",
                        plain_name(shipped.name) if shipped else "",
                        self.tr("Opens by default") if opens == paths.default_database() else "",
                        True))
        return rows

    def fill(self) -> None:
        self.rows = self._rows()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (self._shipped if row.version == SHIPPED else row.version,
                     row.date, row.name, row.status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.choosable:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._chosen_changed()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen_changed(self) -> None:
        self.use_button.setEnabled(bool(self.table.selectedItems()))

    def use_chosen(self) -> None:
        """Make the chosen edition the default, and show it; going back is asked first."""
        from ...editions.errors import EditionError
        from ...editions.in_use import use
        from . import messages

        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        row = self.rows[rows.pop()]
        shown = self.library.content.edition().version
        shipped = shipped_edition() if row.version == SHIPPED else None
        target = shipped.version if shipped is not None else row.version
        older = bool(shown and target and target != SHIPPED
                     and version_key(target) < version_key(shown))
        label = (self.tr("the content that came with the app") if row.version == SHIPPED
                 else fill(self.tr("edition %1"), row.version))
        if older:
            asked = QMessageBox.question(self, self.tr("Content editions"), fill(self.tr(
                "Go back to %1? It is older than edition %2, which you see now. Newer content "
                "is not removed: you can come back to it here."), label, shown))
            if asked != QMessageBox.StandardButton.Yes:
                return
        try:
            path, _before = use(Store.user(), row.version)
            opened = open_content(path or paths.default_database())
        except EditionError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Content editions"),
                              messages.refusal(exc), QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDetailedText(messages.plain(exc.detail, 2000))
            box.exec()
            return
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Content editions"), str(exc))
            return
        self.library.set_database(opened)
        if older:
            self.library.tell(fill(self.tr(
                "Went back to %1, older than edition %2."), label, shown), 0)
        self.fill()
