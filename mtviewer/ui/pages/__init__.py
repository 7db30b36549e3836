"""How each kind's record page looks on screen and on paper, and how it is cited.

Each kind has a module here named after it (``pages/quote.py``), loaded when its first page
is shown. It offers:

- ``title(page)``: the page's title;
- ``fill(html, page)``: the page's fields and lists, through ``details.render.PageHtml``;
- ``cite(page)``: the citation's heading and what identifies the record;
- ``work(page)``: the record as a work for an APA 7 reference (None for a person, an
  organisation or a page of ours: their sources are their references);
- ``ACTIONS``: the action links (``mtv:do/ACTION/ID``) its pages offer, by name, each a
  function of the window (``Host``) and the record's id.

``tests/test_kinds.py`` walks every kind through all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any, Protocol, cast

from ...content.marks import Marks
from ..host import Host

PageAction = Callable[[Host, int], None]


class PageModule(Protocol):
    ACTIONS: Mapping[str, PageAction]

    def title(self, page: Any) -> str: ...

    def fill(self, html: Any, page: Any) -> None: ...

    def cite(self, page: Any) -> tuple[str, list[str]]: ...

    def work(self, page: Any) -> Any:
        """The record as a work for an APA reference (``apa.Work``), or None when it is
        none of its own (a person): then its sources are its references."""


def module(kind: str) -> PageModule:
    """The window's page module of ``kind``, loaded on first use."""
    return cast(PageModule, import_module(f"{__name__}.{kind}"))


def run_action(host: Host, kind: str, action: str, record_id: int) -> None:
    """Carry out an action link of a ``kind`` page. An action its module does not offer is a
    mistake in the page's HTML, not something a user can cause: it raises ``LookupError``."""
    handler = module(kind).ACTIONS.get(action)
    if handler is None:
        raise LookupError(f"{kind} pages have no action {action!r}")
    handler(host, record_id)


def render_page(kind: str, page: Any, needles: Marks | tuple[str, ...] = (),
                links: bool = True) -> str:
    """A record's page (``mtviewer.content.pages``) as HTML: for the detail pane, or with
    its links as plain names (``links=False``) for paper."""
    from ..details import render
    from ..kinds import VIEWS

    shown = module(kind)
    return render.render(page, VIEWS[kind].label_text(), shown.title(page), shown.fill,
                         needles, links)
