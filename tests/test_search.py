"""Search rules on the real content: what a Norwegian clinician types finds what they mean."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtviewer.content.kinds import KINDS, LISTED
from mtviewer.content.marks import match_spans
from mtviewer.content.text import fold, fold_with_map


@pytest.fixture
def searcher(content):
    """The read side, which is what searches (named for what these tests ask of it)."""
    return content


@pytest.fixture
def quote_text(content) -> dict[int, str]:
    return {i: row.text for i, row in content.rows("quote", content.ids("quote")).items()}


def find(content, kind: str, text: str) -> list[int]:
    hits = content.search(kind, content.prepare(text))
    assert hits.complete and hits.count == len(hits.ids)
    return list(hits.ids)


def texts(searcher, quote_text, query: str) -> list[str]:
    return [quote_text[i] for i in find(searcher, "quote", query)]


def test_case_does_not_matter_including_norwegian_letters(searcher):
    froiland = find(searcher, "quote", "frøiland")
    assert len(froiland) == 1
    assert find(searcher, "quote", "FRØILAND") == froiland == find(searcher, "quote", "Frøiland")
    assert find(searcher, "quote", "GITARSPILLINGEN") == find(searcher, "quote", "gitarspillingen")
    assert find(searcher, "quote", "LÅTSKRIVING") == find(searcher, "quote", "låtskriving") != []


@pytest.mark.parametrize(("typed", "written"), [
    ("froiland", "Frøiland"), ("froeiland", "Frøiland"),
    ("latskriving", "Låtskriving"), ("laatskriving", "Låtskriving"),
    ("vaert", "vært"), ("folelsene", "følelsene"), ("foelelsene", "følelsene"),
])
def test_typed_without_norwegian_keys(searcher, content, typed, written):
    found = find(searcher, "quote", typed)
    assert found and found == find(searcher, "quote", written.lower())
    best = content.rows("quote", found[:1])[found[0]]
    assert written in best.text + " " + best.who


def test_exact_spelling_ranks_above_folded(searcher, content):
    """'sa' matches words written sa… and (folded) så…; the written ones come first."""
    rows = content.rows("quote", content.ids("quote")).values()
    written = {q.id for q in rows if re.search(r"\bsa", (q.text + " " + q.who).casefold())}
    order = find(searcher, "quote", "sa")
    folded_only = [i for i in order if i not in written]
    assert written and folded_only, "the content should have both kinds of match"
    assert order[:len(written)] == [i for i in order if i in written]


@pytest.mark.parametrize(("part", "word"), [
    ("gitar", "Gitarspillingen"), ("mestring", "mestringsfølelse"), ("terap", "Musikkterapi"),
    ("skriving", "Låtskriving"), ("spilling", "Gitarspillingen"),
])
def test_parts_of_compound_words(searcher, quote_text, part, word):
    found = texts(searcher, quote_text, part)
    assert any(word in t for t in found)


def test_part_of_a_compound_finds_the_event_with_musikkterapeuter(searcher, content):
    summit = next(p for p in (content.page("event", i) for i in content.ids("event"))
                  if p.key == "toppmote-musikkterapi")
    assert "musikkterapeuter" in summit.description
    assert summit.id in find(searcher, "event", "terapeut")


def test_several_words_narrow(searcher, quote_text):
    assert len(find(searcher, "quote", "musikk")) > len(find(searcher, "quote", "musikk gitar")) == 1
    assert "Gitarspillingen" in texts(searcher, quote_text, "musikk gitar")[0]


def test_quoted_phrase_matches_as_phrase(searcher, quote_text):
    assert texts(searcher, quote_text, '"dere skaper helse"') == ["Dere skaper helse"]
    assert find(searcher, "quote", '"helse dere skaper"') == []
    assert set(find(searcher, "quote", "helse dere skaper")) == set(find(searcher, "quote", '"dere skaper helse"'))


def test_minus_excludes(searcher, quote_text):
    with_guitar = set(find(searcher, "quote", "musikkterapi"))
    without = set(find(searcher, "quote", "musikkterapi -gitar"))
    assert len(with_guitar - without) == 1
    assert all("itar" not in quote_text[i] for i in without)
    assert len(find(searcher, "quote", "-gitar")) == len(quote_text) - 1


@pytest.mark.parametrize(("english", "norwegian"), [
    ("speaker:borgen", "person:borgen"), ("year:2018", "år:2018"), ("place:bergen", "sted:bergen"),
    ("source:sykepleien", "kilde:sykepleien"),
])
def test_field_filters_in_both_languages(searcher, english, norwegian):
    for kind in ("quote", "event", "guideline"):
        assert find(searcher, kind, english) == find(searcher, kind, norwegian)


def test_field_filters_search_their_field(searcher, quote_text):
    borgen = texts(searcher, quote_text, "speaker:borgen")
    assert len(borgen) == 2 and "Dere skaper helse" in borgen
    assert len(find(searcher, "quote", "year:2018")) == 3
    assert find(searcher, "quote", "year:2018") == find(searcher, "quote", "place:bergen") or set(
        find(searcher, "quote", "year:2018")) == set(find(searcher, "quote", "place:bergen"))
    assert len(find(searcher, "guideline", "source:sykepleien")) == 3
    assert find(searcher, "quote", "speaker:gitar") == []  # the word is in a quote, not a name


@pytest.mark.parametrize("typed", ["IS-2211", "is 2211", "2211", "is-2211", "IS 2211"])
def test_guideline_identifier(searcher, content, typed):
    rows = content.rows("guideline", content.ids("guideline")).values()
    detox = next(g for g in rows if g.identifier == "IS-2211")
    assert "avrusning" in detox.name
    assert find(searcher, "guideline", typed)[0] == detox.id


NASTY = ['"', '""', "'", "*", "(", ")", "NEAR(", "NEAR(a b", "AND", "AND OR NOT", "a OR",
         "col:", ":", "speaker:", '"unterminated', "^x", "-", "--", "- -gitar", "x" * 5000,
         "'; DROP TABLE quote; --", "1=1 OR", "😀🎸", "\x00\x07\x1b[31m", "\u202egitar",
         "gi\u200btar", "{}[]\\", "%_", "år:", "year:abc", "place:\"", "ÆØÅ" * 1000]


@pytest.mark.parametrize("text", NASTY)
def test_any_input_is_safe(content, text):
    prepared = content.prepare(text)
    for kind in LISTED:
        hits = content.search(kind, prepared)
        assert content.count(kind, prepared) == len(hits.ids)
        for sort in KINDS[kind].sort_keys:
            content.search(kind, prepared, (sort, True))
    content.counts(prepared)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=8) | st.sampled_from(
    ['"', "*", "(", ")", ":", "-", "^", "NEAR", "AND", "OR", "NOT", "speaker:", "år:", " ",
     "gitar", "ø", "å"]), max_size=12).map("".join))
def test_fuzzed_input_never_raises(content, text):
    prepared = content.prepare(text)
    content.search("quote", prepared)
    content.counts(prepared)


def test_a_typo_is_corrected_and_said_and_can_be_declined(content):
    hits = content.search("quote", content.prepare("gittar"))
    assert hits.corrected == "gitar" and len(hits.ids) == 1
    literal = content.search("quote", content.prepare("gittar"), correct=False)
    assert list(literal.ids) == [] and literal.count == 0
    assert literal.hint == "gitar"


def test_suggestions_are_spelled_as_the_content_writes_them(content):
    assert content.search("quote", content.prepare("Torkildsen")).corrected == "Thorkildsen"
    assert content.search("quote", content.prepare("folelsenne")).corrected == "følelsene"
    assert content.search("quote", content.prepare("hpae")).corrected == "håpe"


def test_hit_counts_per_kind(content):
    counts = content.counts(content.prepare("frøiland"))
    assert counts == {"topic": 1, "event": 1, "quote": 1, "guideline": 0, "brochure": 0, "person": 1,
                      "organisation": 2, "report": 0, "research": 0}  # Rønnaug Frøiland; Bergen kommune (her employer) and Fredrikstad kommune (she told of its positions); the page on setting up a position (Bergen)


def test_people_organisations_and_reports_are_searchable(content):
    def found(kind: str, text: str) -> list[str]:
        ids = content.search(kind, content.prepare(text)).ids
        rows = content.rows(kind, ids)
        return [getattr(rows[i], "title", None) or rows[i].name for i in ids]

    assert found("person", "borgen") == ["Marianne Borgen"]
    assert "Marianne Borgen" in found("person", "ordforer")  # her role, folded
    assert "Kjersti Toppe" in found("person", "person:toppe")
    assert found("organisation", "UiB")[0] == "Universitetet i Bergen"
    assert "Universitetet i Bergen" in found("organisation", "speaker:stige")  # its people
    assert len(found("report", "brukererfaringer")) == 9  # the series' 8 reports (Bergensklinikken's
    # in nynorsk, «brukarerfaringar», through the thesaurus) and the 2015 article
    assert found("report", "polyfon")  # presented at the Polyfon conference
    assert found("report", "taihaugen")[0] == "Brukererfaringer med musikkterapi i Sør-Odal kommune"
    assert found("research", "cochrane") and found("research", "metasyntese") == [
        "En mangesidig recoveryprosess: En metasyntese av evalueringsrapporter om musikkterapi i "
        "psykisk helse- og rusfeltet"]
    assert found("research", "klyngerandomisert")  # a design, in the interface's words


@given(st.text(max_size=40))
def test_folding_with_positions_agrees_with_folding(text):
    folded, origin = fold_with_map(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert list(origin) == sorted(origin)


def test_match_spans_point_at_the_written_letters():
    text = "Gitarspillingen hjelper meg å samle meg – Frøiland"
    assert [text[a:b] for a, b in match_spans(text, ["gitar", "froiland", "a"])][:2] == ["Gitar", "å"]
    assert [text[a:b] for a, b in match_spans(text, [fold("froeiland")])] == ["Frøiland"]


def test_short_words_are_marked_only_where_a_word_starts():
    """A word under three letters is searched as the start of words, so only those are marked:
    "IS-2211" marks the identifier, not "is" inside "hovedorganisasjon"."""
    text = "Rusfeltets hovedorganisasjon viser til IS-2211"
    needles = [w for w in (fold("IS"), fold("2211"))]
    assert [text[a:b] for a, b in match_spans(text, needles)] == ["IS", "2211"]
    assert [text[a:b] for a, b in match_spans(text, ["org"])] == ["org"]  # longer: anywhere


def test_an_identifier_marks_only_the_identifier():
    from mtviewer.content.marks import match_spans
    from mtviewer.content.query import parse

    text = "IS-2211, fra Fagrådet – Rusfeltets hovedorganisasjon; is 2211 i teksten"
    for typed in ("IS-2211", "IS2211", "is 2211"):
        needles = parse(typed).highlight_needles()
        marked = [text[a:b] for a, b in match_spans(text, needles)]
        assert marked == ["IS-2211", "is 2211"], (typed, marked)
    assert parse("gitar musikk").highlight_needles() == ["gitar", "musikk"]
