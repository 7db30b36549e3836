"""The shipped thesaurus (resources/search/thesaurus.toml): every entry well formed, every
term searchable, and a synonym ranked below the word as typed."""

from __future__ import annotations

import pytest

from mtviewer import paths
from mtviewer.content.stopwords import is_stop
from mtviewer.content.text import fold, words
from mtviewer.content.thesaurus import LONGEST, ThesaurusError, load, thesaurus

SHIPPED = paths.shipped("resources/search/thesaurus.toml")


def test_every_entry_has_a_note_and_terms_of_up_to_three_words():
    entries = load(SHIPPED)
    assert len(entries) >= 40
    for entry in entries:
        assert entry.note.strip() and len(entry.terms) >= 2
        for term in entry.terms:
            assert 1 <= len(words(fold(term))) <= LONGEST
            assert len(words(term)) > 1 or not is_stop(term), term  # would never be searched


def test_no_term_is_in_two_entries():
    seen: dict[str, str] = {}
    for entry in load(SHIPPED):
        for term in entry.terms:
            key = " ".join(words(fold(term)))
            assert key not in seen or seen[key] == entry.note, term
            seen[key] = entry.note


def test_a_term_meets_the_others_by_its_forms_and_spellings():
    known = thesaurus()
    assert ("rus",) in known.entry(("avhengighet",)).others(("avhengighet",))
    assert ("folder",) in known.entry(("brosjyrer",)).others(("brosjyrer",))
    assert ("tjeneste",) in known.entry(("tenester",)).others(("tenester",))
    assert ("psykisk", "helse") in known.entry(("mental", "health")).others(("mental", "health"))
    assert known.entry(("bruk",)) is None  # a form of no term


@pytest.mark.parametrize("text", ["[[entry]]\nterms = ['rus']\nnote = 'x'",
                                  "[[entry]]\nterms = ['rus', 'avhengighet']",
                                  "[[entry]]\nterms = ['a b c d', 'rus']\nnote = 'x'",
                                  "[[entry", "\ufffe"])
def test_a_damaged_file_is_refused_with_its_reason(tmp_path, monkeypatch, text):
    path = tmp_path / "thesaurus.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThesaurusError, match="thesaurus.toml"):
        load(path)
    monkeypatch.setattr(paths, "shipped", lambda _relative: path)
    thesaurus.cache_clear()
    try:  # the shipped one damaged like this: search goes on without synonyms
        assert thesaurus().entry(("rus",)) is None
    finally:
        thesaurus.cache_clear()
