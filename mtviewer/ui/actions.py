"""The window's menus and actions, declared as data and built in one place.

After Picard's action table: each action is (name, text, slot, shortcuts, tip); its slot is
a path from the window ("printing.print_preview"), so features provide slots and never
reach into the menu bar to install themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..i18n import LANGUAGES
from .kinds import TABS, tab_shortcut, tab_title

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Action:
    name: str
    text: str
    slot: str
    """The path, from the window, of what the action calls."""
    keys: tuple[str, ...] = ()
    tip: str = ""
    argument: str | None = None
    """Passed to the slot, when given."""
    checkable: bool = False
    literal: bool = False
    """``text`` is shown as it is (a tab's title, already translated)."""


@dataclass(frozen=True)
class Choice:
    """A submenu of mutually exclusive choices, the current one ticked."""

    name: str
    text: str
    options: tuple[tuple[str, str], ...]
    """(value, text) pairs; the texts are translated unless ``literal``."""
    current: str
    """The path of the value chosen now."""
    choose: str
    """The path of what is called with the chosen value."""
    literal: bool = False


@dataclass(frozen=True)
class Dynamic:
    """A submenu whose entries are made each time it opens (File → Recent)."""

    name: str
    text: str
    fill: str
    """The path of what fills the menu; it is called with the menu."""


SEPARATOR = None
Item = Action | Choice | Dynamic | None


def _tab_actions() -> tuple[Action, ...]:
    return tuple(Action(f"show-{kind}", kind, "show_tab", (tab_shortcut(kind),),
                        QT_TRANSLATE_NOOP("Actions", "Show the %1 tab"), argument=kind)
                 for kind in TABS)


ZOOM_TIP = QT_TRANSLATE_NOOP("Actions", "Make all text larger or smaller (50 % to 300 %)")

MENUS: tuple[tuple[str, tuple[Item, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "&File"), (
        Action("open-database", QT_TRANSLATE_NOOP("Actions", "&Open database…"),
               "open_database", ("Ctrl+O",),
               QT_TRANSLATE_NOOP("Actions", "Show another content database")),
        Dynamic("recent", QT_TRANSLATE_NOOP("Actions", "Open &recent"), "fill_recent_menu"),
        Action("install-edition", QT_TRANSLATE_NOOP("Actions", "&Install content edition…"),
               "editions.install_from_file",
               tip=QT_TRANSLATE_NOOP("Actions", "Check a signed content edition from a file "
                                                "or feed, and make it the one you see")),
        Action("choose-edition", QT_TRANSLATE_NOOP("Actions", "C&hoose content edition…"),
               "editions.choose_edition",
               tip=QT_TRANSLATE_NOOP("Actions", "Go back to the previous edition, or to the "
                                                "one that came with the app")),
        SEPARATOR,
        Action("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "close", ("Ctrl+Q",),
               QT_TRANSLATE_NOOP("Actions", "Close mtviewer")),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"), (
        Action("find", QT_TRANSLATE_NOOP("Actions", "&Find in this tab"),
               "focus_tab_search", ("Ctrl+F",),
               QT_TRANSLATE_NOOP("Actions", "Search the list in the current tab")),
        Action("find-everywhere", QT_TRANSLATE_NOOP("Actions", "Search &everything"),
               "focus_global_search", ("Ctrl+K",),
               QT_TRANSLATE_NOOP("Actions", "Search all tabs at once")),
        SEPARATOR,
        Action("copy-citation", QT_TRANSLATE_NOOP("Actions", "Copy as &citation"),
               "copy_citation", ("Ctrl+Shift+C",),
               QT_TRANSLATE_NOOP("Actions", "Copy the record shown, with who, where, when and "
                                            "its sources, to paste into a document")),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&View"), (
        *_tab_actions(),
        SEPARATOR,
        Action("back", QT_TRANSLATE_NOOP("Actions", "&Back"), "navigator.back", ("Alt+Left",),
               QT_TRANSLATE_NOOP("Actions", "Show the record or tab shown before (Alt+Left)")),
        Action("forward", QT_TRANSLATE_NOOP("Actions", "&Forward"), "navigator.forward",
               ("Alt+Right",),
               QT_TRANSLATE_NOOP("Actions", "Go forward again (Alt+Right)")),
        SEPARATOR,
        Action("zoom-in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "zoom.zoom_in",
               ("Ctrl++", "Ctrl+="), ZOOM_TIP),
        Action("zoom-out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "zoom.zoom_out",
               ("Ctrl+-",), ZOOM_TIP),
        Action("zoom-reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"), "zoom.reset",
               ("Ctrl+0",), ZOOM_TIP),
        Choice("colours", QT_TRANSLATE_NOOP("Actions", "&Colours"), (
            ("system", QT_TRANSLATE_NOOP("Actions", "Follow the &system")),
            ("light", QT_TRANSLATE_NOOP("Actions", "&Light")),
            ("dark", QT_TRANSLATE_NOOP("Actions", "&Dark")),
            ("contrast", QT_TRANSLATE_NOOP("Actions", "&High contrast")),
        ), "colours.scheme", "colours.set_scheme"),
        SEPARATOR,
        Choice("language", QT_TRANSLATE_NOOP("Actions", "&Language"),
               tuple((code, language.name) for code, language in LANGUAGES.items()), "language",
               "languageChangeRequested.emit", literal=True),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Print"), (
        Action("add-chosen", QT_TRANSLATE_NOOP("Actions", "&Add chosen quotes"),
               "printing.add_chosen_quotes", ("Ctrl+D",),
               QT_TRANSLATE_NOOP("Actions",
                                 "Add the quotes chosen in the list to the print selection")),
        Action("add-shown", QT_TRANSLATE_NOOP("Actions", "Add all &shown quotes"),
               "printing.add_shown_quotes", ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("Actions", "Add every quote the list shows now")),
        SEPARATOR,
        Action("print", QT_TRANSLATE_NOOP("Actions", "&Print…"),
               "printing.print_preview", ("Ctrl+P",),
               QT_TRANSLATE_NOOP("Actions",
                                 "Preview the print selection, then print it or save a PDF")),
        Action("export-pdf", QT_TRANSLATE_NOOP("Actions", "&Export PDF…"),
               "printing.export_pdf", ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Save the print selection as a PDF file")),
        Action("present", QT_TRANSLATE_NOOP("Actions", "P&resent the selection"),
               "printing.present", ("F5",),
               QT_TRANSLATE_NOOP("Actions", "Show the chosen quotes one at a time, full "
                                            "screen, for a group session")),
        SEPARATOR,
        Action("show-print-selection", QT_TRANSLATE_NOOP("Actions", "Show print &selection"),
               "printing.set_panel_visible", ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("Actions", "Show or hide the print selection panel"),
               checkable=True),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), (
        Action("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               "show_shortcuts", ("F1",),
               QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut")),
        Action("search-help", QT_TRANSLATE_NOOP("Actions", "How to &search"),
               "show_search_help", ("Shift+F1",),
               QT_TRANSLATE_NOOP("Actions", "Words, forms, phrases, fields and leaving out")),
        Action("check-content", QT_TRANSLATE_NOOP("Actions", "Check for new &content"),
               "editions.check_for_new",
               tip=QT_TRANSLATE_NOOP("Actions", "Look in the content feed set up for this PC "
                                                "for a newer edition")),
        SEPARATOR,
        Action("about", QT_TRANSLATE_NOOP("Actions", "&About mtviewer"), "show_about",
               tip=QT_TRANSLATE_NOOP("Actions", "Version, content edition, sources and licences")),
    )),
)


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    """Fill the window's menu bar from ``MENUS``; the actions by name."""
    built: dict[str, QAction] = {}
    for title, items in MENUS:
        menu = window.menuBar().addMenu(translate("Actions", title))
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, Choice):
                _add_choice(window, menu, item, built)
            elif isinstance(item, Dynamic):
                submenu = menu.addMenu(translate("Actions", item.text))
                submenu.setObjectName(item.name)
                fill = _slot(window, item.fill)
                submenu.aboutToShow.connect(lambda m=submenu, f=fill: f(m))
                built[item.name] = submenu.menuAction()
            else:
                built[item.name] = _add_action(window, menu, item)
    return built


def _text(text: str, literal: bool) -> str:
    return text if literal else translate("Actions", text)


def _add_action(window: QMainWindow, menu: QMenu, spec: Action) -> QAction:
    text = (tab_title(spec.argument).replace("&", "&&") if spec.argument in TABS
            else _text(spec.text, spec.literal))
    action = QAction(text, window)
    action.setObjectName(spec.name)
    action.setShortcuts([QKeySequence(k) for k in spec.keys])
    if spec.tip:
        tip = translate("Actions", spec.tip).replace("%1", text.replace("&&", "&"))
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(spec.checkable)
    slot = _slot(window, spec.slot)
    if spec.argument is not None:
        action.triggered.connect(lambda _=False, a=spec.argument: slot(a))
    elif spec.checkable:
        action.triggered.connect(lambda checked: slot(checked))
    else:
        action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def _slot(window: QMainWindow, path: str) -> Callable:
    """Calls what ``path`` names on the window at the time of the call (a feature such as
    printing is rebuilt when another database is opened)."""
    find = attrgetter(path)
    return lambda *args: find(window)(*args)


def _add_choice(window: QMainWindow, parent: QMenu, spec: Choice,
                built: dict[str, QAction]) -> None:
    menu = parent.addMenu(translate("Actions", spec.text))
    group = QActionGroup(menu)
    current = attrgetter(spec.current)(window)
    choose = _slot(window, spec.choose)
    for value, text in spec.options:
        action = QAction(_text(text, spec.literal), group)
        action.setObjectName(f"{spec.name}-{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _=False, c=choose, v=value: c(v))
        menu.addAction(action)
        built[action.objectName()] = action
