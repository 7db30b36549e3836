"""Signed editions over TUF: publish, install from a folder or a web server, go back on
purpose, the command line, and what the app opens."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mtviewer import cli, paths
from mtviewer.content import open_content
from mtviewer.editions import client
from mtviewer.editions.errors import EditionError
from mtviewer.editions.fetcher import Job
from mtviewer.editions.store import Store
from mtviewer.editions.verify import default_database, provenance

from .editions_helpers import make_key, publish_version, snapshot, web_server


@pytest.fixture
def key(tmp_path):
    return make_key(tmp_path / "keys")


@pytest.fixture
def feed(tmp_path, content_dir, key):
    """A feed folder with editions 2.0 and 2.1 of the real content, its root trusted."""
    folder = tmp_path / "feed"
    publish_version(content_dir, folder, key, "2.0")
    publish_version(content_dir, folder, key, "2.1")
    return folder


def install_from(location, version: str | None = None, store: Store | None = None,
                 job: Job | None = None) -> Path:
    return client.install(str(location), store or Store.user(), job or Job(), version)[1]


def test_publish_writes_tuf_metadata_with_the_four_roles(feed):
    from tuf.api.metadata import Metadata

    meta = feed / "metadata"
    root = Metadata.from_file(str(meta / "1.root.json")).signed
    assert set(root.roles) == {"root", "targets", "snapshot", "timestamp"}
    assert root.consistent_snapshot and {k.keytype for k in root.keys.values()} == {"ed25519"}
    timestamp = Metadata.from_file(str(meta / "timestamp.json")).signed
    assert timestamp.version == 2 and timestamp.snapshot_meta.version == 2
    days = (timestamp.expires - timestamp.expires.now(timestamp.expires.tzinfo)).days
    assert 6 <= days <= 7  # a week, the suggested default
    targets = Metadata.from_file(str(meta / "2.targets.json")).signed.targets
    assert sorted(targets) == ["mtviewer-2.0.sqlite", "mtviewer-2.1.sqlite"]
    newest = targets["mtviewer-2.1.sqlite"]
    custom = newest.unrecognized_fields["custom"]["mtviewer"]
    assert custom["counts"]["quote"] == 13 and custom["version"] == "2.1"
    stored = feed / "targets" / f"{newest.hashes['sha256']}.mtviewer-2.1.sqlite"
    assert stored.stat().st_size == newest.length


def test_republishing_a_version_with_other_content_is_refused(feed, content_dir, key):
    before = snapshot(feed)
    path = content_dir / "edition.toml"
    path.write_text(path.read_text().replace("2026-12-01", "2026-12-02"))
    with pytest.raises(EditionError, match="already published .* raise the version"):
        publish_version(content_dir, feed, key, "2.1")
    assert snapshot(feed) == before


def test_install_from_a_folder_feed_makes_it_the_default(feed):
    path = install_from(feed)
    assert default_database() == path
    assert provenance(path).origin == "installed"
    content = open_content(path)
    assert content.about().version == "2.1"
    content.close()
    listed = Store.user().installed()
    assert [e.version for e in listed] == ["2.1"] and listed[0].current


def test_install_from_a_web_server_then_go_back_on_purpose(feed, capsys):
    with web_server(feed) as address:
        first = install_from(address, "2.0")
        second = install_from(address)
    assert default_database() == second
    listed = {e.version: e for e in Store.user().installed()}
    assert listed["2.1"].current and listed["2.0"].previous  # the previous one is kept
    assert cli.main(["edition", "use", "2.0"]) == 0
    out = capsys.readouterr().out
    assert "Edition 2.0 is now the one in use" in out
    assert "this goes back from edition 2.1, which is newer" in out
    assert default_database() == first
    assert cli.main(["edition", "use", "shipped"]) == 0
    assert default_database() == paths.default_database()


def test_a_file_chosen_inside_a_feed_installs_that_edition(feed):
    chosen = next((feed / "targets").glob("*.mtviewer-2.0.sqlite"))
    path = install_from(chosen)
    assert open_content(path).about().version == "2.0"


def test_a_database_on_its_own_cannot_be_installed(seed_db):
    with pytest.raises(EditionError, match="can only be opened unverified") as caught:
        install_from(seed_db)
    assert caught.value.code == "feed"
    assert provenance(seed_db).origin == "unverified"
    assert snapshot(Store.user().root) == {}


def test_the_shipped_root_is_a_valid_tuf_root_the_app_trusts():
    from tuf.api.metadata import Metadata

    from mtviewer.editions import signing  # noqa: F401
    from mtviewer.editions.anchors import trusted_anchors

    shipped = [a for a in trusted_anchors() if a.scope == "shipped"]
    assert [a.path.name for a in shipped] == ["mtviewer.root.json"]
    root = Metadata.from_bytes(shipped[0].data)
    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    assert set(root.signed.roles) == {"root", "targets", "snapshot", "timestamp"}


def test_keygen_keeps_the_private_key_private_and_never_overwrites(tmp_path, capsys):
    target = tmp_path / "k.key"
    assert cli.main(["keygen", str(target)]) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert (tmp_path / "k.key.pub").read_text().startswith("ed25519 ")
    before = target.read_bytes()
    assert cli.main(["keygen", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err and target.read_bytes() == before


def test_command_line_install_list_use(feed, capsys):
    assert cli.main(["edition", "install", str(feed), "--version", "2.0"]) == 0
    assert cli.main(["edition", "install", str(feed)]) == 0
    assert cli.main(["edition", "list"]) == 0
    out = capsys.readouterr().out
    assert "now the one in use" in out
    assert "* 2.1" in out and "previous 2.0" in out and "[verified]  <- opens" in out
    assert "The app opens edition 2.1 (yours)." in out
    assert "signed until" in out
    assert cli.main(["edition", "use", "9.9"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not installed" in err
    assert cli.main(["edition", "install", str(feed)]) == 1
    assert "already in use" in capsys.readouterr().err


def test_an_administrator_installs_for_every_user(feed, tmp_path, capsys):
    assert cli.main(["edition", "install", str(feed), "--system"]) == 0
    system = Store.system().current()
    assert system is not None and str(system.database).startswith(str(tmp_path / "system"))
    assert default_database() == system.database  # a user without their own edition
    assert provenance(system.database).origin == "installed"
    capsys.readouterr()
    assert cli.main(["edition", "list"]) == 0
    assert "The app opens edition 2.1 (installed for every user)." in capsys.readouterr().out


def test_the_status_bar_shows_the_edition_and_whether_it_was_verified(window, feed,
                                                                      open_window):
    assert window.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 1.0 of 1 December 2026 · unverified"
    win = open_window(install_from(feed))
    assert win.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 2.1 of 1 December 2026"
    assert "verified: installed for you from an edition signed" in win.edition_label.toolTip()


def test_the_app_opens_the_installed_edition_else_the_shipped_one(qtbot, feed, settings):
    from mtviewer import app

    path = install_from(feed)
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
        install_from(feed)
    assert snapshot(Store.user().root) == {}


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
    assert not (out / "metadata").exists()


def test_a_new_feed_says_which_root_to_trust(tmp_path, content_dir, key, capsys):
    out = tmp_path / "feed"
    assert cli.main(["publish", str(content_dir), str(out), "--key", str(key)]) == 0
    printed = capsys.readouterr().out
    assert "This is a new feed. Its root of trust is" in printed
    assert json.loads((out / "metadata" / "1.root.json").read_text())["signed"]["_type"] == "root"


def test_print_quotes_uses_the_installed_edition(tmp_path, content_dir, key):
    from .conftest import add_records

    add_records(content_dir, "quotes.toml", '''
[[quote]]
id = "ny-i-utgave-2"
text = "Trommene gir meg ro"
unnamed = "service_user"
sources = ["fagradet-populart-toppmote"]
''')
    publish_version(content_dir, tmp_path / "feed2", key, "2.0")
    out = tmp_path / "ro.pdf"
    args = ["print-quotes", "--search", "trommene", "--pdf", str(out)]
    assert cli.main(args) == 1 and not out.exists()  # the shipped edition lacks it
    install_from(tmp_path / "feed2")
    assert cli.main(args) == 0 and out.exists()
