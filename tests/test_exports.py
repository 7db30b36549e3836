"""How saving and presenting end for a person: every export the same Open / Show in folder
message, save dialogs that start where the last file of that kind went, a presentation that
says how to leave, and a way out to the built-in content when a database will not open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from mtviewer import paths

from .test_ui import click_link


def offered(box: QMessageBox) -> set[str]:
    return {b.text() for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole}


def test_every_export_ends_with_the_same_message(window, content, qtbot, monkeypatch,
                                                 tmp_path):
    """Quotes as a PDF, a page about music therapy as a PDF, an event as an .ics."""
    from mtviewer.ui.dialogs.calendar_export import export_calendar
    from mtviewer.ui.dialogs.topic_print import export_topic_pdf
    from mtviewer.ui.pages.topic import handout

    chosen = iter([tmp_path / "sitater.pdf", tmp_path / "side.pdf", tmp_path / "polyfon.ics"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(chosen)), ""))
    window.printing.model.add_ids([1])
    window.printing.export_pdf()
    boxes = [window.printing.exported, export_topic_pdf(window, content.ids("topic")[0], handout),
             export_calendar(window, 1)]
    for box, name in zip(boxes, ("sitater.pdf", "side.pdf", "polyfon.ics"), strict=True):
        assert box.objectName() == "saved" and box.isVisible() and name in box.text()
        assert "Show in folder" in offered(box), name
        folder = next(b for b in box.buttons() if b.text() == "Show in folder")
        assert folder.property("url").toLocalFile() == str(tmp_path)
        box.close()
    assert offered(boxes[0]) == offered(boxes[1]) == {"Open PDF", "Show in folder"}
    assert offered(boxes[2]) == {"Open in calendar", "Show in folder"}
    assert (tmp_path / "polyfon.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_save_dialogs_start_where_that_kind_of_file_last_went(window, monkeypatch, tmp_path):
    from mtviewer.ui.dialogs.calendar_export import export_calendar

    pdfs, calendars = tmp_path / "pdfs", tmp_path / "kalender"
    pdfs.mkdir()
    calendars.mkdir()
    asked: list[str] = []
    answers = iter([pdfs / "a.pdf", calendars / "b.ics", pdfs / "c.pdf", calendars / "d.ics"])

    def dialog(_parent, _title, start, _types):
        asked.append(str(Path(start).parent))
        return str(next(answers)), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.printing.model.add_ids([1])
    for export in (window.printing.export_pdf, lambda: export_calendar(window, 1)) * 2:
        export()
        for box in window.findChildren(QMessageBox):
            box.close()
    documents = str(paths.documents_folder())
    assert asked == [documents, documents, str(pdfs), str(calendars)]


def test_the_presentation_says_how_to_leave_and_counts_readably(window, qtbot, monkeypatch):
    from mtviewer.ui.printsel import presentation

    monkeypatch.setattr(presentation, "HINT_MS", 100)
    window.printing.model.add_ids([1, 2, 3])
    window.printing.present()
    show = window.printing.presentation
    qtbot.addWidget(show)
    QApplication.processEvents()
    assert show.hint.isVisible() and show.hint.text().startswith("Esc to leave")
    assert show.position.text() == "1 of 3"
    assert show.position.font().pixelSize() >= max(18, int(show.height() * 0.03))
    qtbot.waitUntil(lambda: not show.hint.isVisible(), timeout=3000)
    show.close()


def test_a_database_that_will_not_open_offers_the_built_in_content(tmp_path, monkeypatch):
    from mtviewer.ui.dialogs import open_database

    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    offered_texts = []

    def answer(box):
        offered_texts.extend(b.text() for b in box.buttons())
        box.button_to_click = next(b for b in box.buttons()
                                   if b.text() == "Open the content that came with the app")
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.button_to_click)
    opened = open_database.open_with_recovery(bad)
    try:
        assert opened is not None and opened.location == paths.default_database()
    finally:
        opened.close()
    assert "Choose another file…" in offered_texts and "Cancel" in offered_texts


def test_read_more_names_each_source_by_its_kind_and_fits_the_window(window, qtbot):
    window.resize(700, 600)
    window.printing.show_panel()
    box = window.printing.panel.brochure_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert any(t.startswith("Web page: ") for t in texts)
    assert any(t.startswith("Article: ") for t in texts)
    assert any(t.startswith("Brochure: ") for t in texts)
    box.showPopup()
    QApplication.processEvents()
    popup = box.view().window()
    assert popup.width() <= window.width()
    left = window.mapToGlobal(window.rect().topLeft()).x()
    assert left <= popup.x() and popup.geometry().right() <= left + window.width()
    box.hidePopup()
    assert [box.itemText(i) for i in range(box.count())] == texts  # whole again


def test_a_record_page_shows_its_key_quietly(window, content):
    tab = window.show_tab("quote")
    quote = content.page("quote", tab.current_id() or content.ids("quote")[0])
    tab.show_page("quote", quote.id)
    assert f"Key: {quote.key}" in tab.detail.toPlainText()


def test_following_a_calendar_link_saves_with_the_same_message(window, qtbot, monkeypatch,
                                                               tmp_path):
    out = tmp_path / "polyfon.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    events = window.show_tab("event")
    events.select_record(1)
    click_link(qtbot, events.detail, "Add to calendar (.ics)…")
    box = window.findChild(QMessageBox, "saved")
    assert box is not None and "polyfon.ics" in box.text()
