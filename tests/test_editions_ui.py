"""The window's editions: Install content edition…, Choose content edition…, Check for new
content, and the status bar."""

from __future__ import annotations

import os
import shutil
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from mtviewer.editions.store import Store
from mtviewer.settings import FEED
from mtviewer.ui.editions.controller import configured_feed, system_settings

from .editions_helpers import (
    block_network,
    hostile_server,
    make_key,
    publish_target,
    publish_version,
    snapshot,
    web_server,
)


@pytest.fixture
def feed(tmp_path, content_dir):
    folder = tmp_path / "feed"
    publish_version(content_dir, folder, make_key(tmp_path / "keys"), "2.1")
    return folder


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def wait_for_box(qtbot, window, previous=None) -> QMessageBox:
    qtbot.waitUntil(lambda: window.editions.box is not None
                    and window.editions.box is not previous
                    and window.editions.box.isVisible(), timeout=15_000)
    return window.editions.box


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


def test_an_administrators_feed_wins_and_cannot_be_changed_by_the_user(window, qtbot,
                                                                       tmp_path):
    system = system_settings()
    system[FEED] = str(tmp_path / "nowhere")
    system.sync()
    window.editions.set_feed("/home/me/feed")
    assert configured_feed(window.settings) == str(tmp_path / "nowhere")  # IT's wins
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert box.objectName() == "edition-refused"
    assert "set by your IT department" in box.informativeText()
    assert not [b for b in box.buttons() if "feed" in b.text()]


@pytest.mark.parametrize("over", ["folder", "web"])
def test_check_shows_what_is_new_then_installs_and_shows_it(window, qtbot, feed, over):
    with web_server(feed) as address:
        window.editions.set_feed(str(feed) if over == "folder" else address)
        window.actions_by_name["check-content"].trigger()
        box = wait_for_box(qtbot, window)
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "edition 2.1 of 1 December 2026" in box.text()
        assert "11 events, 13 quotes, 3 guidelines and 2 brochures" in box.text()
        assert "You have edition 1.0 of 1 December 2026" in box.text()
        click(box, "Install")
        qtbot.waitUntil(lambda: shows_installed(window), timeout=15_000)
        assert window.edition_label.text() == "Musikkterapi i rus og psykisk helse, edition 2.1 of 1 December 2026"
        quotes = window.show_tab("quote")
        qtbot.waitUntil(lambda: quotes.model.rowCount() == 13)  # the new edition is shown
        window.actions_by_name["check-content"].trigger()
        box = wait_for_box(qtbot, window, box)
        assert "You have the newest content: edition 2.1" in box.text()
        assert "The feed is signed until" in box.text()
    shutil.rmtree(feed)  # the feed (and its server) is gone now
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window, box)
    expected = ("The feed could not be read. " + ("It could not be downloaded." if over == "web"
                else "The file or feed cannot be read as a signed content edition."))
    assert box.text().startswith(expected)


def test_a_refused_edition_is_explained_and_nothing_changes(window, qtbot, feed):
    path = next((feed / "targets").glob("*.sqlite"))
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
    assert window.content.location == shown
    assert set(snapshot(Store.user().root)) <= {".", ".lock"}  # nothing but its lock


def test_cancel_stops_a_trickling_download_at_once(window, qtbot, feed):
    with hostile_server(feed, "trickle") as (address, _served):
        shown = window.content.location
        window.editions.install_location(address)
        dialog = window.editions.progress
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(lambda: any(p.name.startswith(".incoming-")
                                    for p in Store.user().root.glob("*")), timeout=15_000)
        task = window.editions.task
        window.editions.install_location(address)  # once is enough: the dialog comes up
        assert window.editions.task is task
        started = time.monotonic()
        dialog.findChild(QPushButton).click()  # its Cancel button
        assert "cancelled" in window.statusBar().currentMessage()
        task.thread.join(5)
        assert not task.thread.is_alive() and time.monotonic() - started < 2
    assert window.content.location == shown
    assert not [p for p in Store.user().root.iterdir() if p.name != ".lock"]
    window.editions.set_feed(str(feed))  # after a Cancel, Check for new content works again
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert "edition 2.1 of 1 December 2026" in box.text()


def test_progress_that_arrives_after_cancel_is_ignored(qtbot):
    """The thread may report bytes it read just before Cancel shut its connection: the
    dialog it would update is gone by then (it raised in the event loop)."""
    import threading

    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from mtviewer.ui.editions.worker import run_with_progress

    parent, cancelled, reported = QWidget(), threading.Event(), threading.Event()
    qtbot.addWidget(parent)
    failures: list = []

    def work(job):
        cancelled.wait(10)
        job.progress(500, 1000)  # read before the connection was shut
        reported.set()
        job.check()

    task, dialog = run_with_progress(parent, "Installing", work, failures.append,
                                     failures.append)
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QPushButton).click()  # Cancel: the dialog is hidden and deleted
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(dialog)
    cancelled.set()
    assert reported.wait(5)
    task.thread.join(5)
    QApplication.processEvents()  # the late progress reaches the window's thread
    assert [str(f) for f in failures] == ["cancelled"]


def test_closing_the_window_stops_a_download_and_leaves_nothing(window, qtbot, feed):
    with hostile_server(feed, "trickle") as (address, _served):
        window.editions.install_location(address)
        qtbot.waitUntil(lambda: any(p.name.startswith(".incoming-")
                                    for p in Store.user().root.glob("*")), timeout=15_000)
        task = window.editions.task
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 2
        task.thread.join(5)
        assert not task.thread.is_alive()
    assert not [p for p in Store.user().root.iterdir() if p.name != ".lock"]


def test_install_content_edition_from_a_chosen_file(window, qtbot, feed, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = str(next((feed / "targets").glob("*.sqlite")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen, ""))
    window.actions_by_name["install-edition"].trigger()
    qtbot.waitUntil(lambda: shows_installed(window), timeout=15_000)
    assert "Installed edition 2.1" in window.statusBar().currentMessage()
    assert "unverified" not in window.edition_label.text()


def test_a_chosen_fifo_is_refused_without_freezing_the_window(window, qtbot, feed, tmp_path):
    timestamp = feed / "metadata" / "timestamp.json"
    timestamp.unlink()
    os.mkfifo(timestamp)  # a share that never answers
    started = time.monotonic()
    window.editions.install_location(str(timestamp))
    assert time.monotonic() - started < 0.5  # the window went on at once
    box = wait_for_box(qtbot, window)
    assert "not a file (a pipe or a device" in box.text()
    assert "FIFO" in box.detailedText()


def test_a_newer_edition_for_a_newer_app_is_named_not_offered(window, qtbot, feed,
                                                              monkeypatch):
    from mtviewer.content import schema

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    window.editions.set_feed(str(feed))
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert box.text() == (f"No content edition in {feed} that this version of the app can "
                          "show. Edition 2.1 in the feed needs a newer version of the app.")


def test_an_expired_feed_says_since_when_and_the_edition_stays(window, qtbot, tmp_path,
                                                               content_dir):
    folder = tmp_path / "stale"
    publish_version(content_dir, folder, make_key(tmp_path / "k"), "2.1", expires_days=-3)
    window.editions.set_feed(str(folder))
    shown = window.content.location
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert box.text().startswith("The feed could not be read. The feed is out of date: its "
                                 "signed index expired on ")
    assert "Nothing was changed: you still see edition 1.0" in box.text()
    assert window.content.location == shown


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


def test_choose_content_edition_goes_back_and_says_so(qtbot, tmp_path, content_dir, feed,
                                                      open_window, monkeypatch):
    from mtviewer import paths
    from mtviewer.editions import client
    from mtviewer.editions.fetcher import Job
    from mtviewer.editions.verify import default_database

    publish_version(content_dir, feed, tmp_path / "keys" / "publisher.key", "2.2")
    first = client.install(str(feed), Store.user(), Job(), "2.1")[1]
    second = client.install(str(feed), Store.user(), Job(), "2.2")[1]
    window = open_window(second)
    window.actions_by_name["choose-edition"].trigger()
    chooser = window.editions.chooser
    qtbot.waitUntil(chooser.isVisible)
    table = chooser.table
    assert [[table.item(r, c).text() for c in (0, 3)] for r in range(table.rowCount())] == [
        ["2.2", "Opens by default"], ["2.1", "Previous"],
        ["The content that came with the app (edition 1.0, 1 December 2026)", ""]]
    assert not chooser.use_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    table.selectRow(1)
    chooser.use_button.click()
    assert asked and "It is older than edition 2.2" in asked[0]
    assert window.content.location == first == default_database()
    assert window.statusBar().currentMessage() == "Went back to edition 2.1, older than edition 2.2."
    assert table.item(1, 3).text() == "Opens by default"
    table.selectRow(2)
    chooser.use_button.click()
    assert window.content.location == paths.default_database() == default_database()
    assert table.item(2, 3).text() == "Opens by default"


def test_a_long_or_odd_name_in_a_signed_feed_is_cut_and_plain(window, qtbot, tmp_path,
                                                              content_dir):
    folder = tmp_path / "odd"
    key = make_key(tmp_path / "k")
    publish_version(content_dir, folder, key, "2.0")
    odd = "<b>Bold</b> \x1b[31m" + "Navn " * 200_000  # a 1 MB name, markup and an escape
    publish_target(folder, key, "2.1", {"name": odd})
    window.editions.set_feed(str(folder))
    started = time.monotonic()
    window.actions_by_name["check-content"].trigger()
    box = wait_for_box(qtbot, window)
    assert time.monotonic() - started < 10
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b> \\x1b[31mNavn" in box.text() and "\x1b" not in box.text()
    assert len(box.text()) < 1000


WINDOW_CODES = ("unknown-key", "bad-signature", "checksum", "truncated", "too-large",
                "not-content", "rollback", "replayed", "mixed", "disk", "in-the-way", "busy",
                "feed", "unreadable", "special-file", "download", "slow", "redirect",
                "certificate", "none", "installed", "managed", "expired")


def test_every_refusal_the_window_can_meet_has_its_own_sentence(qapp):
    from mtviewer.editions.errors import EditionError
    from mtviewer.ui.editions.messages import refusal

    sentences = {refusal(EditionError(code, "detail", since="2001-01-01T00:00:00Z"))
                 for code in WINDOW_CODES}
    assert len(sentences) == len(WINDOW_CODES)
    assert refusal(EditionError("write", "detail")) == "It could not be installed."


def test_an_older_edition_chosen_in_the_window_is_refused(window, qtbot, tmp_path,
                                                         content_dir, monkeypatch):
    """File → Install content edition… with a validly signed but older edition: refused,
    and the newer one stays in use (a rollback from a planted file)."""
    from PySide6.QtWidgets import QFileDialog

    folder, key = tmp_path / "two-editions", make_key(tmp_path / "keys")
    for version in ("2.0", "2.1"):
        publish_version(content_dir, folder, key, version)
    targets = folder / "targets"
    for version in ("2.1", "2.0"):
        chosen = str(next(targets.glob(f"*.mtviewer-{version}.sqlite")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, c=chosen: (c, ""))
        window.actions_by_name["install-edition"].trigger()
        if version == "2.1":
            qtbot.waitUntil(lambda: shows_installed(window), timeout=15_000)
            shown = window.content.location
    box = wait_for_box(qtbot, window)
    assert box.objectName() == "edition-refused"
    assert "It is older than the edition you see now" in box.text()
    assert "Nothing was changed: you still see edition 2.1" in box.text()
    assert window.content.location == shown
    assert "2.1" in window.edition_label.text()
