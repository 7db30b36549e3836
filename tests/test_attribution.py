"""The one attribution builder: speaker, whom they cited, role, where and when, once each."""

from __future__ import annotations

from mtviewer.content.attribution import attribute, role_text, said_at, speaker_text, year_text

NB = {"%1, citing %2": "%1, siterer %2", "probably %1": "trolig %1"}


def bokmaal(_context: str, text: str) -> str:
    return NB.get(text, text)


def test_a_speaker_citing_someone_says_so_in_the_interface_language():
    assert speaker_text("Inga Marte Thorkildsen", "Cato Kristiansen") == (
        "Inga Marte Thorkildsen, citing Cato Kristiansen")
    assert speaker_text("Inga Marte Thorkildsen", "Cato Kristiansen", bokmaal) == (
        "Inga Marte Thorkildsen, siterer Cato Kristiansen")
    assert speaker_text("Kjersti Toppe", None) == "Kjersti Toppe"
    assert speaker_text("Kjersti Toppe", "  ") == "Kjersti Toppe"
    assert speaker_text("A %2 B", "C") == "A %2 B, citing C"  # names are never templates


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
    assert role_text("Byråd", "Oslo kommune") == "Byråd, Oslo kommune"
    assert role_text("Mangeårig prest ved Oslo kretsfengsel", "Oslo kretsfengsel") == (
        "Mangeårig prest ved Oslo kretsfengsel")
    assert role_text("Leder i KoRus-Oslo", "KoRus-Oslo", "Kompetansesenter rus – Oslo") == (
        "Leder i KoRus-Oslo")
    assert role_text(None, "Helse Bergen") == "Helse Bergen"
    assert role_text("Professor", None) == "Professor"
    assert role_text(None, None) == ""


def test_the_whole_attribution_in_lines_and_in_one_line():
    credit = attribute("Inga Marte Thorkildsen", "Cato Kristiansen", "Byråd", "Oslo kommune",
                       "Toppmøte om musikkterapi i rus- og psykisk helsefeltet", 2017, False,
                       bokmaal)
    assert credit.lines() == ["Inga Marte Thorkildsen, siterer Cato Kristiansen",
                              "Byråd, Oslo kommune",
                              "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, trolig 2017"]
    assert credit.line() == " · ".join(credit.lines())
    plain = attribute("Tjenestebruker, Fredrikstad kommune", year=2017)
    assert plain.lines() == ["Tjenestebruker, Fredrikstad kommune", "2017"]


def test_the_list_the_page_and_the_print_data_carry_whom_a_speaker_cited(content):
    quote_id = next(i for i, row in content.rows("quote", content.ids("quote")).items()
                    if row.text == "Her haster det med å håpe")
    assert content.rows("quote", [quote_id])[quote_id].cites == "Cato Kristiansen"
    printed = content.print_quotes(ids=[quote_id])[0]
    assert printed.attribution().lines() == [
        "Inga Marte Thorkildsen, citing Cato Kristiansen", "Byråd",
        "Toppmøte om musikkterapi i rus- og psykisk helsefeltet, probably 2017"]
    others = content.print_quotes(ids=[i for i in content.ids("quote") if i != quote_id])
    assert all(q.cites is None and "citing" not in q.attribution().line() for q in others)
    polyfon = next(q for q in others if q.event == "Polyfon-konferansen 2018")
    assert polyfon.attribution().where == "Polyfon-konferansen 2018"
