"""A word longer than the longest prefix index finds exactly what its prefix finds.

FTS5 answers such a prefix by merging every word that starts with it (a tenth of a second
at a million quotes, see scripts/benchmark.py); the searcher asks a cheaper form instead.
These tests hold each cheaper form to the plain prefix, record for record.
"""

from __future__ import annotations

import random

import pytest

from mtviewer.compiler.synthetic import build_synthetic
from mtviewer.content import open_content
from mtviewer.content.compile import LONGEST_PREFIX, Compiler
from mtviewer.content.kinds import KINDS, rowid_range


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "q3000.sqlite"
    build_synthetic(3000, path)
    opened = open_content(path)
    yield opened
    opened.close()


def matching(content, expression: str) -> set[int]:
    lo, hi = rowid_range(KINDS["quote"])
    return set(content.db.column("SELECT rowid FROM search WHERE search MATCH ? "
                                 "AND rowid BETWEEN ? AND ?", (expression, lo, hi)))


def test_every_long_prefix_finds_what_the_plain_prefix_finds(synthetic):
    searcher = Compiler(synthetic.db)
    words = synthetic.db.column("SELECT term FROM search_words WHERE length(term) >= 12 "
                                "ORDER BY term")
    parts = sorted({word[:n] for word in random.Random(5).sample(words, 60)
                    for n in range(LONGEST_PREFIX + 1, len(word) + 1)})
    forms = set()
    for part in parts:
        expression = searcher._prefix(part)
        forms.add("indexed start" if expression.endswith(f'"{part[:LONGEST_PREFIX]}"*')
                  else "listed words" if expression.startswith("folded:(") else "plain")
        assert matching(synthetic, expression) == matching(synthetic, f'folded:"{part}"*'), part
    assert forms == {"indexed start", "listed words", "plain"}  # each form was held to it


def test_a_long_common_word_finds_the_same_records(synthetic):
    found = synthetic.search("quote", synthetic.prepare("fellesskap"))
    prefix = matching(synthetic, 'folded:"fellesskap"*')
    assert len(prefix) > 64  # so it is sought through a prefix, not as its listed words
    expected = prefix | matching(synthetic, 'stemmed:"fellesskap"')
    lo, _ = rowid_range(KINDS["quote"])
    if found.complete:
        assert set(found.ids) == {rowid - lo for rowid in expected}
    else:  # the first page: the newest hits
        newest = sorted(expected, reverse=True)[:len(found.ids)]
        assert list(found.ids) == [rowid - lo for rowid in newest]
