"""A tab's search policy, driven by text and time, with no window (``SearchSession``)."""

from __future__ import annotations

import subprocess
import sys

from mtviewer.ui.browse.session import COUNT_AFTER, STALE_AFTER, SearchSession, Status


def typing(session: SearchSession, text: str, start: float = 0.0, gap: float = 0.1):
    """Type ``text`` a letter at a time, ``gap`` seconds apart; the last outcome and time."""
    now, outcome = start, None
    for end in range(1, len(text) + 1):
        outcome = session.typed(text[:end], now)
        now += gap
    return outcome, now - gap


def test_the_session_needs_no_qt():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, mtviewer.ui.browse.session; "
         "print([m for m in sys.modules if m.startswith('PySide6')])"],
        capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_a_search_begins_and_ends(content):
    session = SearchSession(content, "quote")
    outcome = session.typed("gitar", 0.0)
    assert outcome.show and outcome.began and session.status() is Status.COMPLETE
    assert len(session.hits.ids) >= 1
    outcome = session.typed("", 1.0)
    assert outcome.show and outcome.ended and session.prepared is None
    assert session.status() is Status.BROWSING
    assert not session.typed("   ", 2.0).show  # still browsing: nothing to redo


def test_a_word_being_typed_keeps_the_last_matches_until_typing_pauses(content):
    session = SearchSession(content, "quote")
    session.typed("gitar", 0.0)
    found = session.hits
    outcome = session.typed("gitar qzxwv", 0.1)
    assert not outcome.show and session.hits is found  # the list keeps what it had
    assert session.status() is Status.WAITING and session.waiting == "gitar qzxwv"
    assert session.deadline == 0.1 + STALE_AFTER
    assert not session.tick(0.5).show  # not yet
    outcome = session.tick(0.1 + STALE_AFTER)
    assert outcome.show and session.empty and session.waiting is None
    assert session.deadline is None


def test_a_text_that_does_not_go_on_from_the_last_one_shows_nothing_at_once(content):
    session = SearchSession(content, "quote")
    session.typed("gitar", 0.0)
    assert session.typed("zzzqqq", 0.1).show and session.empty


def test_a_misspelt_word_is_corrected_and_can_be_searched_as_typed(content):
    session = SearchSession(content, "quote")
    session.typed("gittar", 0.0)
    assert session.correction == "gitar" and session.hits.ids
    outcome = session.as_typed(0.2)
    assert outcome.show and session.correction is None and session.empty
    session.typed("gittar", 0.3)  # the same text again stays as typed
    assert session.correction is None


def test_an_empty_list_says_where_else_there_are_hits(content):
    session = SearchSession(content, "guideline")
    session.typed("zzzqqq", 0.0)
    assert session.empty
    session.elsewhere = {"guideline": 0, "quote": 3, "event": 0}
    assert session.other_kinds_with_hits() == {"quote": 3}


def test_a_broad_search_is_counted_when_typing_pauses(tmp_path):
    from mtviewer.compiler.synthetic import build_synthetic
    from mtviewer.content import open_content

    path = tmp_path / "big.sqlite"
    build_synthetic(3000, path)
    content = open_content(path)
    try:
        session = SearchSession(content, "quote")
        outcome, now = typing(session, "musikk")
        assert outcome.show and not session.hits.complete
        assert session.status() is Status.MORE_THAN and session.counted is None
        assert session.deadline == now + COUNT_AFTER
        session.tick(now + COUNT_AFTER)
        assert session.status() is Status.COUNTED
        assert session.counted == content.count("quote", content.prepare("musikk")) > 1000
        session.typed("musikk ", now + 1)  # a new keystroke forgets the count
        assert session.counted is None
    finally:
        content.close()


def test_search_off_leaves_the_list_browsable(content, monkeypatch):
    session = SearchSession(content, "quote")
    content.search_failure = Exception("damaged index")
    monkeypatch.setattr(content, "search", lambda *a, **k: __import__(
        "mtviewer.content.api", fromlist=["Hits"]).Hits(
            __import__("array").array("q"), True, 0, unavailable=True))
    outcome = session.typed("gitar", 0.0)
    assert not outcome.show and session.prepared is None
    assert session.status() is Status.SEARCH_OFF
