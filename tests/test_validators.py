"""The files mtviewer writes, checked by the validators other programs apply: the desktop
entry (desktop-file-validate, and GLib's own launcher), the AppStream metainfo (appstreamcli
validate --strict) and PDFs (qpdf --check, pdfinfo). In CI (CI=true) a missing validator
fails the test; elsewhere the test is skipped, naming the Debian package to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtviewer import __version__, desktop

PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream",
            "qpdf": "qpdf", "pdfinfo": "poppler-utils", "gio": "libglib2.0-bin"}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (Debian package {PACKAGES[name]})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def validate(*command: str) -> str:
    """Run a validator; its whole output, which the test fails on with any error."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    output = (done.stdout + done.stderr).strip()
    print(f"$ {' '.join(command)}\n{output or '(no output)'}")
    assert done.returncode == 0, output
    return output


# The desktop entry and the metainfo

def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    desktop.install(tmp_path)
    output = validate(tool("desktop-file-validate"),
                      str(tmp_path / "applications" / f"{desktop.APP_ID}.desktop"))
    assert output == ""  # not even a hint


def test_metainfo_passes_appstreamcli_strictly_with_release_url_and_more(tmp_path):
    desktop.install(tmp_path)
    metainfo = tmp_path / "metainfo" / f"{desktop.APP_ID}.metainfo.xml"
    validate(tool("appstreamcli"), "validate", "--strict", "--no-net", str(metainfo))
    root = ET.parse(metainfo).getroot()
    assert root.find("releases/release").get("version") == __version__
    assert root.find("url[@type='homepage']").text.startswith("https://")
    assert root.findtext("developer_name")  # <developer> is unknown to Debian 12's appstream
    assert root.find("screenshots/screenshot/image").text.endswith(".png")
    assert root.findtext("provides/binary") == "mtviewer"


@pytest.mark.parametrize("folder", ["plain", "with spaces", "odd \"quote\" $HOME `x` \\ æøå"])
def test_the_menu_starts_the_installed_program_even_with_an_odd_path(tmp_path, monkeypatch,
                                                                    folder):
    """Exec names this installation by its absolute path, quoted as the specification says:
    GLib's launcher (what GNOME's menu uses) starts exactly that program."""
    gio = tool("gio")
    program = tmp_path / folder / "mtviewer"
    program.parent.mkdir()
    record = tmp_path / "started.txt"
    program.write_text(f'#!/bin/sh\nprintf "%s|%s" "$0" "$*" > "{record}"\n')
    program.chmod(0o755)
    monkeypatch.setattr(desktop, "launcher", lambda: [str(program)])
    desktop.install(tmp_path / "share")
    entry = tmp_path / "share" / "applications" / f"{desktop.APP_ID}.desktop"
    validate(tool("desktop-file-validate"), str(entry))
    subprocess.run([gio, "launch", str(entry)], check=True, timeout=30,
                   env={**os.environ, "PATH": "/usr/bin:/bin"})
    for _ in range(100):
        if record.exists():
            break
        __import__("time").sleep(0.05)
    assert record.read_text() == f"{program}|"


def test_a_percent_sign_in_the_path_is_written_as_the_specification_says(tmp_path, monkeypatch):
    """``%%`` (GLib then will not list the entry: it looks for the program before it reads
    field codes, so such an installation is started from its folder, not the menu)."""
    monkeypatch.setattr(desktop, "launcher", lambda: ["/opt/100% mtviewer/mtviewer"])
    desktop.install(tmp_path)
    entry = tmp_path / "applications" / f"{desktop.APP_ID}.desktop"
    validate(tool("desktop-file-validate"), str(entry))
    assert 'Exec="/opt/100%% mtviewer/mtviewer"' in entry.read_text()


def test_the_launcher_is_this_environment_not_the_first_on_path(tmp_path, monkeypatch):
    other = tmp_path / "elsewhere" / "mtviewer"  # another installation, first on PATH
    other.parent.mkdir()
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    monkeypatch.setenv("PATH", f"{other.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    command = desktop.launcher()
    assert command[0] != str(other)
    assert Path(command[0]).is_absolute()
    assert Path(command[0]).parent == Path(os.path.abspath(sys.executable)).parent


# PDFs

LIGATURES = {chr(c) for c in range(0xFB00, 0xFB07)}


def _quote_pdf(seed_db: Path, out: Path, *args: str) -> Path:
    from mtviewer.cli import main

    assert main(["print-quotes", "--db", str(seed_db), "--lang", "en", "--search", "musikk",
                 *args, "--pdf", str(out)]) == 0
    return out


def _topic_pdfs(content, folder: Path, archival: bool = False) -> list[Path]:
    from mtviewer.printing.pdf import write_pdf
    from mtviewer.ui.pages.topic import handout

    made = []
    for topic in content.ids("topic"):
        out = folder / f"topic-{topic}{'-a' if archival else ''}.pdf"
        write_pdf(handout(content, topic), out, archival=archival)
        made.append(out)
    return made


def _check_pdf(path: Path, archival: bool) -> None:
    from pypdf import PdfReader

    output = validate(tool("qpdf"), "--check", str(path))
    assert "No syntax or stream encoding errors found" in output
    info = validate(tool("pdfinfo"), str(path))
    assert "Metadata Stream: yes" in info
    meta = validate(tool("pdfinfo"), "-meta", str(path))
    assert "<rdf:li>nb</rdf:li>" in meta
    assert ('pdfaid:part="1" pdfaid:conformance="B"' in meta) == archival
    reader = PdfReader(str(path))
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    assert bool(reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"])
    text = "".join(page.extract_text() for page in reader.pages)
    assert not set(text) & LIGATURES, f"{path.name} uses ligatures"


@pytest.mark.parametrize("layout", ["handout", "poster", "cards"])
@pytest.mark.parametrize("archival", [False, True])
def test_quote_pdfs_pass_qpdf_and_pdfinfo(seed_db, tmp_path, layout, archival):
    out = _quote_pdf(seed_db, tmp_path / f"{layout}.pdf", "--layout", layout, "--source",
                     "fagradet-populart-toppmote", *(["--pdfa"] if archival else []))
    _check_pdf(out, archival)


@pytest.mark.parametrize("archival", [False, True])
def test_topic_handouts_pass_qpdf_and_pdfinfo_without_ligatures(qapp, content, tmp_path,
                                                                 archival):
    from pypdf import PdfReader

    pdfs = _topic_pdfs(content, tmp_path, archival)
    for pdf in pdfs:
        _check_pdf(pdf, archival)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
                    for pdf in pdfs)
    assert "fi" in text and "ff" in text  # the letters the ligatures stood in for


def test_export_pdf_offers_pdfa_and_keeps_its_marker(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .test_print_ui import tick

    tick(window.show_tab("quote"), "Dere skaper helse")
    out = tmp_path / "arkiv.pdf"
    offered = []

    def choose(*args, **kwargs):
        offered.append(args[3])
        return str(out), "PDF/A-1b (archival) (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    window.printing.export_pdf()
    assert offered == ["PDF files (*.pdf);;PDF/A-1b (archival) (*.pdf)"]
    _check_pdf(out, archival=True)
