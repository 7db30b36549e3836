"""A colour scheme change repaints everything, the detail pane included (WCAG AA after each)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from mtviewer.ui.look.colours import MARK_BACKGROUND, SCHEMES, contrast

R = QPalette.ColorRole


def fragments(view):
    """(text, format) of every piece of text on the detail pane."""
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.text().strip():
                yield fragment.text(), fragment.charFormat()
            iterator += 1
        block = block.next()


def colours_of(fmt: QTextCharFormat, palette: QPalette) -> tuple[QColor, QColor]:
    """The colour a fragment is painted in, and the colour behind it."""
    fore = (fmt.foreground().color() if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush)
            else palette.color(R.Text))
    back = (fmt.background().color() if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush)
            else palette.color(R.Base))
    return fore, back


def test_every_scheme_repaints_the_shown_record_at_wcag_aa(window, qtbot):
    tab = window.show_tab("quote")
    tab.search_field.setText("Toppe")  # marks on the page too
    qtbot.waitUntil(lambda: tab.detail.shown is not None)
    order = [s for s in SCHEMES if s != "system"]
    for scheme in [*order, *reversed(order), "contrast", "light"]:
        window.colours.set_scheme(scheme)
        QApplication.processEvents()  # as the event loop would, before painting
        palette = tab.detail.viewport().palette()
        assert palette.color(R.Base).name() == QGuiApplication.palette().color(R.Base).name()
        links = 0
        for text, fmt in fragments(tab.detail):
            fore, back = colours_of(fmt, palette)
            ratio = contrast(fore, back)
            assert ratio >= 4.5, f"{scheme}: {text!r} {fore.name()} on {back.name()} {ratio:.2f}"
            if back.name() == QColor(MARK_BACKGROUND).name():
                assert fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush), text
            elif fmt.isAnchor():
                links += 1
                assert fore.name() == palette.color(R.Link).name(), (scheme, text)
        assert links, "the page has links to check"



def test_a_link_in_a_label_takes_the_new_scheme_too(window, qtbot):
    from .test_search_ui import type_text

    tab = window.show_tab("quote")
    type_text(tab.search_field, "gittar")
    qtbot.waitUntil(tab.correction.isVisible)
    for scheme in ("light", "contrast", "dark"):
        window.colours.set_scheme(scheme)
        QApplication.processEvents()
        image = tab.correction.grab().toImage()
        link = QGuiApplication.palette().color(R.Link).name()
        colours = {image.pixelColor(x, y).name()
                   for x in range(image.width()) for y in range(image.height())}
        assert link in colours, (scheme, link)
