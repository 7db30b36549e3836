"""The project's judged queries against a real search engine: this project's search beside
Xapian's, on the same records and fields, scored by the same judgements.

    python scripts/compare_search.py [--content db/content] [--misses]

Xapian is Debian's python3-xapian (1.4), for the system Python only: the other side runs
as ``/usr/bin/python3 scripts/compare_search.py --xapian`` and the two exchange JSON on
standard input and output. Xapian gets every record's search text as the build makes it
(``search_index.documents``: the same paths through the same records, organisations' short
names and identifiers written together included), the who/place/source/year fields as
prefixes for ``speaker:``/``place:``/``source:``/``year:`` (and their Norwegian names),
its Snowball Norwegian stemmer (``STEM_SOME``), the same Snowball stop lists, its spelling
correction (used when the query as typed finds nothing), and its partial last word (what
is typed is searched as it is typed). It is run twice: with Xapian's default operator (OR,
ranked by BM25) and with AND. A tab is a boolean filter on the kind; the global field is one
query over every kind, opened on the kind of its best hit.

Prints one table per engine: recall, precision and first hit per category, in the tab and
in the global field (tests/judging.py; the new categories' rule: every record not judged
wanted or neutral is wrong; the first set keeps its own must-not lists).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
PREFIXES = {"who": "XW", "place": "XP", "source": "XS", "year": "XY"}
FIELDS = {"speaker": "who", "person": "who", "hvem": "who", "year": "year", "år": "year",
          "place": "place", "sted": "place", "source": "source", "kilde": "source"}


# The Xapian side (system Python)

def xapian_side() -> None:
    import xapian

    request = json.load(sys.stdin)
    stop = xapian.SimpleStopper()
    for word in request["stop_words"]:
        stop.add(word)
    stemmer = xapian.Stem("norwegian")
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="mtviewer-xapian-")
    db = xapian.WritableDatabase(folder.name, xapian.DB_CREATE_OR_OVERWRITE)  # spelling: disk
    indexer = xapian.TermGenerator()
    indexer.set_stemmer(stemmer)
    indexer.set_stopper(stop)
    indexer.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)
    indexer.set_database(db)
    indexer.set_flags(xapian.TermGenerator.FLAG_SPELLING)
    for doc in request["documents"]:
        document = xapian.Document()
        indexer.set_document(document)
        indexer.index_text(doc["text"])
        for field, prefix in PREFIXES.items():
            if doc[field]:
                indexer.increase_termpos()
                indexer.index_text(doc[field], 1, prefix)
        document.add_boolean_term("K" + doc["kind"])
        document.set_data(doc["record"])
        db.add_document(document)
    db.commit()
    enquire = xapian.Enquire(db)
    answers = {}
    for operator in ("OR", "AND"):
        parser = xapian.QueryParser()
        parser.set_stemmer(stemmer)
        parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        parser.set_stopper(stop)
        parser.set_database(db)
        parser.set_default_op(xapian.Query.OP_OR if operator == "OR" else xapian.Query.OP_AND)
        for name, field in FIELDS.items():
            parser.add_prefix(name, PREFIXES[field])
        answers[operator] = {
            "tab": [_run(xapian, enquire, parser, text, kinds)
                    for text, kinds in request["tabs"]],
            "everywhere": [_run(xapian, enquire, parser, text, None)
                           for text in request["texts"]]}
    json.dump(answers, sys.stdout)
    db.close()
    folder.cleanup()


def _run(xapian, enquire, parser, text: str, kinds: list[str] | None) -> list[str]:
    """The records ``text`` finds, best first (of ``kinds``, or of all): as typed, with the
    last word partial; when that finds nothing, the spelling Xapian suggests (it corrects no
    partial word, so the suggestion is asked without it)."""
    spelling = xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_SPELLING_CORRECTION
    partial = spelling | xapian.QueryParser.FLAG_PARTIAL

    def matches(query_text: str, flags: int) -> list[str]:
        try:
            query = parser.parse_query(query_text, flags)
        except xapian.QueryParserError:
            return []
        if kinds is not None:
            query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(
                xapian.Query.OP_OR, [xapian.Query("K" + k) for k in kinds]))
        enquire.set_query(query)
        return [m.document.get_data().decode() for m in enquire.get_mset(0, 10_000)]

    found = matches(text, partial)
    if not found:
        matches(text, spelling)
        corrected = parser.get_corrected_query_string().decode()
        if corrected:
            found = matches(corrected, spelling)
    return found


# This project's side

def documents(content: Path) -> list[dict]:
    from mtviewer.compiler import kinds, search_index
    from mtviewer.compiler.source_schema import load_source

    records = load_source(content)
    short_names = [(o["name"], o["short_name"]) for o in records["organisation"]
                   if o.get("short_name")]
    found = []
    for kind, texts in search_index.documents(records):
        for record, (body, extra, who, place, source, year, title) in zip(
                records[kind], texts, strict=True):
            found.append({"record": f"{kind}:{record['id']}", "kind": kind,
                          "text": search_index.searchable(f"{title} {body}", extra, who, place,
                                                          short_names),
                          "who": who, "place": place, "source": source,
                          "year": "" if year is None else str(year)})
    assert {d["kind"] for d in found} <= {kinds.kind_of(m) for m in kinds.KINDS}
    return found


class Peer:
    """Xapian's answers as a ``judging.Engine``."""

    def __init__(self, tabs: dict[tuple[str, str], list[str]], everywhere: dict[str, list[str]]):
        self.tabs, self.all = tabs, everywhere

    def tab(self, tab: str, text: str) -> tuple[list[str], str | None]:
        found = self.tabs[tab, text]  # a group's kinds ranked together: the best first
        return found, found[0] if found else None

    def everywhere(self, text: str) -> tuple[list[str], str | None]:
        found = self.all[text]
        return found, found[0] if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=ROOT / "db" / "content")
    parser.add_argument("--db", type=Path, default=ROOT / "db" / "mtviewer.sqlite")
    parser.add_argument("--misses", action="store_true", help="list each engine's misses")
    parser.add_argument("--xapian", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.xapian:
        xapian_side()
        return 0
    sys.path.insert(0, str(ROOT))
    from mtviewer import paths
    from mtviewer.content import open_content
    from mtviewer.content.stopwords import LISTS, read_list
    from tests.judging import GROUPS, Ours, from_first_set, from_question, score, table
    from tests.search_judgements import JUDGEMENTS
    from tests.search_questions import STRICT

    judged = [from_first_set(j) for j in JUDGEMENTS] + [from_question(j) for j in STRICT]
    tabs = list(dict.fromkeys((j.tab, j.text) for j in judged))
    texts = list(dict.fromkeys(j.text for j in judged))
    stop_words = [w for name in LISTS
                  for w in read_list(paths.shipped(f"resources/search/{name}"))]
    request = {"documents": documents(args.content), "stop_words": stop_words,
               "tabs": [(text, list(GROUPS.get(tab, (tab,)))) for tab, text in tabs],
               "texts": texts}
    done = subprocess.run([SYSTEM_PYTHON, __file__, "--xapian"], input=json.dumps(request),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"the Xapian side failed ({SYSTEM_PYTHON}, python3-xapian):\n{done.stderr}",
              file=sys.stderr)
        return 1
    answers = json.loads(done.stdout)
    content = open_content(args.db)
    engines = [("mtviewer", Ours(content))]
    for operator in ("OR", "AND"):
        peer = answers[operator]
        engines.append((f"Xapian 1.4, default operator {operator}",
                        Peer(dict(zip(tabs, peer["tab"], strict=True)),
                             dict(zip(texts, peer["everywhere"], strict=True)))))
    for name, engine in engines:
        for label, subset in (("first set (only named must-nots are wrong)",
                               [j for j in judged if j.wrong is not None]),
                              ("new categories (all not judged are wrong)",
                               [j for j in judged if j.wrong is None])):
            result = score(engine, subset)
            print(table(result, f"\n{name}: {label}"))
            if args.misses:
                print("\n".join(result.misses))
    content.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
