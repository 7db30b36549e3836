"""Issue 21's search rules on the real content: stop words, most words, the thesaurus, dates,
titles first, marks, hints, long input, and the command line saying what it searched."""

from __future__ import annotations

import subprocess
import sys

from mtviewer.content.kinds import LISTED
from mtviewer.content.marks import match_spans
from mtviewer.content.query import parse
from mtviewer.content.stopwords import is_stop, stop_words

from .conftest import REPO


def keys(content, kind: str, text: str, scope=()) -> list[str]:
    hits = content.search(kind, content.prepare(text), scope=scope)
    return [content.page(kind, i).key for i in hits.ids]


def marked(content, text: str, shown: str) -> list[str]:
    return [shown[a:b] for a, b in match_spans(shown, content.prepare(text).marks)]


def test_the_published_stop_lists_are_read_in_both_languages():
    words = stop_words()
    assert {"og", "hva", "hvem", "ikkje", "korleis", "the", "of", "what"} <= words
    assert "sa" in words  # "så", folded
    assert not is_stop("musikkterapi") and not is_stop("gitar")


def test_stop_words_are_left_out_unless_quoted_or_alone():
    assert [t.text for t in parse("hva er musikkterapi").positive] == ["musikkterapi"]
    assert [t.text for t in parse("hva er").positive] == ["hva", "er"]  # nothing else typed
    assert [t.text for t in parse('"hva er" musikkterapi').positive] == ['hva er',
                                                                         "musikkterapi"]
    assert [t.text for t in parse("IS 2211").positive] == ["IS", "2211"]  # a number's letters
    assert parse("-Vi på Stortinget").negative == []  # a dash before a quote, not a minus


def test_a_question_finds_its_answer_and_marks_no_stop_word(content):
    assert keys(content, "topic", "hva er musikkterapi")[0] == "hva-er-musikkterapi"
    assert marked(content, "hva er musikkterapi", "Hva er musikkterapi?") == ["musikkterapi"]


def test_no_record_with_every_word_lists_those_with_most_and_says_what_was_left_out(content):
    hits = content.search("event", content.prepare("hvem spilte gitar på Polyfon-konferansen"))
    found = [content.page("event", i).key for i in hits.ids]
    assert "polyfon-2018" in found and all(key.startswith("polyfon-") for key in found)
    assert hits.relaxed == (2, 4) and set(hits.left_out) == {"spilte", "gitar"}


def test_nonsense_still_finds_nothing_and_the_hint_is_a_query_that_finds(content):
    for text in ("pizza oppskrift", "lage pizza", "værmelding for Oslo i morgen", "xyzzy"):
        assert all(not content.search(k, content.prepare(text)).ids for k in LISTED), text
    hits = content.search("quote", content.prepare("gitar blorf"))
    assert not hits.ids and hits.hint == "gitar"
    assert content.search("quote", content.prepare(hits.hint)).ids


def test_a_hint_is_never_a_lone_stop_word(content):
    for text in ("hva blorf", "og xyzzyq", "hva er blorfin"):
        hint = content.search("quote", content.prepare(text)).hint
        assert hint is None or not is_stop(hint), (text, hint)


def test_dates_in_every_form_find_the_event(content):
    for text in ("22. november 2018", "22.11.2018", "2018-11-22", "November 22, 2018"):
        assert keys(content, "event", text) == ["polyfon-2018"], text
    assert set(keys(content, "event", "9. november")) == {"toppmote-musikkterapi",
                                                          "polyfon-2023"}  # both that day
    assert keys(content, "event", "mars 2019") == ["stortinget-interpellasjon-2019"]


def test_what_pages_show_is_searched(content):
    assert "dale-2015-brukererfaringer" in keys(content, "report", "Trondalen")  # authors
    assert "etableringshandbok" in keys(content, "report", "CREMAH")  # where published
    assert keys(content, "person", "konsertforedrag") == ["angelica-kjos", "hans-petter-solli"]
    assert keys(content, "topic", "Prosedyrekoder")[0] == "opprette-stilling"  # a heading
    assert keys(content, "topic", "tallene rekker") == ["hva-forskningen-viser"]  # only one
    assert keys(content, "guideline", "høyeste evidensnivå") == ["psykoselidelser-2013"]


def test_synonyms_find_each_other_and_rank_below_the_word_as_typed(content):
    conferences = {"polyfon-2018", "polyfon-2019", "polyfon-2020", "polyfon-2022",
                   "polyfon-2023", "polyfon-2025", "polyfon-2026",
                   "nasjonal-musikkterapikonferanse-2018"}
    found = keys(content, "event", "toppmøtet")
    assert found[0] == "toppmote-musikkterapi" and set(found[1:]) == conferences
    found = keys(content, "event", "konferansen")  # also inside «jubileumskonferansen»
    assert set(found[:-1]) == conferences and found[-1] == "toppmote-musikkterapi"
    assert set(keys(content, "brochure", "folder")) == {"brosjyre-fagpersoner",
                                                       "brosjyre-brukere"}
    assert keys(content, "topic", "mental health")  # the phrase: "psykisk helse"
    assert marked(content, "folder", "Brosjyre om musikkterapi") == ["Brosjyre"]


def test_word_forms_compound_parts_and_corrections_are_marked(content):
    assert marked(content, "gitaren", "Blir jeg sur så spiller jeg gitar.") == ["gitar"]
    assert marked(content, "musikterapi", "Musikkterapi i rusfeltet") == ["Musik", "terapi"]
    hits = content.search("quote", content.prepare("musikterapi"))
    assert hits.ids and hits.parts == (("musikterapi", ("musik", "terapi")),)
    assert content.search("quote", content.prepare("gittar")).corrected == "gitar"


def test_a_title_holding_every_word_comes_first_and_the_global_search_opens_it(content):
    assert keys(content, "guideline", "avrusning")[0] == "avrusning-2016"
    assert content.ranking(content.prepare("hva er musikkterapi"))[0] == "topic"
    assert content.ranking(content.prepare("Kjersti Toppe"))[0] == "person"
    assert content.ranking(content.prepare("IS-2211"))[0] == "guideline"
    assert content.ranking(content.prepare("Trondalen"))[0] == "person"  # before her works
    assert content.ranking(content.prepare("Tuastad"), ["report", "research"]) == ["research"]


def test_a_word_longer_than_any_indexed_word_is_not_looked_up(content, monkeypatch):
    long_word = "musikkterapi" * 30
    prepared = content.prepare(f"gitar {long_word}")
    word = prepared.plan.compiled.words[1]
    assert word.too_long and word.expr is None
    sent = []
    for name in ("scalar", "all", "first"):
        method = getattr(content.db, name)
        monkeypatch.setattr(content.db, name,
                            lambda sql, *a, _m=method: sent.append((sql, a)) or _m(sql, *a))
    assert content.search("quote", prepared).corrected is None  # not sent to correction
    assert not any(long_word in repr(args) for _sql, args in sent)


def test_print_quotes_says_what_it_searched_for(tmp_path, seed_db):
    def run(text: str) -> str:
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                               str(seed_db), "--search", text, "--pdf", str(tmp_path / "q.pdf")],
                              capture_output=True, text=True, timeout=120,
                              env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                   "HOME": str(tmp_path)})
        assert done.returncode == 0, done.stderr
        return done.stderr

    assert run("gitar") == ""  # as typed: nothing to say
    said = run("gittar")
    assert "corrected it to «gitar»" in said and "searched for: gitar." in said
    said = run("hva sa Toppe om de utålmodige blorfene")
    assert "left out common words: «hva», «sa», «om», «de»" in said
    assert "no quote has all the words" in said and "«blorfene»" in said
