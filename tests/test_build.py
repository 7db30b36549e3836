"""Building the content database from the TOML source."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from mtviewer import paths
from mtviewer.cli import main as cli_main
from mtviewer.compiler import knowledge as k
from mtviewer.compiler import models as m
from mtviewer.compiler.build import build_database
from mtviewer.compiler.source_schema import ContentError

from .conftest import CONTENT, REPO
from .seed_quotes import SEED_QUOTES

SEEDS = REPO.parent / "shared" / "seeds"


def test_counts_per_kind(tmp_path):
    counts = build_database(CONTENT, tmp_path / "out.sqlite")
    assert counts == {"source": 74, "organisation": 39, "person": 23, "guideline": 3,
                      "event": 11, "quote": 13, "brochure": 2, "report": 13, "research": 7,
                      "topic": 6}


def test_every_seed_quote_is_stored_word_for_word_with_its_speaker(orm):
    stored = {q.text: q.who or q.unnamed for q in orm.scalars(select(m.Quote))}
    assert stored == SEED_QUOTES
    assert all(q.who == "" for q in orm.scalars(select(m.Quote)) if q.unnamed)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside this checkout")
def test_every_stored_quote_occurs_in_a_seed_article(orm):
    """Word for word, in a seed article or as FACTS.md quotes it; the articles' non-breaking
    spaces are stored as plain spaces."""
    articles = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt"))
    articles = " ".join(articles.split())
    facts = " ".join((SEEDS / "FACTS.md").read_text(encoding="utf-8").split())
    for quote in orm.scalars(select(m.Quote)):
        source = quote.sources[0].key
        if source.startswith("fagradet-"):
            assert quote.text in articles, quote.key
        else:
            assert f'"{quote.text}"' in facts, quote.key


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside this checkout")
def test_the_source_words_on_knowledge_pages_and_guidelines_are_word_for_word(orm):
    """What a page shows as the source's own words is in the seeds, line by line (after
    the procedure code a line may start with)."""
    seeds = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*"))
    seeds = " ".join(seeds.split())
    quoted = [line for s in orm.scalars(select(k.TopicSection)) if s.quote
              for line in s.quote.splitlines()]
    quoted += [g.recommendation for g in orm.scalars(select(m.Guideline)) if g.recommendation]
    quoted += [g.rationale for g in orm.scalars(select(m.Guideline)) if g.rationale]
    assert len(quoted) >= 15
    for words in quoted:
        assert re.sub(r"^[A-Z]+\d+ ", "", words) in seeds, words


def test_uncertain_year_is_kept_uncertain(orm):
    summit = orm.scalars(select(m.Event).where(m.Event.key == "toppmote-musikkterapi")).one()
    assert (summit.date_day, summit.date_month, summit.date_year) == (9, 11, 2017)
    assert summit.date_year_certain is False
    assert "2017" in summit.date_note
    polyfon = orm.scalars(select(m.Event).where(m.Event.key == "polyfon-2018")).one()
    assert polyfon.date_year_certain is True
    assert polyfon.participants == 150 and polyfon.participants_qualifier == "about"


def test_relations_are_linked(orm):
    detox = orm.scalars(select(m.Guideline).where(m.Guideline.identifier == "IS-2211")).one()
    assert "avrusning" in detox.name and detox.issuer.name == "Helsedirektoratet"
    rus = orm.scalars(select(m.Guideline).where(m.Guideline.key == "rusbehandling-2016")).one()
    assert rus.recommendation == (
        "Det foreslås at det tilrettelegges for bruk av musikkterapi til pasienter/brukere som "
        "ønsker dette. Musikkterapi vil være relevant i tverrfaglig spesialisert rusbehandling, "
        "i kriminalomsorg og i kommunale tjenester.")
    assert (rus.strength, rus.evidence_level) == ("suggested", "consensus")  # codes
    assert rus.strength_note and rus.evidence_note
    assert [e.key for e in rus.events] == ["toppmote-musikkterapi"]
    summit = rus.events[0]
    assert {o.short_name or o.name for o in summit.organisers} >= {"NAPHA", "CREMAH", "NMH"}
    assert len(summit.quotes) == 4
    handbook = orm.scalars(select(m.Report).where(m.Report.key == "etableringshandbok")).one()
    assert {o.short_name for o in handbook.made_by} == {"Fagrådet", "CREMAH"}
    assert {p.name for p in handbook.people} == {"Torhild Kielland", "Gro Trondalen",
                                                 "Hans Petter Solli"}
    brochure = orm.scalars(select(m.Brochure).where(
        m.Brochure.audience == "people_with_substance_problems")).one()
    assert {o.short_name for o in brochure.paper_copies_from} == {"Fagrådet", None}
    assert brochure.url and brochure.url_kind == "announcement"
    network = orm.scalars(select(m.Organisation).where(
        m.Organisation.key == "kompetansenettverk-musikkterapi-rus")).one()
    assert network.founded == 2010 and len(network.members) == 9
    ghetti = orm.scalars(select(k.Research).where(
        k.Research.key == "ghetti-2022-cochrane-rus")).one()
    assert (ghetti.studies, ghetti.participants, ghetti.numbers_from) == (21, 1984,
                                                                          "publication")
    assert {g.key for g in ghetti.guidelines} == {"rusbehandling-2016", "avrusning-2016"}
    assert all(q.sources for q in orm.scalars(select(m.Quote)))


def test_a_quote_names_its_article_as_source_and_its_event_apart(orm):
    quote = orm.scalars(select(m.Quote).where(m.Quote.key == "borgen-skaper-helse")).one()
    assert quote.source_title == "[Populært toppmøte om musikkterapi]"  # its title is made
    assert quote.said_at == "Toppmøte om musikkterapi i rus- og psykisk helsefeltet"
    user = orm.scalars(select(m.Quote).where(m.Quote.key == "bruker-lyspunkt")).one()
    assert user.said_at is None


def test_a_topic_cites_the_sources_of_its_sections_once_each(orm):
    topic = orm.scalars(select(k.Topic).where(k.Topic.key == "hva-er-musikkterapi")).one()
    cited = [s.key for section in topic.sections for s in section.sources]
    assert sorted(s.key for s in topic.sources) == sorted(set(cited))
    assert len(cited) > len(topic.sources)
    assert [g.key for g in topic.guidelines] == ["psykoselidelser-2013", "rusbehandling-2016",
                                                  "avrusning-2016"]
    positions = [s.position for s in topic.sections]
    assert positions == sorted(positions) and topic.sections[0].heading


def test_build_is_repeatable_byte_for_byte(tmp_path):
    build_database(CONTENT, tmp_path / "a.sqlite")
    build_database(CONTENT, tmp_path / "b.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_shipped_database_matches_the_source(seed_db):
    """The same rows and the same search index; which PyStemmer built it may differ (the
    floors check builds with the oldest supported one, which must index alike)."""
    def dump(path: Path) -> list[str]:
        connection = sqlite3.connect(path)
        try:
            return [line for line in connection.iterdump()
                    if not line.startswith("INSERT INTO \"meta\" VALUES('stemmer'")]
        finally:
            connection.close()

    assert dump(paths.default_database()) == dump(seed_db), (
        "db/mtviewer.sqlite is out of date: run 'mtviewer build-db'")


def test_the_database_records_the_stemmer_that_built_its_index(seed_db):
    from importlib import metadata

    connection = sqlite3.connect(seed_db)
    try:
        (recorded,) = connection.execute("SELECT value FROM meta WHERE key = 'stemmer'").fetchone()
    finally:
        connection.close()
    assert recorded == f"PyStemmer {metadata.version('PyStemmer')}"


def _edit(folder: Path, filename: str, old: str, new: str) -> None:
    path = folder / filename
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_EDITS = [
    ("quotes.toml", 'text = "Dere skaper helse"\n', "", "quotes.toml: quote 'borgen-skaper-helse': text: required"),
    ("quotes.toml", "year = 2018\n", 'year = "2018"\n', "quotes.toml: quote 'toppe-utalmodige': year: expected a whole number"),
    ("quotes.toml", 'speaker = "ronnaug-froiland"', 'speaker = "nobody"', "quotes.toml: quote 'froiland-tre-stillinger': speaker: no person has id 'nobody'"),
    ("people.toml", 'id = "stian-biong"', 'id = "cato-kristiansen"', "people.toml: person 'cato-kristiansen': id: duplicate id"),
    ("brochures.toml", 'audience = "professionals"', 'audience = "everyone"', "brochures.toml: brochure 'brosjyre-fagpersoner': audience: 'everyone' is not one of"),
    ("events.toml", "month = 11, day = 22", "month = 13, day = 22", "events.toml: event 'polyfon-2018': date.month: must be between 1 and 12"),
    ("events.toml", 'fee = "free"', 'fees = "free"', "events.toml: event 'toppmote-musikkterapi': fees: unknown field"),
    ("guidelines.toml", 'identifier = "IS-2211"', "identifier = [", "guidelines.toml: not valid TOML"),
    ("edition.toml", "date = 2026-12-01", 'date = "snart"', "edition.toml: date: expected a date"),
    ("edition.toml", 'version = "1.0"', 'version = "1.0 beta"', "edition.toml: version: expected numbers and dots such as 1.2, not '1.0 beta'"),
    ("edition.toml", 'publisher = "Redaksjonen for Musikkterapi – ressurser"', 'publisher = ""', "edition.toml: publisher: expected text"),
    ("edition.toml", 'name = "', 'title = "', "edition.toml: title: unknown field"),
]


@pytest.mark.parametrize(("filename", "old", "new", "expected"), BAD_EDITS)
def test_bad_source_is_refused_naming_file_record_field(content_dir, tmp_path, filename, old,
                                                        new, expected):
    _edit(content_dir, filename, old, new)
    out = tmp_path / "out.sqlite"
    with pytest.raises(ContentError) as caught:
        build_database(content_dir, out)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert not out.exists()
    assert list(tmp_path.glob(".out.sqlite.*")) == []


def test_bad_encoding_leaves_existing_database_untouched(content_dir, tmp_path):
    out = tmp_path / "out.sqlite"
    build_database(content_dir, out)
    before = out.read_bytes()
    (content_dir / "people.toml").write_bytes("name = 'Rønnaug'".encode("latin-1"))
    with pytest.raises(ContentError) as caught:
        build_database(content_dir, out)
    assert "people.toml: not UTF-8 text" in str(caught.value)
    assert out.read_bytes() == before


def test_build_db_command_reports_problems_and_exit_code(content_dir, tmp_path, capsys):
    _edit(content_dir, "quotes.toml", 'event = "polyfon-2018"', 'event = "polyfon-2017"')
    out = tmp_path / "out.sqlite"
    assert cli_main(["build-db", str(content_dir), str(out)]) == 1
    err = capsys.readouterr().err
    assert "quotes.toml: quote 'toppe-utalmodige': event: no event has id 'polyfon-2017'" in err
    assert not out.exists()
    _edit(content_dir, "quotes.toml", 'event = "polyfon-2017"', 'event = "polyfon-2018"')
    assert cli_main(["build-db", str(content_dir), str(out)]) == 0
    assert "13 quote" in capsys.readouterr().out
    assert out.exists()


def test_the_read_side_knows_every_table_the_build_writes(seed_db):
    from mtviewer.content.schema import SEARCH_TABLES, TABLES

    connection = sqlite3.connect(seed_db)
    try:
        written = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'"
            " AND name NOT LIKE 'sqlite_%'")}
    finally:
        connection.close()
    assert written == set(TABLES) | {"search"} and "search_terms" in SEARCH_TABLES


@pytest.mark.parametrize(("filename", "old", "new", "expected"), [
    ("events.toml", "month = 11, day = 22", "month = 2, day = 31",
     "events.toml: event 'polyfon-2018': date: 31.2. is not a day of the calendar in 2018"),
    ("quotes.toml", "year = 2018\n", "year = 12345678901234567890\n", "quotes.toml:"),
    ("quotes.toml", "year = 2018\n", "year = 20180\n", "year: must be between 1 and 9999"),
    ("quotes.toml", 'text = "Dere skaper helse"', 'text = "Dere skaper \ufffd"',
     "holds U+FFFD"),
    ("brochures.toml", 'audience = "professionals"', 'audience = "' + "x" * 5000 + '"',
     "is not one of"),
])
def test_the_build_checks_what_a_person_would(content_dir, tmp_path, filename, old, new,
                                              expected):
    _edit(content_dir, filename, old, new)
    with pytest.raises(ContentError) as caught:
        build_database(content_dir, tmp_path / "out.sqlite")
    assert any(expected in p for p in caught.value.problems), caught.value.problems
    assert all(len(p) <= 300 for p in caught.value.problems)
    assert not (tmp_path / "out.sqlite").exists()


def test_the_build_accepts_a_byte_order_mark(content_dir, tmp_path):
    quotes = content_dir / "quotes.toml"
    quotes.write_bytes(b"\xef\xbb\xbf" + quotes.read_bytes())
    assert build_database(content_dir, tmp_path / "out.sqlite")["quote"] == 13


def test_deep_nesting_and_odd_files_are_named_not_hung(content_dir, tmp_path):
    import os

    (content_dir / "people.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000,
                                             encoding="utf-8")
    (content_dir / "reports.toml").unlink()
    os.mkfifo(content_dir / "reports.toml")  # reading a pipe would wait for ever
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "build-db",
                             str(content_dir), str(tmp_path / "out.sqlite")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "people.toml: nested too deeply" in result.stderr
    assert "reports.toml: not a regular file" in result.stderr
    assert all(len(line) <= 300 for line in result.stderr.splitlines())
    assert not (tmp_path / "out.sqlite").exists()
