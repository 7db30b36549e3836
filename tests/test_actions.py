"""Every menu action and every page action is bound and runs (with its dialogs answered)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from mtviewer.content.kinds import KINDS
from mtviewer.ui import actions, pages


@pytest.fixture
def answered(monkeypatch):
    """Every dialog is answered at once (Cancel, or no file), nothing is opened outside."""
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(type(self).__name__))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, **k: QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    return shown


def test_every_action_has_a_slot_and_every_slot_an_action(window):
    assert set(actions.names()) == set(window.slots())
    built = set(window.actions_by_name)
    for name in actions.names():
        assert name in built or any(b.startswith(f"{name}-") for b in built), name


def test_every_menu_action_runs(window, qtbot, answered):
    window.show_tab("quote").view.selectRow(0)
    for name, action in window.actions_by_name.items():
        if name == "quit" or action.menu() is not None:
            continue
        if name.startswith("language-"):
            with qtbot.waitSignal(window.languageChangeRequested) as told:
                action.trigger()
            assert told.args == [name.removeprefix("language-")]
            continue
        action.trigger()
        if window.printing.presentation is not None:
            window.printing.presentation.close()
    recent = window.actions_by_name["recent"].menu()
    recent.aboutToShow.emit()
    assert recent.actions()
    window.actions_by_name["quit"].trigger()
    assert not window.isVisible()


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_page_action_runs(window, content, answered, kind):
    for action in pages.module(kind).ACTIONS:
        for record_id in content.ids(kind):
            window.run_action(kind, action, record_id)
