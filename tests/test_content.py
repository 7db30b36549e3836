"""The read side on its own: no Qt, no SQLAlchemy, one door to a content database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtviewer.content import open_content
from mtviewer.content.pages import RELATED_LIMIT

from .conftest import REPO, add_records


def test_the_read_side_needs_neither_qt_nor_sqlalchemy(seed_db):
    script = ("import sys; from mtviewer.content import open_content; "
              "c = open_content(sys.argv[1]); p = c.prepare('gitar'); "
              "[c.search(k, p) for k in ('event', 'quote', 'guideline', 'brochure')]; "
              "[c.page(k, 1) for k in ('event', 'quote', 'person', 'organisation', 'report')]; "
              "c.print_quotes(ids=[1]); c.about(); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in "
              "('PySide6', 'shiboken6', 'sqlalchemy')))")
    result = subprocess.run([sys.executable, "-c", script, str(seed_db)], cwd=REPO,
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lists_in_their_default_and_chosen_orders(content):
    events = content.rows("event", content.ids("event"))
    dates = [(r.date_year, r.date_month) for r in (events[i] for i in content.ids("event"))]
    assert dates == sorted(dates, reverse=True)  # upcoming first, then newest
    by_who = [content.rows("quote", [i])[i].who for i in content.ids("quote", ("who", False))]
    assert by_who == sorted(by_who)
    assert content.total("quote") == 13
    topics = [content.rows("topic", [i])[i].title for i in content.ids("topic")]
    assert topics[0] == "Hva er musikkterapi?" and len(topics) == 6  # as written, not A–Z
    research = [content.rows("research", [i])[i].year for i in content.ids("research")]
    assert research == sorted(research, reverse=True)  # the newest first


def test_rows_leave_out_unknown_ids(content):
    rows = content.rows("quote", [1, 999_999, 2])
    assert sorted(rows) == [1, 2] and rows[1].key and rows[1].text


def test_a_quote_page_has_its_speaker_event_and_sources(content):
    quote = next(p for p in (content.page("quote", i) for i in content.ids("quote"))
                 if p.text == "Her haster det med å håpe")
    assert quote.speaker.name == "Inga Marte Thorkildsen"
    assert quote.quoting.name == "Cato Kristiansen"
    assert quote.event.label == "Toppmøte om musikkterapi i rus- og psykisk helsefeltet"
    assert not quote.year_certain
    assert [s.title for s in quote.sources.items] == ["[Populært toppmøte om musikkterapi]"]
    assert quote.sources.items[0].title_from == "address"


def test_person_and_organisation_pages_list_what_points_at_them(content):
    froiland = content.page("quote", next(
        i for i in content.ids("quote") if content.page("quote", i).who == "Rønnaug Frøiland"))
    person = content.page("person", froiland.speaker.id)
    assert person.quotes.total == 1 and person.events.total == 1
    organisation = content.page("organisation", person.organisation.id)
    assert person.name in [p.name for p in organisation.people.items]
    assert content.page("person", 999_999) is None
    assert content.page("nonsense", 1) is None


def hub_events(content):
    hub = next(i for i in range(1, content.total("organisation") + 1)
               if content.page("organisation", i).key == "fagradet")
    return content.page("organisation", hub).organised


def test_long_related_lists_are_capped_with_their_count(content, content_dir, tmp_path):
    from mtviewer.compiler.build import build_database

    before = hub_events(content).total
    add_records(content_dir, "events.toml", "".join(f'''
[[event]]
id = "fagdag-{n}"
name = "Fagdag {n}"
date = {{ year = 2019, month = 1, day = 1 }}
organisers = ["fagradet"]
sources = ["fagradet-populart-toppmote"]
''' for n in range(RELATED_LIMIT + 50)))
    path = tmp_path / "many.sqlite"
    build_database(content_dir, path)
    many = open_content(path)
    try:
        events = hub_events(many)
        assert events.total == before + RELATED_LIMIT + 50
        assert len(events.items) == RELATED_LIMIT
    finally:
        many.close()


def test_print_quotes_come_in_the_order_asked_for(content):
    keys = [content.rows("quote", [i])[i].key for i in (3, 1, 2)]
    assert [q.key for q in content.print_quotes(keys=[*keys, "not-a-quote"])] == keys
    assert [q.id for q in content.print_quotes(ids=[2, 999, 1])] == [2, 1]
    assert content.print_quotes(ids=[1])[0].publishers


def test_about_counts_every_kind(content):
    about = content.about()
    assert about.counts == {"topic": 6, "event": 11, "quote": 13, "guideline": 3, "brochure": 2,
                            "report": 13, "research": 7, "person": 23, "organisation": 39}
    assert about.edition == "2026-12-01" and len(about.digest) == 64
    assert (about.name, about.version, about.publisher, about.schema) == (
        "Musikkterapi i rus og psykisk helse", "1.0", "Redaksjonen for Musikkterapi – ressurser", 8)


def test_a_text_is_prepared_once_for_every_tab(content):
    assert content.prepare("gitar") is content.prepare("gitar")
    assert content.prepare("gitar").needles == ("gitar",)
    assert content.prepare("  ").empty


def statements(content, monkeypatch) -> list[str]:
    """Every statement the read side sends through its door to the database from now on."""
    seen: list[str] = []
    for name in ("all", "first", "column", "ids"):
        method = getattr(content.db, name)
        monkeypatch.setattr(content.db, name,
                            lambda sql, *a, _m=method, **k: seen.append(sql) or _m(sql, *a, **k))
    return seen


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    from mtviewer.compiler.synthetic import build_synthetic

    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    build_synthetic(4_000, path)
    return path


@pytest.mark.parametrize(("text", "complete"), [("musikkterapi gitar kor", True),
                                                 ("musikk", False), ("m", False)])
def test_a_keystroke_costs_one_query(large, monkeypatch, text, complete):
    content = open_content(large)
    try:
        prepared = content.prepare(text)
        content.total("quote")
        sent = statements(content, monkeypatch)
        hits = content.search("quote", prepared)
        assert hits.complete is complete and len(hits.ids) > 0
        assert len(sent) == 1, sent
        assert hits.count == (len(hits.ids) if complete else None)
    finally:
        content.close()


def test_a_broad_search_pages_through_every_hit_once(large):
    content = open_content(large)
    try:
        prepared = content.prepare("musikk")
        hits = content.search("quote", prepared)
        listed = list(hits.ids)
        while True:
            page = content.more("quote", prepared, listed[-1], 1000)
            listed += page
            if len(page) < 1000:
                break
        assert len(listed) == len(set(listed)) == content.count("quote", prepared)
        assert set(listed) == set(content.search("quote", prepared, ("year", False)).ids)
    finally:
        content.close()


def test_the_edition_is_read_without_counting(content, monkeypatch):
    monkeypatch.setattr(type(content), "total", lambda *a: pytest.fail("counted records"))
    edition = content.edition()
    assert (edition.version, edition.date, edition.schema) == ("1.0", "2026-12-01", 8)
