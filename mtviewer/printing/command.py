"""``mtviewer print-quotes``: the same document as the GUI prints, straight to a PDF."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..content import DatabaseError


def print_quotes(db: Path, ids: str | None, search: str | None, layout: str, page_size: str,
                 landscape: bool, font_step: int, pdf: Path, lang: str | None) -> int:
    """Write the chosen quotes to ``pdf``; a clear one-line error and exit code 2 if not."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from .. import i18n
    from ..content import open_content
    from ..content.search import PAGE
    from ..content.selection import PrintOptions
    from .document import QuoteDocument
    from .pdf import write_pdf

    def fail(message: str) -> int:
        print(f"mtviewer print-quotes: {message}; {pdf} was not written.", file=sys.stderr)
        return 2

    try:
        content = open_content(db)
    except DatabaseError as exc:
        return fail(str(exc))
    try:
        if ids is not None:
            try:
                wanted = [int(part) for part in ids.split(",") if part.strip()]
            except ValueError:
                return fail(f"--ids takes quote numbers separated by commas, not {ids!r}")
            quotes = content.print_quotes(ids=wanted)
            missing = [str(i) for i in wanted if i not in {q.id for q in quotes}]
            if missing or not wanted:
                return fail(f"no quote has id {', '.join(missing)}" if missing
                            else "--ids names no quote")
        else:
            prepared = content.prepare(search or "")
            if prepared.empty:
                return fail("--search needs words to search for")
            hits = content.search("quote", prepared)
            found = list(hits.ids)
            more = not hits.complete  # a broad search: the rest follows page by page
            while more:
                page = content.more("quote", prepared, found[-1], PAGE)
                found += page
                more = len(page) == PAGE
            quotes = content.print_quotes(ids=found)
            if not quotes:
                return fail(f"no quote matches {search!r}")
        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        language = lang or i18n.language_for_locale(QLocale.system().name())
        translators = i18n.install_translators(app, language)  # noqa: F841 (kept alive)
        options = PrintOptions(layout=layout, page_size=page_size, landscape=landscape,
                               font_step=font_step)
        pages = write_pdf(QuoteDocument(quotes, options), pdf)
    finally:
        content.close()
    print(f"Wrote {pdf}: {len(quotes)} quote(s) on {pages} page(s), {layout} layout.")
    return 0
