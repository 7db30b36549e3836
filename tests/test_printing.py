"""Printing chosen quotes: the PDF has exactly the chosen quotes, in order, in each layout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mtviewer.cli import main as cli_main

from .conftest import REPO

LONG = ("Æ Ø Å æ ø å – «sitat» med <b>tagger</b> & \"anførsel\" og 'apostrof'. "
        + " ".join(f"Setning {n} om musikkterapi, mestring og gitarspilling i gruppa." for n in range(40)))


@pytest.fixture(autouse=True)
def _application(qapp):
    """The print command makes a QGuiApplication when none exists; tests share pytest-qt's."""
    return qapp


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    """Each page's text without its footer (and read-more line), whitespace collapsed."""
    pages = []
    for page in PdfReader(str(path)).pages:
        text = words(page.extract_text())
        pages.append(re.split(r"Source: |Kilde: |Printed |Skrevet ut |Read more: |Les mer: ",
                              text)[0])
    return pages


def quotes(content) -> dict[int, tuple[str, str]]:
    return {i: (q.text, q.who) for i, q in content.rows("quote", content.ids("quote")).items()}


@pytest.mark.parametrize(("layout", "expected_pages"), [("handout", 1), ("poster", 3),
                                                         ("cards", 1)])
def test_chosen_quotes_in_order_and_nothing_else(seed_db, content, tmp_path, layout,
                                                 expected_pages):
    out = tmp_path / f"{layout}.pdf"
    assert cli_main(["print-quotes", "--db", str(seed_db), "--lang", "en", "--ids", "10,5,1",
                     "--layout", layout, "--pdf", str(out)]) == 0
    pages = pdf_pages(out)
    assert len(pages) == expected_pages
    text = " ".join(pages)
    found = quotes(content)
    positions = []
    for qid in (10, 5, 1):
        quote_text, who = found[qid]
        assert words(quote_text) in text
        positions.append(text.index(words(quote_text)))
        assert who in text
    assert positions == sorted(positions)
    for qid, (quote_text, _) in found.items():
        if qid not in (10, 5, 1):
            assert words(quote_text) not in text
    raw = words(PdfReader(str(out)).pages[0].extract_text())
    assert "Source: Fagrådet – Rusfeltets hovedorganisasjon" in raw and "Printed" in raw


def test_cards_put_four_quotes_on_a_page(seed_db, tmp_path):
    out = tmp_path / "cards.pdf"
    assert cli_main(["print-quotes", "--db", str(seed_db), "--ids", "1,2,3,4,5", "--layout",
                     "cards", "--pdf", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == 2


@pytest.fixture
def tricky_db(content_dir, tmp_path) -> Path:
    from mtviewer.compiler.build import build_database

    quotes_file = content_dir / "quotes.toml"
    quotes_file.write_text(quotes_file.read_text(encoding="utf-8") + f'''
[[quote]]
id = "lang-test"
text = """{LONG}"""
unnamed = "service_user"
year = 2017
sources = ["fagradet-populart-toppmote"]
''', encoding="utf-8")
    path = tmp_path / "tricky.sqlite"
    build_database(content_dir, path)
    return path


@pytest.mark.parametrize("layout", ["handout", "poster", "cards"])
def test_long_and_tricky_text_prints_exactly_and_is_never_cut(tricky_db, tmp_path, layout):
    out = tmp_path / "tricky.pdf"
    assert cli_main(["print-quotes", "--db", str(tricky_db), "--ids", "14,5,1,2",
                     "--layout", layout, "--pdf", str(out)]) == 0
    text = words(" ".join(pdf_pages(out)))
    assert words(LONG) in text
    assert "Dere skaper helse" in text
    # The long quote flows on rather than being cut: onto a fifth card (so a second page)
    # where four short quotes would fill one page; a poster sets it as a page of text.
    assert len(pdf_pages(out)) == {"handout": 2, "poster": 4, "cards": 2}[layout]



def test_search_chooses_the_quotes(seed_db, tmp_path, capsys):
    out = tmp_path / "gitar.pdf"
    assert cli_main(["print-quotes", "--db", str(seed_db), "--search", "gitar", "--pdf",
                     str(out)]) == 0
    assert "Gitarspillingen hjelper meg å samle meg" in " ".join(pdf_pages(out))
    assert capsys.readouterr().out == f"Wrote {out}: 1 quote on 1 page, handout layout.\n"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_needs_no_window_and_refuses_bad_choices_without_writing(seed_db, tmp_path):
    out = tmp_path / "out.pdf"
    good = run_cli("print-quotes", "--db", str(seed_db), "--ids", "2", "--layout", "poster",
                   "--pdf", str(out))
    assert good.returncode == 0 and out.exists(), good.stderr
    out.unlink()
    for args, message in ((("--ids", "2,999"), "no quote has id 999"),
                          (("--ids", "nei-ikke-her"), "no quote has key nei-ikke-her"),
                          (("--ids", "x y!"), "--ids takes quote keys or numbers"),
                          (("--search", "zzqqxx"), "no quote matches 'zzqqxx'")):
        result = run_cli("print-quotes", "--db", str(seed_db), *args, "--pdf", str(out))
        assert result.returncode != 0
        assert message in result.stderr and "nothing was written" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not out.exists()
    missing = run_cli("print-quotes", "--db", str(tmp_path / "nope.sqlite"), "--ids", "1",
                      "--pdf", str(out))
    assert missing.returncode != 0 and "does not exist" in missing.stderr and not out.exists()


def test_read_more_line_with_qr_code(content, tmp_path):
    from mtviewer.printing.document import QuoteDocument
    from mtviewer.printing.layouts import PrintOptions
    from mtviewer.printing.pdf import write_pdf

    brochure = next(item for item in content.read_more() if item.url)
    out = tmp_path / "readmore.pdf"
    document = QuoteDocument(content.print_quotes(ids=[1, 2]), PrintOptions("poster"),
                             brochure)
    assert write_pdf(document, out) == 2
    for page in PdfReader(str(out)).pages:
        text = words(page.extract_text())
        assert f"Read more: {brochure.title}" in text
        # a long address wraps anywhere (its QR code carries it whole)
        assert brochure.url in "".join(page.extract_text().split())


def test_the_users_brochure_prints_with_a_qr_code_and_the_professionals_says_why_not(content):
    from mtviewer.printing.furniture import has_qr

    brochures = {item.key: item for item in content.read_more() if item.kind == "brochure"}
    users = brochures["brosjyre-brukere"]
    assert has_qr(users) and users.url == (
        "https://rusfeltet.no/nyhetsarkiv/ny-brukerbrosjyre-om-musikkterapi-article1643-28.html")
    assert not has_qr(brochures["brosjyre-fagpersoner"])  # no address was found for it
    page = content.page("brochure", brochures["brosjyre-fagpersoner"].id)
    assert page.url is None and "address" in page.not_found.split()
