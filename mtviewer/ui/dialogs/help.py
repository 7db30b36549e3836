"""Help: the keyboard shortcuts, and About (version, content, sources, licences)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import __version__, formatting
from ...content import Content
from ..kinds import counts_text

translate = QCoreApplication.translate

BUILT_IN = (
    ("Qt", "LGPL-3.0-only"),  # in PySide6_Essentials
    ("libsodium", "ISC"),  # in PyNaCl
    ("Snowball", "BSD-3-Clause"),  # in PyStemmer
    ("SQLite", "Public-Domain"),  # in Python
)
"""Components inside others that the notices list, named too so a reader finds them."""


def keyboard_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every menu action with a shortcut, then the keys that work without a menu."""
    rows = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts())
            rows.append((re.sub("&(&?)", r"\1", action.text()), keys))  # && is a shown &
    rows.sort(key=lambda row: row[1])
    rows += [
        (translate("Help", "Move through a list"), translate("Help", "Arrow keys, Page Up/Down")),
        (translate("Help", "Go between the search field, list and details"),
         translate("Help", "Tab, Shift+Tab")),
        (translate("Help", "Empty a search field"), translate("Help", "Esc")),
        (translate("Help", "Go to the first tab with hits (in Search everything)"),
         translate("Help", "Enter")),
        (translate("Help", "Tick or untick a quote for printing"), translate("Help", "Space")),
        (translate("Help", "Move a quote in the print selection"),
         translate("Help", "Alt+Up, Alt+Down")),
        (translate("Help", "Remove quotes from the print selection"), translate("Help", "Del")),
        (translate("Help", "Go back or forward"),
         translate("Help", "The mouse's back and forward buttons")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = keyboard_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setToolTip(self.tr("What each key does"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)  # zoomed, a long action wraps instead of being cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        wanted = header.length() + 2 * self.table.frameWidth() + 40
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        header.geometriesChanged.connect(self.table.resizeRowsToContents)
        lines = self.fontMetrics().height() * 2 * (len(rows) + 4)
        room = window.screen().availableGeometry() if window.screen() else None
        self.resize(min(max(wanted, 620), room.width() if room else wanted),
                    min(max(lines, 520), room.height() if room else lines))  # grows when zoomed
        keys = min(header.sectionSize(1), self.width() * 2 // 5)  # long keys wrap, too
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, keys)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def about_html(content: Content) -> str:
    """Version, the content's fingerprint and counts, its sources and the licences."""
    from ..edition_label import edition_date

    about = content.about()
    counts, sources, more = about.counts, about.sources, about.more_sources
    summary = counts_text(counts) + "."
    items = "".join(f"<li>{escape(title)} — {escape(publisher)}</li>"
                    for title, publisher in sources)
    if more:
        and_more = formatting.fill(translate("Help", "and %1 more"), more)
        items += f"<li>{escape(and_more)}</li>"
    from ...notices import components

    licences = "".join(f"<li>{escape(name)} {escape(version)}: {escape(licence)}</li>"
                       for name, version, licence in components())
    licences += "".join(f"<li>{escape(fill_inside(name, licence))}</li>"
                        for name, licence in BUILT_IN)
    fingerprint = escape((about.digest or "?")[:12])
    purpose = translate("Help", "An offline viewer of music-therapy resources for Norwegian "
                                "addiction and mental-health services.")
    build = translate("Help", "Content edition:")
    if about.edition:  # as the database says it, which may not be a date at all
        fingerprint = f"{escape(edition_date(about.edition))} ({fingerprint})"
    fingerprint += "<br>" + edition_html(content) + "<br>" + escape(formatting.fill(
        translate("Help", "Database: %1"), content.location))
    sources_heading = translate("Help", "Sources of the content")
    licences_heading = translate("Help", "Licences")
    own = translate("Help", "mtviewer is free software under the MIT licence. It uses these "
                            "components; Licences and notices… below shows each licence's "
                            "full text, and where the source of the LGPL parts is.")
    return (f"<h3>mtviewer {escape(__version__)}</h3><p>{escape(purpose)}</p>"
            f"<p>{escape(summary)}<br>{escape(build)} {fingerprint}</p>"
            f"<p><b>{escape(sources_heading)}</b></p><ul>{items}</ul>"
            f"<p><b>{escape(licences_heading)}</b></p><p>{escape(own)}</p><ul>{licences}</ul>")


def fill_inside(name: str, licence: str) -> str:
    return formatting.fill(translate("Help", "%1 (inside the above): %2"), name, licence)


def edition_html(content: Content) -> str:
    """The edition's name, version, publisher, schema and whether it was verified."""
    from ...editions.verify import provenance
    from ..edition_label import origin_text, plain_name

    edition = content.edition()
    found = provenance(content.location)
    schema = edition.schema if edition.schema is not None else "?"
    if found.origin == "unverified":  # the file's own words, not a publisher's
        line = formatting.fill(translate("Help", "%1, version %2, as the file describes itself "
                                                 "(schema %3): %4."),
                               plain_name(edition.name) or "?", edition.version or "?", schema,
                               origin_text(found))
    else:
        line = formatting.fill(translate("Help", "%1, version %2, published by %3 (schema %4): "
                                                 "%5."),
                               plain_name(edition.name) or "?", edition.version or "?",
                               plain_name(edition.publisher) or "?", schema, origin_text(found))
    return escape(line)



def show_about(window: QMainWindow, content: Content) -> None:
    from .reading import ReadingDialog

    dialog = ReadingDialog(window, "about", translate("Help", "About mtviewer"),
                           about_html(content), QApplication.windowIcon())
    dialog.add_button(translate("Help", "Licences and notices…"),
                      translate("Help", "The full text of every licence, and where the "
                                        "source of the LGPL parts is"),
                      lambda: show_notices(dialog))
    dialog.exec()


def show_notices(parent) -> None:
    """LICENSE and THIRD-PARTY-NOTICES, as shipped, in a dialog to read and search."""
    from ...notices import full_text
    from .reading import ReadingDialog

    text = full_text() or translate("Help", "The licence files are missing from this "
                                            "installation.")
    ReadingDialog(parent, "notices", translate("Help", "Licences and notices"), text,
                  plain=True).exec()


def search_help_html() -> str:
    """How to search, for the help dialog: what each kind of word does, with examples."""
    rows = [
        (translate("Help", "gitar"), translate(
            "Help", "Records with the word, or a longer word holding it: Gitarspillingen.")),
        (translate("Help", "gitaren, håper"), translate(
            "Help", "Other forms of a word find each other: gitaren finds gitar.")),
        (translate("Help", "gittar"), translate(
            "Help", "A word found nowhere is corrected to the nearest word in this tab; "
                    "a line above the list says so and lets you search as you typed.")),
        (translate("Help", "hape, froiland"), translate(
            "Help", "æ, ø and å may be typed as ae, o/oe and a/aa.")),
        (translate("Help", "musikk gitar"), translate(
            "Help", "Several words: records with all of them; a page whose title holds them "
                    "all comes first.")),
        (translate("Help", "hva er musikkterapi"), translate(
            "Help", "Common words (hva, er, på, the, of) are left out and not marked, unless "
                    "they are in quotation marks or every word typed is one.")),
        (translate("Help", "hvem holdt innlegg på Polyfon-konferansen"), translate(
            "Help", "When no record has every word, the records with the most of them are "
                    "listed, best first; the line above the list says which words the first "
                    "one lacks. Words found nowhere count against it: nonsense finds "
                    "nothing.")),
        (translate("Help", "avhengighet, folder, mental health"), translate(
            "Help", "Words of the field that mean the same find each other (rus, "
                    "avhengighet, addiction; brosjyre, folder), in bokmål, nynorsk and "
                    "English; records with the word as typed come first.")),
        (translate("Help", "22.11.2018, november 2018"), translate(
            "Help", "Dates as people write them: 22. november 2018, 22.11.2018, November "
                    "2018, 2018.")),
        (translate("Help", "musikterapi"), translate(
            "Help", "A word found nowhere may be searched as the parts of a compound "
                    "(musik, terapi); the line above the list says so. Word forms, "
                    "corrections, parts and words that mean the same are marked where they "
                    "matched.")),
        (translate("Help", "\"dere skaper helse\""), translate(
            "Help", "Words in quotation marks: that phrase.")),
        (translate("Help", "musikkterapi -gitar"), translate(
            "Help", "A minus before a word leaves out records with it.")),
        (translate("Help", "speaker:toppe, hvem:toppe"), translate(
            "Help", "Who said it or took part.")),
        (translate("Help", "year:2018, år:2018"), translate("Help", "The year.")),
        (translate("Help", "place:bergen, sted:bergen"), translate("Help", "The place.")),
        (translate("Help", "source:sykepleien, kilde:sykepleien"), translate(
            "Help", "Where the record comes from: only these words search the sources.")),
        (translate("Help", "IS-2211, IS2211, 2211"), translate(
            "Help", "A guideline's number, however it is written.")),
    ]
    heading = translate("Help", "How to search")
    intro = translate("Help", "Type in a tab's search field to search that tab, or in Search "
                              "everything (Ctrl+K) to search all tabs: each tab's title shows "
                              "how many it found, and the tab with the best hit opens. Type "
                              "as you would ask a colleague, or paste a sentence. Case does "
                              "not matter.")
    body = "".join(f"<tr><td><code>{escape(example)}</code></td><td>{escape(meaning)}</td></tr>"
                   for example, meaning in rows)
    return f"<h3>{escape(heading)}</h3><p>{escape(intro)}</p><table cellspacing='6'>{body}</table>"


def show_search_help(window: QMainWindow) -> None:
    from .reading import ReadingDialog

    ReadingDialog(window, "search-help", translate("Help", "How to search"),
                  search_help_html()).exec()
