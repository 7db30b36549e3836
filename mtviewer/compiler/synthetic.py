"""Large generated content for benchmarks: Norwegian-like text with æ ø å and compounds.

The records go through the same checks and the same writer as the real content
(``check_records`` and ``write_database``), so a benchmark measures the real database.
"""

from __future__ import annotations

import datetime
import random
from pathlib import Path

from .build import write_database
from .source_schema import Edition, Records, check_records

PARTS = ("musikk", "terapi", "terapeut", "mestring", "følelse", "gitar", "spilling", "sang",
         "kor", "band", "rus", "behandling", "helse", "tjeneste", "bruker", "erfaring", "låt",
         "skriving", "tilbud", "håp", "glede", "fellesskap", "øving", "lytting", "samspill",
         "trommer", "piano", "stemme", "kropp", "ro", "trygghet", "tilhørighet", "dag", "bok",
         "motivasjon", "identitet", "ressurs", "kommune", "sykehus", "avrusning", "økt", "læring")
WORDS = ("jeg", "vi", "det", "er", "og", "som", "å", "på", "med", "for", "har", "gir", "meg",
         "oss", "når", "blir", "kan", "får", "mye", "bedre", "sterkere", "sammen", "alene",
         "hver", "uke", "aldri", "alltid", "før", "etter", "være", "gjøre", "spille", "synge",
         "høre", "lære", "føle", "mer", "mindre", "viktig", "ærlig", "vanskelig", "godt",
         "frisk", "trøtt", "glad", "sint", "rolig", "nær", "her", "der", "også", "så", "da")
FIRST = ("Kari", "Ola", "Åse", "Øystein", "Ærle", "Ingrid", "Bjørn", "Solveig", "Håkon",
         "Sigrid", "Jørgen", "Mari", "Pål", "Tone", "Ståle", "Liv", "Espen", "Gro", "Even")
LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Dahl", "Sæther", "Løken", "Østby",
        "Haugen", "Bakke", "Strøm", "Aas", "Nærø", "Lie", "Moen", "Vik", "Holm", "Brå")
PLACES = ("Oslo", "Bergen", "Trondheim", "Tromsø", "Bodø", "Ålesund", "Fredrikstad", "Skien",
          "Førde", "Hønefoss", "Lillehammer", "Kristiansand", "Stavanger", "Molde")


def _compound(rng: random.Random) -> str:
    parts = rng.sample(PARTS, rng.choice((2, 2, 3)))
    return "s".join(parts) if rng.random() < 0.3 else "".join(parts)


def _sentence(rng: random.Random, length: int) -> str:
    words = [_compound(rng) if rng.random() < 0.25 else rng.choice(WORDS + PARTS)
             for _ in range(length)]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice((".", ".", "!", "?"))


def generate(quotes: int, seed: int = 2017) -> Records:
    """Records for ``quotes`` quotes and proportionally many of every other kind."""
    rng = random.Random(seed)
    n_sources = max(5, quotes // 1000)
    n_orgs = max(10, quotes // 500)
    n_people = max(20, quotes // 50)
    n_events = max(5, quotes // 200)
    n_guidelines = max(3, quotes // 10_000)
    n_brochures = max(2, quotes // 5_000)
    sources = [{"id": f"s{i}", "title": f"Artikkel om {_compound(rng)} {i}",
                "publisher": f"{rng.choice(PLACES)} {_compound(rng)}forlag",
                "url": f"https://example.org/artikkel/{i}", "kind": "article"}
               for i in range(n_sources)]
    orgs = [{"id": f"o{i}", "name": f"{rng.choice(PLACES)} {_compound(rng)}senter {i}",
             "sources": [f"s{rng.randrange(n_sources)}"]} for i in range(n_orgs)]
    people = [{"id": f"p{i}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
               "role": f"{_compound(rng)}leder", "role_year": 2010 + i % 17,
               "organisation": f"o{rng.randrange(n_orgs)}",
               "sources": [f"s{rng.randrange(n_sources)}"]} for i in range(n_people)]
    guidelines = [{"id": f"g{i}", "name": f"Nasjonal faglig retningslinje for {_compound(rng)}",
                   "short_name": _compound(rng).capitalize(), "identifier": f"IS-{3000 + i}",
                   "year": rng.randint(2005, 2025), "issuer": f"o{rng.randrange(n_orgs)}",
                   "summary": _sentence(rng, 20), "sources": [f"s{rng.randrange(n_sources)}"]}
                  for i in range(n_guidelines)]
    events = []
    for i in range(n_events):
        year = rng.randint(2010, 2026)
        events.append({
            "id": f"e{i}", "name": f"{_compound(rng).capitalize()}konferansen {year}",
            "description": " ".join(_sentence(rng, rng.randint(8, 20)) for _ in range(3)),
            "date": {"year": year, "month": rng.randint(1, 12), "day": rng.randint(1, 28),
                     "year_certain": rng.random() > 0.05},
            "venue": f"{_compound(rng).capitalize()}huset", "city": rng.choice(PLACES),
            "participants": {"count": rng.randint(20, 900), "qualifier": "about"},
            # o0 is a hub, like a national competence centre: it organises every tenth
            # event, so its page lists many (the detail pane benchmark opens it)
            "organisers": sorted({f"o{rng.randrange(1, n_orgs)}", *(["o0"] if i % 10 == 0
                                                                    else [])}),
            "people": [{"person": f"p{rng.randrange(n_people)}", "role": "Innledning"}],
            "guidelines": [f"g{rng.randrange(n_guidelines)}"] if rng.random() < 0.2 else [],
            "sources": [f"s{rng.randrange(n_sources)}"]})
    quote_records = []
    for i in range(quotes):
        record = {"id": f"q{i}", "text": " ".join(_sentence(rng, rng.randint(6, 18))
                                                 for _ in range(rng.randint(1, 3))),
                  "year": rng.randint(2010, 2026), "sources": [f"s{rng.randrange(n_sources)}"]}
        if rng.random() < 0.7:
            record["speaker"] = f"p{rng.randrange(n_people)}"
        else:
            record["unnamed"] = "service_user"
            record["speaker_organisation"] = f"o{rng.randrange(n_orgs)}"
        if rng.random() < 0.6:
            record["event"] = f"e{rng.randrange(n_events)}"
        quote_records.append(record)
    brochures = [{"id": f"b{i}", "title": f"Brosjyre om {_compound(rng)}",
                  "audience": rng.choice(("professionals", "people_with_substance_problems")),
                  "description": _sentence(rng, 15), "url": f"https://example.org/brosjyre/{i}",
                  "paper_copies_from": [f"o{rng.randrange(n_orgs)}"],
                  "paper_copies_year": 2010 + i % 17,
                  "sources": [f"s{rng.randrange(n_sources)}"]} for i in range(n_brochures)]
    reports = [{"id": f"r{i}", "title": f"Rapport om {_compound(rng)}", "status": "published",
                "sources": [f"s{rng.randrange(n_sources)}"]}
               for i in range(max(3, quotes // 20_000))]
    research = []
    for i in range(max(3, quotes // 20_000)):
        cited = f"s{rng.randrange(n_sources)}"
        research.append({
            "id": f"f{i}", "title": f"Studie av {_compound(rng)}", "authors": f"{rng.choice(LAST)} "
            f"{rng.choice(FIRST)[0]}. mfl.", "year": rng.randint(2005, 2026),
            "design": rng.choice(("cochrane_review", "systematic_review")),
            "studies": rng.randint(3, 40), "participants": rng.randint(50, 3000),
            "result": _sentence(rng, 25), "numbers_from": "publication",
            "numbers_source": cited, "sources": [cited]})
    topics = [{"id": f"t{i}", "title": f"Om {_compound(rng)}", "summary": _sentence(rng, 12),
               "sections": [{"heading": _compound(rng), "text": _sentence(rng, 40),
                             "sources": [f"s{rng.randrange(n_sources)}"]} for _ in range(3)],
               "guidelines": [guidelines[0]["id"]], "reports": [reports[0]["id"]],
               "research": [research[0]["id"]]}
              for i in range(4)]
    return {"source": sources, "organisation": orgs, "person": people, "guideline": guidelines,
            "event": events, "quote": quote_records, "brochure": brochures, "report": reports,
            "research": research, "topic": topics}


def build_synthetic(quotes: int, out: Path, seed: int = 2017) -> None:
    records = generate(quotes, seed)
    check_records(records)
    write_database(records, out, f"synthetic-{quotes}-{seed}",
                   Edition(datetime.date(2026, 1, 1), "Synthetic", "0", "mtviewer benchmark"))
