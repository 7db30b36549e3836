"""Attacks on content editions, as a health trust's IT department and someone on its network
would try them: rollback, freeze, mix-and-match, endless data, slow retrieval, key rotation,
FIFOs and devices, hostile servers, and the administrator's trust against the user's.

Each test checks the message and that the store (and what the app opens) is unchanged.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from mtviewer import cli
from mtviewer.editions import client, fetcher, in_use
from mtviewer.editions.errors import EditionError
from mtviewer.editions.fetcher import Job
from mtviewer.editions.store import Store
from mtviewer.editions.verify import default_database

from .editions_helpers import (
    hostile_server,
    make_key,
    publish_target,
    publish_version,
    snapshot,
    trust,
    web_server,
)


@pytest.fixture
def key(tmp_path):
    return make_key(tmp_path / "keys")


@pytest.fixture
def feed(tmp_path, content_dir, key):
    """Editions 2.0 and 2.1, published one after the other (timestamp versions 1 and 2)."""
    folder = tmp_path / "feed"
    publish_version(content_dir, folder, key, "2.0")
    publish_version(content_dir, folder, key, "2.1")
    return folder


def install_from(location, version=None, store=None, job=None) -> Path:
    return client.install(str(location), store or Store.user(), job or Job(), version)[1]


@contextmanager
def refused(code: str, message: str, store: Store | None = None):
    """The block raises EditionError ``code`` matching ``message``, and leaves the store
    and the edition the app opens as they were."""
    store = store or Store.user()
    before, opens = snapshot(store.root), default_database()
    with pytest.raises(EditionError, match=message) as caught:
        yield caught
    assert caught.value.code == code, caught.value.detail
    assert snapshot(store.root) == before
    assert default_database() == opens


# Rollback

def test_an_older_edition_from_a_feed_is_refused(feed, capsys):
    install_from(feed, "2.1")
    with refused("rollback", r"edition 2.0 is older than edition 2.1, which is in use: "
                             r"refused\. To go back on purpose, use 'mtviewer edition use"):
        install_from(feed, "2.0")
    assert cli.main(["edition", "install", str(feed), "--version", "2.0"]) == 1
    assert "older than edition 2.1" in capsys.readouterr().err


def test_an_older_edition_from_a_file_is_refused(feed):
    install_from(feed, "2.1")
    chosen = next((feed / "targets").glob("*.mtviewer-2.0.sqlite"))
    with refused("rollback", "edition 2.0 is older than edition 2.1"):
        install_from(chosen)


def test_a_replayed_older_copy_of_the_feed_is_refused(feed, content_dir, key, tmp_path):
    old = tmp_path / "old-copy"
    shutil.copytree(feed, old)  # what an attacker recorded
    publish_version(content_dir, feed, key, "2.2")
    install_from(feed, "2.2")  # this PC has seen timestamp version 3
    with web_server(old) as address, refused("replayed", "older than this PC has already seen"):
        client.check(address, Store.user(), Job())


# Freeze

def test_a_frozen_feed_is_refused_saying_since_when(tmp_path, content_dir, key, capsys):
    good = tmp_path / "good"
    publish_version(content_dir, good, key, "2.0")
    install_from(good)
    stale = tmp_path / "stale"
    shutil.copytree(good, stale)
    publish_version(content_dir, stale, key, "2.1", expires_days=-2)  # expired two days ago
    with refused("expired", "is out of date: its signed index expired 20") as caught:
        install_from(stale)
    assert caught.value.since and caught.value.since < time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                     time.gmtime())
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert f"OUT OF DATE since {caught.value.since}" in out
    assert "The edition in use stays usable." in out and "The app opens edition 2.0" in out


# Mix and match

@pytest.mark.parametrize("role", ["snapshot", "targets"])
def test_files_of_two_publications_mixed_are_refused(feed, role):
    meta = feed / "metadata"
    (meta / f"2.{role}.json").write_bytes((meta / f"1.{role}.json").read_bytes())
    with refused("mixed", "do not belong together"):
        install_from(feed)


def test_an_unsigned_edition_added_to_a_signed_list_installs_nothing(feed):
    path = feed / "metadata" / "2.targets.json"
    data = json.loads(path.read_text())
    targets = data["signed"]["targets"]
    forged = dict(targets["mtviewer-2.1.sqlite"])
    forged["custom"] = {"mtviewer": {**forged["custom"]["mtviewer"], "version": "3.0"}}
    targets["mtviewer-3.0.sqlite"] = forged
    path.write_text(json.dumps(data))
    with refused("bad-signature", "not as its publisher signed it: it was changed after"):
        install_from(feed)


def test_a_malformed_signed_entry_does_not_hide_the_good_ones(feed, key):
    publish_target(feed, key, "3.0", {"schema": "six", "counts": "many"})
    report = client.check(str(feed), Store.user(), Job())
    assert [o.version for o in report.offers] == ["2.1", "2.0"] and report.unusable == 1
    assert open(install_from(feed), "rb").read(16).startswith(b"SQLite format 3")


# Endless data

@pytest.mark.parametrize("mode", ["endless", "lying-length"])
def test_more_data_than_was_signed_is_cut_off(feed, mode):
    install_from(feed, "2.0")
    with hostile_server(feed, mode) as (address, _served):
        started = time.monotonic()
        with refused("too-large", "more than the"):
            install_from(address, "2.1")
        assert time.monotonic() - started < 20


def test_a_signed_size_of_2_to_the_63_is_never_offered_nor_fetched(feed, key):
    publish_target(feed, key, "3.0", length=2**63)
    report = client.check(str(feed), Store.user(), Job())
    assert [o.version for o in report.offers] == ["2.1", "2.0"] and report.unusable == 1
    with refused("none", "lists no usable edition 3.0"):
        install_from(feed, "3.0")


# Slow retrieval

def test_a_trickling_server_is_given_up_on_by_the_deadline(feed, monkeypatch):
    install_from(feed, "2.0")
    monkeypatch.setattr(fetcher, "BASE_SECONDS", 2.0)
    monkeypatch.setattr(fetcher, "MIN_RATE", 1 << 30)
    with hostile_server(feed, "trickle") as (address, _served):
        started = time.monotonic()
        with refused("slow", "did not arrive within its deadline"):
            install_from(address, "2.1")
        assert time.monotonic() - started < 8


def test_cancel_shuts_a_trickling_transfer_at_once(feed):
    install_from(feed, "2.0")
    job = Job()
    with hostile_server(feed, "trickle") as (address, _served):
        timer = threading.Timer(1.0, job.cancel)
        timer.start()
        started = time.monotonic()
        with refused("cancelled", "cancelled"):
            install_from(address, "2.1", job=job)
        assert time.monotonic() - started < 2.0


# Key rotation

def test_after_a_rotation_the_old_key_is_refused(feed, content_dir, key, tmp_path, capsys):
    stolen = tmp_path / "stolen-copy"
    shutil.copytree(feed, stolen)  # the thief has the old key and the feed as it was
    new = make_key(tmp_path / "keys", "new")
    assert cli.main(["feed", "rotate", str(feed), "--old", str(key.with_name(key.name + ".pub")),
                     "--new", str(new), "--root-key", str(key)]) == 0
    assert "which no longer trusts" in capsys.readouterr().out
    publish_version(content_dir, feed, new, "2.2")
    assert install_from(feed).parent.name == "2.2"  # this PC followed the rotation
    publish_version(content_dir, stolen, key, "9.0")  # signed with the rotated-out key
    with refused("unknown-key", "signed with a key the publisher has since rotated out"):
        install_from(stolen)


def test_a_lost_root_key_is_replaced_with_its_public_half(feed, content_dir, key, tmp_path):
    """Rotation needs only the public half of the key it retires; a second root key (kept
    in the safe) signs for the lost one."""
    spare = make_key(tmp_path / "keys", "spare")
    from mtviewer.editions.publish import signers
    from mtviewer.editions.repository import Repository

    repo = Repository(feed)
    # the feed's root gets a second root key first (signed by the one still at hand)
    repo.rotate(signers([key])[0].public_key.keyid, signers([spare])[0], signers([key]),
                signers([key]), 7)
    install_from(feed, "2.1")
    newer = make_key(tmp_path / "keys", "newer")
    assert cli.main(["feed", "rotate", str(feed), "--old", str(spare.with_name(spare.name + ".pub")),
                     "--new", str(newer), "--root-key", str(spare)]) == 0
    publish_version(content_dir, feed, newer, "2.2")
    assert install_from(feed).parent.name == "2.2"


def test_a_rotation_without_the_root_keys_writes_nothing(feed, key, tmp_path, capsys):
    before = snapshot(feed)
    other = make_key(tmp_path / "keys", "other")
    assert cli.main(["feed", "rotate", str(feed), "--old", str(key), "--new", str(other),
                     "--root-key", str(other)]) == 1
    assert "must be signed by the root keys of the old one" in capsys.readouterr().err
    assert snapshot(feed) == before


# FIFOs and devices

@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_device_in_a_folder_feed_is_refused_unread(feed, kind):
    install_from(feed, "2.0")
    path = feed / "metadata" / "timestamp.json"
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.mknod(path, 0o600 | 0o020000, os.makedev(1, 5))  # a /dev/zero of its own
    started = time.monotonic()
    with refused("special-file", "not a file: refused without reading it"):
        install_from(feed)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_device_as_a_key_is_refused_unread(tmp_path, content_dir, kind, capsys):
    path = tmp_path / "key"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.mknod(path, 0o600 | 0o020000, os.makedev(1, 5))
    started = time.monotonic()
    assert cli.main(["publish", str(content_dir), str(tmp_path / "out"), "--key",
                     str(path)]) == 1
    assert time.monotonic() - started < 5
    assert "not a file: refused without reading it" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_device_among_trusted_publishers_is_skipped(feed, tmp_path, kind):
    from mtviewer import paths
    from mtviewer.editions.anchors import FOLDER, trusted_anchors

    path = paths.user_data_dir() / FOLDER / "stalled.root.json"
    if kind == "fifo":
        os.mkfifo(path)  # a stalled share
    else:
        os.mknod(path, 0o600 | 0o020000, os.makedev(1, 5))  # a /dev/zero of its own: endless
    started = time.monotonic()
    assert len(trusted_anchors()) == 2  # the shipped one and the test's
    assert install_from(feed).parent.name == "2.1"
    assert time.monotonic() - started < 10


# Hostile servers

def test_a_redirect_to_ftp_is_not_followed(feed):
    with hostile_server(feed, "redirect", "ftp://127.0.0.1/x.sqlite", targets_only=False) \
            as (address, served), refused("redirect", "not an http or https address"):
        install_from(address)
    assert len(served) == 1


def test_a_redirect_to_a_local_file_is_not_followed(feed, tmp_path):
    planted = tmp_path / "planted.sqlite"
    planted.write_bytes(b"not from the feed")
    with hostile_server(feed, "redirect", planted.as_uri(), targets_only=False) \
            as (address, served), refused("redirect", "not an http or https address"):
        install_from(address)
    assert len(served) == 1


def test_endless_redirects_are_given_up(feed):
    with hostile_server(feed, "redirect", "/again", targets_only=False) as (address, served), \
            refused("redirect", "redirected more than 5 times"):
        install_from(address)


def test_a_redirect_within_http_is_followed(feed):
    name = next((feed / "targets").glob("*.mtviewer-2.1.sqlite")).name
    with web_server(feed) as real, hostile_server(feed, "redirect", real + "targets/" + name) \
            as (address, served):
        assert install_from(address).parent.name == "2.1"
    assert any("/targets/" in path for path in served)


@pytest.mark.parametrize(("mode", "said"), [
    ("escape-404", r"answered 404 \\x1b\]0;owned\\x07\\x1b\[31mNot here"),
    ("garbage", "the server's answer is not HTTP"),
    ("huge-header", "a header line that is too long"),
])
def test_a_hostile_answer_is_one_plain_line(feed, mode, said, capsys):
    install_from(feed, "2.0")
    before = snapshot(Store.user().root)
    with hostile_server(feed, mode, targets_only=False) as (address, _served):
        assert cli.main(["edition", "install", address]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unexpected problem" not in err
    assert "\x1b" not in err and "\x07" not in err
    import re

    assert re.search(said, err), err
    assert snapshot(Store.user().root) == before


def test_an_https_server_with_an_untrusted_certificate_is_refused(feed, tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("needs openssl to make a certificate")
    cert, private = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(private), "-out", str(cert)], check=True,
                   capture_output=True)
    import http.server

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, private)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a, **k: Quiet(*a, directory=str(feed), **k))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with refused("certificate", "certificate is not trusted"):
            install_from(f"https://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()


# The administrator's trust against the user's

def test_on_a_managed_pc_the_users_own_publishers_do_not_count(tmp_path, content_dir, key,
                                                               capsys):
    users = tmp_path / "users-feed"
    publish_version(content_dir, users, key, "2.0")  # trusted by the user alone
    it = tmp_path / "it-feed"
    publish_version(content_dir, it, make_key(tmp_path / "it", "it"), "2.1", trusted=False)
    trust(it, "system", "health-trust")  # the administrator's publisher
    with refused("unknown-key", "not signed by a publisher this PC trusts.*this PC is managed"):
        install_from(users)
    assert install_from(it).parent.name == "2.1"
    assert cli.main(["edition", "list"]) == 0
    assert "Not used on this managed PC: your trusted publisher" in capsys.readouterr().out


def test_the_newer_of_the_users_and_the_systems_editions_is_used(feed, capsys):
    mine = install_from(feed, "2.0")
    system = install_from(feed, "2.1", store=Store.system())
    assert default_database() == system  # the user's older 2.0 does not hide it
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert "The app opens edition 2.1 (installed for every user)." in out
    with refused("managed", "installed for every user of this PC, is newer"):
        in_use.use(Store.user(), "shipped")
    assert mine.exists()


def test_about_says_whose_edition_is_shown(feed, open_window):
    from mtviewer.ui.dialogs.help import about_html

    install_from(feed, "2.0")
    system = install_from(feed, "2.1", store=Store.system())
    window = open_window(system)
    assert "installed for every user of this PC by an administrator" in about_html(
        window.content)
    assert "installed for every user" in window.edition_label.toolTip()
