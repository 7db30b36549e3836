"""Never lose a file: full disks, read-only folders, bad paths, two windows, odd settings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mtviewer.files import SaveError, write_bytes
from mtviewer.printing import selection as stored

from .conftest import REPO
from .damage import fill_disk, small_disk
from .test_print_ui import tick


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(env or {})
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], env=environment,
                          capture_output=True, text=True, timeout=120, check=False)


def one_line_error(result: subprocess.CompletedProcess, code: int = 1) -> str:
    """The one line a failure (exit code 1) or bad usage (2) prints."""
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) <= 300, lines
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_pdf_gets_the_users_usual_permissions(qapp, content, tmp_path):
    from mtviewer.printing.document import QuoteDocument
    from mtviewer.printing.layouts import PrintOptions
    from mtviewer.printing.pdf import write_pdf

    out = tmp_path / "sitater.pdf"
    old = os.umask(0o022)
    try:
        write_pdf(QuoteDocument(content.print_quotes(ids=[1]), PrintOptions()), out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_export_on_a_full_disk_keeps_the_old_pdf_and_says_so(window, tmp_path, monkeypatch):
    disk = tmp_path / "disk"
    with small_disk(disk, "192k"):
        out = disk / "sitater.pdf"
        out.write_bytes(b"%PDF-1.4 the old file\n%%EOF\n")
        before = out.read_bytes()
        fill_disk(disk)
        tab = window.show_tab("quote")
        for text in ("Dere skaper helse", "Her haster det med å håpe"):
            tick(tab, text)
        told = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
        window.printing.export_pdf()
        assert out.read_bytes() == before
        assert told and "the disk is full" in told[0] and "Nothing was changed" in told[0]
        assert "Saved" not in window.statusBar().currentMessage()
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "sitater.pdf"]
        result = run_cli("print-quotes", "--ids", "1,2", "--pdf", str(out))
        assert "the disk is full" in one_line_error(result)
        assert out.read_bytes() == before


@pytest.mark.parametrize(("target", "reason", "code"), [
    ("", "--pdf names no file", 2),
    ("/proc/x.pdf", "no permission", 1),
    ("{tmp}", "it is a folder", 1),
    ("{tmp}/missing/dir/x.pdf", "its folder does not exist", 1),
    ("{tmp}/plain.txt/x.pdf", "is not a folder", 1),
])
def test_print_quotes_refuses_a_bad_pdf_path_in_one_line(tmp_path, target, reason, code):
    (tmp_path / "plain.txt").write_text("x")
    target = target.format(tmp=tmp_path)
    line = one_line_error(run_cli("print-quotes", "--ids", "1", "--pdf", target), code)
    assert reason in line
    assert not (tmp_path / "missing").exists()


def test_print_quotes_into_a_read_only_folder(tmp_path):
    disk = tmp_path / "ro"
    with small_disk(disk, "64k", read_only=True) as make_read_only:
        make_read_only()
        line = one_line_error(run_cli("print-quotes", "--ids", "1", "--pdf",
                                      str(disk / "x.pdf")))
        assert "no permission" in line and str(disk / "x.pdf") in line


def test_print_quotes_summarises_many_unknown_ids():
    ids = ",".join(str(n) for n in range(1000, 21000))
    line = one_line_error(run_cli("print-quotes", "--ids", ids, "--pdf", "/tmp/never.pdf"))
    assert "20,000 ids, first: 1000, 1001, 1002, 1003, 1004, …" in line
    big = one_line_error(run_cli("print-quotes", "--ids", "1," + "9" * 25, "--pdf",
                                 "/tmp/never.pdf"), 2)  # malformed: bad usage
    assert "quote keys or numbers" in big
    assert not Path("/tmp/never.pdf").exists()


def test_saving_a_file_whose_name_holds_percent_two(window, tmp_path, monkeypatch):
    out = tmp_path / "missing" / "sitater %2 og %1.pdf"
    tab = window.show_tab("quote")
    tick(tab, "Dere skaper helse")
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    window.printing.export_pdf()
    assert str(out) in told[0] and "its folder does not exist" in told[0]


def test_two_windows_merge_their_print_selections(qtbot, content, settings, tmp_path):
    from mtviewer.ui.main_window import MainWindow

    data = tmp_path / "user-data"
    first, second = (MainWindow(content, settings, data) for _ in range(2))
    for win in (first, second):
        qtbot.addWidget(win)
        win.show()
    tick(first.show_tab("quote"), "Dere skaper helse")
    tick(second.show_tab("quote"), "Her haster det med å håpe")
    tick(first.show_tab("quote"), "Vi på Stortinget begynner å bli utålmodige")
    assert set(stored.load(data).keys) == {"borgen-skaper-helse", "thorkildsen-haster-hape",
                                          "toppe-utalmodige"}
    assert set(first.printing.model.keys()) == set(stored.load(data).keys)
    second.printing.model.remove_keys(["borgen-skaper-helse"])
    assert "borgen-skaper-helse" not in stored.load(data).keys


def test_quotes_this_edition_lacks_stay_in_the_file(window, tmp_path):
    data = Path(window.printing.data_dir)
    stored.save(data, stored.PrintSelection(["from-another-edition"]))
    model = window.printing.model
    model.selection = stored.load(data)
    model.add_ids([1])
    assert stored.load(data).keys[0] == "from-another-edition"
    assert "Not in this edition" in model.index(0).data()


def test_a_read_only_data_folder_warns_once_and_the_app_runs(qtbot, content, settings,
                                                             tmp_path, monkeypatch):
    from mtviewer.ui.main_window import MainWindow

    data = tmp_path / "ro-data"
    with small_disk(data, "64k", read_only=True) as make_read_only:
        make_read_only()
        told = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
        win = MainWindow(content, settings, data / "mtviewer")
        qtbot.addWidget(win)
        win.show()
        tab = win.show_tab("quote")
        tick(tab, "Dere skaper helse")
        tick(tab, "Her haster det med å håpe")
        qtbot.waitUntil(lambda: bool(told))
        qtbot.wait(50)
        assert len(told) == 1 and "will not be kept" in told[0]
        assert len(win.printing.model.keys()) == 2


def test_data_home_pointing_at_a_file_starts_without_a_traceback(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    env = {"QT_QPA_PLATFORM": "offscreen", "MTVIEWER_QUIT_AFTER_PAINT": "1",
           "XDG_DATA_HOME": str(tmp_path / "a-file"), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "HOME": str(tmp_path)}
    env.update({k: v for k, v in os.environ.items() if k == "PATH"})
    script = ("import sys; from PySide6.QtWidgets import QMessageBox; "
              "QMessageBox.warning = staticmethod(lambda *a: print('WARNED', flush=True)); "
              "from mtviewer.cli import main; sys.exit(main([]))")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "PAINTED" in result.stdout and result.stdout.count("WARNED") == 1
    assert "Traceback" not in result.stderr


def test_absurd_saved_states_are_ignored(qtbot, content, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from mtviewer.settings import Settings
    from mtviewer.ui.main_window import MainWindow

    huge = QMainWindow()
    huge.setGeometry(0, 0, 200_000, 200_000)
    settings = Settings(QSettings(str(tmp_path / "odd.ini"), QSettings.Format.IniFormat))
    settings.store.setValue("window/geometry", huge.saveGeometry())
    settings.store.setValue("window/state", QByteArray(b"\xff" * 100_000))
    settings.store.setValue("window/tab", "nonsense")
    settings.store.setValue("view/zoom", "1e308")
    settings.store.setValue("view/language", 42)
    for kind in ("event", "quote"):
        settings.store.setValue(f"tabs/{kind}/header", QByteArray(os.urandom(600)))
        settings.store.setValue(f"tabs/{kind}/splitter", QByteArray(b"\x00" * 5000))
    win = MainWindow(content, settings, tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    screen = win.screen().availableGeometry()
    assert win.width() <= screen.width() and win.height() <= screen.height()
    assert win.zoom.percent == 100
    tab = win.show_tab("quote")
    assert tab.view.horizontalHeader().count() == 5 and tab.model.rowCount() == 13


def test_write_bytes_replaces_only_a_complete_file(tmp_path):
    target = tmp_path / "kalender.ics"
    target.write_bytes(b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    with pytest.raises(SaveError) as caught:
        write_bytes(tmp_path / "nowhere" / "x.ics", b"x")
    assert caught.value.code == "missing-folder"


def test_a_broken_selection_file_does_not_stop_saving(tmp_path):
    (tmp_path / stored.FILENAME).write_text(json.dumps({"version": 1, "quotes": [1, 2]}))
    selection = stored.load(tmp_path)
    assert selection.set_aside is not None and selection.keys == []
    selection.add(["a"])
    stored.save(tmp_path, selection)
    assert stored.load(tmp_path).keys == ["a"]
    shutil.rmtree(tmp_path)
