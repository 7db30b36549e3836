"""Odd paths and odd input never hang or destroy: device nodes, pipes and sockets where a
file should be, '-', signals, names too long, bytes that are not UTF-8, a data folder that
leads to /. Each case: one line, its exit code, and nothing created, replaced or left behind.

Device nodes are made here with mknod (root only; those cases skip otherwise), never the
real /dev/full or /dev/null."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtviewer import cli, paths

from .conftest import CONTENT, REPO


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: its kind, and a file's size and modification time (a
    folder's own time changes when a file was made and removed in it: no trace is left)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        status = path.lstat()
        kind = stat.S_IFMT(status.st_mode)
        found[str(path.relative_to(folder))] = (kind, None if kind == stat.S_IFDIR else (
            status.st_size, status.st_mtime_ns))
    return found


def run(*args: str, cwd: Path | None = None, env: dict | None = None, stdout=None,
        **kwargs) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY",
                                                                   "WAYLAND_DISPLAY")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment.update(env or {})
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd,
                          env=environment, stdout=stdout or subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120, check=False, **kwargs)


def one_line(result: subprocess.CompletedProcess, code: int) -> str:
    stderr = result.stderr.decode() if isinstance(result.stderr, bytes) else result.stderr
    assert result.returncode == code, (result.returncode, stderr)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) <= 300 and "Traceback" not in stderr, lines
    return lines[0]


def special(folder: Path, kind: str) -> Path:
    """A device node, a pipe or a socket named ``kind`` in ``folder``."""
    path = folder / kind
    if kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 7))  # what /dev/full is
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()  # the socket file stays
    return path


KINDS = ["device", "fifo", "socket"]


@pytest.mark.parametrize("kind", KINDS)
def test_build_db_never_writes_to_or_replaces_a_special_file(tmp_path, kind):
    target = special(tmp_path, kind)
    before = snapshot(tmp_path)
    line = one_line(run("build-db", str(CONTENT), str(target)), 1)
    assert line == f"error: {target} was not written: it is not a regular file"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", KINDS)
def test_print_quotes_never_writes_to_or_replaces_a_special_file(seed_db, tmp_path, kind):
    (tmp_path / "out").mkdir()
    target = special(tmp_path / "out", kind)
    before = snapshot(tmp_path / "out")
    line = one_line(run("print-quotes", "--db", str(seed_db), "--ids", "1", "--pdf",
                        str(target)), 1)
    assert line.endswith("it is not a regular file; nothing was written.")
    assert snapshot(tmp_path / "out") == before


def test_pdf_dash_writes_the_pdf_to_standard_output(seed_db, tmp_path):
    before = snapshot(tmp_path)
    result = run("print-quotes", "--db", str(seed_db), "--ids", "1,2", "--pdf", "-",
                 "--pdfa", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-1.4") and result.stdout.rstrip().endswith(b"%%EOF")
    assert b"pdfaid:part=\"1\"" in result.stdout and b"/Lang (nb)" in result.stdout
    assert result.stderr.decode().strip() == ("Wrote the PDF to standard output: 2 quotes on "
                                              "1 page, handout layout, PDF/A-1b.")
    assert snapshot(tmp_path) == before  # no file named '-', no temporary file


def test_pdf_dash_to_a_terminal_is_refused(seed_db, tmp_path):
    import pty

    before = snapshot(tmp_path)
    leader, follower = pty.openpty()
    try:
        result = run("print-quotes", "--db", str(seed_db), "--ids", "1", "--pdf", "-",
                     cwd=tmp_path, stdout=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert "standard output, which is a terminal" in one_line(result, 2)
    assert snapshot(tmp_path) == before


def test_build_db_to_dash_is_refused(tmp_path):
    line = one_line(run("build-db", str(CONTENT), "-", cwd=tmp_path), 2)
    assert "cannot write a database to standard output" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_a_print_leaves_no_temporary_file(tmp_path, number):
    from mtviewer.compiler.synthetic import build_synthetic

    db = tmp_path / "many.sqlite"
    build_synthetic(3_000, db)
    out = tmp_path / "out"
    out.mkdir()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                                str(db), "--ids", ",".join(map(str, range(1, 3001))),
                                "--layout", "poster", "--pdf", str(out / "posters.pdf")],
                               env=environment, stderr=subprocess.PIPE)
    def being_written() -> bool:  # not the writability probe made and removed before it
        return any(p.name.startswith(".posters.pdf.") for p in out.iterdir())

    deadline = time.monotonic() + 60
    while not being_written() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    ended = process.poll() is not None  # its stderr can be read without waiting
    assert being_written(), (process.poll(), process.stderr.read() if ended else "")
    time.sleep(0.3)
    process.send_signal(number)
    process.wait(timeout=60)
    assert process.returncode == -number  # ended as the signal ends a process
    assert list(out.iterdir()) == []


def test_a_pipe_as_the_print_selection_is_never_opened(tmp_path):
    from mtviewer.files import SaveError
    from mtviewer.printing import selection as stored

    folder = tmp_path / "data"
    folder.mkdir()
    special(folder, "fifo").rename(folder / stored.FILENAME)
    before = snapshot(folder)
    loaded = stored.load(folder)  # would wait for a writer forever if it opened the pipe
    assert loaded.keys == [] and loaded.set_aside is None
    loaded.add(["borgen-skaper-helse"])
    with pytest.raises(SaveError) as caught:
        stored.save(folder, loaded)
    assert caught.value.code == "special"
    assert {k: v for k, v in snapshot(folder).items() if k != ".print-selection.lock"} == before


def test_the_window_opens_with_pipes_for_settings_selection_and_log(seed_db, tmp_path):
    """Every file the window reads at start a pipe: it opens all the same, within seconds."""
    config, data, state = tmp_path / "config", tmp_path / "data", tmp_path / "state"
    for folder in (config / "mtviewer", data / "mtviewer" / "mtviewer",
                   state / "mtviewer" / "mtviewer" / "logs"):
        folder.mkdir(parents=True)
    os.mkfifo(config / "mtviewer" / "mtviewer.conf")  # the user's settings
    os.mkfifo(config / "mtviewer.conf")  # a fallback Qt itself would read
    os.mkfifo(data / "mtviewer" / "mtviewer" / "print-selection.json")
    os.mkfifo(state / "mtviewer" / "mtviewer" / "logs" / "mtviewer.log")
    before = snapshot(tmp_path)
    result = run("--db", str(seed_db), "--lang", "en", env={
        "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(data),
        "XDG_STATE_HOME": str(state), "HOME": str(tmp_path), "MTVIEWER_QUIT_AFTER_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert b"PAINTED" in result.stdout
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if k in before} == before
    assert not [k for k in after if k not in before and "mtviewer-settings" in k]


def test_settings_are_not_kept_from_a_pipe_and_the_window_says_so(tmp_path, monkeypatch):
    from mtviewer.settings_files import user_settings

    folder = tmp_path / "config" / "mtviewer"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "mtviewer.conf")
    settings, unkept = user_settings()
    assert unkept == folder / "mtviewer.conf"
    settings.setValue("view/zoom", 150)
    settings.sync()
    assert stat.S_ISFIFO(os.stat(folder / "mtviewer.conf").st_mode)
    assert Path(settings.fileName()).parent != folder


def test_open_recent_greys_what_cannot_be_opened_and_says_why(window, seed_db, tmp_path,
                                                             monkeypatch):
    from mtviewer.ui import recent as recent_menu

    long_name = tmp_path / ("å" * 200 + ".sqlite")  # 400 bytes: more than a name may have
    locked = tmp_path / "locked" / "content.sqlite"
    pipe = special(tmp_path, "fifo")
    for path in (long_name, locked, pipe, seed_db):
        window.door.recent.add(path)
    real_stat = os.stat

    def stat_(path, *args, **kwargs):  # root enters any folder: play a user who cannot
        if str(path).startswith(str(locked.parent)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)
    monkeypatch.setattr(recent_menu.os, "stat", stat_)
    menu = window.actions_by_name["recent"].menu()
    menu.aboutToShow.emit()
    entries = {a.text().split(" ", 1)[1]: a for a in menu.actions()
               if a.text().startswith("&") and not a.isSeparator()}
    assert entries[f"{pipe} (not a file)"].isEnabled() is False
    assert entries[f"{locked} (no permission to open its folder)"].isEnabled() is False
    assert entries[f"{long_name} (name too long)"].isEnabled() is False
    assert entries[f"{long_name} (name too long)"].toolTip() == (
        "This file cannot be opened: name too long")
    forget = next(a for a in menu.actions() if a.text() == "Forget files that cannot be opened")
    forget.trigger()
    assert window.door.recent.paths() == [seed_db]


def test_a_database_name_longer_than_the_file_system_allows_is_one_line(tmp_path):
    name = tmp_path / ("x" * 300 + ".sqlite")
    before = snapshot(tmp_path)
    line = one_line(run("print-quotes", "--db", str(name), "--ids", "1", "--pdf",
                        str(tmp_path / "o.pdf")), 1)
    assert line.endswith("its name is longer than the file system allows; nothing was "
                         "written.")
    assert snapshot(tmp_path) == before


def test_a_pdf_name_longer_than_the_file_system_allows_is_one_line(seed_db, tmp_path):
    before = snapshot(tmp_path)
    line = one_line(run("print-quotes", "--db", str(seed_db), "--ids", "1", "--pdf",
                        str(tmp_path / ("ø" * 200 + ".pdf"))), 1)
    assert line.endswith("the name is too long; nothing was written.")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("args", [
    ("print-quotes", "--ids", "1", "--title", b"Klinikk \xff".decode("utf-8", "surrogateescape"),
     "--pdf", "out.pdf"),
    ("keygen", "key", "--comment", b"n\xe6r".decode("utf-8", "surrogateescape")),
    ("--db", b"/tmp/\xfe.sqlite".decode("utf-8", "surrogateescape")),
])
def test_arguments_that_are_not_utf8_are_refused_in_one_line(tmp_path, args):
    before = snapshot(tmp_path)
    raw = [os.fsencode(a) for a in args]
    result = subprocess.run([sys.executable, str(REPO / "main.py"), *raw], cwd=tmp_path,
                            capture_output=True, timeout=60, check=False)
    line = one_line(result, 2)
    assert "is not UTF-8 text; nothing was done." in line and "\\x" in line
    assert snapshot(tmp_path) == before


def test_keygen_writes_both_key_files_or_neither(tmp_path, monkeypatch):
    from mtviewer.editions import keys

    real_open, opened = os.open, []

    def failing_open(path, *args, **kwargs):  # the disk fills after the private key
        opened.append(path)
        if str(path).endswith(".pub"):
            raise OSError(28, "No space left on device", str(path))
        return real_open(path, *args, **kwargs)
    monkeypatch.setattr(keys.os, "open", failing_open)
    assert cli.main(["keygen", str(tmp_path / "key")]) == 1
    assert len(opened) == 2 and list(tmp_path.iterdir()) == []


def test_a_data_folder_that_leads_to_root_is_refused(tmp_path, monkeypatch):
    data = tmp_path / "data" / "mtviewer"
    data.mkdir(parents=True)
    (data / "mtviewer").symlink_to("/")
    before = sorted(os.listdir("/"))
    assert paths.data_folder_problem(paths.user_data_dir()) is not None
    result = run("edition", "install", str(tmp_path / "feed"), env={
        "XDG_DATA_HOME": str(tmp_path / "data")})
    line = one_line(result, 1)
    assert "cannot be used: it leads to /, which is not a folder of mtviewer's own" in line
    assert sorted(os.listdir("/")) == before
    from mtviewer.printing import selection as stored

    assert not stored.usable(paths.user_data_dir())  # the window keeps the selection in memory
    assert paths.data_folder_problem(tmp_path / "fine") is None


def test_relative_xdg_folders_are_ignored_by_the_command_line_as_by_qt(tmp_path, qapp,
                                                                      monkeypatch):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "relative:/etc/xdg")
    monkeypatch.setenv("HOME", str(tmp_path))
    qapp.setOrganizationName("mtviewer")
    qapp.setApplicationName("mtviewer")
    qt = QStandardPaths.writableLocation
    assert paths.user_data_dir() == tmp_path / ".local/share/mtviewer/mtviewer"
    assert str(paths.user_data_dir()) == qt(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert str(paths.user_state_dir()) == qt(QStandardPaths.StandardLocation.StateLocation)
    assert paths.user_settings_file() == tmp_path / ".config/mtviewer/mtviewer.conf"
    assert paths.system_settings_file() == Path("/etc/xdg/mtviewer/mtviewer.ini")
    from mtviewer import desktop

    assert desktop.data_home() == tmp_path / ".local/share"


def test_build_db_outside_a_checkout_needs_source_and_out(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "in_checkout", lambda: False)
    shipped = paths.default_database().read_bytes()
    assert cli.main(["build-db"]) == 2
    assert cli.main(["build-db", str(CONTENT)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "build-db needs SOURCE and OUT" in err[0]
    assert paths.default_database().read_bytes() == shipped
    assert cli.main(["build-db", str(CONTENT), str(tmp_path / "out.sqlite")]) == 0


def test_help_documents_the_exit_codes():
    for args in (["--help"], ["print-quotes", "--help"], ["build-db", "--help"]):
        result = subprocess.run([sys.executable, str(REPO / "main.py"), *args],
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0
        assert "1    failure" in result.stdout and "2    bad usage" in result.stdout


def test_an_unexpected_problem_is_one_line_exit_1_and_logged_in_the_state_folder(
        tmp_path, monkeypatch, capsys):
    def broken(_argv):
        raise RuntimeError("something nobody foresaw")
    monkeypatch.setattr(cli, "_main", broken)
    assert cli.main(["--version"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    log = tmp_path / "state" / "mtviewer" / "mtviewer" / "logs" / "mtviewer.log"
    assert err == [f"mtviewer: unexpected problem: RuntimeError: something nobody foresaw "
                   f"(details in {log})"]
    assert "Traceback" in log.read_text() and "something nobody foresaw" in log.read_text()


def test_the_window_logs_to_qts_state_location(qapp):
    from PySide6.QtCore import QStandardPaths

    from mtviewer import paths

    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    assert paths.log_dir() == Path(state) / "logs"  # worked out without Qt, as Qt has it
    assert "/state/" in str(paths.log_dir())
