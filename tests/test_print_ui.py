"""Choosing quotes in the window, keeping them, and printing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolButton

from mtviewer.printing import selection as print_selection
from mtviewer.ui.main_window import MainWindow

from .test_search_ui import type_text
from .test_ui import column_texts


def tick(tab, text: str) -> int:
    row = column_texts(tab, 0).index(text)
    index = tab.model.index(row, 0)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    return tab.model.id_at(row)


@pytest.fixture
def data_dir(seed_db) -> Path:
    return seed_db.parent / "user-data"


def test_ticking_quotes_fills_the_print_selection_without_opening_the_panel(window, qtbot):
    tab = window.show_tab("quote")
    orientation, sizes = tab.splitter.orientation(), tab.splitter.sizes()
    count = tab.findChild(QToolButton, "print-selection-count")
    assert count.text() == "Print selection: 0"
    tick(tab, "Dere skaper helse")
    tick(tab, "Her haster det med å håpe")
    assert window.printing._panel is None or not window.printing.panel.isVisible()
    assert tab.splitter.orientation() == orientation and tab.splitter.sizes() == sizes
    assert count.text() == count.accessibleName() == "Print selection: 2"
    count.click()  # the count in the Quotes tab opens it
    panel = window.printing.panel
    assert panel.isVisible()
    assert window.actions_by_name["show-print-selection"].isChecked()
    assert panel.windowTitle() == "Print selection (2)"
    assert [panel.model.index(i).data(Qt.ItemDataRole.ToolTipRole) for i in range(2)] == [
        "Dere skaper helse", "Her haster det med å håpe"]
    count.click()
    assert not panel.isVisible()


def test_ctrl_d_opens_the_panel(window, qtbot):
    tab = window.show_tab("quote")
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.printing.panel.isVisible() and len(window.printing.panel.keys()) == 1


def test_at_800_by_600_the_list_keeps_most_of_the_width(window, qtbot):
    window.resize(800, 600)
    tab = window.show_tab("quote")
    window.printing.show_panel()
    qtbot.waitUntil(lambda: window.printing.panel.isVisible())
    QApplication.processEvents()
    assert tab.view.width() >= 0.6 * window.width(), (tab.view.width(), window.width())
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.printing.panel.width() <= 0.32 * window.width()


def test_panel_visibility_place_and_size_are_remembered(window, qtbot, content, settings,
                                                        data_dir):
    window.resize(780, 560)  # within the offscreen screen, so it comes back at this size
    window.printing.show_panel()
    panel = window.printing.panel
    window.removeDockWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    panel.show()
    window.resizeDocks([panel], [210], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    width = panel.width()
    window.close()

    again = MainWindow(content, settings, data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.printing._panel is not None and again.printing.panel.isVisible())
    QApplication.processEvents()
    assert again.dockWidgetArea(again.printing.panel) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert 200 <= width <= 220 and abs(again.printing.panel.width() - width) <= 4
    again.printing.set_panel_visible(False)
    again.close()
    third = MainWindow(content, settings, data_dir)
    qtbot.addWidget(third)
    third.show()
    QApplication.processEvents()
    assert third.printing._panel is None  # closed last time: not opened, not even built


def test_ctrl_d_adds_the_chosen_rows_and_ctrl_shift_d_all_shown(window, qtbot):
    tab = window.show_tab("quote")
    selection = tab.view.selectionModel()
    for row in (0, 2):
        selection.select(tab.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.printing.panel.keys()) == 2
    type_text(tab.search_field, "borgen")
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "borgen-skaper-helse" in window.printing.panel.keys()


def test_selection_survives_search_tabs_and_restart_and_can_be_reordered(
        window, qtbot, content, settings, data_dir):
    tab = window.show_tab("quote")
    tick(tab, "Dere skaper helse")
    type_text(tab.search_field, "gitar")
    tick(tab, column_texts(tab, 0)[0])
    window.show_tab("event")
    tab.search_field.clear()
    window.show_tab("quote")
    window.actions_by_name["show-print-selection"].trigger()
    panel = window.printing.panel
    assert panel.isVisible()
    assert panel.keys() == ["borgen-skaper-helse", "bruker-gitarspillingen"]
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.keys() == ["bruker-gitarspillingen", "borgen-skaper-helse"]
    assert print_selection.load(data_dir).keys == panel.keys()

    again = MainWindow(content, settings, data_dir)
    qtbot.addWidget(again)
    assert again.printing.panel.keys() == ["bruker-gitarspillingen", "borgen-skaper-helse"]
    again.printing.panel.clear_button.click()
    assert print_selection.load(data_dir).keys == []


def test_export_pdf_writes_the_selection_in_order(window, qtbot, monkeypatch, tmp_path):
    tab = window.show_tab("quote")
    tick(tab, "Her haster det med å håpe")
    tick(tab, "Dere skaper helse")
    window.printing.panel.layout_box.setCurrentIndex(
        window.printing.panel.layout_box.findData("poster"))
    out = tmp_path / "utskrift.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    assert len(pages) == 2
    assert "Her haster det med å håpe" in pages[0] and "Dere skaper helse" in pages[1]
    assert "utskrift.pdf" in window.statusBar().currentMessage()


def test_print_opens_a_true_preview(window, qtbot, monkeypatch):
    tab = window.show_tab("quote")
    for text in ("Dere skaper helse", "Her haster det med å håpe", "Vi på Stortinget begynner "
                 "å bli utålmodige", "Samarbeidet i Polyfon er viktig, dette ønsker jeg nasjonalt.",
                 "Musikk gir personlig utvikling og sterk personlig vekst. Intuitivt beveger vi oss "
                 "til musikk, om vi er gamle demente eller små barn. Jeg ønsker et sterkere og "
                 "bedre samarbeid på tvers av helse og musikk"):
        tick(tab, text)
    panel = window.printing.panel
    panel.layout_box.setCurrentIndex(panel.layout_box.findData("cards"))
    seen = {}

    def show_instead(dialog):
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        QApplication.processEvents()
        seen["pages"] = preview.pageCount()
        dialog.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show_instead)
    qtbot.keyClick(tab.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen["pages"] == 2  # five quotes on cards: four on the first page


def test_printing_nothing_explains_what_to_do(window, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert told and "empty" in told[0]


def test_damaged_selection_file_is_set_aside(qtbot, content, settings, data_dir, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "print-selection.json").write_text("{not json", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    win = MainWindow(content, settings, data_dir)
    qtbot.addWidget(win)
    assert win.printing.panel.keys() == []
    qtbot.waitUntil(lambda: bool(warned))
    assert "could not be read" in warned[0]
    assert list(data_dir.glob("print-selection.damaged-*.json"))


def test_the_content_database_is_never_written(window, seed_db, data_dir):
    before = seed_db.read_bytes()
    tab = window.show_tab("quote")
    tick(tab, "Dere skaper helse")
    window.printing.panel.clear_button.click()
    window.close()
    assert seed_db.read_bytes() == before
    assert (data_dir / "print-selection.json").exists()


def test_presenting_steps_through_the_selection_full_screen(window, qtbot):
    from mtviewer.ui.printsel.presentation import Presentation

    tab = window.show_tab("quote")
    tick(tab, "Dere skaper helse")
    tick(tab, "Her haster det med å håpe")
    qtbot.keyClick(tab.view, Qt.Key.Key_F5)
    show = window.printing.presentation
    assert isinstance(show, Presentation) and show.isFullScreen()
    assert show.shown == "«Dere skaper helse»"
    assert show.text.text().split() == show.shown.split()  # only its line breaks may differ
    assert "Marianne Borgen" in show.who.text() and show.position.text() == "1 of 2"
    qtbot.waitUntil(lambda: show.text.font().pointSize() >= 40)  # short quote, very large type
    show.grab().save(str(Path(window.printing.data_dir) / "presentation.png"))
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.text.text().split() == "«Her haster det med å håpe»".split()
    qtbot.keyClick(show, Qt.Key.Key_Right)  # stays on the last
    assert show.position.text() == "2 of 2"
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.position.text() == "1 of 2"
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()


def test_after_export_the_message_offers_to_open_the_pdf_or_its_folder(window, monkeypatch,
                                                                       tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tick(window.show_tab("quote"), "Dere skaper helse")
    out = tmp_path / "til veggen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.printing.export_pdf()
    box = window.printing.exported
    assert box.isVisible() and "til veggen.pdf" in box.text()
    offered = {b.text(): b for b in box.buttons()
               if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole}
    assert set(offered) == {"Open PDF", "Show in folder"}
    assert offered["Open PDF"].property("url").toLocalFile() == str(out)
    assert offered["Show in folder"].property("url").toLocalFile() == str(tmp_path)
    assert opened == []  # nothing is launched until a button is pressed
    offered["Show in folder"].click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_read_more_offers_brochures_and_articles_and_says_when_there_is_no_address(
        window, monkeypatch, tmp_path):
    panel = window.printing.panel
    tick(window.show_tab("quote"), "Dere skaper helse")
    texts = [panel.brochure_box.itemText(i) for i in range(panel.brochure_box.count())]
    assert any(t.startswith("Brochure: ") for t in texts)
    assert "Article: [Fagrådet på Polyfon-konferansen 2018]" in texts  # a title of our making
    panel.show()
    brochure = next(i for i, t in enumerate(texts) if t.startswith("Brochure: "))
    panel.brochure_box.setCurrentIndex(brochure)
    assert panel.no_address.isVisibleTo(panel)
    assert window.printing.document().read_more.url is None
    article = texts.index("Article: [Populært toppmøte om musikkterapi]")
    panel.brochure_box.setCurrentIndex(article)
    assert not panel.no_address.isVisibleTo(panel)
    chosen = window.printing.document().read_more
    assert (chosen.kind, chosen.url) == (
        "source", "https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi")
    assert window.printing.model.options.source_id == chosen.id
    assert window.printing.model.options.brochure_id is None


def test_a_typed_heading_goes_on_the_print_and_is_kept(window, data_dir):
    panel = window.printing.panel
    tick(window.show_tab("quote"), "Dere skaper helse")
    panel.title_box.setText("  Musikkterapi   på Solsiden ")
    assert window.printing.document().title == "Musikkterapi på Solsiden"
    assert print_selection.load(data_dir).options.title == "Musikkterapi på Solsiden"


def test_the_list_and_the_presentation_name_whom_a_speaker_cited(window, qtbot):
    tab = window.show_tab("quote")
    row = column_texts(tab, 0).index("Her haster det med å håpe")
    assert column_texts(tab, 1)[row] == "Inga Marte Thorkildsen, quoting Cato Kristiansen"
    tab.view.selectRow(row)
    shown = tab.detail.toPlainText()
    assert "Inga Marte Thorkildsen, quoting Cato Kristiansen" in shown  # the page's title
    assert "Oslo kretsfengsel (probably 2017), Oslo kretsfengsel" not in shown
    assert "mangeårig prest ved Oslo kretsfengsel (probably 2017)" in shown  # dated
    tick(tab, "Her haster det med å håpe")
    window.printing.present()
    show = window.printing.presentation
    assert show.who.text().splitlines() == [
        "— Inga Marte Thorkildsen", "byråd, quoting Cato Kristiansen",
        "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, probably 2017"]
    show.close()


def test_a_presented_quote_breaks_its_lines_evenly(qtbot, content):
    from mtviewer.ui.printsel.presentation import Presentation

    show = Presentation(content.print_quotes(ids=[1]))
    qtbot.addWidget(show)
    show.resize(1000, 700)
    show.show_quote(0)
    rows = show.text.text().splitlines()
    assert " ".join(rows) == "«Vi på Stortinget begynner å bli utålmodige»"
    assert len(rows) >= 2  # 72 pt does not hold it on one line at this width
    assert min(map(len, rows)) >= max(map(len, rows)) / 2  # no line with one short word


GITAR = ("Jeg har både dyssosial personlighetsforstyrrelse og ptsd, jeg er aggressiv, har ikke "
         "hemninger og har et temperament uten like. Driter i konsekvenser. Blir jeg sur så "
         "spiller jeg gitar. Hjelper meg å regulere følelsene mine. Gitarspillingen hjelper meg "
         "å samle meg")


def test_a_quote_naming_diagnoses_carries_a_note_before_it_goes_on_a_wall(window, qtbot,
                                                                         tmp_path):
    """The print selection says what a quote names before a poster is made of it; the
    quote itself is printed as it was said."""
    from mtviewer.printing.pdf import write_pdf

    panel = window.printing.panel
    panel.show()
    tick(window.show_tab("quote"), "Dere skaper helse")
    assert not panel.sensitive_note.isVisibleTo(panel)  # nothing to say
    tick(window.show_tab("quote"), GITAR)
    assert panel.sensitive_note.isVisibleTo(panel)
    note = panel.sensitive_note.text()
    assert "names diagnoses and aggression" in note and "Dere skaper helse" not in note
    assert "wall poster" not in note  # a handout is not a wall poster
    panel.layout_box.setCurrentIndex(panel.layout_box.findData("poster"))
    assert "On a wall poster everyone passing reads it" in panel.sensitive_note.text()
    rows = [panel.model.index(i).data() for i in range(panel.model.rowCount())]
    assert rows[1].startswith("⚠ «") and not rows[0].startswith("⚠")
    assert "think twice" in panel.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    out = tmp_path / "plakat.pdf"
    write_pdf(window.printing.document(), out)
    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert GITAR in printed  # unchanged
    panel.model.remove_keys([window.content.rows("quote", [i])[i].key
                             for i in window.content.ids("quote")])
    assert not panel.sensitive_note.isVisibleTo(panel)


@pytest.mark.parametrize("scheme", ["dark", "contrast"])
def test_the_print_preview_shows_black_text_whatever_the_windows_colours(
        window, qtbot, monkeypatch, scheme):
    """Qt's preview paints text in the window's colour unless the text has its own: in the
    dark and high-contrast schemes the quotes' handout showed a white page."""
    dark = {}

    def look(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        dialog.resize(700, 900)
        dialog.show()
        widget.updatePreview()
        widget.fitInView()
        image = widget.grab().toImage()
        dark[window.colours.scheme] = sum(
            1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
            if image.pixelColor(x, y).lightness() < 90)
        dialog.hide()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.printing.model.add_ids([1, 2, 3])
    for colours in ("light", scheme):
        window.colours.set_scheme(colours)
        window.printing.print_preview()
    window.colours.set_scheme("light")
    assert dark["light"] > 200 and dark[scheme] > dark["light"] * 0.9, dark
