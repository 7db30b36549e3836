"""``mtviewer print-quotes``: the same document as the GUI prints, straight to a PDF.

Every failure is one line on stderr (at most ``messages.MAX_LINE`` characters) naming what is
wrong, exit code 1 (2 for a malformed choice), and no file written or replaced. ``--pdf -``
writes the PDF to standard output (when that is not a terminal), and the report to stderr.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from ..content import DatabaseError
from ..files import SaveError, check_target
from ..messages import count, one_line, search_report
from .layouts import MAX_TITLE, PrintOptions

SHOWN_IDS = 5
"""Unknown ids named in a message; the rest are counted."""


class CommandError(Exception):
    """What the command cannot do, in a sentence; ``usage``: the choice itself is malformed
    (exit code 2), rather than something not found (1)."""

    def __init__(self, message: str, usage: bool = False):
        super().__init__(message)
        self.code = 2 if usage else 1


def summarise(values: list[str], what: str) -> str:
    """'2 unknown ids: 7, 9' or '20,000 unknown ids, first: 1000, 1001, …'."""
    if len(values) <= SHOWN_IDS:
        return f"{what} {', '.join(values)}"
    return f"{len(values):,} {what}s, first: {', '.join(values[:SHOWN_IDS])}, …"


KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,199}")
"""A record's key as the content writes them, and each record's page shows them."""


def parse_ids(text: str) -> list[int | str]:
    """Quote numbers or keys (as a quote's page shows it: "borgen-skaper-helse"), in order."""
    wanted: list[int | str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if part.isascii() and part.isdigit():
            if len(part) > 19:
                raise CommandError(f"--ids takes quote keys or numbers, and {part[:29]}… is "
                                   "no quote's number", usage=True)
            wanted.append(int(part))
        elif KEY.fullmatch(part.lower()):
            wanted.append(part.lower())
        else:
            shown = part if len(part) <= 30 else part[:29] + "…"
            raise CommandError(f"--ids takes quote keys or numbers separated by commas, not "
                               f"{shown!r}", usage=True)
    if not wanted:
        raise CommandError("--ids names no quote", usage=True)
    return wanted


def print_quotes(db: Path, ids: str | None, search: str | None, options: PrintOptions,
                 pdf: Path | str, lang: str | None, read_more: tuple[str, str] | None = None,
                 archival: bool = False) -> int:
    """Write the chosen quotes to ``pdf`` ('-': standard output) as ``options`` lay them out
    (the same options the print panel makes); a clear one-line error and exit code 1 (2 for
    a malformed choice) if not.

    ``read_more``: ("brochure" or "source", its id or key) for the read-more line;
    ``archival``: PDF/A-1b."""
    def fail(message: str, code: int = 1) -> int:
        print(one_line(f"mtviewer print-quotes: {message}; nothing was written."),
              file=sys.stderr)
        return code

    if not str(pdf).strip():
        return fail("--pdf names no file", 2)
    to_stdout = str(pdf) == "-"
    if to_stdout and sys.stdout.isatty():
        return fail("--pdf - writes the PDF to standard output, which is a terminal here; "
                    "redirect it to a file or a program", 2)
    pdf = Path(pdf)
    try:
        if not to_stdout:
            check_target(Path(os.path.abspath(pdf)))
    except SaveError as exc:
        return fail(f"cannot write {pdf}: {exc.reason}")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..content import open_content
    from .document import QuoteDocument

    try:
        content = open_content(db)
    except DatabaseError as exc:
        return fail(str(exc))
    try:
        options = replace(options, title=_title(options.title))
        quotes = _chosen(content, ids, search)
        item = _read_more(content, read_more)
        document = QuoteDocument(quotes, options, item)
        pages = (_to_stdout(document, lang, archival) if to_stdout
                 else _write(document, pdf, lang, archival))
    except CommandError as exc:
        return fail(str(exc), exc.code)
    except SaveError as exc:
        return fail(f"cannot write {'standard output' if to_stdout else pdf}: {exc.reason}")
    finally:
        content.close()
    report = sys.stderr if to_stdout else sys.stdout  # standard output holds the PDF
    print(f"Wrote {'the PDF to standard output' if to_stdout else pdf}: "
          f"{count(len(quotes), 'quote')} on {count(pages, 'page')}, {options.layout} layout"
          f"{', PDF/A-1b' if archival else ''}.", file=report)
    if item is not None and not item.url:
        print(f"The {item.kind} {item.title!r} has no address in the content, so the "
              "read-more line names it without a QR code.", file=report)
    return 0


def _title(title: str | None) -> str:
    title = " ".join((title or "").split())
    if len(title) > MAX_TITLE:
        raise CommandError(f"--title is {len(title):,} characters long; at most {MAX_TITLE} fit",
                           usage=True)
    return title


def _read_more(content, wanted: tuple[str, str] | None):
    """The brochure or source the read-more line names, by id or key."""
    if wanted is None:
        return None
    kind, name = wanted
    name = name.strip()
    for item in content.read_more():
        if item.kind == kind and (name == item.key or name == str(item.id)):
            return item
    if content.failure is not None:
        raise CommandError(str(content.failure))
    shown = name if len(name) <= 40 else name[:39] + "…"
    raise CommandError(f"no {kind} has the id or key {shown!r}")


def _chosen(content, ids: str | None, search: str | None) -> list:
    from ..content.api import PAGE

    if ids is not None:
        wanted = parse_ids(ids)
        numbers = [w for w in wanted if isinstance(w, int)]
        keys = [w for w in wanted if isinstance(w, str)]
        by = {q.id: q for q in content.print_quotes(ids=numbers)} if numbers else {}
        by.update({q.key: q for q in content.print_quotes(keys=keys)} if keys else {})
        quotes = [by[w] for w in wanted if w in by]
        missing = [str(w) for w in dict.fromkeys(wanted) if w not in by]
    else:
        prepared = content.prepare(search or "")
        if prepared.empty:
            raise CommandError("--search needs words to search for", usage=True)
        hits = content.search("quote", prepared)
        for line in search_report(prepared, hits):
            print(line, file=sys.stderr)
        found_ids = list(hits.ids)
        more = not hits.complete  # a broad search: the rest follows page by page
        searched = content.prepare(hits.corrected) if hits.corrected else prepared
        while more:
            page = content.more("quote", searched, found_ids[-1], PAGE)
            found_ids += page
            more = len(page) == PAGE
        quotes = content.print_quotes(ids=found_ids)
        missing = []
        if not quotes and content.failure is None:
            search = search or ""
            shown = search if len(search) <= 60 else search[:59] + "…"
            raise CommandError(f"no quote matches {shown!r}")
    if content.failure is not None:
        raise CommandError(str(content.failure))
    if missing:
        what = "id" if all(m.isdigit() for m in missing) else "key"
        raise CommandError(f"no quote has {summarise(missing, what)}")
    return quotes


def _to_stdout(document, lang: str | None, archival: bool) -> int:
    """Write the PDF to a private temporary folder, then copy it to standard output."""
    import shutil
    import tempfile

    from ..files import temporary

    folder = Path(tempfile.mkdtemp(prefix="mtviewer-print-"))
    try:
        with temporary(folder):
            out = folder / "quotes.pdf"
            pages = _write(document, out, lang, archival)
            with out.open("rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    except OSError as exc:  # a closed pipe, a full disk behind the redirection
        raise SaveError(Path("-"), "other", exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return pages


def _write(document, pdf: Path, lang: str | None, archival: bool = False) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from .. import i18n
    from .pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    language = lang or i18n.language_for_locale(QLocale.system().name())
    translators = i18n.install_translators(app, language)
    try:
        return write_pdf(document, pdf, archival=archival)
    finally:  # the language was this command's, not the process's
        i18n.remove_translators(app, translators)
