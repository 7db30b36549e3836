"""Writing a print straight to a PDF file, atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from .document import QuoteDocument

RESOLUTION = 300


def write_pdf(document: QuoteDocument, out: Path) -> int:
    """Write ``document`` to ``out`` (replaced only when complete); the page count."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION)
        writer.setCreator("mtviewer")
        writer.setTitle(out.stem)
        pages = document.paint(writer)
        del writer  # flushes and closes the file
        os.replace(tmp, out)
        return pages
    finally:
        Path(tmp).unlink(missing_ok=True)
