"""Writing a print straight to a PDF file, replacing an old one only when the new is whole."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale
from PySide6.QtGui import QPdfWriter

from ..files import replace_atomically
from .document import QuoteDocument

RESOLUTION = 300
CREATOR = "mtviewer"


def language_tag(locale: QLocale | None = None) -> str:
    """The interface language as a PDF states it: 'nb-NO', 'en-GB'."""
    return (locale or QLocale()).name().replace("_", "-")


def xmp(title: str, language: str) -> bytes:
    """XMP metadata naming the title, the creator tool and the document's language."""
    title, language = escape(title, quote=True), escape(language, quote=True)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def write_pdf(document: QuoteDocument, out: Path, language: str | None = None) -> int:
    """Write ``document`` to ``out``; the page count. SaveError says why it could not be.

    The file gets the user's usual permissions (the umask decides, as for any new file)."""
    pages = 0
    language = language or language_tag()

    def write(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setCreator(CREATOR)
        writer.setTitle(document.title)
        writer.setDocumentXmpMetadata(QByteArray(xmp(document.title, language)))
        pages = document.paint(writer)
        del writer  # writes the end of the file and closes it

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
