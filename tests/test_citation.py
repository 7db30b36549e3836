"""Copy as citation (Ctrl+Shift+C, or the list's and the pane's context menu)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from .test_ui import column_texts


def today() -> str:
    """Today as the English interface writes the day a record was read."""
    day = datetime.date.today()
    return f"{day.day} {day:%B} {day.year}"


def _copied(window, qtbot) -> tuple[str, str]:
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def test_a_quote_is_copied_with_who_where_when_and_its_source(window, qtbot):
    tab = window.show_tab("quote")
    tab.view.selectRow(column_texts(tab, 0).index("Her haster det med å håpe"))
    plain, html = _copied(window, qtbot)
    first, source, read = plain.split("\n")
    assert read == f"Read {today()}."
    assert first == ("“Her haster det med å håpe” — Inga Marte Thorkildsen, byråd, quoting Cato "
                     "Kristiansen, Toppmøte om musikkterapi i rus- og psykisk helsefeltet, "
                     "probably 2017.")
    assert source == ("Source: [Populært toppmøte om musikkterapi], Fagrådet – Rusfeltets "
                      "hovedorganisasjon, https://rusfeltet.no/arkiv/populart-toppmote-om-"
                      "musikkterapi.")
    assert "<p>“Her haster det med å håpe” — Inga Marte Thorkildsen" in html
    assert ('<a href="https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi">' in html)


def test_every_kind_can_be_copied_as_a_citation(window, qtbot, content):
    expected = {"event": "Polyfon-konferansen 2018 — 22 November 2018",
                "guideline": "— IS-1957, Helsedirektoratet, 2013.",
                "brochure": "[Brosjyre om musikkterapi for fagpersoner] — Professionals.",
                "person": "Marianne Borgen — ordfører i Oslo (probably 2017).",
                "organisation": "Universitetet i Bergen — UiB.",
                "report": "Hekta på musikk — Monika Overå, 2013, NMH-publikasjoner 2013:11",
                "research": "Music therapy for people with substance use disorders — Ghetti C. "
                            "mfl., 2022, Cochrane Database of Systematic Reviews"}
    for kind, part in expected.items():
        tab = window.show_tab(kind)
        for row in range(tab.model.rowCount()):
            tab.view.selectRow(row)
            plain, html = _copied(window, qtbot)
            assert plain.count("\n") == 2 and "\nSource" in plain, plain
            assert plain.endswith(f"\nRead {today()}."), plain
            assert html.startswith("<p>") and "Source" in html
            if part in plain:
                break
        else:
            raise AssertionError(f"no {kind} copied as {part!r}")


def test_citation_in_the_context_menus(window):
    tab = window.show_tab("quote")
    copy = window.actions_by_name["copy-citation"]
    assert copy in tab.view.actions()
    assert tab.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    menu = tab.detail.context_menu(QPoint(5, 5))
    assert copy in menu.actions()
    assert copy.shortcut().toString() == "Ctrl+Shift+C"


def test_copying_with_nothing_shown_says_what_to_do(window, qtbot):
    tab = window.show_tab("quote")
    tab.search_field.setText("zzzqqqxx")
    tab.apply_search()
    QGuiApplication.clipboard().setText("before")
    window.copy_citation()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Choose a record" in window.statusBar().currentMessage()


def test_in_bokmal_a_quote_is_cited_with_guillemets(qapp, content):
    from PySide6.QtWidgets import QApplication

    from mtviewer.i18n import install_translators, remove_translators
    from mtviewer.ui.citation import cite

    app = QApplication.instance()
    translators = install_translators(app, "nb")
    try:
        quote = next(content.page("quote", i) for i in content.ids("quote")
                     if content.page("quote", i).text == "Her haster det med å håpe")
        plain = cite(quote).plain
        user = cite(next(content.page("quote", i) for i in content.ids("quote")
                         if content.page("quote", i).key == "bruker-lyspunkt")).plain
        report = cite(next(content.page("report", i) for i in content.ids("report")
                           if content.page("report", i).form == "book")).plain
    finally:
        remove_translators(app, translators)
    assert plain.startswith("«Her haster det med å håpe» — Inga Marte Thorkildsen, byråd, med "
                            "sitat fra Cato Kristiansen, Toppmøte om musikkterapi i rus- og "
                            "psykisk helsefeltet, trolig 2017.\n")
    assert "\nKilde: [Populært toppmøte om musikkterapi]" in plain
    assert " — Tjenestebruker (navn ikke oppgitt), Fredrikstad kommune, 2017.\n" in user
    assert "\nKilde: " in report and "Bok" in report


def test_ctrl_shift_c_works_from_the_pane_too(window, qtbot):
    tab = window.show_tab("guideline")
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.shown is not None)
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(tab.detail, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text().startswith(tab.model.index(0, 0).data() + " — ")


def test_a_guideline_cites_the_issuers_own_page_first(content):
    """Helsedirektoratet's page for the guideline leads its sources, before the articles
    about it; a guideline without such a page keeps its sources in their order."""
    from mtviewer.ui.citation import cite

    rus = next(content.page("guideline", i) for i in content.ids("guideline")
               if content.page("guideline", i).key == "rusbehandling-2016")
    own = ("https://helsedirektoratet.no/retningslinjer/behandling-og-rehabilitering-av-"
           "rusmiddelproblemer-og-avhengighet/terapeutiske-tilnaerminger-i-rusbehandling/"
           "musikkterapi-rusbehandling")
    assert len(rus.sources.items) > 1 and rus.sources.items[0].url != own  # not so by chance
    sources = next(line for line in cite(rus).plain.split("\n") if line.startswith("Sources: "))
    assert sources.split("; ")[0].endswith(own)


def _apa(window, qtbot) -> str:
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    return QGuiApplication.clipboard().mimeData().text()


def test_apa_references_name_the_work_then_its_sources_each_with_the_day_read(window, qtbot,
                                                                             content):
    """APA 7: author, (date), title, where, and 'Retrieved …, from' an address; a guideline
    at Helsedirektoratet's own page for it, where the content has one."""
    tab = window.show_tab("guideline")
    rus = next(i for i in content.ids("guideline")
               if content.page("guideline", i).key == "rusbehandling-2016")
    tab.select_record(rus)
    first, *sources = _apa(window, qtbot).split("\n")
    assert first.startswith("Helsedirektoratet. (2016). Nasjonal faglig retningslinje for ")
    day = datetime.date.today()
    assert first.endswith(f"Retrieved {day:%B} {day.day}, {day.year}, from https://"
                          "helsedirektoratet.no/retningslinjer/behandling-og-rehabilitering-"
                          "av-rusmiddelproblemer-og-avhengighet/terapeutiske-tilnaerminger-i-"
                          "rusbehandling/musikkterapi-rusbehandling")
    assert sources and all(" (" in line and ")." in line for line in sources)
    assert window.statusBar().currentMessage() == "Copied as APA 7 references."


def test_apa_cites_a_quote_as_heard_second_hand_and_research_by_its_doi(window, qtbot,
                                                                       content):
    quotes = window.show_tab("quote")
    quotes.view.selectRow(0)
    text = _apa(window, qtbot)
    assert ", as cited in " in text.splitlines()[0]
    research = window.show_tab("research")
    ghetti = next(i for i in content.ids("research")
                  if content.page("research", i).key == "ghetti-2022-cochrane-rus")
    research.select_record(ghetti)
    first = _apa(window, qtbot).splitlines()[0]
    assert first.startswith("Ghetti C. mfl. (2022). Music therapy for people with substance "
                            "use disorders. Cochrane Database of Systematic Reviews, ")
    assert "from https://doi.org/10.1002/14651858.CD012576.pub3" in first
