"""Who said a quote, citing whom, in what role, where and when: the one attribution builder.

The quote list's Who column, the record page, the presentation and every print build their
attribution here, so they cannot disagree. No Qt: the interface words come in through ``tr``
(the window passes ``QCoreApplication.translate``; without it the English words are used).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..messages import QT_TRANSLATE_NOOP, fill

Translate = Callable[[str, str], str]
CONTEXT = "Attribution"


CITING = QT_TRANSLATE_NOOP("Attribution", "%1, citing %2")
PROBABLY = QT_TRANSLATE_NOOP("Attribution", "probably %1")


def _english(_context: str, text: str) -> str:
    return text


def year_text(year: int | None, certain: bool = True, tr: Translate = _english) -> str:
    """'2018', or an uncertain year in words: 'probably 2017'."""
    if year is None:
        return ""
    return str(year) if certain else fill(tr(CONTEXT, PROBABLY), str(year))


def speaker_text(who: str, cites: str | None = None, tr: Translate = _english) -> str:
    """'Inga Marte Thorkildsen, citing Cato Kristiansen', or just the speaker."""
    who = (who or "").strip()
    if cites and cites.strip() and cites.strip() != who:
        return fill(tr(CONTEXT, CITING), who, cites.strip())
    return who


def role_text(role: str | None, organisation: str | None, *also: str | None) -> str:
    """'Byråd, Oslo kommune'; an organisation the role already names is not repeated
    (``also``: other names of the organisation, such as its full name)."""
    role = (role or "").strip()
    names = [n.strip() for n in (organisation, *also) if n and n.strip()]
    if not names:
        return role
    if role and any(_contains(role, name) for name in names):
        return role
    return ", ".join(p for p in (role, names[0]) if p)


def said_at(event: str | None, year: int | None, certain: bool = True,
            tr: Translate = _english) -> str:
    """'Polyfon-konferansen 2018' (its name holds the year, so once), 'Toppmøte …, probably
    2017', or only the year."""
    event = (event or "").strip()
    when = year_text(year, certain, tr)
    if event and year is not None and certain and _contains(event, str(year)):
        return event
    return ", ".join(p for p in (event, when) if p)


def _contains(text: str, part: str) -> bool:
    """``part`` appears in ``text`` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", text.casefold()) is not None


@dataclass(frozen=True)
class Attribution:
    """An attribution in its three parts; any part may be empty."""

    speaker: str
    role: str
    where: str

    def lines(self) -> list[str]:
        return [part for part in (self.speaker, self.role, self.where) if part]

    def line(self) -> str:
        """All in one line: 'Kjersti Toppe · Stortingsrepresentant (Sp) · Polyfon-…'."""
        return " · ".join(self.lines())


def attribute(who: str, cites: str | None = None, role: str | None = None,
              organisation: str | None = None, event: str | None = None,
              year: int | None = None, certain: bool = True, tr: Translate | None = None,
              organisation_name: str | None = None) -> Attribution:
    """The attribution of one quote from what the content says about it."""
    tr = tr or _english
    return Attribution(speaker_text(who, cites, tr),
                       role_text(role, organisation, organisation_name),
                       said_at(event, year, certain, tr))
