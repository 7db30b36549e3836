"""Settings are declared once (``mtviewer.settings``); absurd or damaged values fall back to
their defaults with a line in the log, and saved layouts never hide the list."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QWidget

from mtviewer import settings as registry
from mtviewer.settings import Option, Settings

from .conftest import REPO

OPTIONS = [value for value in vars(registry).values() if isinstance(value, Option)]
ABSURD = ["1e308", -5, str(10**30), "\0", "x" * 100_000, ["a", 7], QByteArray(b"\xff" * 200_000),
          {"a": 1}, 3.5]


def test_every_setting_is_declared_with_a_default_of_its_own_type():
    assert len(OPTIONS) >= 15
    keys = [option.key for option in OPTIONS]
    assert len(keys) == len(set(keys))
    for option in OPTIONS:
        assert isinstance(option.default, option.type), option.key
        assert option.read(None, option.key) == option.default


@pytest.mark.parametrize("option", OPTIONS, ids=lambda o: o.key)
def test_an_absurd_stored_value_reads_as_the_default_and_is_logged(option, settings, caplog):
    where = {"kind": "quote"} if "{kind}" in option.key else {}
    for raw in ABSURD:
        settings.store.setValue(option.key.format(**where), raw)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="mtviewer.settings"):
            value = settings.get(option, **where)
        assert isinstance(value, option.type)
        if value != option.default:  # kept: it must be within the option's bounds
            assert within(option, value), (option.key, raw, value)
        else:
            assert caplog.records, (option.key, raw)


def within(option: Option, value) -> bool:
    low, high = option.bounds or (0, 1 << 62)
    if option.type is str:
        return len(value) <= high and "\0" not in value and (
            option.choices is None or value in option.choices)
    if option.type is list:
        return len(value) <= high and all(isinstance(i, str) and "\0" not in i for i in value)
    if option.type is int:
        return low <= value <= high
    return option.type is bool


def test_values_in_bounds_are_kept(settings):
    settings[registry.ZOOM] = 150
    settings[registry.PANEL_VISIBLE] = True
    settings[registry.LANGUAGE] = "nb"
    assert (settings[registry.ZOOM], settings[registry.PANEL_VISIBLE],
            settings[registry.LANGUAGE]) == (150, True, "nb")
    settings.store.setValue("view/zoom", 301)
    settings.store.setValue("view/language", "xx")
    assert (settings[registry.ZOOM], settings[registry.LANGUAGE]) == (100, "")


def absurd_layout(settings: Settings) -> None:
    """A saved layout that would hide the list: an off-screen 30,000-pixel window, a
    collapsed list, hidden columns and 500,000-pixel ones."""
    huge = QMainWindow()
    huge.setGeometry(QRect(-40_000, -40_000, 30_000, 30_000))
    settings[registry.WINDOW_GEOMETRY] = huge.saveGeometry()
    split = QSplitter()
    split.addWidget(QWidget())
    split.addWidget(QWidget())
    split.resize(1000, 500)
    split.show()
    split.setSizes([0, 1000])
    view = QTableView()
    view.show()
    for kind, columns in (("quote", 5), ("event", 4), ("topic", 2)):
        view.setModel(QStandardItemModel(3, columns))
        header = view.horizontalHeader()
        for column in range(1, columns):
            header.resizeSection(column, 500_000)
        header.hideSection(0)
        settings.set(registry.TAB_HEADER, header.saveState(), kind=kind)
        settings.set(registry.TAB_SPLITTER, split.saveState(), kind=kind)
    settings.sync()


def test_a_layout_that_would_hide_the_list_is_put_right(qtbot, content, settings, tmp_path):
    from mtviewer.ui.main_window import MainWindow

    absurd_layout(settings)
    window = MainWindow(content, settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    screen = window.screen().availableGeometry()
    assert screen.contains(window.geometry().topLeft())
    assert window.width() <= screen.width() and window.height() <= screen.height()
    for kind in ("quote", "event", "topic"):
        tab = window.show_tab(kind)
        header = tab.view.horizontalHeader()
        assert not any(header.isSectionHidden(i) for i, column in enumerate(tab.model.columns)
                       if not column.drop), kind  # a narrow list may leave out some
        assert all(0 < header.sectionSize(i) <= 8000 for i in range(header.count())
                   if not header.isSectionHidden(i)), kind
        qtbot.waitUntil(lambda t=tab: min(t.splitter.sizes()) > 0.12 * sum(t.splitter.sizes()))


def test_the_app_starts_normally_with_an_absurd_saved_layout(tmp_path):
    config = tmp_path / "config" / "mtviewer"
    config.mkdir(parents=True)
    absurd_layout(Settings(QSettings(str(config / "mtviewer.conf"), QSettings.Format.IniFormat)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MTVIEWER_QUIT_AFTER_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "MTVIEWER_SYSTEM_DIR": str(tmp_path / "system")}
    result = subprocess.run([sys.executable, "-m", "mtviewer", "--lang", "en"], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "PAINTED" in result.stdout
