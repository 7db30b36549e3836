"""The store of installed editions: it never deletes what it did not create, never follows
a symlink when cleaning up, takes one installation at a time, and 'verified' is about the
bytes (changed and planted files are found out)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mtviewer import cli, files, paths
from mtviewer.content import open_content
from mtviewer.editions import client
from mtviewer.editions.errors import EditionError
from mtviewer.editions.fetcher import Job
from mtviewer.editions.store import Store
from mtviewer.editions.verify import CHANGED, UNSIGNED, default_database, provenance

from .damage import small_disk
from .editions_helpers import make_key, publish_version, snapshot, web_server


@pytest.fixture
def feed(tmp_path, content_dir):
    folder = tmp_path / "feed"
    key = make_key(tmp_path / "keys")
    for version in ("2.0", "2.1", "2.2"):
        publish_version(content_dir, folder, key, version)
    return folder


def install_from(location, version=None, job=None) -> Path:
    return client.install(str(location), Store.user(), job or Job(), version)[1]


def foreign_files(root: Path) -> dict[str, str]:
    """What IT keeps on the disk beside the editions: a version-named folder of their own,
    a photo, a file at the top, a folder holding a link to more."""
    (root / "photos").mkdir(parents=True)
    (root / "photos" / "clinic.jpg").write_bytes(b"\xff\xd8 not really a photo")
    (root / "3.0").mkdir()
    (root / "3.0" / "notes.txt").write_text("IT's own notes, in a folder named like a version")
    (root / "keep.txt").write_text("keep me")
    return snapshot(root)


def test_a_symlinked_editions_folder_loses_nothing_at_its_target(feed, tmp_path):
    """The data-loss bug: clean-up used to delete every folder at the link's target."""
    bigdisk = tmp_path / "bigdisk"
    before = foreign_files(bigdisk)
    store = Store.user().root
    store.parent.mkdir(parents=True, exist_ok=True)
    store.symlink_to(bigdisk, target_is_directory=True)  # IT moved it to a bigger disk
    for version in ("2.0", "2.1", "2.2"):
        install_from(feed, version)
    after = snapshot(bigdisk)
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(p.name for p in bigdisk.iterdir()) == [
        ".lock", "2.1", "2.2", "3.0", "keep.txt", "photos", "state.json"]
    assert store.is_symlink() and default_database() == store / "2.2" / "mtviewer.sqlite"


def test_a_version_folder_that_is_a_symlink_is_never_written_through(feed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "mtviewer.sqlite").write_bytes(b"someone else's file")
    install_from(feed, "2.0")
    store = Store.user().root
    (store / "2.1").symlink_to(elsewhere, target_is_directory=True)
    before, outside = snapshot(store), snapshot(elsewhere)
    with pytest.raises(EditionError, match="is in the way and was not made by mtviewer") as caught:
        install_from(feed, "2.1")
    assert caught.value.code == "in-the-way"
    assert snapshot(store) == before and snapshot(elsewhere) == outside


def test_clean_up_never_follows_a_symlinked_or_foreign_folder(feed, tmp_path):
    important = tmp_path / "important"
    important.mkdir()
    (important / "mtviewer.sqlite").write_bytes(b"not ours")
    store = Store.user().root
    store.mkdir(parents=True)
    (store / "1.5").symlink_to(important, target_is_directory=True)
    install_from(feed, "2.0")
    (store / "2.0" / "my-notes.txt").write_text("a user's own file in an edition folder")
    before = snapshot(important)
    install_from(feed, "2.1")
    install_from(feed, "2.2")  # 2.0 is no longer kept: it would be tidied, were it all ours
    assert snapshot(important) == before and (store / "1.5").is_symlink()
    assert (store / "2.0" / "my-notes.txt").exists()
    assert (store / "2.0" / "mtviewer.sqlite").exists()  # left whole: not all of it is ours


def test_a_second_install_while_one_runs_is_refused_and_changes_nothing(feed):
    install_from(feed, "2.0")
    store = Store.user()
    before = snapshot(store.root)
    holder = Store.user()
    with holder.locked():  # another installation (another window, IT's script) is running
        with pytest.raises(EditionError, match="another installation .* is running") as caught:
            install_from(feed, "2.1")
    assert caught.value.code == "busy"
    assert snapshot(store.root) == before


def test_two_installs_at_once_one_wins_and_the_other_is_refused(feed):
    install_from(feed, "2.0")
    results: dict[str, object] = {}

    def run(version: str) -> None:
        try:
            results[version] = install_from(address, version)
        except EditionError as exc:
            results[version] = exc

    with web_server(feed, slow={".mtviewer-2.1.sqlite", ".mtviewer-2.2.sqlite"}) as address:
        first = threading.Thread(target=run, args=("2.1",))
        first.start()
        deadline = time.monotonic() + 30
        while not any(p.name.startswith(".incoming-") for p in Store.user().root.iterdir()):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        run("2.2")
        first.join(60)
    assert isinstance(results["2.2"], EditionError) and results["2.2"].code == "busy"
    assert results["2.1"] == Store.user().root / "2.1" / "mtviewer.sqlite"  # not disturbed
    assert open_content(results["2.1"]).about().version == "2.1"
    assert sorted(p.name for p in Store.user().root.iterdir()) == [
        ".lock", "2.0", "2.1", "state.json"]


def test_killing_the_installer_mid_download_keeps_the_edition_in_use(feed):
    current = install_from(feed, "2.0")
    with web_server(feed, slow={".mtviewer-2.1.sqlite"}) as address:
        installer = subprocess.Popen(  # the real command, in a process of its own
            [sys.executable, "-m", "mtviewer", "edition", "install", address,
             "--version", "2.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while not list(Store.user().root.glob(".incoming-*")):
                assert time.monotonic() < deadline and installer.poll() is None
                time.sleep(0.05)
            while not any(f.is_file() and f.stat().st_size
                          for f in Store.user().root.glob(".incoming-*/*")):
                assert time.monotonic() < deadline and installer.poll() is None
                time.sleep(0.05)  # until part of the edition has arrived
        finally:
            installer.kill()  # SIGKILL: no clean-up runs
            installer.wait(30)
    assert list(Store.user().root.glob(".incoming-*"))  # a half-made folder was left…
    assert default_database() == current  # …and is not what opens
    install_from(feed, "2.1")
    assert sorted(p.name for p in Store.user().root.iterdir()) == [
        ".lock", "2.0", "2.1", "state.json"]


def test_an_install_stopped_just_before_it_takes_over_changes_nothing(feed, monkeypatch):
    current = install_from(feed, "2.0")
    before = snapshot(Store.user().root)
    real_write = files.write_bytes

    def die_at_the_state(path, data):
        if path.name == "state.json":
            raise KeyboardInterrupt  # the process stopped just before the new one took over
        real_write(path, data)
    with monkeypatch.context() as patched:
        patched.setattr(files, "write_bytes", die_at_the_state)
        with pytest.raises(KeyboardInterrupt):
            install_from(feed, "2.1")
    assert snapshot(Store.user().root) == before and default_database() == current


def test_a_really_full_disk_is_refused_and_the_current_edition_kept(feed):
    with small_disk(Store.user().root, "1700k"):  # room for one edition, not two
        current = install_from(feed, "2.0")
        before = snapshot(Store.user().root)
        with pytest.raises(EditionError, match="the disk is full") as caught:
            install_from(feed, "2.1")
        assert caught.value.code == "disk"
        assert snapshot(Store.user().root) == before and default_database() == current


def _change_one_byte(path: Path, keep_mtime: bool = True) -> None:
    """Flip one bit of a letter in a stored text near the middle of the file: the bytes
    change and the database still opens. (The byte at the very middle may be a page's
    header, depending on how large the content is; changing that makes the file malformed,
    which the damage tests cover.)"""
    stat = path.stat()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    at = data.find(b"musikkterapi", middle)
    at = at if at >= 0 else data.rindex(b"musikkterapi", 0, middle)
    data[at] ^= 0x01  # 'm' -> 'l'
    path.write_bytes(bytes(data))
    if keep_mtime:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_changed_installed_edition_is_never_shown_as_verified(feed, capsys):
    previous = install_from(feed, "2.0")
    changed = install_from(feed, "2.1")
    _change_one_byte(changed)  # same size, same modification time
    found = provenance(changed)
    assert found.origin == "unverified" and found.verdict == CHANGED
    assert default_database() == previous  # the user's newest verified one, else…
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert "2.1" in out and "[UNVERIFIED: changed since it was installed]" in out
    assert "Edition 2.1 in" in out and "is not opened: changed since it was installed." in out


def test_a_planted_database_is_never_shown_as_verified(feed, seed_db, capsys):
    before = install_from(feed, "2.0")
    store = Store.user().root
    planted = store / "9.9"
    planted.mkdir()
    shutil.copy(seed_db, planted / "mtviewer.sqlite")
    real = json.loads((store / "2.0" / "edition.json").read_text())
    forged = {**real, "target": "mtviewer-9.9.sqlite", "length": seed_db.stat().st_size,
              "custom": {**real["custom"], "version": "9.9", "name": "Planted"}}
    (planted / "edition.json").write_text(json.dumps(forged))
    shutil.copy(store / "2.0" / "targets.json", planted / "targets.json")
    (store / "state.json").write_text(json.dumps({"current": "9.9", "previous": "2.0"}))
    found = provenance(planted / "mtviewer.sqlite")
    assert found.origin == "unverified" and found.verdict == UNSIGNED
    assert default_database() == before  # the planted one is not opened
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert "9.9" in out and "[UNVERIFIED: not signed]" in out
    assert "Planted" not in out  # an unverified description is not shown as the publisher's


def test_a_change_the_quick_check_misses_is_found_in_the_background(feed, qtbot, settings,
                                                                   monkeypatch):
    """The cache is forged to pass; the full check after the first paint finds the bytes
    changed, marks the edition unverified and says so."""
    from mtviewer import app
    from mtviewer.editions import verify
    from mtviewer.ui.editions import background

    path = install_from(feed, "2.1")
    _change_one_byte(path)
    cache_file = paths.user_data_dir() / verify.CACHE
    cache = json.loads(cache_file.read_text())
    st = path.stat()
    cache[str(path)][:4] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
    cache_file.write_text(json.dumps(cache))
    monkeypatch.setattr(background, "DELAY_MS", 0)
    window = app.start(None, "en", settings)
    qtbot.addWidget(window)
    assert window.content.location == path  # the quick check let it through…
    qtbot.waitUntil(lambda: "unverified" in window.edition_label.text(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith(
        "Edition 2.1 was changed after it was installed: it is shown as unverified.")
    assert "changed after it was installed" in window.edition_label.toolTip()
    window.content.close()


@pytest.mark.parametrize("state", ["nested", "fifo", "device", "huge"])
def test_a_hostile_state_file_does_not_stop_the_app_from_starting(feed, qtbot, settings,
                                                                   state, tmp_path):
    from mtviewer import app

    install_from(feed, "2.0")
    path = Store.user().root / "state.json"
    path.unlink()
    if state == "nested":
        path.write_text("[" * 100_000 + "]" * 100_000)
    elif state == "fifo":
        os.mkfifo(path)
    elif state == "device":
        os.mknod(path, 0o600 | 0o020000, os.makedev(1, 5))  # a character device, like /dev/zero
    else:
        path.write_bytes(b" " * (1 << 20))
    started = time.monotonic()
    window = app.start(None, "en", settings)
    qtbot.addWidget(window)
    assert time.monotonic() - started < 10
    assert window.content.location == paths.default_database()
    window.content.close()
