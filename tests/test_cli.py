"""Command-line options: help and version without a display, --db, --lang, bad databases."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mtviewer import __version__, app, i18n
from mtviewer.cli import make_parser

from .conftest import REPO, settled


def run_without_display(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_version_and_help_need_no_display():
    version = run_without_display("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"mtviewer {__version__}"
    helped = run_without_display("--help")
    assert helped.returncode == 0
    for option in ("--db", "--lang", "--version", "build-db"):
        assert option in helped.stdout


def test_unknown_language_is_refused():
    result = run_without_display("--lang", "de")
    assert result.returncode != 0 and "invalid choice" in result.stderr


@pytest.fixture
def started(qtbot, settings):
    windows = []

    def start(*argv: str):
        args = make_parser().parse_args(list(argv))
        window = app.start(args.db, args.lang, settings)
        if window is not None:
            qtbot.addWidget(window)
            windows.append(window)
            settled(qtbot, window)
        return window

    yield start
    for window in windows:
        i18n.remove_translators(QApplication.instance(), window.translators)
        window.content.close()


def test_db_option_shows_that_database(started, content_dir, tmp_path):
    from mtviewer.compiler.build import build_database

    quotes = content_dir / "quotes.toml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace(
        "Dere skaper helse", "Dere skaper helse – i en annen database"), encoding="utf-8")
    second = tmp_path / "second.sqlite"
    build_database(content_dir, second)
    window = started("--db", str(second), "--lang", "en")
    quotes = window.show_tab("quote")
    texts = [quotes.model.index(r, 0).data() for r in range(quotes.model.rowCount())]
    assert "Dere skaper helse – i en annen database" in texts
    assert window.edition_label.text().endswith(" · unverified")
    assert str(second) in window.edition_label.toolTip()


@pytest.mark.parametrize(("lang", "titles", "menu"), [
    ("nb", ["Om musikkterapi", "Arrangementer", "Sitater", "Retningslinjer", "Brosjyrer"],
     "&Fil"),
    ("en", ["About music therapy", "Events", "Quotes", "Guidelines", "Brochures"], "&File"),
])
def test_lang_option_translates_the_interface(started, seed_db, lang, titles, menu):
    window = started("--db", str(seed_db), "--lang", lang)
    assert [window.tabs.tabText(i) for i in range(5)] == titles
    assert window.menuBar().actions()[0].text() == menu
    if lang == "nb":
        events = window.show_tab("event")
        events.model.ensure_loaded()
        rows = {events.model.index(r, 0).data(): (events.model.index(r, 1).data(),
                                                  events.model.index(r, 3).data())
                for r in range(events.model.rowCount())}
        assert rows["Polyfon-konferansen 2018"] == ("22. november 2018", "Tidligere")
        assert "år usikkert (trolig 2017)" in rows[
            "Toppmøte om musikkterapi i rus- og psykisk helsefeltet"][0]
        assert rows["Polyfon-konferansen 2026"] == ("12.–13. november 2026", "Kunngjort")
        assert rows["Den femte nasjonale musikkterapikonferansen"][0] == "7.–9. juni 2018"


@pytest.mark.parametrize(("locale", "language"), [
    ("nb_NO", "nb"), ("nn_NO", "nb"), ("no", "nb"), ("en_US", "en"), ("de_DE", "en"), ("C", "en"),
])
def test_default_language_follows_the_locale(locale, language):
    assert i18n.language_for_locale(locale) == language


def test_unusable_database_is_explained_and_can_be_declined(started, tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    seen = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, answer)
    assert started("--db", str(missing), "--lang", "en") is None
    assert str(missing) in seen[0] and "does not exist" in seen[0]


def test_without_a_display_one_line_says_so_and_how_to_work_headless():
    result = run_without_display()
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and len(lines[0]) <= 300, result.stderr
    assert "needs a graphical display" in lines[0]
    assert "print-quotes" in lines[0] and "build-db" in lines[0]


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    from mtviewer import display

    monkeypatch.setattr(display, "_loads", lambda library: "cursor" not in library)
    line = display.problem({"DISPLAY": ":0"}, "linux")
    assert "apt install libxcb-cursor0;" in line and "dnf install xcb-util-cursor)" in line
    assert "libxcb-icccm4" not in line and len(line) <= 300
    monkeypatch.setattr(display, "_loads", lambda library: False)
    assert len(display.problem({"DISPLAY": ":0"}, "linux")) <= 300
    assert display.problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display.problem({}, "win32") is None
    assert display.problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None


def test_ids_take_the_keys_the_window_shows(seed_db, tmp_path, capsys):
    from pypdf import PdfReader

    from mtviewer.cli import main

    out = tmp_path / "to.pdf"
    assert main(["print-quotes", "--db", str(seed_db), "--ids", "borgen-skaper-helse,1",
                 "--pdf", str(out)]) == 0
    assert "2 quotes on 1 page" in capsys.readouterr().out
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert text.index("Dere skaper helse") < text.index("Vi på Stortinget")  # in that order
    assert main(["print-quotes", "--db", str(seed_db), "--ids", "borgen-skaper-helse,nei",
                 "--pdf", str(out)]) == 1
    assert "no quote has key nei" in capsys.readouterr().err


def test_build_db_says_a_missing_source_folder_in_one_line_and_counts_in_plurals(tmp_path):
    from .test_files import one_line_error, run_cli

    line = one_line_error(run_cli("build-db", str(tmp_path / "nowhere"),
                                  str(tmp_path / "out.sqlite")))
    assert line == (f"error: the content source {tmp_path / 'nowhere'} does not exist; "
                    f"{tmp_path / 'out.sqlite'} was not written.")
    built = run_cli("build-db", str(REPO / "db" / "content"), str(tmp_path / "out.sqlite"))
    assert built.returncode == 0, built.stderr
    assert "74 sources, 39 organisations, 23 people" in built.stdout


def test_edition_list_names_the_shipped_edition(capsys):
    from mtviewer.cli import main

    assert main(["edition", "list"]) == 0
    assert ("The app opens the content that came with the app (edition 1.0 of 2026-12-01, "
            "Musikkterapi i rus og psykisk helse).") in capsys.readouterr().out
