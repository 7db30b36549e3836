"""The window's status bar: the content edition shown (filled after the first paint), the
zoom, and the size grip, each named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QSizeGrip

from .fitting_label import FittingLabel


def make_status_bar(window: QMainWindow) -> FittingLabel:
    """The status bar's parts; the edition's label, which says less, not cut, when the
    window is narrow or zoomed."""
    translate = QCoreApplication.translate
    label = FittingLabel(window)
    label.setObjectName("edition")
    label.setAccessibleName(translate("MainWindow", "Content edition"))
    label.setContentsMargins(12, 0, 0, 0)
    bar = window.statusBar()
    bar.addPermanentWidget(label)
    bar.setAccessibleName(translate("MainWindow", "Status"))
    grip = bar.findChild(QSizeGrip)
    if grip is not None:
        grip.setAccessibleName(translate("MainWindow", "Resize the window"))
    return label
