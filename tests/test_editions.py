"""Signed editions: publish, install from a folder or a web server, roll back, refuse."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtviewer import cli, files, paths
from mtviewer.content import open_content
from mtviewer.editions import install as installing
from mtviewer.editions.errors import EditionError
from mtviewer.editions.feed import FEED_NAME, SIDECAR, parse_feed, read_feed
from mtviewer.editions.install import install, resolve, use
from mtviewer.editions.store import Store, default_database, provenance

from .damage import small_disk
from .editions_helpers import make_key, publish_version, store_files, web_server


@pytest.fixture
def key(tmp_path):
    return make_key(tmp_path / "keys")


@pytest.fixture
def feed(tmp_path, content_dir, key):
    """A feed folder with editions 1.0 and 1.1 of the real content."""
    folder = tmp_path / "feed"
    publish_version(content_dir, folder, key, "1.0")
    publish_version(content_dir, folder, key, "1.1")
    return folder


def install_from(location: str, version: str | None = None, **kwargs):
    entry, address = resolve(location, version)
    return install(Store.user(), entry, address, **kwargs)


def test_publish_writes_a_signed_feed_newest_first(feed):
    entries = read_feed(str(feed))
    assert [e.version for e in entries] == ["1.1", "1.0"]
    newest = entries[0]
    data = (feed / newest.file).read_bytes()
    assert newest.size == len(data) and newest.counts["quote"] == 12
    assert newest.name == "Musikkterapi i rus og psykisk helse" and newest.date == "2026-12-01"
    assert json.loads((feed / (newest.file + SIDECAR)).read_text())["sha256"] == newest.sha256


def test_republishing_a_version_with_other_content_is_refused(feed, content_dir, key):
    before = (feed / FEED_NAME).read_bytes()
    path = content_dir / "edition.toml"
    path.write_text(path.read_text().replace("2026-12-01", "2026-12-02"))
    with pytest.raises(EditionError, match="already published .* raise the version"):
        publish_version(content_dir, feed, key, "1.1")
    assert (feed / FEED_NAME).read_bytes() == before


def test_install_from_a_folder_feed_makes_it_the_default(feed):
    path = install_from(str(feed))
    assert default_database() == path
    assert provenance(path)[0] == "installed"
    content = open_content(path)
    assert content.about().version == "1.1"
    content.close()


def test_install_from_a_web_server_and_roll_back(feed):
    with web_server(feed) as address:
        first = install_from(address, "1.0")
        second = install_from(address + FEED_NAME)
    assert default_database() == second
    listed = {e.entry.version: e for e in Store.user().installed()}
    assert listed["1.1"].current and listed["1.0"].previous  # the previous one is kept
    assert use(Store.user(), "1.0") == first and default_database() == first
    assert use(Store.user(), "shipped") is None
    assert default_database() == paths.default_database()


def test_a_single_file_installs_with_its_signed_description(feed):
    path = install_from(str(feed / "mtviewer-1.0.sqlite"))
    assert open_content(path).about().version == "1.0"


def _tamper_file(feed, address):
    path = feed / "mtviewer-1.1.sqlite"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _tamper_feed(feed, address):
    path = feed / FEED_NAME
    path.write_text(path.read_text().replace('"quote": 12', '"quote": 13'))


def _cut_file(feed, address):
    path = feed / "mtviewer-1.1.sqlite"
    path.write_bytes(path.read_bytes()[:4096])


def _wrong_key(feed, address):
    """Edition 1.1 signed again by a key nobody trusts."""
    other = make_key(feed.parent / "other", "stranger", trusted=False)
    from mtviewer.editions.publish import publish

    source = feed.parent / "content"
    (feed / FEED_NAME).unlink()
    (feed / "mtviewer-1.1.sqlite").unlink()
    publish(source, feed, other)


REFUSED = {
    "a tampered file": (_tamper_file, "checksum", "SHA-256 differs"),
    "a tampered feed": (_tamper_feed, "bad-signature", "changed after it was signed"),
    "a wrong key": (_wrong_key, "unknown-key", "does not trust"),
    "a truncated file": (_cut_file, "truncated", "cut short"),
}


@contextmanager
def current_edition_kept(feed: Path):
    """Edition 1.0 is in use; after the block it still is, it opens, and the store holds
    exactly what it held before."""
    current = install_from(str(feed), "1.0")
    before = store_files(Store.user().root)
    yield
    assert store_files(Store.user().root) == before
    assert default_database() == current
    assert open_content(current).about().version == "1.0"


@pytest.mark.parametrize("over", ["folder", "web"])
@pytest.mark.parametrize("case", REFUSED)
def test_refused_editions_leave_the_current_one_as_it_was(feed, case, over):
    spoil, code, message = REFUSED[case]
    with current_edition_kept(feed):
        spoil(feed, None)
        with web_server(feed) as address:
            with pytest.raises(EditionError, match=message) as caught:
                install_from(str(feed) if over == "folder" else address, "1.1")
    assert caught.value.code == code


def test_a_download_cut_short_by_the_server_is_refused(feed):
    with current_edition_kept(feed), web_server(feed, cut={"mtviewer-1.1.sqlite"}) as address:
        with pytest.raises(EditionError, match="cut short") as caught:
            install_from(address, "1.1")
    assert caught.value.code == "truncated"


def test_a_full_disk_is_refused_with_its_reason(feed, monkeypatch):
    real_fetch = installing.fetch

    def fill_disk(address, out, entry, *args):
        real_fetch(address, out, entry, *args)
        raise OSError(errno.ENOSPC, "No space left on device")
    with current_edition_kept(feed), monkeypatch.context() as patched:
        patched.setattr(installing, "fetch", fill_disk)
        with pytest.raises(EditionError, match="the disk is full") as caught:
            install_from(str(feed), "1.1")
    assert caught.value.code == "disk"


def test_a_really_full_disk_is_refused_and_the_current_edition_kept(feed):
    with small_disk(Store.user().root, "1000k"):  # room for one edition, not two
        with current_edition_kept(feed), pytest.raises(EditionError,
                                                        match="the disk is full") as caught:
            install_from(str(feed), "1.1")
    assert caught.value.code == "disk"


def test_an_interrupted_install_changes_nothing(feed, monkeypatch):
    real_write = files.write_bytes

    def die_at_the_state(path, data):
        if path.name == "state.json":
            raise KeyboardInterrupt  # the process stopped just before the new one took over
        real_write(path, data)
    with current_edition_kept(feed), monkeypatch.context() as patched:
        patched.setattr(files, "write_bytes", die_at_the_state)
        with pytest.raises(KeyboardInterrupt):
            install_from(str(feed), "1.1")


def test_killing_the_installer_mid_download_keeps_the_edition_in_use(feed):
    current = install_from(str(feed), "1.0")
    incoming = Store.user().folder("1.1")
    with web_server(feed, slow={"mtviewer-1.1.sqlite"}) as address:
        installer = subprocess.Popen(  # the real command, in a process of its own
            [sys.executable, "-m", "mtviewer", "edition", "install", address],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while not any(p.stat().st_size for p in incoming.glob(".*.tmp")):
                assert time.monotonic() < deadline and installer.poll() is None
                time.sleep(0.05)
        finally:
            installer.kill()  # SIGKILL: no clean-up runs
            installer.wait(30)
    assert list(incoming.glob(".*.tmp"))  # half a download was left…
    assert default_database() == current  # …and is not what opens
    assert open_content(current).about().version == "1.0"
    install_from(str(feed), "1.1")
    assert sorted(p.name for p in Store.user().root.iterdir()) == ["1.0", "1.1", "state.json"]
    assert list(incoming.glob(".*.tmp")) == []


def test_what_a_killed_install_left_is_never_opened_and_is_tidied(feed):
    current = install_from(str(feed), "1.0")
    left = Store.user().folder("1.1")
    left.mkdir()
    (left / "mtviewer.sqlite").write_bytes(b"half an edition")
    assert default_database() == current
    install_from(str(feed), "1.1")
    assert sorted(p.name for p in Store.user().root.iterdir()) == ["1.0", "1.1", "state.json"]


def test_cancelling_leaves_nothing_behind(feed):
    with pytest.raises(EditionError) as caught:
        install_from(str(feed), cancelled=lambda: True)
    assert caught.value.code == "cancelled"
    assert store_files(Store.user().root) == []
    assert default_database() == paths.default_database()


def test_an_unsigned_file_cannot_be_installed(seed_db):
    with pytest.raises(EditionError, match="only be opened unverified with --db"):
        resolve(str(seed_db))
    assert provenance(seed_db)[0] == "unverified"


def test_the_shipped_publisher_key_is_trusted():
    from mtviewer.editions.keys import trusted_keys

    shipped = [k for k in trusted_keys().values() if k.path.parent == paths.shipped_keys_dir()]
    assert [k.comment for k in shipped] == ["mtviewer project publisher"]


def test_keygen_keeps_the_private_key_private_and_never_overwrites(tmp_path, capsys):
    target = tmp_path / "k.key"
    assert cli.main(["keygen", str(target)]) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert (tmp_path / "k.key.pub").read_text().startswith("ed25519 ")
    before = target.read_bytes()
    assert cli.main(["keygen", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err and target.read_bytes() == before


def test_command_line_install_list_use(feed, capsys):
    assert cli.main(["edition", "install", str(feed), "--version", "1.0"]) == 0
    assert cli.main(["edition", "install", str(feed)]) == 0
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert "now the default" in out and "* 1.1" in out and "previous 1.0" in out
    assert cli.main(["edition", "use", "9.9"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not installed" in err
    assert cli.main(["edition", "install", str(feed)]) == 1
    assert "already in use" in capsys.readouterr().err


def test_an_administrator_installs_for_every_user(feed, tmp_path):
    assert cli.main(["edition", "install", str(feed), "--system"]) == 0
    system = Store.system().current()
    assert system is not None and str(system.database).startswith(str(tmp_path / "system"))
    assert default_database() == system.database  # a user without their own edition
    assert provenance(system.database)[0] == "installed"


def test_the_status_bar_shows_the_edition_and_whether_it_was_verified(window, feed,
                                                                      open_window):
    assert window.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 1.0 of 1 December 2026 · unverified"
    win = open_window(install_from(str(feed)))
    assert win.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 1.1 of 1 December 2026"
    assert "verified: installed from an edition signed" in win.edition_label.toolTip()


def test_the_app_opens_the_installed_edition_else_the_shipped_one(qtbot, feed, settings):
    from mtviewer import app

    path = install_from(str(feed))
    window = app.start(None, "en", settings)
    qtbot.addWidget(window)
    assert window.content.location == path
    window.content.close()
    path.write_bytes(b"\0" * path.stat().st_size)  # damaged in place, size unchanged
    window = app.start(None, "en", settings)
    qtbot.addWidget(window)
    assert window.content.location == paths.default_database()
    window.content.close()


def test_editions_for_another_schema_are_not_offered(feed, monkeypatch):
    from mtviewer.content import schema

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(EditionError, match="lists no edition this version of mtviewer reads"):
        resolve(str(feed))


def test_a_feed_naming_a_file_outside_its_folder_is_refused(feed):
    path = feed / FEED_NAME
    path.write_text(path.read_text().replace('"mtviewer-1.1.sqlite"', '"../../secret"'))
    with pytest.raises(EditionError, match="file name '../../secret' is not allowed"):
        resolve(str(feed))


def test_publish_refuses_a_public_key_or_bad_source_in_one_line(tmp_path, content_dir, key,
                                                                capsys):
    out = tmp_path / "new-feed"
    public = key.with_name(key.name + ".pub")
    assert cli.main(["publish", str(content_dir), str(out), "--key", str(public)]) == 1
    assert "is not an mtviewer private key file" in capsys.readouterr().err
    (content_dir / "edition.toml").write_text('date = 2026-11-23\nversion = "x"\n')
    assert cli.main(["publish", str(content_dir), str(out), "--key", str(key)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "edition.toml: name: expected text" in err
    assert not (out / FEED_NAME).exists()


def test_a_signed_version_that_is_not_numbers_is_refused(feed):
    path = feed / FEED_NAME
    path.write_text(path.read_text().replace('"version": "1.1"', '"version": "../../1.1"'))
    with pytest.raises(EditionError, match="version '../../1.1' is not numbers and dots"):
        resolve(str(feed))
    assert Store.user().read("../..") is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)
feed_like = st.fixed_dictionaries({"format": st.just("mtviewer-editions"),
                                   "editions": st.lists(json_values, max_size=3)})


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, feed_like).map(json.dumps).map(str.encode)
       | st.binary(max_size=200) | st.just(b"[" * 100_000))
def test_any_feed_is_read_or_refused_never_crashes(raw):
    try:
        entries = parse_feed(raw, "feed")
    except EditionError as exc:
        assert exc.code == "feed"
    else:
        assert entries == []  # nothing generated here is a valid entry


def test_print_quotes_uses_the_installed_edition(tmp_path, content_dir, key, capsys):
    from .conftest import add_records

    add_records(content_dir, "quotes.toml", '''
[[quote]]
id = "ny-i-utgave-2"
text = "Trommene gir meg ro"
speaker_label = "En bruker"
sources = ["fagradet-populart-toppmote"]
''')
    publish_version(content_dir, tmp_path / "feed2", key, "2.0")
    out = tmp_path / "ro.pdf"
    args = ["print-quotes", "--search", "trommene", "--pdf", str(out)]
    assert cli.main(args) == 1 and not out.exists()  # the shipped edition lacks it
    install_from(str(tmp_path / "feed2"))
    assert cli.main(args) == 0 and out.exists()
