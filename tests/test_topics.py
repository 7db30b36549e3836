"""The pages about music therapy: shown first, searchable, linked, printable as a handout."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .test_ui import click_link, column_texts


def topic_id(content, key: str) -> int:
    return next(i for i in content.ids("topic") if content.page("topic", i).key == key)


def test_a_newcomer_sees_the_first_page_about_music_therapy_on_start(window, qtbot):
    tab = window.current_tab()
    assert tab.kind == "topic"
    assert tab.search_field.placeholderText() == "Search the pages about music therapy…"
    assert column_texts(tab, 0) == ["Hva er musikkterapi?", "Hva brukerne forteller",
                                    "Hva forskningen viser", "Slik oppretter dere en stilling",
                                    "Hva retningslinjene sier", "Utdanningen"]
    qtbot.waitUntil(lambda: "Hva er musikkterapi?" in tab.detail.toPlainText())
    shown = tab.detail.toPlainText()
    assert "fem års utdanning fra universitet" in shown
    assert "Source: [Populært toppmøte om musikkterapi]" in shown  # each section says where from


def test_a_page_shows_the_sources_own_words_as_a_quotation_and_links_its_records(
        window, content, qtbot):
    tab = window.show_tab("topic")
    tab.select_record(topic_id(content, "hva-brukerne-forteller"))
    html = tab.detail.toHtml()
    shown = tab.detail.toPlainText()
    assert "«bedret psykisk helse" in shown and "recovery»" in shown
    assert "Trzebinski" in shown and "\nReports\n" in shown and "\nResearch\n" in shown
    assert "Det er musikken som gjør at jeg tør mer og mer" in shown  # the new user's words
    assert "<blockquote" in html or "margin-left" in html
    click_link(qtbot, tab.detail, "Musikkterapi, rus og psykisk helse – brukererfaringer")
    shown = tab.detail.toPlainText()  # a report has no tab: it opens in this pane
    assert "Dale, R., Kielland, T., Trondalen, G. & Stige, B." in shown
    assert "Rusfag 2, 18–23 (2015)" in shown


def test_the_setting_up_page_links_to_its_guidelines(window, content, qtbot):
    tab = window.show_tab("topic")
    tab.select_record(topic_id(content, "opprette-stilling"))
    shown = tab.detail.toPlainText()
    assert "IBBE10 Musikkterapi, individuell" in shown and "B0013" in shown
    for begun in ("Sør-Odal", "Fredrikstad", "Sandnes", "opptrappingsmidlene", "GAMUT",
                  "informasjonskurs", "Senter for musikkterapi", "stillingene bør være"):
        assert begun in shown, begun
    assert "Fredrikstad kommune har fått til tre hele stillinger" not in shown  # finding 1
    click_link(qtbot, tab.detail, "Nasjonal faglig retningslinje for behandling og "
                                  "rehabilitering av rusmiddelproblemer og avhengighet")
    assert window.current_tab() is tab and tab.detail.shown[0] == "guideline"  # a link stays
    assert "Consensus" in tab.detail.toPlainText()  # a code, in the interface's words
    assert "listed in the Guidelines tab" in tab.where.text()


def test_global_search_finds_a_procedure_code_on_the_pages(window, qtbot):
    window.show_tab("brochure")
    window.global_search.setText("IBBE20")
    window.go_to_hits()
    assert window.hit_counts == {"topic": 1, "event": 0, "quote": 0, "guideline": 0,
                                 "brochure": 0, "person": 0, "organisation": 1, "report": 0,
                                 "research": 0}  # and Direktoratet for e-helse, its owner
    assert window.tabs.tabText(0) == "About music therapy (1)"
    # The best hit opens (issue 21): the directorate's short page naming both codes ranks
    # above the long page that explains them (bm25 weighs a word against the text's length).
    assert window.current_tab().kind == "organisation"
    tab = window.show_tab("topic")
    assert tab.search_field.placeholderText() == "Search the pages about music therapy…" and tab.model.rowCount() == 1


BADGES = {
    "psykoselidelser-2013": ("A", "Høyeste anbefalingsgrad.", "1a", "Høyeste evidensnivå"),
    "rusbehandling-2016": ("Suggested", "«Det foreslås at …»", "Consensus",
                           "ikke på en oppsummering av forskning"),
    "avrusning-2016": ("Not given in the sources", "anbefalingsgraden er ikke funnet",
                       "Kildene sier ikke", "Supporting treatment"),
}


def test_each_guideline_shows_its_badges_with_what_they_mean(window, content):
    tab = window.show_tab("guideline")
    expected = BADGES
    for record_id in content.ids("guideline"):
        page = content.page("guideline", record_id)
        tab.select_record(record_id)
        html, shown = tab.detail.toHtml(), tab.detail.toPlainText()
        for text in expected[page.key]:
            assert text in shown, (page.key, text)
        assert "Strength of recommendation" in shown and "Evidence basis" in shown
        assert html.count("font-weight") >= 2  # the badges stand out
        for norwegian in ("Foreslås", "Konsensus", "Støttebehandling", "Ikke oppgitt"):
            assert norwegian not in shown, (page.key, norwegian)  # an English interface
    recommendations = column_texts(tab, 2)
    assert sorted(recommendations) == ["A", "Not given in the sources", "Suggested"]


def test_in_bokmal_the_badges_are_worded_in_bokmal(bokmal_window, content):
    tab = bokmal_window.show_tab("guideline")
    words = {"rusbehandling-2016": ("Foreslås", "Konsensus"),
             "avrusning-2016": ("Ikke oppgitt i kildene", "Støttebehandling")}
    for record_id in content.ids("guideline"):
        page = content.page("guideline", record_id)
        tab.select_record(record_id)
        for word in words.get(page.key, ()):
            assert word in tab.detail.toPlainText(), (page.key, word)


def test_quotes_said_at_an_event_keep_the_article_as_their_source(window):
    tab = window.show_tab("quote")
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.model.columnCount())]
    assert headers == ["Quote", "Who", "Said at", "Source", "Year"]
    rows = dict(zip(column_texts(tab, 0), zip(column_texts(tab, 2), column_texts(tab, 3),
                                              strict=True), strict=True))
    assert rows["Dere skaper helse"] == ("Toppmøte om musikkterapi i rus- og psykisk "
                                         "helsefeltet", "[Populært toppmøte om musikkterapi]")
    lyspunkt = next(text for text in rows if text.startswith("Musikkterapi har vært"))
    assert rows[lyspunkt] == ("", "[Populært toppmøte om musikkterapi]")


def test_export_pdf_writes_the_page_as_a_handout(window, content, qtbot, monkeypatch,
                                                 tmp_path):
    tab = window.show_tab("topic")
    tab.select_record(topic_id(content, "opprette-stilling"))
    out = tmp_path / "stilling.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click_link(qtbot, tab.detail, "Export PDF…")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Slik oppretter dere en stilling" in text
    assert "IBBE20 Musikkterapi, gruppebehandling" in text
    assert "Export PDF" not in text and "Print…" not in text  # no screen actions on paper
    assert "Nasjonal faglig retningslinje for behandling og rehabilitering" in text
    assert "Fagrådet – Rusfeltets hovedorganisasjon" in text  # sources and footer
    assert "page 1 of" in text  # the same footer as every print
    assert "stilling.pdf" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox, "saved")  # the same message as every export
    assert box is not None and box.isVisible() and "stilling.pdf" in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open PDF", "Show in folder"}


def test_print_opens_a_preview_of_the_handout(window, content, qtbot, monkeypatch):
    tab = window.show_tab("topic")
    tab.select_record(topic_id(content, "hva-er-musikkterapi"))
    seen = {}

    def count_pages(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen["pages"], seen["title"] = widget.pageCount(), dialog.windowTitle()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", count_pages)
    click_link(qtbot, tab.detail, "Print…")
    assert seen["pages"] >= 1 and seen["title"] == "Print preview"


def test_a_failed_export_says_why_and_writes_nothing(window, content, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from mtviewer.ui.dialogs.topic_print import export_topic_pdf
    from mtviewer.ui.pages.topic import handout

    out = tmp_path / "no such folder" / "ark.pdf"
    warned = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert export_topic_pdf(window, topic_id(content, "hva-er-musikkterapi"), handout) is None
    assert warned and "no such folder" in warned[0] and not out.parent.exists()


def test_the_topic_view_is_the_first_registered_tab():
    from mtviewer.ui.kinds import TABS, tab_shortcut

    assert TABS[0] == "topic"
    assert [tab_shortcut(kind) for kind in TABS] == [f"Ctrl+{n}"
                                                      for n in range(1, len(TABS) + 1)]


NORWEGIAN_LABELS = ("Foreslås", "Konsensus", "Støttebehandling", "Ikke oppgitt i kildene",
                    "Tjenestebruker (navn ikke oppgitt)", "Navn ikke oppgitt", "Kunngjort (per",
                    "Utsatt (i", "Brukerevaluering", "med sitat fra", "Sammendragshefte",
                    "Selve publikasjonen", "Papireksemplarer fra", "Ikke funnet")
"""The bokmål words the interface gives codes: an English interface shows none of them."""


def test_the_english_interface_shows_no_norwegian_labels(content):
    from mtviewer.content.kinds import KINDS
    from mtviewer.ui.citation import cite
    from mtviewer.ui.kinds import VIEWS
    from mtviewer.ui.pages import render_page

    for kind in KINDS:
        ids = list(content.ids(kind))
        rows = content.rows(kind, ids)
        for record_id in ids:
            page = content.page(kind, record_id)
            shown = " ".join([render_page(kind, page), cite(page).plain,
                              *(column.display(rows[record_id]) for column in VIEWS[kind].columns)])
            for label in NORWEGIAN_LABELS:
                assert label not in shown, (kind, page.key, label)


def dark_share(pdf, folder) -> float:
    """The share of nearly black pixels on the first page above its footer, at 40 dpi."""
    import os
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is needed in CI")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(folder / "page")], check=True)
    data = next(folder.glob("page*.pgm")).read_bytes()
    _magic, width, height, _depth, pixels = data.split(maxsplit=4)
    body = pixels[:int(width) * int(height) * 85 // 100]  # above the footer
    return sum(1 for value in body if value < 90) / len(body)


@pytest.mark.parametrize("scheme", ["dark", "contrast"])
def test_a_handout_prints_black_on_white_whatever_the_windows_colours(
        window, content, qtbot, monkeypatch, tmp_path, scheme):
    tab = window.show_tab("topic")
    tab.select_record(topic_id(content, "opprette-stilling"))
    made = []
    for colours in ("light", scheme):
        window.colours.set_scheme(colours)
        made.append(tmp_path / f"{colours}.pdf")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(made[-1]), ""))
        click_link(qtbot, tab.detail, "Export PDF…")
    window.colours.set_scheme("light")
    light, other = (dark_share(pdf, pdf.parent / pdf.stem) for pdf in made)
    assert light > 0.01  # the text is there, in black
    assert other > light * 0.9, (light, other)

