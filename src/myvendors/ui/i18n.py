"""Translations: MyVendors' own (resources/i18n/myvendors_<code>.qm) and Qt's for its standard texts.

`install(app, language)` runs once at start-up, before any window exists ("system": the OS's
language when MyVendors has a translation for it; else English, the source language).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE = "myvendors"


def i18n_dir() -> Path:
    return Path(str(resources.files("myvendors.resources") / "i18n"))


def available() -> list[str]:
    """The language codes MyVendors has a compiled translation for (English needs none)."""
    folder = i18n_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem.removeprefix(f"{CATALOGUE}_") for p in folder.glob(f"{CATALOGUE}_*.qm"))


def locale_for(language: str) -> QLocale:
    return QLocale.system() if language == "system" else QLocale(language)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language` ("system", "en", "de", …) into `app`; returns them (keep them alive)."""
    if language == "en":
        return []
    locale = locale_for(language)
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(locale, CATALOGUE, "_", str(i18n_dir())):
        app.installTranslator(own)
        installed.append(own)
        qt = QTranslator(app)  # OK, Cancel, the file dialogs: only with a translation of our own
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed
