"""The bokmål catalog is complete, covers every string in the code, and is compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import REPO

TS = REPO / "resources" / "translations" / "mtviewer_nb.ts"
QM = TS.with_suffix(".qm")
EN_TS = TS.with_name("mtviewer_en.ts")
"""English plural forms ("1 quote", "2 quotes"): the only entries an English catalog needs."""
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def texts_of(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["nb", "en"])
def test_every_entry_is_translated_and_finished(ts):
    entries = messages(ts)
    assert entries
    for (context, source), translation in entries.items():
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        texts = texts_of(translation)
        assert all(t.strip() for t in texts), f"{context}: {source!r} has no translation"
        if ts is EN_TS:  # one form for 1, another for the rest
            assert len(texts) == 2 and texts[0] != texts[1], (context, source)


def test_every_plural_of_the_code_has_english_forms(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "mtviewer").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-pluralonly", "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(EN_TS)), "run lupdate -pluralonly on mtviewer_en.ts"


def test_every_string_in_the_code_is_in_the_catalog(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "mtviewer").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["nb", "en"])
def test_compiled_catalog_matches_the_source(tmp_path, ts):
    compiled = tmp_path / "compiled.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run pyside6-lrelease"


def test_the_interface_names_the_program_as_people_know_it():
    """Clinicians do not know "mtviewer": it appears only as the command to type, in
    quotation marks, or beside the program's version in About."""
    import re

    command = re.compile(r"«mtviewer[^»]*»|“mtviewer[^”]*”|programmet mtviewer|program mtviewer")
    named = []
    for message in ET.parse(TS).getroot().iter("message"):
        texts = [message.findtext("source") or "", message.findtext("translation") or ""]
        texts += [form.text or "" for form in message.iter("numerusform")]
        named += [text for text in texts if "mtviewer" in command.sub("", text)]
    assert not named, named
