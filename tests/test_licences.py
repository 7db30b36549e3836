"""Licences: mtviewer's own, and the notices for every component, in the wheel, reachable
from About, and current with what is installed."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from mtviewer import notices

from .conftest import REPO


def _installed_as_locked() -> bool:
    """Whether this environment holds the versions of constraints.txt (as CI installs)."""
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            try:
                if metadata.version(name) != version:
                    return False
            except metadata.PackageNotFoundError:
                if name != "hatchling":
                    return False
    return True


def test_the_committed_notices_are_current():
    if not _installed_as_locked():
        pytest.skip("this environment is not installed from constraints.txt")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "third_party_notices.py"),
                           "--check"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, "run scripts/third_party_notices.py: " + done.stdout


def test_the_notices_name_every_runtime_distribution_with_its_licence_text():
    text = notices.notices_file().read_text(encoding="utf-8")
    listed = {name.lower().replace("_", "-") for name, _v, _l in notices.components(text)}
    for name in ("pyside6-essentials", "shiboken6", "sqlalchemy", "segno", "icalendar",
                 "pystemmer", "rapidfuzz", "pynacl", "cffi"):
        assert name in listed, name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "libsodium" in text.lower() and "Snowball" in text  # inside PyNaCl, PyStemmer
    assert "download.qt.io" in text and "replacing those files replaces Qt" in text
    assert notices.licence_file().read_text(encoding="utf-8").startswith("MIT License")


def test_about_names_every_component_and_opens_the_full_texts(window, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from mtviewer.ui.dialogs.reading import ReadingDialog

    shown = []
    monkeypatch.setattr(ReadingDialog, "exec", lambda d: shown.append(d) or d.show())
    window.show_about()
    about = shown[0]
    text = about.plain_text()
    for name, version, licence in notices.components():
        assert f"{name} {version}: {licence}" in text
    assert "PyStemmer" in text and "RapidFuzz" in text and "MIT licence" in text
    button = next(b for b in about.findChildren(QPushButton)
                  if b.text() == "Licences and notices…")
    assert button.accessibleName() and button.toolTip()
    button.click()
    full = shown[1]
    assert full.objectName() == "notices"
    assert full.plain_text().startswith("MIT License")
    assert "THIRD-PARTY NOTICES for mtviewer" in full.plain_text()
    for dialog in shown:
        dialog.close()


def test_the_wheel_carries_the_licence_and_the_notices(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                            str(tmp_path), str(REPO)], capture_output=True, text=True,
                           timeout=300, check=False)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("mtviewer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    for name in ("mtviewer/_shipped/LICENSE", "mtviewer/_shipped/THIRD-PARTY-NOTICES",
                 "mtviewer/_shipped/resources/licences/LGPL-3.0.txt"):
        assert name in names
    assert any(re.search(r"\.dist-info/licenses/THIRD-PARTY-NOTICES$", n) for n in names)
    assert b"License-Expression: MIT" in meta and b"License-File: LICENSE" in meta
    assert Path(wheel).stat().st_size < 10_000_000
