"""The interface languages, declared once, choosing one and installing its Qt translators.

Adding a language is an entry in ``LANGUAGES`` plus its catalogs in
``resources/translations`` (``mtviewer_XX.ts``, compiled to ``.qm``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from . import paths


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    """In its own words, as the View menu and ``--help`` offer it."""
    locale: str
    """The QLocale it sets: dates, numbers and lists in its manner."""
    system_locales: tuple[str, ...] = ()
    """The system locales' language codes that choose it when nothing else does."""
    qt_catalogs: tuple[str, ...] = ()
    """Qt's own catalogs for its dialogs, the first one found is used; none: Qt's English."""


LANGUAGES: dict[str, Language] = {language.code: language for language in (
    Language("nb", "Norsk bokmål", "nb_NO", ("nb", "nn", "no"),
             ("qtbase_nb", "qtbase_no", "qtbase_nn")),
    # Qt ships no bokmål catalog for its own dialogs; nynorsk is the closest it has.
    Language("en", "English", "en_GB"),
)}
FALLBACK = "en"
"""The source language, for every system locale no language claims."""
OWN_QT_CATALOG = "qtbase_{}"
"""Our bokmål for the Qt strings the app's dialogs show (file and print dialogs, print
preview, message boxes, button boxes, the context menus of text fields), in
``resources/translations``. Installed after Qt's nynorsk, so it is asked first; a Qt
string it lacks still comes in nynorsk rather than English."""


def app_name() -> str:
    """What people call the app, in the interface language ("Music therapy resources"):
    window titles, About, printed footers. ``mtviewer`` stays the command and package."""
    return QCoreApplication.translate("App", "Music therapy resources")


def language_for_locale(locale_name: str) -> str:
    """The language a system locale ("nb_NO", "nn_NO.UTF-8") chooses; English otherwise."""
    code = locale_name.split("_")[0].split(".")[0].lower()
    return next((language.code for language in LANGUAGES.values()
                 if code in language.system_locales), FALLBACK)


def current() -> str:
    """The interface language in use: the one whose locale is the default now."""
    name = QLocale().name()
    return next((code for code, language in LANGUAGES.items() if language.locale == name),
                FALLBACK)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load mtviewer's and Qt's own catalogs for ``language``; keep the result alive."""
    chosen = LANGUAGES.get(language, LANGUAGES[FALLBACK])
    QLocale.setDefault(QLocale(chosen.locale))
    ours = str(paths.translations_dir())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = [[(name, qt_folder) for name in chosen.qt_catalogs]] if chosen.qt_catalogs else []
    if chosen.code != FALLBACK:  # Qt strings our dialogs show, where Qt has none of its own
        catalogs.append([(OWN_QT_CATALOG.format(chosen.code), ours)])
    catalogs.append([(f"mtviewer_{chosen.code}", ours)])  # English: only its plural forms
    return _install(app, catalogs)


def _install(app: QCoreApplication, catalogs: list[list[tuple[str, str]]]) -> list[QTranslator]:
    """The first catalog of each list that loads, installed in order (the last one wins)."""
    installed = []
    for candidates in catalogs:
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
                break
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class TranslationContext(QObject):
    """A translation context for module-level words: ``Counts.tr("%n quote(s)", None, n)``
    with ``class Counts(TranslationContext)``. ``lupdate`` reads such a call, with the class's
    name as its context, as a plural form, which it does not for ``translate()``; the class
    method makes the call typed and independent of an instance."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
