"""The user guide and the shortcuts overview: F1 opens the guide in the app's language at the
part about the page shown; every link of the guide leads to a page and section that exist; the
shortcuts dialog lists every shortcut of the window, read from its actions; every key the guide
names is a real shortcut of the window (so the guide cannot drift); the guide ships in the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS

from myvendors.ui import help as guide
from myvendors.ui import i18n, theme
from myvendors.ui.main_window import REPUTATION, REQUESTS, SHARED, VENDORS

ROOT = Path(__file__).resolve().parents[2]
PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LANGUAGES = ["en", "de", "fr"]


def _press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def _help_window(qtbot: QtBot, window: QWidget) -> guide.HelpWindow:
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(guide.HelpWindow)), timeout=WAIT_MS)
    return next(w for w in window.findChildren(guide.HelpWindow) if w.isVisible())


def _shortcuts_dialog(qtbot: QtBot, window: QWidget) -> guide.ShortcutsDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(guide.ShortcutsDialog)), timeout=WAIT_MS)
    return next(d for d in window.findChildren(guide.ShortcutsDialog) if d.isVisible())


def _window_keys(window: QWidget) -> set[str]:
    """Every key sequence (portable text) of the window's own actions."""
    keys = set()
    for action in window.findChildren(QAction):
        if guide._window_of(action) is window:
            keys.update(key.toString(PORTABLE) for key in action.shortcuts() if not key.isEmpty())
    return keys


# -- the guide in the help window -------------------------------------------------------------
def test_f1_opens_the_guide_in_english_at_the_page_shown(qtbot: QtBot, myvendors_main_window: Any) -> None:
    main = myvendors_main_window
    assert main.help_actions.help_action in main.menuBar().actions()[-1].menu().actions()
    main.go_to(REQUESTS)
    _press(qtbot, main, Qt.Key.Key_F1)
    window = _help_window(qtbot, main)
    assert window.language == "en"
    assert window.windowTitle() == "MyVendors — User guide"
    assert window.current_topic() == "requests"
    text = window.browser.toPlainText()
    assert text.startswith("Requests and sharing")
    assert "Personal requests" in text and "Ctrl+Shift+N" in text
    assert window.toc.currentItem().text(0) == "Requests and sharing"
    assert [window.toc.topLevelItem(i).text(0) for i in range(window.toc.topLevelItemCount())] == [
        "Getting started", "The vault and recovery", "Vendors, agreements, timeline and reputation",
        "Requests and sharing", "Trusted contacts", "Importing and exporting", "Keyboard shortcuts",
    ]

    # F1 on another page: the same window, at that page's part
    window.close()
    for page, topic in ((VENDORS, "vendors"), (REPUTATION, "vendors#reputation"), (SHARED, "requests#ledger")):
        main.go_to(page)
        _press(qtbot, main, Qt.Key.Key_F1)
        assert _help_window(qtbot, main) is window
        assert window.current_topic() == topic
        assert window.toc.currentItem().data(0, Qt.ItemDataRole.UserRole) == topic
        window.close()

    # …and at the part of a page that has the keyboard focus: a vendor's tab
    main.go_to(VENDORS)
    main.vendors_page.pane.view.setCurrentIndex(main.vendors_page.model.index(0, 0))
    qtbot.waitUntil(lambda: main.vendors_page.detail.vendor_id is not None, timeout=WAIT_MS)
    for tab, topic in ((main.vendors_page.detail.timeline, "vendors#timeline"), (main.vendors_page.detail.agreements, "vendors#agreements")):
        main.vendors_page.detail.tabs.setCurrentWidget(tab)
        tab.view.setFocus()
        qtbot.waitUntil(lambda tab=tab: tab.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
        _press(qtbot, main, Qt.Key.Key_F1)
        assert _help_window(qtbot, main).current_topic() == topic
        window.close()
    main.focus_search()
    _press(qtbot, main, Qt.Key.Key_F1)
    assert _help_window(qtbot, main).current_topic() == "getting-started#search"
    window.close()

    # the contents and Back lead around the guide
    item = next(item for item in window._items.values() if item.data(0, Qt.ItemDataRole.UserRole) == "vault#recovery")
    main.help_actions.show_help("getting-started")
    window._toc_chosen(item)
    assert window.current_topic() == "vault#recovery"
    assert window.browser.verticalScrollBar().value() > 0, "the section is scrolled into view"
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.current_topic() == "getting-started"

    main.help_actions.show_help("no-such-page#nowhere")
    assert window.current_topic() == "getting-started"


def test_f1_shows_the_guide_in_german_when_the_app_speaks_german(
    german: None, qtbot: QtBot, myvendors_main_window: Any
) -> None:
    main = myvendors_main_window
    assert [a.text() for a in main.menuBar().actions()[-1].menu().actions() if a.text()] == [
        "&Handbuch", "&Tastenkürzel", "Ü&ber MyVendors",
    ]
    main.go_to(VENDORS)
    _press(qtbot, main, Qt.Key.Key_F1)
    window = _help_window(qtbot, main)
    assert window.language == "de"
    assert window.windowTitle() == "MyVendors — Handbuch"
    assert window.current_topic() == "vendors"
    text = window.browser.toPlainText()
    assert text.startswith("Anbieter, Vereinbarungen, Verlauf und Reputation")
    assert window.toc.topLevelItem(0).text(0) == "Erste Schritte"
    # keys are named as this system names them: "Strg" in German
    assert "Strg+N" in text and "Ctrl+N" not in text
    main.help_actions.show_help("vault#locking")
    assert "Strg+L" in window.browser.toPlainText()


def test_f1_shows_the_guide_in_french_when_the_app_speaks_french(
    french: list[QTranslator], qtbot: QtBot, myvendors_main_window: Any
) -> None:
    main = myvendors_main_window
    assert guide.current_language() == "fr"
    main.go_to(REQUESTS)
    _press(qtbot, main, Qt.Key.Key_F1)
    window = _help_window(qtbot, main)
    assert window.language == "fr"
    assert window.current_topic() == "requests"
    text = window.browser.toPlainText()
    assert text.startswith("Demandes et partage")
    assert [window.toc.topLevelItem(i).text(0) for i in range(window.toc.topLevelItemCount())] == [
        "Premiers pas", "Le coffre et la récupération", "Fournisseurs, engagements, historique et réputation",
        "Demandes et partage", "Contacts de confiance", "Importer et exporter", "Raccourcis clavier",
    ]
    # keys are named as this system names them: "Maj" for Shift, "Suppr" for Delete in French
    assert "Ctrl+Maj+N" in text and "Shift" not in text
    main.help_actions.show_help("vendors#files")
    assert window.current_topic() == "vendors#files"
    assert "Suppr" in window.browser.toPlainText()


def test_every_translation_of_the_app_shows_its_own_guide(qapp: QApplication) -> None:
    """Each translation names its guide's folder (the marker "en" of current_language): the app in
    German shows the German guide, in French the French one, and so on for every .qm shipped."""
    assert guide.current_language() == "en"
    assert set(i18n.available()) <= set(guide.languages())
    for language in i18n.available():
        installed = i18n.install(qapp, language)
        try:
            assert guide.current_language() == language
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_the_french_guide_is_set_in_french_typography() -> None:
    """A no-break space (U+00A0) before : ; ! ? and inside « », so that they never begin a line (Qt
    reads the narrow one, U+202F, as a plain space that may break)."""
    for page in guide.PAGES:
        document = QTextDocument()
        document.setHtml(guide.read_page(guide.topic_url(page, "fr")) or "")
        text = document.toRawText()  # (toPlainText makes every no-break space a plain one)
        assert text, page
        # a space or none before : ; ! ? » (a digit aside: "0,92;" is a rate), a space or none after «,
        # English quotes; a no-break space where a space belongs is right
        found = re.finditer(r'\s[:;!?»]|[^\s\d][:;!?»]|«\s|«\S|"|“|”', text)
        bad = [text[max(0, m.start() - 20):m.end() + 5] for m in found
               if not m.group().startswith("\u00a0") and not m.group().endswith("\u00a0")]
        assert not bad, (page, bad)


def test_the_guide_is_written_in_every_language_with_the_same_pages_and_sections() -> None:
    assert guide.languages() == ["de", "en", "fr"]
    structure = {}
    for language in guide.languages():
        pages = guide.contents(language)
        assert [page for page, _ in pages] == list(guide.PAGES), language
        structure[language] = [(page, [anchor for anchor, _ in info.sections]) for page, info in pages]
        for page, info in pages:
            assert info.title, (language, page)
            assert info.sections, (language, page)
    for language in guide.languages():
        assert structure[language] == structure["en"], f"{language}: each language has the same sections, under the same ids"
    for topic in guide.PAGE_TOPICS.values():  # what F1 opens exists
        page, _, anchor = topic.partition("#")
        info = dict(guide.contents("en"))[page]
        assert not anchor or anchor in info.anchors, topic


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_in_the_guide_leads_to_a_page_and_section(language: str, qtbot: QtBot) -> None:
    pages = dict(guide.contents(language))
    browser = guide.HelpBrowser()
    qtbot.addWidget(browser)
    links = 0
    for page, info in pages.items():
        base = guide.topic_url(page, language)
        for href in info.links:
            assert not QUrl(href).scheme(), f"{language}/{page}: {href} leaves the guide (it is read offline)"
            target = base.resolved(QUrl(href))
            assert guide.read_page(target) is not None, f"{language}/{page}: {href} names no page"
            name = target.path().rsplit("/", 1)[-1].removesuffix(".html")
            if target.fragment():
                assert target.fragment() in pages[name].anchors, f"{language}/{page}: {href} names no section"
            # followed the way a click follows it: the browser shows that page
            browser.setSource(base)
            browser._follow(target)
            assert browser.source() == target
            assert browser.toPlainText().startswith(pages[name].title)
            links += 1
    assert links >= 12


def test_a_link_out_of_the_guide_opens_outside(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(guide.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    browser = guide.HelpBrowser()
    qtbot.addWidget(browser)
    browser.setSource(guide.topic_url("vault", "en"))
    browser._follow(QUrl("https://example.org/"))
    browser._follow(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://example.org/")]
    assert browser.source() == guide.topic_url("vault", "en")
    assert guide.read_page(QUrl(f"{guide.SCHEME}:/en/../../pyproject.toml")) is None


def _link_colour(kind: str) -> str:
    return theme.palette(kind).color(theme.Role.Link).name()


def test_the_help_window_follows_a_live_theme_change(qtbot: QtBot, qapp: QApplication) -> None:
    window = guide.HelpWindow(language="en")
    qtbot.addWidget(window)
    window.show_topic("vault#recovery")
    window.show()
    qtbot.waitExposed(window)
    try:
        theme.apply(qapp, "dark")
        qtbot.waitUntil(lambda: _link_colour("dark") in window.browser.document().defaultStyleSheet())
        image = window.browser.viewport().grab().toImage()
        assert image.pixelColor(4, image.height() - 4).lightness() < 100, "the page is dark"
        assert window.current_topic() == "vault#recovery", "the page stays where it was"
        theme.apply(qapp, "light")
        qtbot.waitUntil(lambda: _link_colour("light") in window.browser.document().defaultStyleSheet())
        image = window.browser.viewport().grab().toImage()
        assert image.pixelColor(4, image.height() - 4).lightness() > 200
    finally:
        theme.apply(qapp, "light")
        qapp.setPalette(qapp.style().standardPalette())


def test_locking_closes_the_help_window(qtbot: QtBot, myvendors_app: Any) -> None:
    main = myvendors_app.window
    window = main.help_actions.show_help()
    qtbot.waitExposed(window)
    myvendors_app.lock()
    assert not window.isVisible()


# -- the shortcuts overview -------------------------------------------------------------------
def test_the_shortcuts_dialog_lists_every_shortcut_of_the_window(qtbot: QtBot, myvendors_main_window: Any) -> None:
    main = myvendors_main_window
    _press(qtbot, main, Qt.Key.Key_Slash, CTRL)
    dialog = _shortcuts_dialog(qtbot, main)
    rows = dialog.texts()
    assert all(action and keys for _, action, keys in rows), "every row says what it does and with which keys"

    expected = 0
    for action in main.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or guide._window_of(action) is not main:
            continue
        expected += 1
        text = guide.plain_text(action.text())
        primary = action.shortcut().toString(NATIVE)
        assert any(row_text == text and primary in row_keys.split(", ") for _, row_text, row_keys in rows), (
            f"{text!r} ({primary}) is not listed"
        )
    assert expected >= 30

    everywhere = {(text, keys) for place, text, keys in rows if place == "Everywhere in the window"}
    assert {("Lock", "Ctrl+L"), ("User guide", "F1"), ("Keyboard shortcuts", "Ctrl+/"), ("Find…", "Ctrl+F, Ctrl+K"),
            ("Add vendor…", "Ctrl+N"), ("New request…", "Ctrl+Shift+N"), ("Quit", "Ctrl+Q")} <= everywhere
    assert ("In “Vendors”", "Delete vendor", "Del") in rows
    assert ("In “Timeline”", "Edit interaction", "Return, Enter, F2") in rows
    assert ("On the “Profile” tab", "Save changes", "Ctrl+S") in rows
    assert ("In “Overview”", "Open", "Return, Enter") in rows, "the Overview's lists, alike, are one place"
    assert ("In “Coming up”", "Dismiss", "Del") in rows  # the list whose keys do more is a place of its own
    places = list(dict.fromkeys(place for place, _, _ in rows))
    assert places[0] == "Everywhere in the window"
    assert places == [
        "Everywhere in the window", "In “Coming up”", "In “Overview”", "In “Vendors”",  # then the vendor's tabs:
        "On the “Profile” tab", "In “Agreements”", "In “Timeline”",
        "On the “Reputation” tab", "In “Files”", "In “Recurring charges found”", "In “Trusted contacts”",
    ], "my notes and trusted contacts' notes, alike, are one place: their tab"
    dialog.reject()

    # read from the window, not from a list: a new action shows at once
    extra = QAction("Frobnicate", main)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    main.addAction(extra)
    main.help_actions.show_shortcuts()
    assert ("Everywhere in the window", "Frobnicate", "Ctrl+Alt+J") in _shortcuts_dialog(qtbot, main).texts()


def test_the_shortcuts_dialog_speaks_german(german: None, qtbot: QtBot, myvendors_main_window: Any) -> None:
    main = myvendors_main_window
    main.help_actions.shortcuts_action.trigger()
    dialog = _shortcuts_dialog(qtbot, main)
    assert dialog.windowTitle() == "Tastenkürzel"
    rows = dialog.texts()
    assert ("Überall im Fenster", "Sperren", "Strg+L") in rows
    assert ("Überall im Fenster", "Handbuch", "F1") in rows
    assert ("In „Anbieter“", "Anbieter löschen", "Entf") in rows
    assert ("In „Vereinbarungen“", "Vereinbarung löschen", "Entf") in rows
    assert ("Im Reiter „Profil“", "Änderungen speichern", "Strg+S") in rows


# -- the guide cannot drift from the window ---------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_the_guide_names_is_a_shortcut_of_the_window(language: str, myvendors_main_window: Any) -> None:
    """Keys the guide writes in <kbd> are the window's; keys Qt's widgets handle themselves (Tab,
    arrows, Esc, Ctrl+Tab between tabs) are marked <kbd class="qt">."""
    window_keys = _window_keys(myvendors_main_window)
    named = 0
    for page, info in guide.contents(language):
        for text, kind in info.keys:
            if kind == "qt":
                continue
            sequence = QKeySequence.fromString(text, PORTABLE)
            assert not sequence.isEmpty() and sequence.toString(PORTABLE) in window_keys, (
                f"{language}/{page}.html names {text}, which is no shortcut of the window"
            )
            named += 1
    shortcuts_page = dict(guide.contents(language))["shortcuts"]
    in_table = {
        QKeySequence.fromString(text, PORTABLE).toString(PORTABLE) for text, kind in shortcuts_page.keys if kind != "qt"
    }
    assert len(in_table) >= 20 and named >= 40
    # …and every shortcut that works everywhere in the window is in the guide's list
    for row in guide.window_shortcuts(myvendors_main_window):
        if row.place == "":  # (one of its keys: which ones Qt adds, e.g. for Redo, depends on the platform)
            assert {k.toString(PORTABLE) for k in row.keys} & in_table, (
                f"{row.text} ({row.key_text()}) is missing from shortcuts.html"
            )


def test_guide_keys_are_shown_in_the_systems_names() -> None:
    assert guide.localize_keys("<kbd>Ctrl+Shift+B</kbd> or <kbd class='qt'>Esc</kbd>") == (
        f"<kbd>{QKeySequence('Ctrl+Shift+B').toString(NATIVE)}</kbd> or "
        f"<kbd class='qt'>{QKeySequence('Esc').toString(NATIVE)}</kbd>"
    )
    assert guide.key_text("not a key at all, really") == "not a key at all, really"


# -- packaging --------------------------------------------------------------------------------
def test_the_guide_ships_in_the_package() -> None:
    folder = resources.files("myvendors.resources") / "help"
    for language in LANGUAGES:
        for page in guide.PAGES:
            assert (folder / language / f"{page}.html").is_file(), (language, page)
    # that every file under resources/ is in the built wheel: tests/ui/test_resources.py
    assert not (ROOT / "resources" / "help" / "__init__.py").exists(), "data, not a package"
