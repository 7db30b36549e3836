"""The judged query set: recall, precision and first hits per category, on the real content.

Fails below 95 % recall or 95 % precision overall. Run with ``-s`` to see the table.
"""

from __future__ import annotations

from collections import defaultdict

from .search_judgements import JUDGEMENTS

RECALL, PRECISION = 0.95, 0.95


def keys_found(content, kind: str, text: str) -> list[str]:
    hits = content.search(kind, content.prepare(text))
    ids = list(hits.ids)
    pages = {i: content.page(kind, i) for i in ids}
    return [pages[i].key for i in ids if pages[i] is not None]


def test_the_judged_queries_find_what_they_should(content):
    assert len(JUDGEMENTS) >= 100
    found_right = defaultdict(int)
    expected = defaultdict(int)
    found_judged = defaultdict(int)
    first_right = defaultdict(int)
    queries = defaultdict(int)
    misses = []
    for category, kind, text, must, must_not in JUDGEMENTS:
        found = keys_found(content, kind, text)
        right = [k for k in found if k in must]
        wrong = [k for k in found if k in must_not]
        queries[category] += 1
        expected[category] += len(must)
        found_right[category] += len(right)
        found_judged[category] += len(right) + len(wrong)
        first_right[category] += bool(found) and found[0] in must
        if len(right) < len(must) or wrong:
            misses.append(f"{category}: {kind} {text!r}: missing "
                          f"{sorted(set(must) - set(right))}, wrong {wrong}")
    print(f"\n{'category':24} {'queries':>7} {'recall':>7} {'precision':>9} {'first hit':>9}")
    for category in queries:
        print(f"{category:24} {queries[category]:>7} "
              f"{found_right[category] / expected[category]:>7.0%} "
              f"{found_right[category] / max(1, found_judged[category]):>9.0%} "
              f"{first_right[category] / queries[category]:>9.0%}")
    recall = sum(found_right.values()) / sum(expected.values())
    precision = sum(found_right.values()) / max(1, sum(found_judged.values()))
    first = sum(first_right.values()) / sum(queries.values())
    print(f"{'all':24} {sum(queries.values()):>7} {recall:>7.1%} {precision:>9.1%} {first:>9.0%}")
    print("\n".join(misses))
    assert recall >= RECALL and precision >= PRECISION, misses
