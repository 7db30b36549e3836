"""Messages for the command line: each failure is one line of bounded length."""

from __future__ import annotations

import re

MAX_LINE = 300
"""The longest line the command line prints about a problem; longer values are cut."""
_ARGUMENT = re.compile(r"%(\d)")


def fill(template: str, *args: object) -> str:
    """``template`` with %1, %2 … replaced by ``args`` in one pass, as Qt's ``arg()`` does:
    a file name holding "%2" stays as it is."""
    def argument(match: re.Match) -> str:
        n = int(match.group(1))
        return str(args[n - 1]) if 1 <= n <= len(args) else match.group(0)
    return _ARGUMENT.sub(argument, template)


def count(n: int, thing: str) -> str:
    """'1 quote', '2 quotes': the command line's own words are English."""
    return f"{n:,} {thing}{'' if n == 1 else 's'}"


LAST_WORD = 14
"""A paragraph's last word is kept with the one before it when it is this short or shorter
(a longer one fills its line anyway)."""
NBSP = "\u00a0"
YEAR = re.compile(r"(\S+) (\d{4})(?!\d)")
SEPARATOR = re.compile(r" ([·–—]) ")


def kept_together(text: str) -> str:
    """``text`` with no word or year left alone on a line: the last two words, a year and
    the word before it ("trolig 2017", "mars 2019"), and a separator and the word before it
    are joined by non-breaking spaces (a line may still break anywhere else)."""
    text = SEPARATOR.sub(NBSP + r"\1 ", YEAR.sub(r"\1" + NBSP + r"\2", text))
    lines = text.split("\n")
    last = lines[-1].rstrip()
    head, space, tail = last.rpartition(" ")
    if space and head and len(tail) <= LAST_WORD:
        lines[-1] = head + NBSP + tail
    return "\n".join(lines)


def one_line(message: str) -> str:
    """A message as one line of at most MAX_LINE characters; a longer one loses its middle
    (a long path), so its start (what failed) and its end (why) both stay."""
    message = " ".join(str(message).split())
    if len(message) <= MAX_LINE:
        return message
    half = (MAX_LINE - 1) // 2
    return message[:half] + "…" + message[len(message) - (MAX_LINE - 1 - half):]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for the translation catalog in ``context``; it is translated where it
    is shown. The same as Qt's, but typed (Qt's returns ``object``) and needing no Qt."""
    return text


def search_report(prepared, hits, what: str = "quote") -> list[str]:
    """What a search did besides finding the words as typed, for the command line: the
    words it searched for when it left some out, corrected or split one, or found only
    records with some of them (``prepared``, ``hits``: the read side's ``Prepared`` and
    ``Hits``). Nothing when it searched the text as typed."""
    def quoted(words) -> str:
        return ", ".join(f"«{w}»" for w in words)

    lines = []
    if prepared.stop_words:
        lines.append(f"left out common words: {quoted(prepared.stop_words)}")
    if hits.corrected:
        lines.append(f"found nothing for «{prepared.text.strip()}»; corrected it to "
                     f"«{hits.corrected}»")
    for word, parts in hits.parts:
        lines.append(f"«{word}» is not in the content: searched for its parts "
                     f"{' and '.join(f'«{p}»' for p in parts)}")
    if hits.relaxed:
        matched, words = hits.relaxed
        lines.append(f"no {what} has all the words: chose the {count(len(hits.ids), what)} "
                     f"with the most of them ({matched} of {words})"
                     + (f"; the first lacks {quoted(hits.left_out)}" if hits.left_out else ""))
    if lines:
        searched = " ".join(" ".join(dict(hits.parts).get(w, (w,)))
                            for w in (hits.corrected or " ".join(prepared.searched)).split())
        lines.append(f"searched for: {one_line(searched)}")
    return [one_line(f"mtviewer print-quotes: {line}.") for line in lines]
