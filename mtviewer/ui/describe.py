"""Screen readers read a control's accessible description; where a control has none of its
own, its tooltip (which every control has) says what it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QToolBar, QToolButton, QWidget

EXTENSION = "qt_toolbar_ext_button"
"""Qt's name for the toggle a toolbar shows when its buttons do not all fit."""


def describe_from_tooltips(root: QWidget) -> None:
    """…and a drop-down's list of choices (hidden until it opens) is named as the drop-down."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(widget.toolTip())
        if isinstance(widget, QComboBox) and not widget.view().accessibleName():
            widget.view().setAccessibleName(widget.accessibleName())


def name_toolbar_toggles(root: QWidget) -> None:
    """Each toolbar's "more" toggle (hidden until its buttons do not fit) gets a name and a
    tooltip, so a screen reader does not meet a nameless check box."""
    for bar in root.findChildren(QToolBar):
        toggle = bar.findChild(QToolButton, EXTENSION)
        if toggle is not None:
            text = QCoreApplication.translate("Toolbar", "More in “%1”").replace(
                "%1", bar.windowTitle())
            toggle.setAccessibleName(text)
            toggle.setToolTip(text)
