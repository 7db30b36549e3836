"""Help: the keyboard shortcuts, and About (version, content, sources, licences)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
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
from ...i18n import app_name
from ...messages import QT_TRANSLATE_NOOP
from ..kinds import TABS, counts_text

translate = QCoreApplication.translate

BUILT_IN = (
    ("Qt", "LGPL-3.0-only"),  # in PySide6_Essentials
    ("libsodium", "ISC"),  # in PyNaCl
    ("Snowball", "BSD-3-Clause"),  # in PyStemmer
    ("SQLite", "Public-Domain"),  # in Python
)
"""Components inside others that the notices list, named too so a reader finds them."""


TASKS: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Help", "Finding"), ("find", "find-everywhere"), (
        (QT_TRANSLATE_NOOP("Help", "Go to the first tab with hits (in Search everything)"),
         QT_TRANSLATE_NOOP("Help", "Enter")),
        (QT_TRANSLATE_NOOP("Help", "Empty a search field"), QT_TRANSLATE_NOOP("Help", "Esc")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Moving around"),
     (*(f"show-{tab}" for tab in TABS), "back", "forward"), (
        (QT_TRANSLATE_NOOP("Help", "Move through a list"),
         QT_TRANSLATE_NOOP("Help", "Arrow keys, Page Up/Down")),
        (QT_TRANSLATE_NOOP("Help", "Go between the search field, list and details"),
         QT_TRANSLATE_NOOP("Help", "Tab, Shift+Tab")),
        (QT_TRANSLATE_NOOP("Help", "Go back or forward"),
         QT_TRANSLATE_NOOP("Help", "The mouse's back and forward buttons")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Reading and copying"),
     ("zoom-in", "zoom-out", "zoom-reset", "copy-citation", "copy-apa"), ()),
    (QT_TRANSLATE_NOOP("Help", "Printing and presenting"),
     ("add-chosen", "add-shown", "print", "export-pdf", "present", "show-print-selection"), (
        (QT_TRANSLATE_NOOP("Help", "Tick or untick a quote for printing"),
         QT_TRANSLATE_NOOP("Help", "Space")),
        (QT_TRANSLATE_NOOP("Help", "Move a quote in the print selection"),
         QT_TRANSLATE_NOOP("Help", "Alt+Up, Alt+Down")),
        (QT_TRANSLATE_NOOP("Help", "Remove quotes from the print selection"),
         QT_TRANSLATE_NOOP("Help", "Del")),
        (QT_TRANSLATE_NOOP("Help", "Leave the presentation"), QT_TRANSLATE_NOOP("Help", "Esc")),
    )),
    (QT_TRANSLATE_NOOP("Help", "Files and help"),
     ("open-database", "quit", "shortcuts", "search-help"), ()),
)
"""The keyboard shortcuts by task: each task's menu actions (by name), then the keys that
work without a menu. A shortcut no task names is listed under
Other, so none is left out."""


def keyboard_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every menu action with a shortcut, and the keys that work without a menu, by task."""
    shortcuts = {}
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text() and action.objectName():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts())
            shortcuts[action.objectName()] = (re.sub("&(&?)", r"\1", action.text()), keys)
    groups, placed = [], set()
    for task, names, other_keys in TASKS:
        rows = []
        for name in names:
            if name in shortcuts:
                rows.append(shortcuts[name])
                placed.add(name)
        rows += [(translate("Help", what), translate("Help", key)) for what, key in other_keys]
        groups.append((translate("Help", task), rows))
    others = [row for name, row in shortcuts.items() if name not in placed]
    if others:
        groups.append((translate("Help", "Other"), others))
    return groups


def keyboard_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every shortcut as (what it does, keys), task after task."""
    return [row for _, rows in keyboard_groups(window) for row in rows]


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, a heading per task, within the screen (the list scrolls)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        groups = keyboard_groups(window)
        self.headings: list[int] = []
        """The table's rows that are a task's heading."""
        self.table = QTableWidget(sum(len(rows) + 1 for _, rows in groups), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setToolTip(self.tr("What each key does, by task"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        bold = QFont(self.font())
        bold.setBold(True)
        row = 0
        for task, rows in groups:
            heading = QTableWidgetItem(task)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            self.headings.append(row)
            row += 1
            for action, keys in rows:
                self.table.setItem(row, 0, QTableWidgetItem(action))
                self.table.setItem(row, 1, QTableWidgetItem(keys))
                row += 1
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)  # zoomed, a long action wraps instead of being cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        from .fit import within_screen

        self.table.resizeColumnsToContents()
        metrics = self.fontMetrics()
        wanted = header.length() + 2 * self.table.frameWidth() + 4 * metrics.height()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        header.geometriesChanged.connect(self.table.resizeRowsToContents)
        lines = metrics.lineSpacing() * (self.table.rowCount() + 5) + 2 * metrics.height()
        self.resize(*within_screen(self, max(wanted, 40 * metrics.averageCharWidth()), lines))
        keys_width = min(header.sectionSize(1), self.width() * 2 // 5)  # long keys wrap, too
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, keys_width)
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
    own = formatting.fill(translate(
        "Help", "%1 is free software under the MIT licence. It uses these components; "
                "Licences and notices… below shows each licence's full text, and where the "
                "source of the LGPL parts is."), app_name())
    version = formatting.fill(translate("Help", "Version %1 (the program mtviewer)"),
                              __version__)
    return (f"<h3>{escape(app_name())}</h3><p>{escape(version)}</p><p>{escape(purpose)}</p>"
            f"<p>{escape(summary)}<br>{escape(build)} {fingerprint}</p>"
            f"<p><b>{escape(sources_heading)}</b></p><ul>{items}</ul>"
            f"<p><b>{escape(licences_heading)}</b></p><p>{escape(own)}</p><ul>{licences}</ul>")


def fill_inside(name: str, licence: str) -> str:
    return formatting.fill(translate("Help", "%1 (inside the above): %2"), name, licence)


def edition_html(content: Content) -> str:
    """The edition's name, version, publisher, schema and whether it was verified."""
    from ...editions.store import SHIPPED
    from ...editions.verify import provenance
    from ..edition_label import origin_text, plain_name, shipped_text

    edition = content.edition()
    found = provenance(content.location)
    schema = edition.schema if edition.schema is not None else "?"
    if found.origin == SHIPPED:
        line = formatting.fill(translate("Help", "%1: %2 (schema %3)."),
                               shipped_text(edition.version, edition.date),
                               plain_name(edition.name) or "?", schema)
    elif found.origin == "unverified":  # the file's own words, not a publisher's
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

    dialog = ReadingDialog(window, "about",
                           formatting.fill(translate("Help", "About %1"), app_name()),
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
