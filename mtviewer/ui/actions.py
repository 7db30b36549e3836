"""The window's menus and actions, declared as data and built in one place.

After Picard's action table: each action is (name, text, shortcuts, tip). The window hands
``build_menus`` what each name does (``MainWindow.slots``), bound when the menus are built:
a name without a slot fails there, not when someone clicks it, and features never reach
into the menu bar to install themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..i18n import LANGUAGES, app_name
from ..messages import QT_TRANSLATE_NOOP
from .kinds import TABS, tab_shortcut, tab_title

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Action:
    name: str
    text: str
    keys: tuple[str, ...] = ()
    tip: str = ""
    checkable: bool = False
    """Its slot is called with whether it is now checked."""
    tab: str | None = None
    """The tab it shows: its text is the tab's title."""


@dataclass(frozen=True)
class Choice:
    """A submenu of mutually exclusive choices, the current one ticked."""

    name: str
    text: str
    options: tuple[tuple[str, str], ...]
    """(value, text) pairs; the texts are translated unless ``literal``. Its slot is called
    with the value chosen; ``current[name]()`` tells the value chosen now."""
    literal: bool = False


@dataclass(frozen=True)
class Dynamic:
    """A submenu whose entries are made each time it opens (File → Recent)."""

    name: str
    text: str
    """Its slot fills the menu: it is called with the menu each time it opens."""


SEPARATOR = None
Item = Action | Choice | Dynamic | None


def _tab_actions() -> tuple[Action, ...]:
    return tuple(Action(f"show-{tab}", tab, (tab_shortcut(tab),),
                        QT_TRANSLATE_NOOP("Actions", "Show the %1 tab"), tab=tab)
                 for tab in TABS)


ZOOM_TIP = QT_TRANSLATE_NOOP("Actions", "Make all text larger or smaller (50 % to 300 %)")

MENUS: tuple[tuple[str, tuple[Item, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "&File"), (
        Action("open-database", QT_TRANSLATE_NOOP("Actions", "&Open database…"), ("Ctrl+O",),
               QT_TRANSLATE_NOOP("Actions", "Show another content database")),
        Dynamic("recent", QT_TRANSLATE_NOOP("Actions", "Open &recent")),
        Action("install-edition", QT_TRANSLATE_NOOP("Actions", "&Install content edition…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Check a signed content edition from a file "
                                                "or feed, and make it the one you see")),
        Action("choose-edition", QT_TRANSLATE_NOOP("Actions", "C&hoose content edition…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Go back to the previous edition, or to the "
                                                "one that came with the app")),
        SEPARATOR,
        Action("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",),
               QT_TRANSLATE_NOOP("Actions", "Close the window and quit")),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"), (
        Action("find", QT_TRANSLATE_NOOP("Actions", "&Find in this tab"), ("Ctrl+F",),
               QT_TRANSLATE_NOOP("Actions", "Search the list in the current tab")),
        Action("find-everywhere", QT_TRANSLATE_NOOP("Actions", "Search &everything"), ("Ctrl+K",),
               QT_TRANSLATE_NOOP("Actions", "Search all tabs at once")),
        SEPARATOR,
        Action("copy-citation", QT_TRANSLATE_NOOP("Actions", "Copy as &citation"),
               ("Ctrl+Shift+C",),
               QT_TRANSLATE_NOOP("Actions", "Copy the record shown, with who, where, when and "
                                            "its sources, to paste into a document")),
        Action("copy-apa", QT_TRANSLATE_NOOP("Actions", "Copy as &APA 7 references"),
               ("Ctrl+Alt+C",),
               QT_TRANSLATE_NOOP("Actions", "Copy the record shown as references in APA 7 "
                                            "style, with the day they were read")),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&View"), (
        *_tab_actions(),
        SEPARATOR,
        Action("back", QT_TRANSLATE_NOOP("Actions", "&Back"), ("Alt+Left",),
               QT_TRANSLATE_NOOP("Actions", "Show the record or tab shown before (Alt+Left)")),
        Action("forward", QT_TRANSLATE_NOOP("Actions", "&Forward"),
               ("Alt+Right",),
               QT_TRANSLATE_NOOP("Actions", "Go forward again (Alt+Right)")),
        SEPARATOR,
        Action("zoom-in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
               ("Ctrl++", "Ctrl+="), ZOOM_TIP),
        Action("zoom-out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
               ("Ctrl+-",), ZOOM_TIP),
        Action("zoom-reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"),
               ("Ctrl+0",), ZOOM_TIP),
        Choice("colours", QT_TRANSLATE_NOOP("Actions", "&Colours"), (
            ("system", QT_TRANSLATE_NOOP("Actions", "Follow the &system")),
            ("light", QT_TRANSLATE_NOOP("Actions", "&Light")),
            ("dark", QT_TRANSLATE_NOOP("Actions", "&Dark")),
            ("contrast", QT_TRANSLATE_NOOP("Actions", "&High contrast")),
        )),
        SEPARATOR,
        Choice("language", QT_TRANSLATE_NOOP("Actions", "&Language"),
               tuple((code, language.name) for code, language in LANGUAGES.items()),
               literal=True),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Print"), (
        Action("add-chosen", QT_TRANSLATE_NOOP("Actions", "&Add chosen quotes"), ("Ctrl+D",),
               QT_TRANSLATE_NOOP("Actions",
                                 "Add the quotes chosen in the list to the print selection")),
        Action("add-shown", QT_TRANSLATE_NOOP("Actions", "Add all &shown quotes"),
               ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("Actions", "Add every quote the list shows now")),
        SEPARATOR,
        Action("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), ("Ctrl+P",),
               QT_TRANSLATE_NOOP("Actions",
                                 "Preview the print selection, then print it or save a PDF")),
        Action("export-pdf", QT_TRANSLATE_NOOP("Actions", "&Export PDF…"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Save the print selection as a PDF file")),
        Action("present", QT_TRANSLATE_NOOP("Actions", "P&resent the selection"), ("F5",),
               QT_TRANSLATE_NOOP("Actions", "Show the chosen quotes one at a time, full "
                                            "screen, for a group session")),
        SEPARATOR,
        Action("show-print-selection", QT_TRANSLATE_NOOP("Actions", "Show print &selection"),
               ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("Actions", "Show or hide the print selection panel"),
               checkable=True),
    )),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), (
        Action("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1",),
               QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut")),
        Action("search-help", QT_TRANSLATE_NOOP("Actions", "How to &search"), ("Shift+F1",),
               QT_TRANSLATE_NOOP("Actions", "Words, forms, phrases, fields and leaving out")),
        Action("check-content", QT_TRANSLATE_NOOP("Actions", "Check for new &content"),
               tip=QT_TRANSLATE_NOOP("Actions", "Look in the content feed set up for this PC "
                                                "for a newer edition")),
        SEPARATOR,
        Action("about", QT_TRANSLATE_NOOP("Actions", "&About %1"),
               tip=QT_TRANSLATE_NOOP("Actions", "Version, content edition, sources and licences")),
    )),
)


Slots = Mapping[str, Callable[..., object]]


def build_menus(window: QMainWindow, slots: Slots,
                current: Mapping[str, Callable[[], str]]) -> dict[str, QAction]:
    """Fill the window's menu bar from ``MENUS``, each action bound to its slot in ``slots``
    (by name; ``current`` gives each choice's value now); the actions by name."""
    built: dict[str, QAction] = {}
    for title, items in MENUS:
        menu = window.menuBar().addMenu(translate("Actions", title))
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, Choice):
                _add_choice(window, menu, item, slots[item.name], current[item.name](), built)
            elif isinstance(item, Dynamic):
                submenu = menu.addMenu(translate("Actions", item.text))
                submenu.setObjectName(item.name)
                fill = slots[item.name]
                submenu.aboutToShow.connect(lambda m=submenu, f=fill: f(m))
                built[item.name] = submenu.menuAction()
            else:
                built[item.name] = _add_action(window, menu, item, slots[item.name])
    return built


def _text(text: str, literal: bool) -> str:
    return text if literal else translate("Actions", text)


def _add_action(window: QMainWindow, menu: QMenu, spec: Action,
                slot: Callable[..., object]) -> QAction:
    text = (tab_title(spec.tab).replace("&", "&&") if spec.tab is not None
            else _text(spec.text, False).replace("%1", app_name().replace("&", "&&")))
    action = QAction(text, window)
    action.setObjectName(spec.name)
    action.setShortcuts([QKeySequence(k) for k in spec.keys])
    if spec.tip:
        tip = translate("Actions", spec.tip).replace("%1", text.replace("&&", "&"))
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(spec.checkable)
    if spec.checkable:
        action.triggered.connect(lambda checked: slot(checked))
    else:
        action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def _add_choice(window: QMainWindow, parent: QMenu, spec: Choice, choose: Callable[..., object],
                current: str, built: dict[str, QAction]) -> None:
    menu = parent.addMenu(translate("Actions", spec.text))
    group = QActionGroup(menu)
    for value, text in spec.options:
        action = QAction(_text(text, spec.literal), group)
        action.setObjectName(f"{spec.name}-{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _=False, v=value: choose(v))
        menu.addAction(action)
        built[action.objectName()] = action


def names() -> list[str]:
    """Every name ``build_menus`` needs a slot for."""
    return [item.name for _, items in MENUS for item in items if item is not None]
