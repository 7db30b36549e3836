"""The print layouts, declared once, and the choices a person makes for one print.

A layout is its name, the words the print panel offers it with, its type sizes, how it
makes pages (``pages``: one of ``QuoteDocument``'s page makers) and how quiet its footer
is. Adding one is an entry here plus, for a new way of making pages, its drawing in
``document.py``. No Qt here: the print selection reads these options at start-up, before
anything is printed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Layout:
    name: str
    label: str
    """What the print panel calls it (translated in the "Layouts" context)."""
    tip: str
    sizes: tuple[float, float]
    """The quote's largest and smallest type size in points, before the font step (a
    handout of a few quotes is set larger, as long as they keep to one page)."""
    attribution: tuple[float, float]
    """The attribution's smallest and largest type size in points."""
    pages: str
    """How it makes pages: "flowing" (one quote after another), "poster" (one a page),
    "cards" (four a page, with cut marks)."""
    quiet_footer: bool = True
    """A small grey footer that keeps out of the way of a quote on the wall."""


LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (
    Layout("handout", QT_TRANSLATE_NOOP("Layouts", "Handout"),
           QT_TRANSLATE_NOOP("Layouts", "Several quotes per page"),
           (26.0, 13.0), (8.0, 15.0), "flowing", quiet_footer=False),
    Layout("poster", QT_TRANSLATE_NOOP("Layouts", "Poster"),
           QT_TRANSLATE_NOOP("Layouts", "One quote per page, in large type"),
           (150.0, 16.0), (12.0, 26.0), "poster"),
    Layout("cards", QT_TRANSLATE_NOOP("Layouts", "Cards"),
           QT_TRANSLATE_NOOP("Layouts", "Four cards per page, with cut marks"),
           (36.0, 8.0), (7.0, 12.0), "cards"),
)}
PAGE_SIZES = ("A4", "Letter")
MIN_STEP, MAX_STEP = -3, 6
MAX_TITLE = 120
"""Characters of a print's heading."""


@dataclass
class PrintOptions:
    """The choices a person makes for one print."""

    layout: str = "handout"
    page_size: str = "A4"
    landscape: bool = False
    font_step: int = 0
    """Steps of 10 % up (positive) or down (negative) from the layout's type sizes."""
    brochure_id: int | None = None
    """A brochure to name, with its address and a QR code, as a 'read more' line."""
    source_id: int | None = None
    """Or a source article to name so (only one of the two is set)."""
    title: str = ""
    """A heading over the quotes (a poster's heading: the clinic's name, "Musikkterapi")."""

    @property
    def read_more(self) -> str | None:
        """The chosen 'read more' record as ``ReadMore.choice`` names it, or None."""
        if self.brochure_id is not None:
            return f"brochure:{self.brochure_id}"
        return None if self.source_id is None else f"source:{self.source_id}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrintOptions:
        """Options from stored settings; anything unknown or invalid keeps its default."""
        options = cls()
        if data.get("layout") in LAYOUTS:
            options.layout = data["layout"]
        if data.get("page_size") in PAGE_SIZES:
            options.page_size = data["page_size"]
        if isinstance(data.get("landscape"), bool):
            options.landscape = data["landscape"]
        step = data.get("font_step")
        if isinstance(step, int) and not isinstance(step, bool):
            options.font_step = max(MIN_STEP, min(MAX_STEP, step))
        for name in ("brochure_id", "source_id"):
            value = data.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(options, name, value)
                break
        title = data.get("title")
        if isinstance(title, str):
            options.title = " ".join(title.split())[:MAX_TITLE]
        return options

    @property
    def scale(self) -> float:
        return 1.0 + 0.1 * self.font_step
