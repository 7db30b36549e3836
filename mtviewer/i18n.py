"""Choosing the interface language and installing its Qt translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import paths

NORWEGIAN = ("nb", "nn", "no")
QT_CATALOG_FALLBACKS = {"nb": ("nb", "no", "nn")}
"""Qt ships no bokmål catalog for its own dialogs; nynorsk is the closest it has."""
OWN_QT_CATALOG = "qtbase_{}"
"""Our bokmål for the Qt strings the app's dialogs show (file and print dialogs, print
preview, message boxes, button boxes, the context menus of text fields), in
``resources/translations``. Installed after Qt's nynorsk, so it is asked first; a Qt
string it lacks still comes in nynorsk rather than English."""


def language_for_locale(locale_name: str) -> str:
    """Bokmål for Norwegian locales (nb, nn, no), English for everything else."""
    return "nb" if locale_name.split("_")[0].lower() in NORWEGIAN else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load mtviewer's and Qt's own catalogs for ``language``; keep the result alive."""
    QLocale.setDefault(QLocale("nb_NO" if language == "nb" else "en_GB"))
    ours = str(paths.translations_dir())
    if language == "en":  # the source is English; its catalog holds only plural forms
        return _install(app, [[("mtviewer_en", ours)]])
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = [[(f"qtbase_{code}", qt_folder) for code in QT_CATALOG_FALLBACKS[language]],
                [(OWN_QT_CATALOG.format(language), ours)],
                [(f"mtviewer_{language}", ours)]]
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
