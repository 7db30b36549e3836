"""Colours: follow the system's light or dark scheme, or choose light, dark or high contrast.

Every palette keeps text at WCAG AA contrast (4.5:1 or more) against its background; a
test computes the ratios. Field and check-box borders are drawn in the palette's ``Mid``
colour (3:1 or more) by Qt's own Fusion style: it derives borders from the ``Window`` colour
(``Window.darker(140)``), so fields get a palette whose ``Window`` gives exactly ``Mid``.
No Python runs while Qt paints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ...settings import COLOURS, Settings

SCHEMES = ("system", "light", "dark", "contrast")
R = QPalette.ColorRole

PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        R.Window: "#f3f3f3", R.WindowText: "#1a1a1a", R.Base: "#ffffff",
        R.AlternateBase: "#f1f4f8", R.Text: "#1a1a1a", R.Button: "#e9e9e9",
        R.ButtonText: "#1a1a1a", R.Highlight: "#1f5fa8", R.HighlightedText: "#ffffff",
        R.PlaceholderText: "#595959", R.Link: "#0b4fa3", R.LinkVisited: "#5b2a8c",
        R.ToolTipBase: "#ffffe1", R.ToolTipText: "#000000", R.BrightText: "#ffffff",
        R.Mid: "#767676",
    },
    "dark": {
        R.Window: "#202020", R.WindowText: "#ececec", R.Base: "#141414",
        R.AlternateBase: "#1d1d1d", R.Text: "#ececec", R.Button: "#2d2d2d",
        R.ButtonText: "#ececec", R.Highlight: "#2f6db5", R.HighlightedText: "#ffffff",
        R.PlaceholderText: "#a6a6a6", R.Link: "#8cbcff", R.LinkVisited: "#c9a4ff",
        R.ToolTipBase: "#2d2d2d", R.ToolTipText: "#ffffff", R.BrightText: "#ffffff",
        R.Mid: "#8c8c8c",
    },
    "contrast": {
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
        R.AlternateBase: "#0d0d0d", R.Text: "#ffffff", R.Button: "#000000",
        R.ButtonText: "#ffffff", R.Highlight: "#ffff00", R.HighlightedText: "#000000",
        R.PlaceholderText: "#e6e6e6", R.Link: "#00ffff", R.LinkVisited: "#ff9eff",
        R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.BrightText: "#ffffff",
        R.Mid: "#ffffff",
    },
}
"""``Mid`` draws the borders of fields and check boxes (3:1 or more against the background,
as WCAG asks of controls)."""
BORDER_PAIRS = ((R.Mid, R.Base), (R.Mid, R.Window))
CHECKED_PAIRS = ((R.Text, R.Base), (R.Text, R.AlternateBase), (R.WindowText, R.Window),
                 (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
                 (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window), (R.Link, R.Base),
                 (R.ToolTipText, R.ToolTipBase))
EDGED_CLASSES = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QAbstractButton",
                 "QAbstractItemView", "QTextEdit")
"""Widgets whose borders Fusion draws from the palette: they get ``edged`` palettes, so
fields, buttons, lists and the record's pane keep their edges in every scheme (a black
window made them vanish in high contrast). (Check boxes inside lists get theirs from the
list's delegate.)"""
MARK_BACKGROUND = "#ffe066"
MARK_FOREGROUND = "#000000"
"""Search matches, in every scheme: black on yellow (13:1)…"""


def mark_colours(palette: QPalette, group: QPalette.ColorGroup,
                 selected: bool) -> tuple[QColor, QColor]:
    """…except in a selected row whose colour is too near that yellow to see a match on
    (high contrast selects in yellow): there the selection's colours the other way round.
    (background, foreground)."""
    background = QColor(MARK_BACKGROUND)
    if selected:
        highlight = palette.color(group, R.Highlight)
        if contrast(background, highlight) < 1.5:
            return palette.color(group, R.HighlightedText), highlight
    return background, QColor(MARK_FOREGROUND)


def edged(palette: QPalette) -> QPalette:
    """``palette`` with a ``Window`` colour from which Fusion derives borders in ``Mid``."""
    result = QPalette(palette)
    result.setColor(R.Window, palette.color(R.Mid).lighter(140))
    return result


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(PALETTES[name][R.PlaceholderText])
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class Colours(QObject):
    """The chosen scheme, applied to the application and remembered."""

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        stored = settings[COLOURS]
        self.scheme = stored if stored in SCHEMES else "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._apply()

    def set_scheme(self, scheme: str) -> None:
        if scheme in SCHEMES and scheme != self.scheme:
            self.scheme = scheme
            self.settings[COLOURS] = scheme
            self._apply()

    def effective(self) -> str:
        """The palette in use: the system's choice resolved to light or dark."""
        if self.scheme != "system":
            return self.scheme
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return "dark" if dark else "light"

    def _system_changed(self, _scheme) -> None:
        if self.scheme == "system":
            self._apply()

    def _apply(self) -> None:
        palette = palette_for(self.effective())
        QApplication.setPalette(palette)
        for name in EDGED_CLASSES:
            QApplication.setPalette(edged(palette), name)  # type: ignore[arg-type]  # a class name
        self.changed.emit(self.effective())


def recolour_rich_labels(root: QWidget) -> None:
    """Lay out again the labels that show rich text: like the detail pane, they keep the
    link colour of the scheme they were laid out in."""
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and "<" in text):
            label.clear()
            label.setText(text)
