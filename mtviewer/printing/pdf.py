"""Writing a print straight to a PDF file, replacing an old one only when the new is whole.

Qt writes the pages; ``finish_pdf`` then states what Qt cannot: the document's language in
the catalog (``/Lang``, where screen readers look) and in the XMP metadata, and that viewers
show the title rather than the file name (``/DisplayDocTitle``). It does so as an
incremental update appended to Qt's file, which keeps Qt's own XMP, and with it the PDF/A
marker of an archival export.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from ..files import replace_atomically


class Printable(Protocol):
    """A document the print stack lays out: ``document.QuoteDocument`` (quotes in a layout),
    ``page_document.PageDocument`` (a knowledge page)."""

    @property
    def title(self) -> str: ...

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device``; the page count."""
        ...


RESOLUTION = 300
CREATOR = "mtviewer"
CONTENT_LANGUAGE = "nb"
"""The language of what a print holds: the quotes and pages are Norwegian (bokmål, a few
quotes nynorsk) in either interface language."""
ARCHIVAL = QPagedPaintDevice.PdfVersion.PdfVersion_A1b


def write_pdf(document: Printable, out: Path, language: str = CONTENT_LANGUAGE,
              archival: bool = False) -> int:
    """Write ``document`` to ``out``; the page count. SaveError says why it could not be.

    ``archival``: PDF/A-1b (fonts embedded, colours with an output intent, the marker in its
    metadata). The file gets the user's usual permissions (the umask decides)."""
    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setCreator(CREATOR)
        writer.setTitle(document.title)
        if archival:
            writer.setPdfVersion(ARCHIVAL)
        pages = document.paint(writer)
        del writer  # writes the end of the file and closes it
        finish_pdf(tmp, language)

    replace_atomically(Path(out), write, whole_pdf)
    return pages


def whole_pdf(path: Path) -> bool:
    """Qt reports no write errors: a PDF cut short by a full disk lacks its last line."""
    size = path.stat().st_size
    if size < 64:
        return False
    with path.open("rb") as f:
        f.seek(max(0, size - 64))
        return b"%%EOF" in f.read()


# The incremental update

_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)
_REF = rb"/%s\s+(\d+)\s+0\s+R"


def finish_pdf(path: Path, language: str) -> None:
    """Add ``/Lang`` and ``/ViewerPreferences << /DisplayDocTitle true >>`` to the catalog of
    the PDF Qt wrote at ``path``, and ``dc:language`` to its XMP metadata; ValueError when
    the file is not laid out as Qt writes it."""
    if not whole_pdf(path):
        return  # cut short (a full disk): the completeness check says so
    data = path.read_bytes()
    trailer = _TRAILER.search(data[-4096:])
    if trailer is None:
        raise ValueError(f"{path}: no PDF trailer at the end")
    fields, previous = trailer.group(1), int(trailer.group(2))
    size_field = re.search(rb"/Size\s+(\d+)", fields)
    if size_field is None:
        raise ValueError(f"{path}: no /Size in the trailer")
    root, size = _number(fields, b"Root"), int(size_field.group(1))
    catalog = _object(data, root)
    if not catalog.rstrip().endswith(b">>"):
        raise ValueError(f"{path}: the catalog is not a plain dictionary")
    body = catalog.rstrip()[:-2]
    body = re.sub(rb"/(Lang|ViewerPreferences)\b[^\n]*\n", b"", body)
    tag = language.encode("ascii")
    update = [(root, body + b"/Lang (" + tag + b")\n/ViewerPreferences << /DisplayDocTitle "
                     b"true >>\n>>")]
    metadata = re.search(_REF % b"Metadata", catalog)
    if metadata is not None:
        number = int(metadata.group(1))
        xmp = _stream(data, number)
        if xmp is not None and b"<dc:language>" not in xmp:
            xmp = xmp.replace(b"<dc:title>", b"<dc:language><rdf:Bag><rdf:li>" + tag +
                              b"</rdf:li></rdf:Bag></dc:language>\n            <dc:title>", 1)
            update.append((number, b"<<\n/Type /Metadata\n/Subtype /XML\n/Length "
                           + str(len(xmp)).encode() + b"\n>>\nstream\n" + xmp
                           + b"\nendstream"))
    _append(path, data, update, fields, previous, size)


def _number(fields: bytes, key: bytes) -> int:
    found = re.search(_REF % key, fields)
    if found is None:
        raise ValueError(f"no /{key.decode()} in the trailer")
    return int(found.group(1))


def _object(data: bytes, number: int) -> bytes:
    """The text between ``N 0 obj`` and ``endobj`` (the last definition of object N)."""
    starts = [m.end() for m in re.finditer(rb"(?:^|[\r\n])%d 0 obj\b" % number, data)]
    if not starts:
        raise ValueError(f"object {number} is missing")
    end = data.find(b"endobj", starts[-1])
    return data[starts[-1]:end].strip()


def _stream(data: bytes, number: int) -> bytes | None:
    """An unfiltered stream's content (Qt writes its XMP so), else None."""
    text = _object(data, number)
    head, _, rest = text.partition(b"stream")
    if b"/Filter" in head or not rest:
        return None
    length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
    content = rest.lstrip(b"\r").removeprefix(b"\n")
    if length is not None and length.group(2) is None:
        return content[:int(length.group(1))]
    return content.rsplit(b"endstream", 1)[0].rstrip(b"\r\n")


def _append(path: Path, data: bytes, objects: list[tuple[int, bytes]], fields: bytes,
            previous: int, size: int) -> None:
    """Append new versions of ``objects``, their cross-reference section and a trailer
    pointing back to the previous one (PDF 1.4, 3.4.5: incremental updates)."""
    out = bytearray(b"" if data.endswith(b"\n") else b"\n")
    start = len(data)
    offsets = {}
    for number, body in sorted(objects):
        offsets[number] = start + len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = start + len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    kept = b"".join(m.group(0) + b"\n" for m in re.finditer(
        rb"/(?:Info|Root)\s+\d+\s+0\s+R|/ID\s*\[[^\]]*\]", fields))
    out += (b"trailer\n<<\n/Size %d\n" % size + kept + b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n"
            % (previous, xref))
    with path.open("ab") as f:
        f.write(out)
