"""Who said a quote, in what role, quoting whom, where and when: the one attribution builder.

The quote list's Who column, the record page, the citation, the presentation and every
print build their attribution here, so they cannot disagree. It reads as a sentence in the
interface's language: "Inga Marte Thorkildsen, byråd, med sitat fra Cato Kristiansen,
Toppmøte om musikkterapi …, trolig 2017". Roles are stored as they read inside a sentence
(lower case), with the years they were held; a speaker the source does not name is a code,
worded here, never a name. No Qt: the interface words come in through ``tr`` (the window
passes ``QCoreApplication.translate``; without it the English words are used).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..messages import QT_TRANSLATE_NOOP, fill

Translate = Callable[[str, str], str]
CONTEXT = "Attribution"


QUOTING = QT_TRANSLATE_NOOP("Attribution", "quoting %1")
PROBABLY = QT_TRANSLATE_NOOP("Attribution", "probably %1")
IN_REPORT = QT_TRANSLATE_NOOP("Attribution", "in %1")
UNNAMED = {
    "service_user": QT_TRANSLATE_NOOP("Attribution", "Service user (name not given)"),
    "not_said": QT_TRANSLATE_NOOP("Attribution", "Name not given"),
}
"""How a speaker the source does not name is called: a flag on the quote, worded here."""


def _english(_context: str, text: str) -> str:
    return text


def year_text(year: int | None, certain: bool = True, tr: Translate = _english) -> str:
    """'2018', or an uncertain year in words: 'probably 2017'."""
    if year is None:
        return ""
    return str(year) if certain else fill(tr(CONTEXT, PROBABLY), str(year))


def years_text(year: int | None, until: int | None = None, certain: bool = True,
               tr: Translate = _english) -> str:
    """'2018', '2017–2019', or 'probably 2017'."""
    if year is None:
        return ""
    span = f"{year}–{until}" if until and until != year else str(year)
    return span if certain else fill(tr(CONTEXT, PROBABLY), span)


def dated(role: str | None, year: int | None, until: int | None = None,
          certain: bool = True, tr: Translate = _english) -> str:
    """A role with the years it was held: 'ordfører i Oslo (2017)'; a role that ends in
    brackets takes the years inside them: 'stortingsrepresentant (Sp, 2017–2019)'."""
    role = (role or "").strip()
    when = years_text(year, until, certain, tr)
    if not role or not when:
        return role
    if role.endswith(")"):
        return f"{role[:-1]}, {when})"
    return f"{role} ({when})"


def unnamed_text(code: str | None, tr: Translate = _english) -> str:
    """The words for a speaker the source names no one for (a code), or ""."""
    words = UNNAMED.get(code or "")
    return tr(CONTEXT, words) if words else ""


def name_text(who: str | None, unnamed: str | None = None, tr: Translate = _english) -> str:
    """The speaker's name, or the words for an unnamed one."""
    return (who or "").strip() or unnamed_text(unnamed, tr)


def quoting_text(cites: str | None, tr: Translate = _english) -> str:
    """'quoting Cato Kristiansen' ('med sitat fra Cato Kristiansen'), or ""."""
    cites = (cites or "").strip()
    return fill(tr(CONTEXT, QUOTING), cites) if cites else ""


def speaker_text(who: str | None, cites: str | None = None, tr: Translate = _english,
                 unnamed: str | None = None, organisation: str | None = None) -> str:
    """Who said it, as the quote list's Who column and a quote's title name them: the
    name (quoting whom), or the words for an unnamed speaker with their organisation."""
    name = name_text(who, unnamed, tr)
    parts = [name]
    if not (who or "").strip() and organisation:
        parts.append(organisation.strip())
    if cites and cites.strip() and cites.strip() != name:
        parts.append(quoting_text(cites, tr))
    return ", ".join(p for p in parts if p)


def role_text(role: str | None, organisation: str | None, *also: str | None) -> str:
    """'byråd, Oslo kommune'; an organisation the role already names is not repeated
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
    """``part`` appears in ``text`` as whole words (or in the genitive: 'Fagrådets'), case
    aside."""
    return re.search(rf"(?<!\w){re.escape(part.casefold())}s?(?!\w)",
                     text.casefold()) is not None


def _held_then(year: int | None, certain: bool, start: int | None, until: int | None,
               start_certain: bool) -> bool:
    """Whether the quote's year falls in the years the role is dated to (so the role needs
    no year of its own in the attribution)."""
    if year is None or start is None:
        return False
    return start <= year <= (until or start) and certain == start_certain


@dataclass(frozen=True)
class Attribution:
    """An attribution in its three parts; any part may be empty."""

    speaker: str
    role: str
    """The role and organisation, and whom the speaker quoted."""
    where: str

    def lines(self) -> list[str]:
        return [part for part in (self.speaker, self.role, self.where) if part]

    def line(self) -> str:
        """All in one sentence: 'Kjersti Toppe, stortingsrepresentant (Sp), Stortinget,
        Polyfon-konferansen 2018'."""
        return ", ".join(self.lines())


def attribute(who: str | None, cites: str | None = None, role: str | None = None,
              organisation: str | None = None, event: str | None = None,
              year: int | None = None, certain: bool = True, tr: Translate | None = None,
              organisation_name: str | None = None, *, unnamed: str | None = None,
              role_year: int | None = None, role_until: int | None = None,
              role_certain: bool = True, report: str | None = None) -> Attribution:
    """The attribution of one quote from what the content says about it: ``who`` is the
    speaker's name ("" or None with ``unnamed``, the code for a speaker the source does not
    name); ``report`` names the report the words were printed in, where there is no event."""
    tr = tr or _english
    if not _held_then(year, certain, role_year, role_until, role_certain):
        role = dated(role, role_year, role_until, role_certain, tr)
    held = role_text(role, organisation, organisation_name)
    roles = ", ".join(p for p in (held, quoting_text(cites, tr)) if p)
    place = event
    if not (event or "").strip() and (report or "").strip():
        place = fill(tr(CONTEXT, IN_REPORT), (report or "").strip())
    return Attribution(name_text(who, unnamed, tr), roles, said_at(place, year, certain, tr))
