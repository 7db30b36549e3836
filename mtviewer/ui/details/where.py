"""The line above a record pane that shows a record its list does not select: where the
record is listed, and a link to show it there."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...formatting import fill
from ..kinds import VIEWS, tab_of, tab_title


class WhereLine(QLabel):
    def __init__(self, list_kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_kind = list_kind
        self.setObjectName("where")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setAccessibleName(self.tr("Where this record is listed"))
        self.setToolTip(self.tr("The record shown is not the one chosen in this list"))
        self.hide()

    def show_for(self, kind: str) -> None:
        link = escape(self.tr("Show in its list"))
        self.setText(fill(self.tr("%1 %2"), escape(self._where(kind)),
                          f'<a href="show">{link}</a>'))
        self.show()

    def _where(self, kind: str) -> str:
        if kind == self.list_kind:
            return self.tr("This record is not in the list as it is searched now.")
        view, tab = VIEWS[kind], tab_of(kind)
        if tab == kind:
            return fill(self.tr("%1 – listed in the %2 tab."), view.label_text(), tab_title(tab))
        return fill(self.tr("%1 – listed in the %2 tab, under %3."), view.label_text(),
                    tab_title(tab), view.list_title())
