"""Translations: MyVendors' own (resources/i18n/myvendors_<code>.qm) and Qt's for its standard texts.

`install(app, language)` runs once at start-up, before any window exists ("system": the OS's
language when MyVendors has a translation for it; else English, the source language). It also sets
the locale dates, numbers and amounts are written in (`QLocale.setDefault`, read by ui/formatting.py):
the system's for "system"; for a chosen language, the system's when it speaks that language (so an
Austrian who chose German keeps de_AT), else the language's own (de → de_DE, fr → fr_FR).

The services (no Qt there) mark their texts with `QT_TRANSLATE_NOOP` (context "Errors", and
"Package" for a package's plain rendering); `error_text` and `translated` turn them into the
user's language when the app shows them.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from myvendors.errors import CONTEXT as ERRORS
from myvendors.errors import Message, MyVendorsError

CATALOGUE = "myvendors"
PACKAGE = "Package"  # domain.sharing.render.CONTEXT (not imported here: it is not needed before the first window)


def i18n_dir() -> Path:
    return Path(str(resources.files("myvendors.resources") / "i18n"))


def available() -> list[str]:
    """The language codes MyVendors has a compiled translation for (English needs none)."""
    folder = i18n_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem.removeprefix(f"{CATALOGUE}_") for p in folder.glob(f"{CATALOGUE}_*.qm"))


def locale_for(language: str) -> QLocale:
    """The locale of an app language ("system", "en", "de", "fr", …)."""
    system = QLocale.system()
    if language == "system":
        return system
    chosen = QLocale(language)
    return system if system.language() == chosen.language() else chosen


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language` ("system", "en", "de", …) into `app` and make its
    locale the default; returns the translators (keep them alive)."""
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language == "en":
        return []
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


def translated(text: str | None, context: str = ERRORS) -> str:
    """A service's text in the user's language: a marked text, or a `Message` whose template is
    translated and filled with its parameters (which are translated the same way, so that a message
    quoting another one is translated throughout). Unknown texts stay as they are."""
    if not text:
        return text or ""
    if isinstance(text, Message):
        params = {key: translated(value, context) if isinstance(value, str) else value
                  for key, value in text.params.items()}
        template = QCoreApplication.translate(context, text.template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a parameter: English beats nothing
            return text.template.format(**params)
    return QCoreApplication.translate(context, text)


def error_text(error: MyVendorsError) -> str:
    """What the desktop app says about a service's error: its message, detail and advice, translated."""
    return "\n".join(translated(part) for part in error.parts())


def package_words(text: str) -> str:
    """The words of a package's plain rendering (`domain.sharing.render`) in the user's language."""
    return QCoreApplication.translate(PACKAGE, text)
