"""The window's editions: Install content edition…, Check for new content, the status bar."""

from __future__ import annotations

import shutil
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from mtviewer.editions import install as installing
from mtviewer.editions.store import Store
from mtviewer.settings import FEED
from mtviewer.ui.editions.controller import configured_feed, system_settings

from .editions_helpers import block_network, make_key, publish_version, store_files, web_server


@pytest.fixture
def feed(tmp_path, content_dir):
    folder = tmp_path / "feed"
    publish_version(content_dir, folder, make_key(tmp_path / "keys"), "1.1")
    return folder


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def wait_for_box(qtbot, window, previous=None) -> QMessageBox:
    qtbot.waitUntil(lambda: window.editions.box is not None
                    and window.editions.box is not previous
                    and window.editions.box.isVisible(), timeout=10_000)
    return window.editions.box


def held_fetch(monkeypatch) -> threading.Event:
    """Fetching an edition waits, after its first progress report, until the event is set;
    then the real fetch runs (and sees a cancel made meanwhile)."""
    go_on = threading.Event()
    real_fetch = installing.fetch

    def fetch(address, out, entry, progress, cancelled):
        progress(0, entry.size)
        go_on.wait(10)
        real_fetch(address, out, entry, progress, cancelled)
    monkeypatch.setattr(installing, "fetch", fetch)
    return go_on


def shows_installed(window) -> bool:
    current = Store.user().current()
    return current is not None and window.content.location == current.database


def test_without_a_feed_nothing_is_fetched_and_one_can_be_set(window, qtbot, monkeypatch):
    attempts = block_network(monkeypatch)
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert "No content feed is set up" in box.text() and box.objectName() == "no-feed"
    box.close()
    assert attempts == [] and "PySide6.QtNetwork" not in sys.modules
    window.editions.set_feed("https://example.org/feed/")
    assert configured_feed(window.settings) == "https://example.org/feed/"


def test_an_administrators_feed_applies_to_every_user(window):
    system = system_settings()
    system[FEED] = "/srv/mtviewer-feed"
    system.sync()
    assert configured_feed(window.settings) == "/srv/mtviewer-feed"
    window.editions.set_feed("/home/me/feed")
    assert configured_feed(window.settings) == "/home/me/feed"  # the user's own wins


@pytest.mark.parametrize("over", ["folder", "web"])
def test_check_shows_what_is_new_then_installs_and_shows_it(window, qtbot, feed, over):
    with web_server(feed) as address:
        window.editions.set_feed(str(feed) if over == "folder" else address)
        window.actions_by_name["check-content"].trigger()
        box = wait_for_box(qtbot, window)
        assert "edition 1.1 of 1 December 2026" in box.text()
        assert "3 events, 12 quotes, 3 guidelines and 2 brochures" in box.text()
        assert "You have edition 1.0 of 1 December 2026" in box.text()
        click(box, "Install")
        qtbot.waitUntil(lambda: shows_installed(window), timeout=10_000)
        assert window.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 1.1 of 1 December 2026"
        quotes = window.show_tab("quote")
        qtbot.waitUntil(lambda: quotes.model.rowCount() == 12)  # the new edition is shown
        window.actions_by_name["check-content"].trigger()
        box = wait_for_box(qtbot, window, box)
        assert "You have the newest content: edition 1.1" in box.text()
    shutil.rmtree(feed)  # the feed (and its server) is gone now
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window, box)
    expected = ("The feed could not be read. " + ("It could not be downloaded." if over == "web"
                else "The file or feed cannot be read as a signed content edition."))
    assert box.text().startswith(expected)


def test_a_refused_edition_is_explained_and_nothing_changes(window, qtbot, feed):
    path = feed / "mtviewer-1.1.sqlite"
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    shown = window.content.location
    window.editions.install_location(str(path))
    box = wait_for_box(qtbot, window)
    assert box.objectName() == "edition-refused"
    assert "not the one the publisher signed" in box.text()
    assert "Nothing was changed: you still see edition 1.0" in box.text()
    assert "SHA-256" in box.detailedText()
    assert window.content.location == shown and store_files(Store.user().root) == []


def test_cancel_stops_the_download_and_leaves_nothing(window, qtbot, feed, monkeypatch):
    cancel_pressed = held_fetch(monkeypatch)
    shown = window.content.location
    window.editions.install_location(str(feed / "mtviewer-1.1.sqlite"))
    dialog = window.editions.progress
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.labelText() == "Installing edition 1.1 of 1 December 2026…"
    window.editions.install_location(str(feed / "mtviewer-1.1.sqlite"))  # once is enough
    assert window.editions.progress is dialog
    dialog.findChild(QPushButton).click()  # its Cancel button
    cancel_pressed.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.content.location == shown and store_files(Store.user().root) == []


def test_install_content_edition_from_a_chosen_file(window, qtbot, feed, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = str(feed / "mtviewer-1.1.sqlite")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen, ""))
    window.actions_by_name["install-edition"].trigger()
    qtbot.waitUntil(lambda: shows_installed(window), timeout=10_000)
    assert "Installed edition 1.1" in window.statusBar().currentMessage()
    assert "unverified" not in window.edition_label.text()


def test_a_newer_edition_for_a_newer_app_is_named_not_offered(window, qtbot, feed,
                                                              monkeypatch):
    from mtviewer.content import schema

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    window.editions.set_feed(str(feed))
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert box.text() == (f"No content edition in {feed} that this version of mtviewer can "
                          "show. Edition 1.1 in the feed needs a newer version of mtviewer.")


def test_closing_the_window_stops_an_install_and_leaves_nothing(window, qtbot, feed,
                                                               monkeypatch):
    release = held_fetch(monkeypatch)
    window.editions.install_location(str(feed / "mtviewer-1.1.sqlite"))
    qtbot.waitUntil(window.editions.progress.isVisible)
    threading.Timer(0.2, release.set).start()
    window.close()  # waits for the install to notice, and stop
    assert not window.editions.task.isRunning()
    qtbot.wait(50)
    assert store_files(Store.user().root) == []


def test_the_feed_can_be_changed_from_the_check(window, qtbot, feed, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.editions.set_feed(str(feed / "nowhere"))
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kwargs: asked.append(kwargs["text"]) or (str(feed), True))
    click(box, "Change the feed…")
    assert asked == [str(feed / "nowhere")]
    assert configured_feed(window.settings) == str(feed)


def test_choose_content_edition_rolls_back_and_forth(qtbot, tmp_path, content_dir, feed,
                                                     open_window):
    from mtviewer import paths
    from mtviewer.editions.install import install, resolve
    from mtviewer.editions.store import default_database

    publish_version(content_dir, feed, make_key(tmp_path / "keys2", "second"), "1.0")
    first = install(Store.user(), *resolve(str(feed), "1.0"))
    second = install(Store.user(), *resolve(str(feed), "1.1"))
    window = open_window(second)
    window.actions_by_name["choose-edition"].trigger()
    chooser = window.editions.chooser
    qtbot.waitUntil(chooser.isVisible)
    table = chooser.table
    assert [[table.item(r, c).text() for c in (0, 3)] for r in range(table.rowCount())] == [
        ["1.1", "Opens by default"], ["1.0", "Previous"], ["Shipped with the app", ""]]
    assert not chooser.use_button.isEnabled()
    table.selectRow(1)
    chooser.use_button.click()
    assert window.content.location == first == default_database()
    assert window.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 1.0 of 1 December 2026"
    assert table.item(1, 3).text() == "Opens by default"
    table.selectRow(2)
    chooser.use_button.click()
    assert window.content.location == paths.default_database() == default_database()
    assert table.item(2, 3).text() == "Opens by default"


WINDOW_CODES = ("unknown-key", "bad-signature", "checksum", "truncated", "not-content", "disk",
                "feed", "download", "none", "installed")


def test_every_refusal_the_window_can_meet_has_its_own_sentence(qapp):
    from mtviewer.editions.errors import EditionError
    from mtviewer.ui.editions.messages import refusal

    sentences = {refusal(EditionError(code, "detail")) for code in WINDOW_CODES}
    assert len(sentences) == len(WINDOW_CODES)
    assert refusal(EditionError("write", "detail")) == "It could not be installed."
