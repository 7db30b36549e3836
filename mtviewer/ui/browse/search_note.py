"""The line above a tab's list that says what its search did besides finding the words as
typed: a word corrected (with a link to search as typed), a word found nowhere searched as
the parts of a compound, or only some of the words found."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...content import Hits
from ...formatting import fill

SHOWN = 80
"""Characters of a long text (a pasted paragraph) the note shows: its start and its end."""


def elided(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[:SHOWN // 2] + " … " + text[-SHOWN // 2 + 3:]


def quoted(word: str) -> str:
    return f"«{escape(elided(word))}»"


class SearchNote(QLabel):
    asTypedRequested = Signal()
    """The user asked to search the text as typed, not its correction."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Search correction"))
        self.setToolTip(self.tr("What the search did besides finding the words as you typed "
                                "them: a word corrected, a word searched as its parts, or "
                                "records that have only some of the words"))
        self.linkActivated.connect(lambda _link: self.asTypedRequested.emit())
        self.hide()

    def show_for(self, hits: Hits | None, typed: str) -> None:
        """Say what ``hits`` (of the text ``typed``) needed; hide when nothing."""
        text = self.note_html(hits, typed.strip()) if hits is not None else ""
        self.setText(text)
        self.setVisible(bool(text))

    def note_html(self, hits: Hits, typed: str) -> str:
        """The note's sentences, as rich text (record words escaped)."""
        said = []
        if hits.corrected:
            said.append(fill(self.tr("Showing results for «%1». Search for %2 instead."),
                             escape(elided(hits.corrected)),
                             f'<a href="literal">{quoted(typed)}</a>'))
        for word, parts in hits.parts:
            said.append(fill(self.tr("%1 is not in the content: searched for its parts %2."),
                             quoted(word), self.tr(" and ").join(quoted(p) for p in parts)))
        if hits.relaxed:
            left_out = ", ".join(quoted(w) for w in hits.left_out)
            said.append(fill(self.tr("No record has all the words: showing the records with "
                                     "the most of them, best first. Left out: %1."), left_out)
                        if left_out else self.tr("No record has all the words: showing the "
                                                 "records with the most of them, best first."))
        return " ".join(said)
