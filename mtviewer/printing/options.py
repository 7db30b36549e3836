"""The choices a person makes for one print."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

LAYOUTS = ("handout", "poster", "cards")
PAGE_SIZES = ("A4", "Letter")
MIN_STEP, MAX_STEP = -3, 6


@dataclass
class PrintOptions:
    layout: str = "handout"
    page_size: str = "A4"
    landscape: bool = False
    font_step: int = 0
    """Steps of 10 % up (positive) or down (negative) from the layout's type sizes."""
    brochure_id: int | None = None
    """A brochure to name, with its address and a QR code, as a 'read more' line."""

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
        brochure = data.get("brochure_id")
        if isinstance(brochure, int) and not isinstance(brochure, bool):
            options.brochure_id = brochure
        return options

    @property
    def scale(self) -> float:
        return 1.0 + 0.1 * self.font_step
