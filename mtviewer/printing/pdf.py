"""Writing a print straight to a PDF file, replacing an old one only when the new is whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter

from ..files import replace_atomically
from .document import QuoteDocument

RESOLUTION = 300


def write_pdf(document: QuoteDocument, out: Path, title: str | None = None) -> int:
    """Write ``document`` to ``out``; the page count. SaveError says why it could not be."""
    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setCreator("mtviewer")
        writer.setTitle(title or Path(out).stem)
        pages = document.paint(writer)
        del writer  # writes the end of the file and closes it

    replace_atomically(Path(out), write, _whole_pdf)
    return pages


def _whole_pdf(path: Path) -> bool:
    """Qt reports no write errors: a PDF cut short by a full disk lacks its last line."""
    size = path.stat().st_size
    if size < 64:
        return False
    with path.open("rb") as f:
        f.seek(max(0, size - 64))
        return b"%%EOF" in f.read()
