"""A brochure's page and citation; its page opens or copies the brochure's address and
opens an offline copy shipped with the app.

An offline copy is a PDF named by the brochure's key in ``resources/brochures/`` (for example
``brosjyre-fagpersoner.pdf``); when one is there the app opens it from disk instead of the
network, and the Brochures list says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl

from ... import codes, formatting, paths
from ...content.pages.brochure import BrochurePage
from ...content.titles import titled
from ..apa import Work
from ..details.render import PageHtml, plain_html
from ..host import Host
from . import PageAction

translate = QCoreApplication.translate


def _page(host: Host, record_id: int) -> BrochurePage | None:
    return host.content.page("brochure", record_id)  # type: ignore[return-value]


def _open(host: Host, record_id: int) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ..details.detail_view import open_external

    page = _page(host, record_id)
    if page is None or not page.url:
        return
    if QUrl(page.url).scheme() in ("http", "https"):
        open_external(host.dialog_parent(), QUrl(page.url))
    else:
        QMessageBox.information(host.dialog_parent(), translate(
            "Brochures", "Open the brochure"), formatting.fill(translate(
                "Brochures", "Only web addresses are opened. This address was not:\n\n%1"),
                page.url))


def _copy(host: Host, record_id: int) -> None:
    from PySide6.QtGui import QGuiApplication

    page = _page(host, record_id)
    if page is not None and page.url:
        QGuiApplication.clipboard().setText(page.url)
        host.tell(formatting.fill(translate("Brochures", "Copied %1"), page.url))


def _offline(host: Host, record_id: int) -> None:
    from PySide6.QtGui import QDesktopServices

    page = _page(host, record_id)
    if page is not None and (copy := paths.offline_brochure(page.key)) is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))


ACTIONS: dict[str, PageAction] = {"open-brochure": _open, "copy-brochure": _copy,
                                  "offline-brochure": _offline}


def title(b: BrochurePage) -> str:
    return titled(b.title, b.title_from)


def _address(page: PageHtml, b: BrochurePage) -> str:
    if b.url:
        return page.external_link(b.url)
    if "address" in (b.not_found or "").split():
        return plain_html(translate("Details", "Not known: no web address for it was found."))
    return plain_html(translate("Details", "The source text does not give the address; see "
                                           "the source article."))


def fill(page: PageHtml, b: BrochurePage) -> None:
    page.text_field(translate("Details", "Title"), codes.title_note(b.title_from))
    page.text_field(translate("Details", "Audience"), formatting.audience(b.audience))
    page.text_field(translate("Details", "Year"), formatting.year_text(b.year, b.year_certain))
    page.field(translate("Details", "Announcement") if b.url_kind == "announcement"
               else translate("Details", "Link"), _address(page, b))
    if b.not_found:
        page.text_field(translate("Details", "Not found"), formatting.fill(translate(
            "Details", "Looked for in public sources and not found: %1."),
            codes.not_found(b.not_found)))
    offline = paths.offline_brochure(b.key) is not None
    actions = []
    if b.url:
        actions += [("open-brochure", b.id, translate("Details", "Open the brochure…")),
                    ("copy-brochure", b.id, translate("Details", "Copy link"))]
    if offline:
        actions.append(("offline-brochure", b.id, translate("Details", "Open the offline copy")))
    page.field(translate("Details", "Offline copy"), plain_html(
        translate("Details", "Available on this computer") if offline
        else translate("Details", "Not on this computer")))
    if actions:
        page.actions(translate("Details", "Actions"), actions)
    if b.paper_copies_from:
        page.field(formatting.fill(translate("Details", "Paper copies from (%1)"),
                                   formatting.year_text(b.paper_copies_year,
                                                        b.paper_copies_year_certain)),
                   ", ".join(page.link(o) for o in b.paper_copies_from.items))
    page.paragraph(b.description)


def cite(b: BrochurePage) -> tuple[str, list[str]]:
    return title(b), [formatting.audience(b.audience),
                      formatting.year_text(b.year, b.year_certain), b.url or ""]


def work(b: BrochurePage) -> Work:
    """The brochure; the content names no author (only who hands out paper copies)."""
    return Work("", b.year, title(b), description=translate("APA", "Brochure"),
                url=b.url or "")
