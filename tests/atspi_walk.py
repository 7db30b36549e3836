"""Walk mtviewer's live window through AT-SPI, as a screen reader sees it; print JSON.

Run by Debian's /usr/bin/python3 (python3-pyatspi), on an X display, inside a D-Bus session:
    atspi_walk.py PYTHON MAIN_PY LANG DB
It starts the app with that Python, fills the search fields (their clear buttons show only
then), walks every showing object and reports the controls without a name or a role, and
the controls a keyboard cannot reach.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi

CONTROLS = {  # role: must a keyboard be able to reach it?
    pyatspi.ROLE_PUSH_BUTTON: True, pyatspi.ROLE_TOGGLE_BUTTON: True,
    pyatspi.ROLE_CHECK_BOX: True, pyatspi.ROLE_RADIO_BUTTON: True,
    pyatspi.ROLE_ENTRY: True, pyatspi.ROLE_TEXT: True, pyatspi.ROLE_PASSWORD_TEXT: True,
    pyatspi.ROLE_COMBO_BOX: True, pyatspi.ROLE_SPIN_BUTTON: True,
    pyatspi.ROLE_LIST: True, pyatspi.ROLE_TABLE: True, pyatspi.ROLE_TREE_TABLE: True,
    pyatspi.ROLE_PAGE_TAB_LIST: False, pyatspi.ROLE_PAGE_TAB: False, pyatspi.ROLE_LINK: True,
    pyatspi.ROLE_SLIDER: True, pyatspi.ROLE_MENU_ITEM: False, pyatspi.ROLE_MENU: False,
    pyatspi.ROLE_LABEL: False, pyatspi.ROLE_STATUS_BAR: False, pyatspi.ROLE_CHECK_MENU_ITEM: False,
    pyatspi.ROLE_TOOL_BAR: False, pyatspi.ROLE_SPLIT_PANE: False,
}
"""Page tabs are reached with Ctrl+1…4 and the arrow keys on the focusable tab bar; menus
with Alt and the arrow keys; labels are read, not operated. A field's clear button takes
no focus: Esc empties the field."""


DETAILS = ("Record details", "Detaljer om oppføringen")
"""The detail pane's name in each language."""


def find_app(name: str, timeout: float):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount:
                frame = app[0]
                if frame is not None and frame.childCount:
                    return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for child in node:
        yield from walk(child, depth + 1)


def showing(node) -> bool:
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def describe(node) -> str:
    return f"{node.getRoleName()} {node.name!r} in {node.parent.getRoleName() if node.parent else '-'}"


def survey(app) -> dict:
    seen, unnamed, unreachable, roleless, details = [], [], [], [], []
    links = 0
    hidden = []
    for node in walk(app):
        if node.getRole() in (pyatspi.ROLE_APPLICATION,):
            continue
        if not showing(node):  # hidden controls (a toolbar's "more" toggle) need names too
            if node.getRole() in CONTROLS and CONTROLS[node.getRole()] and not (
                    node.name or "").strip() and not (node.getRole() == pyatspi.ROLE_TEXT
                                                      and node.parent is not None and
                                                      node.parent.getRole() ==
                                                      pyatspi.ROLE_SPIN_BUTTON):
                hidden.append(describe(node))
            continue
        role = node.getRole()
        if role in (pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID):
            roleless.append(describe(node))  # Qt gives splitter handles and size grips none
            if not (node.name or "").strip():
                unnamed.append(describe(node))
            continue
        if role not in CONTROLS:
            continue
        if node.name in DETAILS:  # links in the details are followed with Tab and Enter
            details.append(node.getState().contains(pyatspi.STATE_FOCUSABLE))
        seen.append(describe(node))
        name = (node.name or "").strip()
        if not name and role not in (pyatspi.ROLE_LABEL, pyatspi.ROLE_TOOL_BAR):
            if role == pyatspi.ROLE_TEXT and node.parent is not None and (
                    node.parent.getRole() == pyatspi.ROLE_SPIN_BUTTON):
                pass  # a spin box's own editor: the spin box carries the name
            else:
                unnamed.append(describe(node))
        clear_button = role == pyatspi.ROLE_PUSH_BUTTON and node.parent is not None and (
            node.parent.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY))
        if (CONTROLS[role] and not clear_button
                and not node.getState().contains(pyatspi.STATE_FOCUSABLE)
                and node.getState().contains(pyatspi.STATE_SENSITIVE)):
            unreachable.append(describe(node))
        links += count_links(node)
    return {"seen": seen, "unnamed": unnamed + hidden, "unreachable": unreachable,
            "roleless": roleless, "links": [links], "details": details}


def count_links(node) -> int:
    """Links inside a text (the detail pane): reached with Tab when the text can take focus."""
    try:
        hypertext = node.queryHypertext()
    except NotImplementedError:
        return 0
    count = hypertext.getNLinks()
    if count and not node.getState().contains(pyatspi.STATE_FOCUSABLE):
        raise AssertionError(f"links in {describe(node)}, which takes no focus")
    return count


def open_print_panel(app) -> bool:
    """Show the print selection panel from its menu entry, as a keyboard user would."""
    for node in walk(app):
        if node.getRole() in (pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_MENU_ITEM) and (
                node.name.replace("&", "") in ("Show print selection", "Vis utskriftsutvalget")):
            node.queryAction().doAction(0)
            return True
    return False


def fill_search_fields(app) -> int:
    filled = 0
    for node in walk(app):
        states = node.getState()
        if (node.getRole() in (pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT) and showing(node)
                and states.contains(pyatspi.STATE_EDITABLE)):
            try:
                node.queryEditableText().setTextContents("musikk")
                filled += 1
            except NotImplementedError:
                pass
    return filled


def main() -> int:
    python, main_py, language, db = sys.argv[1:5]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    env.pop("QT_QPA_PLATFORM", None)
    home = env.get("XDG_CONFIG_HOME")
    process = subprocess.Popen([python, main_py, "--lang", language, "--db", db], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        app = find_app("mtviewer", 40)
        if app is None:
            print(json.dumps({"error": "the app did not appear on the AT-SPI bus",
                              "stderr": process.stderr.read() if process.poll() is not None
                              else "", "home": home}))
            return 1
        time.sleep(1.5)
        first = survey(app)
        filled = fill_search_fields(app)
        deadline = time.monotonic() + 30  # the global search has counted and chosen its tab:
        while time.monotonic() < deadline and not any(  # its tab titles carry hits
                node.getRole() == pyatspi.ROLE_PAGE_TAB and "(" in (node.name or "")
                for node in walk(app)):
            time.sleep(0.5)
        time.sleep(0.5)
        panel = open_print_panel(app)
        deadline = time.monotonic() + 30  # the Quotes tab and the panel are built on demand
        second = survey(app)
        while panel and time.monotonic() < deadline and not any(
                entry.startswith("list ") for entry in second["seen"]):
            time.sleep(0.5)
            second = survey(app)
        result = {key: sorted(set(first[key]) | set(second[key])) for key in first
                  if key != "details"}
        result["details"] = first["details"] + second["details"]
        result.update(filled=filled, panel=panel, links=[max(first["links"] + second["links"])])
        print(json.dumps(result, ensure_ascii=False))
        return 0
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
