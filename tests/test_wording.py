"""Plurals through Qt's %n forms in both languages; the type size spoken in percent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtviewer import i18n
from mtviewer.ui.kinds import counts_text
from mtviewer.ui.main_window import MainWindow

from .test_print_ui import tick
from .test_translations import EN_TS, TS, messages, texts_of

BRACKETED = re.compile(r"\w\((s|er|r|e)\)")


@pytest.fixture
def bokmal(qapp):
    translators = i18n.install_translators(qapp, "nb")
    yield
    i18n.remove_translators(qapp, translators)


def test_no_bracketed_plurals_are_shown():
    english = messages(EN_TS)
    for (context, source), translation in messages(TS).items():
        assert not any(BRACKETED.search(t) for t in texts_of(translation)), (context, source)
        if BRACKETED.search(source):  # the English text comes from its plural forms
            assert (context, source) in english, (context, source)
    for (context, source), translation in english.items():
        assert not any(BRACKETED.search(t) for t in texts_of(translation)), (context, source)


def quote_summaries(window) -> list[str]:
    tab, panel = window.show_tab("quote"), window.printing.panel
    tick(tab, "Dere skaper helse")
    one = panel.summary.text()
    tick(tab, "Her haster det med å håpe")
    return [one, panel.summary.text()]


def test_the_print_selection_counts_in_english(window):
    assert quote_summaries(window) == ["1 quote chosen", "2 quotes chosen"]


def test_the_print_selection_counts_in_bokmal(bokmal, qtbot, content, settings, tmp_path):
    window = MainWindow(content, settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert quote_summaries(window) == ["1 sitat valgt", "2 sitater valgt"]


COUNTS = {"topic": 4, "event": 1, "quote": 2, "guideline": 1, "brochure": 3, "report": 1, "person": 2,
          "organisation": 1, "research": 7}


def test_about_counts_each_kind_in_the_right_number(bokmal):
    assert counts_text(COUNTS) == (
        "4 sider om musikkterapi, 1 arrangement, 2 sitater, 1 retningslinje, 3 brosjyrer, 2 personer, "
        "1 organisasjon, 1 rapport og 7 forskningsarbeider")


def test_about_counts_in_english():
    assert counts_text(COUNTS) == (
        "4 pages about music therapy, 1 event, 2 quotes, 1 guideline, 3 brochures, 2 people, 1 organisation, "
        "1 report and 7 research records")


def test_type_size_is_chosen_in_percent(window):
    box = window.printing.panel.font_box
    assert (box.minimum(), box.maximum(), box.singleStep(), box.value()) == (70, 160, 10, 100)
    assert box.text() == "100 %"
    box.stepUp()
    box.stepUp()
    assert box.text() == "120 %"
    assert window.printing.model.options.font_step == 2
    assert window.printing.model.options.scale == pytest.approx(1.2)


def test_file_names_come_from_the_record():
    from mtviewer.formatting import file_name

    assert file_name("Polyfon-konferansen 2018", 2018, suffix=".ics") == (
        "polyfon-konferansen-2018.ics")
    assert file_name("Populært toppmøte om musikkterapi", 2017, suffix=".ics") == (
        "populaert-toppmote-om-musikkterapi-2017.ics")
    assert file_name("Sitater", "2026-11-23", suffix=".pdf") == "sitater-2026-11-23.pdf"
    assert file_name("«Å»/..", None, suffix=".ics") == "a.ics"
    assert file_name("", None, suffix=".ics") == "mtviewer.ics"


def test_save_dialogs_start_in_documents_with_the_records_name(window, qtbot, monkeypatch,
                                                                tmp_path):
    import datetime

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from .test_ui import click_link

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filter: asked.append(start) or ("", ""))
    documents = tmp_path / "Dokumenter"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(
        documents if where == QStandardPaths.StandardLocation.DocumentsLocation else tmp_path))
    events = window.show_tab("event")
    events.select_record(1)
    click_link(qtbot, events.detail, "Add to calendar (.ics)…")
    tick(window.show_tab("quote"), "Dere skaper helse")
    window.printing.export_pdf()
    today = datetime.date.today().isoformat()
    assert asked == [str(documents / "polyfon-konferansen-2018.ics"),
                     str(documents / f"quotes-{today}.pdf")]


def test_save_dialogs_start_at_home_without_a_documents_folder(window, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from mtviewer import paths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "no"))
    assert paths.documents_folder() == Path.home()
