"""Prints a clinic would put on the wall: poster type, card filling, read-more, metadata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from mtviewer.cli import main as cli_main

from .test_printing import run_cli, words

MEDIUM = ("Musikken ga meg noe å gå til hver uke, og gruppa ble et sted der jeg fikk være "
          "meg selv. ") * 8  # about 700 characters


LONG = " ".join(f"Setning {n}: Når vi spiller sammen i gruppa, kjenner jeg at kroppen roer "
                "seg og at tankene får hvile litt, og da blir dagen lettere å bære."
                for n in range(20))  # about 2,700 characters


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


def spans(path: Path, page: int = 0) -> list[tuple[str, float]]:
    """Each piece of text on a page with its type size in points."""
    found = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            found.append((" ".join(text.split()), round(size * abs(cm[0]) * abs(tm[0]), 1)))
    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def size_of(path: Path, text: str, page: int = 0) -> float:
    return max(size for piece, size in spans(path, page) if text in piece)


def quote_id(content, text: str) -> int:
    return next(i for i, row in content.rows("quote", content.ids("quote")).items()
                if row.text == text)


def write(seed_db: Path, out: Path, *args: str) -> Path:
    assert cli_main(["print-quotes", "--db", str(seed_db), "--lang", "en", *args,
                     "--pdf", str(out)]) == 0
    return out


@pytest.mark.parametrize("page", [("A4",), ("Letter",), ("A4", "--landscape"),
                                  ("Letter", "--landscape")])
def test_a_short_quote_fills_the_poster_and_its_attribution_is_clearly_smaller(
        seed_db, content, tmp_path, page):
    short = quote_id(content, "Dere skaper helse")
    out = write(seed_db, tmp_path / "poster.pdf", "--ids", str(short), "--layout", "poster",
                "--page-size", page[0], *page[1:])
    quote_size = size_of(out, "skaper")
    assert quote_size >= 72
    assert size_of(out, "Marianne Borgen") <= quote_size * 0.5
    text = words(PdfReader(str(out)).pages[0].extract_text())
    assert "probably 2017" in text and "uncertain" not in text


@pytest.fixture
def long_db(content_dir, tmp_path) -> Path:
    """The seed content and two more quotes: "medium" of about 700 characters, "long" of
    2,700 (their ids: ``long_ids``)."""
    from mtviewer.compiler.build import build_database

    quotes = content_dir / "quotes.toml"
    quotes.write_text(quotes.read_text(encoding="utf-8") + "".join(f'''
[[quote]]
id = "{key}"
text = "{text.strip()}"
unnamed = "service_user"
year = 2018
sources = ["fagradet-populart-toppmote"]
''' for key, text in (("medium", MEDIUM), ("long", LONG))), encoding="utf-8")
    db = tmp_path / "long.sqlite"
    build_database(content_dir, db)
    return db


def long_ids(db: Path) -> dict[str, str]:
    from mtviewer.content import open_content

    opened = open_content(db)
    try:
        rows = opened.rows("quote", opened.ids("quote"))
        return {row.key: str(i) for i, row in rows.items() if row.key in ("medium", "long")}
    finally:
        opened.close()


def test_a_poster_sets_a_medium_quote_on_one_page_in_readable_type(long_db, tmp_path):
    out = write(long_db, tmp_path / "medium.pdf", "--ids", long_ids(long_db)["medium"],
                "--layout", "poster")
    assert len(PdfReader(str(out)).pages) == 1
    assert words(MEDIUM) in words(PdfReader(str(out)).pages[0].extract_text())
    assert 18 <= size_of(out, "Musikken") < 72


def test_a_long_quote_is_a_page_of_text_and_flows_evenly_when_it_must(long_db, tmp_path):
    long = long_ids(long_db)["long"]
    one = write(long_db, tmp_path / "one.pdf", "--ids", long, "--layout", "poster")
    assert len(PdfReader(str(one)).pages) == 1 and 11 <= size_of(one, "Setning") < 16
    out = write(long_db, tmp_path / "flow.pdf", "--ids", long, "--layout", "poster",
                "--page-size", "Letter", "--font-step", "2")
    pages = [words(page.extract_text()).split("— Tjenestebruker")[0].split("Printed")[0]
             for page in PdfReader(str(out)).pages]
    assert len(pages) == 2 and words(LONG) in words(" ".join(pages))
    assert min(map(len, pages)) > 0.6 * max(map(len, pages))  # no page with two lines on it


def test_poster_lines_are_balanced():
    from mtviewer.printing.typeset import balanced_breaks

    quote = "«Vi på Stortinget begynner å bli utålmodige»".split()
    # Greedy breaks at the widest word's width leave "bli" alone on a line.
    assert balanced_breaks(quote, 5, 11.0, len) == [
        "«Vi på", "Stortinget", "begynner", "å bli", "utålmodige»"]
    assert balanced_breaks("«Her haster det med å håpe»".split(), 3, 12.0, len) == [
        "«Her haster", "det med", "å håpe»"]
    assert balanced_breaks(["ordsomerforlangt"], 1, 5.0, len) is None
    assert balanced_breaks(["a", "b"], 3, 5.0, len) is None  # more lines than words


def test_a_heading_goes_on_every_poster_and_card_and_over_the_handout(seed_db, tmp_path):
    poster = write(seed_db, tmp_path / "p.pdf", "--ids", "1,2", "--layout", "poster",
                   "--title", "Klinikk  Solsiden")
    for page in PdfReader(str(poster)).pages:
        assert words(page.extract_text()).startswith("Klinikk Solsiden")
    assert PdfReader(str(poster)).metadata.title == "Klinikk Solsiden"
    handout = write(seed_db, tmp_path / "h.pdf", "--ids", "1,2")
    assert words(PdfReader(str(handout)).pages[0].extract_text()).startswith(
        "Quotes about music therapy")
    cards = write(seed_db, tmp_path / "c.pdf", "--ids", "1,2,3,4,5", "--layout", "cards",
                  "--title", "Solsiden")
    assert [words(page.extract_text()).count("Solsiden")
            for page in PdfReader(str(cards)).pages] == [4, 1]  # on each card
    plain = write(seed_db, tmp_path / "plain.pdf", "--ids", "1", "--layout", "poster")
    assert words(PdfReader(str(plain)).pages[0].extract_text()).startswith("«")


def test_card_text_grows_to_fill_its_card_and_only_filled_cards_print(seed_db, content,
                                                                      tmp_path, monkeypatch):
    from mtviewer.printing import furniture

    cards = []
    drawn = furniture.cut_marks
    monkeypatch.setattr(furniture, "cut_marks",
                        lambda painter, card, px: (cards.append(card), drawn(painter, card, px)))
    short, long = quote_id(content, "Dere skaper helse"), 8
    out = write(seed_db, tmp_path / "cards.pdf", "--ids", f"{short},{long},1,2,3",
                "--layout", "cards")
    assert len(PdfReader(str(out)).pages) == 2
    assert len(cards) == 5  # four cut out on page one, one on page two: none empty
    assert not any(a.intersects(b) for i, a in enumerate(cards[:4]) for b in cards[i + 1:4])
    assert size_of(out, "skaper") > size_of(out, "forunderlig") * 1.5
    assert size_of(out, "skaper") >= 20


def test_read_more_carries_the_chosen_records_own_address(seed_db, content, tmp_path,
                                                          monkeypatch):
    from mtviewer.printing import furniture

    coded = []
    monkeypatch.setattr(furniture, "draw_qr", lambda painter, data, box: coded.append(data))
    source = next(i for i in content.read_more() if i.kind == "source" and i.url)
    out = write(seed_db, tmp_path / "source.pdf", "--ids", "1,2", "--layout", "poster",
                "--source", source.key)
    assert coded == [source.url, source.url]
    text = words(PdfReader(str(out)).pages[0].extract_text())
    assert f"Read more: {source.title}" in text and source.url in text

    coded.clear()
    brochure = next(i for i in content.read_more() if i.kind == "brochure")
    assert brochure.url is None  # the sources give the brochures no address of their own
    out = write(seed_db, tmp_path / "brochure.pdf", "--ids", "1", "--brochure",
                str(brochure.id))
    assert coded == []
    text = words(PdfReader(str(out)).pages[0].extract_text())
    assert f"Read more: {brochure.title}" in text and "https://" not in text


def test_a_pdf_names_its_title_creator_and_the_contents_language(seed_db, tmp_path):
    """The language is the quotes' (Norwegian), whichever the interface's: the catalog's
    /Lang, where screen readers look, and the XMP; viewers show the title, not the name."""
    out = write(seed_db, tmp_path / "meta.pdf", "--ids", "1")  # English interface
    reader = PdfReader(str(out))
    assert reader.metadata.title == "Quotes about music therapy"
    assert reader.metadata.creator == "mtviewer"
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    assert bool(reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.xmp_metadata.dc_language == ["nb"]
    assert cli_main(["print-quotes", "--db", str(seed_db), "--lang", "nb", "--ids", "1",
                     "--pdf", str(tmp_path / "nb.pdf")]) == 0
    reader = PdfReader(str(tmp_path / "nb.pdf"))
    assert reader.metadata.title == "Sitater om musikkterapi"
    assert reader.trailer["/Root"]["/Lang"] == "nb"


def test_bokmaal_prints_say_quoting_and_probably_in_bokmaal(seed_db, content, tmp_path):
    out = tmp_path / "nb.pdf"
    assert cli_main(["print-quotes", "--db", str(seed_db), "--lang", "nb", "--ids",
                     str(quote_id(content, "Her haster det med å håpe")), "--layout",
                     "poster", "--pdf", str(out)]) == 0
    text = words(PdfReader(str(out)).pages[0].extract_text())
    assert "Inga Marte Thorkildsen byråd, med sitat fra Cato Kristiansen" in text  # its lines
    assert "trolig 2017" in text and "usikkert" not in text


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_the_umask_decides_a_printed_files_mode(seed_db, tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        out = write(seed_db, tmp_path / "mode.pdf", "--ids", "1")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == mode


@pytest.mark.parametrize(("args", "message", "code"), [
    (("--brochure", "999"), "no brochure has the id or key '999'", 1),
    (("--source", "ingen-slik"), "no source has the id or key 'ingen-slik'", 1),
    (("--title", "x" * 200), "--title is 200 characters long; at most 120 fit", 2),
])
def test_bad_print_choices_are_one_line_and_write_nothing(seed_db, tmp_path, args, message,
                                                          code):
    out = tmp_path / "out.pdf"
    result = run_cli("print-quotes", "--db", str(seed_db), "--ids", "1", *args,
                     "--pdf", str(out))
    assert result.returncode == code and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"mtviewer print-quotes: {message}; nothing was written."]
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_address_too_long_for_a_qr_code_is_printed_without_one(content_dir, tmp_path,
                                                                  monkeypatch):
    from mtviewer.compiler.build import build_database
    from mtviewer.printing import furniture

    address = "https://rusfeltet.no/arkiv/" + "lang-adresse-" * 30
    sources = content_dir / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        "https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi", address),
        encoding="utf-8")
    db = tmp_path / "long-address.sqlite"
    build_database(content_dir, db)
    coded = []
    monkeypatch.setattr(furniture, "draw_qr", lambda painter, data, box: coded.append(data))
    out = write(db, tmp_path / "p.pdf", "--ids", "1", "--source", "fagradet-populart-toppmote")
    assert coded == []
    assert address in PdfReader(str(out)).pages[0].extract_text().replace("\n", "")


@pytest.mark.parametrize("page", [("Letter", "--landscape"), ("A4", "--landscape"),
                                  ("Letter",), ("A4", "--font-step", "5", "--landscape")])
def test_a_handout_never_parts_a_quote_from_its_attribution(seed_db, tmp_path, page):
    out = write(seed_db, tmp_path / "handout.pdf", "--search", "musikk", "--layout", "handout",
                "--page-size", page[0], *page[1:])
    pages = [words(p.extract_text()) for p in PdfReader(str(out)).pages]
    assert len(pages) >= 2  # so a page break falls among the quotes
    for text in pages[1:]:
        assert not text.startswith("—"), text[:80]  # no page opens with an attribution


def test_every_layout_is_declared_once_offered_and_drawn(window):
    """A layout is its declaration (printing/layouts.py) and a way of making pages."""
    from mtviewer.printing.document import QuoteDocument
    from mtviewer.printing.layouts import LAYOUTS

    for layout in LAYOUTS.values():
        assert layout.pages in QuoteDocument.PAGES, layout.name
        assert layout.sizes[0] >= layout.sizes[1] > 0 and layout.label and layout.tip
    box = window.printing.panel.layout_box
    assert [box.itemData(i) for i in range(box.count())] == list(LAYOUTS)
    assert [box.itemText(i) for i in range(box.count())] == ["Handout", "Poster", "Cards"]


def test_a_handout_of_a_few_quotes_fills_its_page_in_larger_type(seed_db, content, tmp_path):
    few = write(seed_db, tmp_path / "few.pdf", "--ids", "1,2,3")
    many = write(seed_db, tmp_path / "many.pdf", "--search", "musikk")
    assert len(PdfReader(str(few)).pages) == 1
    first = content.print_quotes(ids=[1])[0].text.split()[1]
    assert size_of(few, first) >= 18  # larger than the 13 pt of a full handout
    assert size_of(many, "musikk") == pytest.approx(13, abs=0.2)
    for out in (few, many):
        sizes = [size for piece, size in spans(out) if piece.startswith("—")]
        assert sizes and min(sizes) >= 8  # attributions


def test_no_handout_line_is_a_single_word_or_a_year(seed_db, tmp_path):
    import re

    out = write(seed_db, tmp_path / "handout.pdf", "--search", "musikk", "--page-size", "A4")
    for page in PdfReader(str(out)).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        for line in lines[:-2]:  # the footer's two parts aside
            assert not re.fullmatch(r"[\w»«.,:;–-]+", line), line  # one word alone
            assert not re.fullmatch(r"\d{4}\W*", line), line  # a year alone


def test_card_attributions_stay_readable_while_the_quote_shrinks(long_db, tmp_path):
    ids = long_ids(long_db)
    out = write(long_db, tmp_path / "cards.pdf", "--ids", f"1,2,{ids['medium']}",
                "--layout", "cards", "--font-step", "-3", "--title", "Blå Kors")
    for page in range(len(PdfReader(str(out)).pages)):
        found = spans(out, page)
        attributions = [size for piece, size in found if "Tjenestebruker" in piece
                   or piece.startswith("—")]
        assert attributions and min(attributions) >= 7, found
        assert size_of(out, "Blå Kors", page) >= 7  # the heading too


def test_prints_name_the_app_as_people_know_it(seed_db, tmp_path):
    out = write(seed_db, tmp_path / "h.pdf", "--ids", "1")
    text = words(PdfReader(str(out)).pages[0].extract_text())
    assert "Music therapy resources" in text and "mtviewer" not in text
