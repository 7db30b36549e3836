"""The content is faithful to its sources, every fact is dated where time matters, and the
content stores codes where the interface has words.

Checked against the seed articles and FACTS.md (``../shared/seeds``): words shown as the
sources' own (quotes, titles the sources give, «…» in our text, recommendation text) are
there word for word; our own words copy no run of more than six words; the numbers of a
research record are FACTS.md's. A role, an offer or a status without its year is refused by
the build, and so is an interface word stored where a code belongs.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtviewer.compiler.build import build_database
from mtviewer.compiler.derive import undated
from mtviewer.compiler.source_schema import ContentError

from .conftest import CONTENT, REPO

SEEDS = REPO.parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(),
                                 reason="shared/seeds is not beside this checkout")
WORD = re.compile(r"\w+(?:[-']\w+)*")
OWN_WORDS = ("description", "summary", "text", "note", "context", "role", "strength_note",
             "evidence_note", "result", "limits", "published_in", "also_known_as")
"""The fields written in our own words (an event person's ``role`` is their part)."""
RUN = 7
"""A run of this many words of a source, outside quotation marks, is a copy."""


def records() -> list[tuple[str, str, dict]]:
    """(file, kind, record) for every record of the content source."""
    found = []
    for path in sorted(CONTENT.glob("*.toml")):
        if path.name != "edition.toml":
            for kind, items in tomllib.loads(path.read_text(encoding="utf-8")).items():
                found += [(path.name, kind, item) for item in items]
    return found


def texts(record: dict, prefix: str = ""):
    """(field path, field name, text) of every text in ``record``, tables and lists too."""
    for name, value in record.items():
        if isinstance(value, str):
            yield prefix + name, name, value
        elif isinstance(value, dict):
            yield from texts(value, f"{prefix}{name}.")
        elif isinstance(value, list):
            for n, item in enumerate(value):
                if isinstance(item, dict):
                    yield from texts(item, f"{prefix}{name}[{n}].")


@pytest.fixture(scope="module")
def seeds() -> tuple[str, str]:
    """The seed articles' text, and FACTS.md's words in quotation marks, spaces folded."""
    articles = " ".join(" ".join(p.read_text(encoding="utf-8").split())
                        for p in SEEDS.glob("0*.txt"))
    facts = " ".join((SEEDS / "FACTS.md").read_text(encoding="utf-8").split())
    return articles, " \x00 ".join(re.findall(r'"([^"]+)"', facts))


def names() -> list[str]:
    """The names and titles records carry, and their ends (a name in the definite form,
    "nettverket for musikkterapi i …"), as long as a copied run: naming one is not
    copying it."""
    found = {value for _, _, r in records() for key in ("name", "title", "heading")
             if isinstance(value := r.get(key), str)}
    ends = {" ".join(n.split()[start:]) for n in found
            for start in range(1, len(n.split()) - RUN + 1)}
    return sorted({n for n in found | ends if len(n.split()) >= RUN}, key=len, reverse=True)


@needs_seeds
def test_our_own_words_copy_no_run_of_more_than_six_words(seeds):
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*"))
    words = [w.casefold() for w in WORD.findall(re.sub(r"\S*[/.]\w\S*", " ", text))]
    runs = {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}
    known, copied = names(), []
    for filename, kind, record in records():
        for path, name, value in texts(record):
            if name not in OWN_WORDS or (kind == "quote" and name == "text"):
                continue
            own = re.sub(r"«[^»]*»", " | ", value)
            for known_name in known:
                own = own.replace(known_name, " | ")
            for part in own.split("|"):
                found = [w.casefold() for w in WORD.findall(part)]
                copied += [f"{filename} {record.get('id')} {path}: {' '.join(found[i:i + RUN])}"
                           for i in range(len(found) - RUN + 1)
                           if tuple(found[i:i + RUN]) in runs
                           and sum(not w.isdigit() for w in found[i:i + RUN]) >= 4]
    assert copied == []


@needs_seeds
def test_words_in_quotation_marks_are_the_sources_word_for_word(seeds):
    """«…» in our text, and every title a record says the source gives, is in a seed
    article or in quotation marks in FACTS.md."""
    articles, quoted = seeds
    topics = {r["title"] for _, kind, r in records() if kind == "topic"}
    checked, missing = 0, []
    for filename, kind, record in records():
        for path, _name, value in texts(record):
            for span in re.findall(r"«([^»]*)»", value):
                if span in topics:  # a link to another page about music therapy
                    continue
                for part in (p.strip() for p in span.split("…") if p.strip()):
                    checked += 1
                    if part not in articles and part not in quoted:
                        missing.append(f"{filename} {record.get('id')} {path}: «{part}»")
        if "title" in record and "title_from" not in record and kind != "topic":
            checked += 1
            if record["title"] not in articles and record["title"] not in quoted:
                missing.append(f"{filename} {record['id']} title: {record['title']!r}")
    assert missing == [] and checked >= 40


@needs_seeds
def test_a_research_records_numbers_are_those_of_facts(seeds):
    """Our text writes decimals the Norwegian way (0,38), FACTS.md the English way (0.38,
    and 1,215 for a thousand): a decimal is compared with its comma read as FACTS's point."""
    facts = (SEEDS / "FACTS.md").read_text(encoding="utf-8").replace(",", "")
    for _, kind, record in records():
        if kind != "research":
            continue
        for number in re.findall(r"\d+(?:[.,]\d+)?", record["result"]):
            assert number.replace(",", ".") in facts, (record["id"], number)
        for field in ("studies", "participants", "year"):
            if field in record:
                assert str(record[field]) in facts, (record["id"], field)


def test_every_record_has_a_source_with_an_address_or_says_why_not():
    sources = {r["id"]: r for _, kind, r in records() if kind == "source"}
    for filename, kind, record in records():
        if kind == "source":
            assert record.get("url") or record.get("note"), record["id"]  # shown on pages
            continue
        cited = record.get("sources") or [key for section in record.get("sections", [])
                                          for key in section["sources"]]
        assert cited, (filename, record["id"])
        assert any(sources[key].get("url") for key in cited) or all(
            sources[key].get("note") for key in cited), (filename, record["id"])


def test_the_sentences_that_date_an_offer_are_told_apart():
    assert undated("Helse Bergen låner ut musikkterapeut til MO-sentre.")
    assert undated("Klyngen har 13 medlemmer.") and undated("Den kan bestilles på papir.")
    assert not undated("I 2018 lånte Helse Bergen ut musikkterapeut.")
    assert not undated("Ifølge siden (lest i desember 2026) gir senteret råd til kommuner.")
    assert not undated("Musikk gir personlig utvikling.")


def _edit(folder: Path, filename: str, old: str, new: str) -> None:
    path = folder / filename
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


UNDATED = [
    ("people.toml", 'role = "ordfører i Oslo"\nrole_year = 2017\n', 'role = "ordfører i Oslo"\n',
     "people.toml: person 'marianne-borgen': role_year: a role or an organisation is "
     "someone's as of a year"),
    ("brochures.toml", "paper_copies_year = 2017\n", "",
     "brochures.toml: brochure 'brosjyre-fagpersoner': paper_copies_year: paper copies were "
     "offered in a year"),
    ("events.toml", "status_year = 2026\n", "",
     "events.toml: event 'polyfon-2026': status_year: the status 'announced' is as of a year"),
    ("reports.toml", 'status = "published"\nyear = 2017\n',
     'status = "in_production"\nyear = 2017\n',
     "reports.toml: report 'sor-odal-2017': status_year: the status 'in_production' is as of"),
    ("organisations.toml", "I 2018 lånte Helse Bergen ut musikkterapeut",
     "Helse Bergen låner ut musikkterapeut",
     "organisations.toml: organisation 'helse-bergen': description: states an offer, a post "
     "or a status without its year"),
    ("topics.toml", "I Sandnes begynte det med", "Sandnes har stillinger, og begynte med",
     "topics.toml: topic 'opprette-stilling': sections[0].text: states an offer"),
]


def _refused(folder: Path, out: Path, filename: str, old: str, new: str, expected: str) -> None:
    """The source with ``old`` changed to ``new`` is refused, saying ``expected``."""
    _edit(folder, filename, old, new)
    with pytest.raises(ContentError) as caught:
        build_database(folder, out)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert not out.exists()


@pytest.mark.parametrize(("filename", "old", "new", "expected"), UNDATED)
def test_the_build_refuses_a_role_an_offer_or_a_status_without_its_year(
        content_dir, tmp_path, filename, old, new, expected):
    _refused(content_dir, tmp_path / "out.sqlite", filename, old, new, expected)


INTERFACE_WORDS = [
    ("guidelines.toml", 'strength = "suggested"', 'strength = "Foreslås"', "strength: 'Foreslås'"),
    ("guidelines.toml", 'evidence_level = "not_given"', 'evidence_level = "Ikke oppgitt"',
     "evidence_level: 'Ikke oppgitt' is not one of"),
    ("events.toml", 'fee = "free"', 'fee = "Gratis"', "fee: 'Gratis' is not one of"),
    ("quotes.toml", 'unnamed = "not_said"', 'speaker_label = "Ikke oppgitt i kilden"',
     "speaker_label: unknown field"),
    ("reports.toml", 'form = "book"', 'form = "Bok"', "form: 'Bok' is not one of"),
    ("research.toml", 'numbers_from = "press"', 'numbers_from = "pressen"',
     "numbers_from: 'pressen' is not one of"),
]


@pytest.mark.parametrize(("filename", "old", "new", "expected"), INTERFACE_WORDS)
def test_the_build_refuses_an_interface_word_where_a_code_belongs(
        content_dir, tmp_path, filename, old, new, expected):
    _refused(content_dir, tmp_path / "out.sqlite", filename, old, new, expected)


def interface_words() -> set[str]:
    """The bokmål words the interface gives the codes (and unnamed speakers)."""
    root = ET.parse(REPO / "resources" / "translations" / "mtviewer_nb.ts").getroot()
    words = set()
    for context in root.iter("context"):
        if context.findtext("name") in ("Codes", "Attribution"):
            for message in context.iter("message"):
                words.add((message.findtext("translation") or "").split(" (")[0].strip())
    return {w for w in words if len(w) > 3 and "%" not in w}


def test_no_interface_word_is_stored_as_a_name_title_label_or_badge():
    """Names, titles, roles and other short fields hold content, never the words the
    interface gives a code ("Ikke oppgitt", "Tjenestebruker", "Foreslås"); no title says
    the title is not given (the title_from flag says it)."""
    words = interface_words()
    assert {"Tjenestebruker", "Foreslås", "Gratis", "Ikke oppgitt i kildene"} <= words
    short = ("name", "title", "short_name", "role", "venue", "authors", "strength",
             "evidence_level", "fee", "status", "form", "design", "kind", "publisher")
    for filename, _, record in records():
        for path, name, value in texts(record):
            if name in short:
                assert value not in words, (filename, record.get("id"), path, value)
                assert "ikke oppgitt" not in value.casefold(), (filename, record["id"], path)
                assert "(tittel" not in value.casefold(), (filename, record["id"], path)
