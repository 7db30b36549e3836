"""The one attribution builder: speaker, role, whom they quoted, where and when, once each,
read as a sentence."""

from __future__ import annotations

from mtviewer.content.attribution import (
    attribute,
    dated,
    role_text,
    said_at,
    speaker_text,
    year_text,
)

NB = {"quoting %1": "med sitat fra %1", "probably %1": "trolig %1",
      "Service user (name not given)": "Tjenestebruker (navn ikke oppgitt)",
      "Name not given": "Navn ikke oppgitt", "in %1": "i %1"}


def bokmaal(_context: str, text: str) -> str:
    return NB.get(text, text)


def test_a_speaker_quoting_someone_says_so_in_the_interface_language():
    assert speaker_text("Inga Marte Thorkildsen", "Cato Kristiansen") == (
        "Inga Marte Thorkildsen, quoting Cato Kristiansen")
    assert speaker_text("Inga Marte Thorkildsen", "Cato Kristiansen", bokmaal) == (
        "Inga Marte Thorkildsen, med sitat fra Cato Kristiansen")
    assert speaker_text("Kjersti Toppe", None) == "Kjersti Toppe"
    assert speaker_text("Kjersti Toppe", "  ") == "Kjersti Toppe"
    assert speaker_text("A %2 B", "C") == "A %2 B, quoting C"  # names are never templates


def test_an_unnamed_speaker_is_a_flag_worded_by_the_interface_never_a_name():
    assert speaker_text("", None, bokmaal, "service_user", "Fredrikstad kommune") == (
        "Tjenestebruker (navn ikke oppgitt), Fredrikstad kommune")
    assert speaker_text(None, None, unnamed="service_user", organisation="Fredrikstad kommune") \
        == "Service user (name not given), Fredrikstad kommune"
    assert speaker_text("", None, bokmaal, "not_said") == "Navn ikke oppgitt"
    credit = attribute("", organisation="Fredrikstad kommune", year=2017, tr=bokmaal,
                       unnamed="service_user")
    assert credit.line() == "Tjenestebruker (navn ikke oppgitt), Fredrikstad kommune, 2017"
    assert credit.line().count("Fredrikstad") == 1  # the speaker is never doubled


def test_a_role_is_dated_with_the_years_it_was_held():
    assert dated("ordfører i Oslo", 2017) == "ordfører i Oslo (2017)"
    assert dated("byråd", 2017, certain=False, tr=bokmaal) == "byråd (trolig 2017)"
    assert dated("stortingsrepresentant (Sp)", 2017, 2019) == (
        "stortingsrepresentant (Sp, 2017–2019)")
    assert dated("", 2017) == "" and dated("leder", None) == "leder"
    # a quote from the years the role was held names it without its years; else with them
    assert attribute("Kjersti Toppe", role="stortingsrepresentant (Sp)", year=2018,
                     role_year=2017, role_until=2019).role == "stortingsrepresentant (Sp)"
    assert attribute("Kjersti Toppe", role="stortingsrepresentant (Sp)", year=2021,
                     role_year=2017, role_until=2019).role == (
        "stortingsrepresentant (Sp, 2017–2019)")


def test_the_year_is_not_repeated_when_the_event_name_holds_it():
    assert said_at("Polyfon-konferansen 2018", 2018) == "Polyfon-konferansen 2018"
    assert said_at("Toppmøte om musikkterapi", 2017) == "Toppmøte om musikkterapi, 2017"
    assert said_at("Konferanse 20180", 2018) == "Konferanse 20180, 2018"  # a whole number
    assert said_at(None, 2017) == "2017"
    assert said_at("", None) == ""


def test_an_uncertain_year_is_said_in_words():
    assert year_text(2017, False) == "probably 2017"
    assert year_text(2017, False, bokmaal) == "trolig 2017"
    assert year_text(2017, True) == "2017" and year_text(None, False) == ""
    assert said_at("Toppmøte om musikkterapi", 2017, False, bokmaal) == (
        "Toppmøte om musikkterapi, trolig 2017")
    # the name holding the year does not make an uncertain year certain
    assert said_at("Toppmøte 2017", 2017, False) == "Toppmøte 2017, probably 2017"


def test_role_and_organisation_without_saying_the_organisation_twice():
    assert role_text("byråd", "Oslo kommune") == "byråd, Oslo kommune"
    assert role_text("Mangeårig prest ved Oslo kretsfengsel", "Oslo kretsfengsel") == (
        "Mangeårig prest ved Oslo kretsfengsel")
    assert role_text("Leder i KoRus-Oslo", "KoRus-Oslo", "Kompetansesenter rus – Oslo") == (
        "Leder i KoRus-Oslo")
    assert role_text(None, "Helse Bergen") == "Helse Bergen"
    assert role_text("Professor", None) == "Professor"
    assert role_text(None, None) == ""


def test_the_whole_attribution_reads_as_one_sentence():
    credit = attribute("Inga Marte Thorkildsen", "Cato Kristiansen", "byråd", None,
                       "Toppmøte om musikkterapi i rus- og psykisk helsefeltet", 2017, False,
                       bokmaal, role_year=2017, role_certain=False)
    assert credit.lines() == ["Inga Marte Thorkildsen", "byråd, med sitat fra Cato Kristiansen",
                              "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, trolig 2017"]
    assert credit.line() == ("Inga Marte Thorkildsen, byråd, med sitat fra Cato Kristiansen, "
                             "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, trolig 2017")
    report = attribute("", organisation="Sykehuset Innlandet", year=2020, tr=bokmaal,
                       unnamed="service_user", report="Seberg og Taihaugen (2020)")
    assert report.line() == ("Tjenestebruker (navn ikke oppgitt), Sykehuset Innlandet, "
                             "i Seberg og Taihaugen (2020)")


def test_the_list_the_page_and_the_print_data_carry_whom_a_speaker_cited(content):
    quote_id = next(i for i, row in content.rows("quote", content.ids("quote")).items()
                    if row.text == "Her haster det med å håpe")
    assert content.rows("quote", [quote_id])[quote_id].cites == "Cato Kristiansen"
    printed = content.print_quotes(ids=[quote_id])[0]
    assert printed.attribution().lines() == [
        "Inga Marte Thorkildsen", "byråd, quoting Cato Kristiansen",
        "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, probably 2017"]
    others = content.print_quotes(ids=[i for i in content.ids("quote") if i != quote_id])
    assert all(q.cites is None and "quoting" not in q.attribution().line() for q in others)
    polyfon = next(q for q in others if q.event == "Polyfon-konferansen 2018")
    assert polyfon.attribution().where == "Polyfon-konferansen 2018"


def test_the_page_the_citation_the_list_the_print_and_the_presentation_agree(content, qapp):
    """Every quote's attribution comes from the one builder with the same facts, whichever
    view asks: the page (and the citation, built from it), the print data, the Who column."""
    from PySide6.QtCore import QCoreApplication

    from mtviewer.ui.citation import cite
    from mtviewer.ui.kinds import VIEWS
    from mtviewer.ui.pages import quote as quote_page

    translate = QCoreApplication.translate
    ids = list(content.ids("quote"))
    printed = {q.id: q for q in content.print_quotes(ids=ids)}
    rows = content.rows("quote", ids)
    who = next(c for c in VIEWS["quote"].columns if c.sort_key == "who")
    for record_id in ids:
        page = content.page("quote", record_id)
        lines = quote_page.attribution_lines(page)
        assert lines == printed[record_id].attribution(translate).lines(), page.key
        assert cite(page).plain.splitlines()[0].endswith(", ".join(lines) + ".")
        assert who.display(rows[record_id]) == quote_page.title(page)
        assert len({line for line in lines}) == len(lines)  # nothing said twice
