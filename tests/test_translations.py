"""The bokmål catalog is complete, covers every string in the code, and is compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .conftest import REPO

TS = REPO / "resources" / "translations" / "mtviewer_nb.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_entry_is_translated_and_finished():
    for (context, source), translation in messages(TS).items():
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        assert (translation.text or "").strip(), f"{context}: {source!r} has no translation"


def test_every_string_in_the_code_is_in_the_catalog(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "mtviewer").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


def test_compiled_catalog_matches_the_source(tmp_path):
    compiled = tmp_path / "nb.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts file"
