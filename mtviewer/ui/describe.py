"""Screen readers read a control's accessible description; where a control has none of its
own, its tooltip (which every control has) says what it does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def describe_from_tooltips(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(widget.toolTip())
