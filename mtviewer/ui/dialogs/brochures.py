"""Brochures: opening their address, copying it, and offline copies shipped with the app.

An offline copy is a PDF named by the brochure's id in ``resources/brochures/`` (for example
``brosjyre-fagpersoner.pdf``); when one is there the app opens it from disk instead of the
network, and the Brochures list says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ... import paths
from ...content import Content
from ..details.detail_view import open_external

translate = QCoreApplication.translate


def run_action(window: QMainWindow, content: Content, action: str, brochure_id: int) -> None:
    """Carry out a brochure action link from the detail pane."""
    page = content.page("brochure", brochure_id)
    if page is None:
        return
    key, url = page.key, page.url
    if action == "open-brochure" and url:
        if QUrl(url).scheme() in ("http", "https"):
            open_external(window, QUrl(url))
        else:
            QMessageBox.information(window, translate("Brochures", "Open the brochure"), translate(
                "Brochures", "Only web addresses are opened. This address was not:\n\n%1")
                .replace("%1", url))
    elif action == "copy-brochure" and url:
        QGuiApplication.clipboard().setText(url)
        window.statusBar().showMessage(
            translate("Brochures", "Copied %1").replace("%1", url), 6000)
    elif action == "offline-brochure" and (copy := paths.offline_brochure(key)) is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
