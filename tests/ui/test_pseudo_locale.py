"""Every text a person sees goes through translation: a pseudo-locale wraps each translated text in ⟦…⟧,
every screen and dialog is opened on the demo vault, and any visible text that is not wrapped fails.

The pseudo-locale is made at test time the way the real ones are: `pyside6-lupdate` extracts the
messages from the sources (as `make translations` does, the services' QT_TRANSLATE_NOOP markers
included), each translation is its source in ⟦…⟧, and `pyside6-lrelease` compiles it. Qt's own texts
(OK, Cancel, the wizard's Next) are wrapped when Qt ships a German translation for them.

What is "her own data" and so needs no translation: a text that is nothing but values stored in her
vault (names, notes, titles, tags, currencies, …, compared case-sensitively), numbers, dates, money,
web and mail addresses, key fingerprints and punctuation. Everything else must carry ⟦…⟧: labels,
buttons, group boxes, tabs, headers, placeholders, window titles, menus and actions, combo-box
choices, read-only text (the package preview) and item views' cells (kinds, statuses, "in 3 days").
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QCoreApplication, QLibraryInfo, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import myvendors
from myvendors.domain import settings
from myvendors.domain.sharing import packages, terms

BIN = Path(sys.executable).parent
SOURCES = Path(myvendors.__file__).parent
OPEN, CLOSE = "⟦", "⟧"
ROWS_CHECKED = 40  # of each item view: enough to meet every kind and status the demo vault has


_PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d|\.\d+f|L\d+)|\{[^{}]*\}")


def _wrap(source: str) -> str:
    """⟦text⟧ with each placeholder outside the brackets: what is filled in is checked on its own."""
    return OPEN + _PLACEHOLDER.sub(lambda m: f"{CLOSE}{m.group(0)}{OPEN}", source) + CLOSE


def _pseudo_ts(source_ts: Path, target: Path) -> None:
    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = _wrap(source)
        else:
            translation.text = _wrap(source)
    tree.getroot().set("language", "de_DE")
    tree.write(target, encoding="utf-8", xml_declaration=True)


class QtPseudo(QTranslator):
    """Qt's own texts, wrapped where Qt has a German translation for them (so German shows them translated)."""

    def __init__(self) -> None:
        super().__init__()
        self.real = QTranslator()
        assert self.real.load(QLocale("de"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None: no translation here (Qt then asks the next translator, or keeps the source); "" would blank the text.
        return f"{OPEN}{source}{CLOSE}" if self.real.translate(context, source, disambiguation, n) else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    extracted, pseudo, qm = folder / "extracted.ts", folder / "pseudo.ts", folder / "myvendors_xx.qm"
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))  # what `make translations` reads
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *files, "-ts", str(extracted)],
                   check=True, timeout=60)
    _pseudo_ts(extracted, pseudo)
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(pseudo), "-qm", str(qm)], check=True, timeout=60)
    return qm


@pytest.fixture
def pseudo_locale(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    own, qt = QTranslator(), QtPseudo()
    assert own.load(str(pseudo_qm))
    qapp.installTranslator(qt)
    qapp.installTranslator(own)
    try:
        yield
    finally:
        qapp.removeTranslator(own)
        qapp.removeTranslator(qt)


# ---------------------------------------------------------------------------------------------- the rule

_HTML_TAG = re.compile(r"<[^>]+>")
#: file names and web addresses first: her values (a date, a word) must not break one up into words
_FILE_NAMES = re.compile(r"https?://\S*|[\w.-]*\.(?:myvendors|csv|vcf|jws|jwe|json|ics|txt|pdf)(?:\.(?:jws|jwe|json))?\b")
_NOT_WORDS = re.compile(  # ids and key ids (mixed case, digits), CamelCase names (an exception's), paths, addresses, key thumbprints, currencies, numbers
    # (a thumbprint cut short, "SZWKHwkodi…", may have no digit and no lower-upper pair: two capitals and a small letter in 8+ is no word)
    r"urn:\S+|\b(?=[\w-]*(?:\d|_|[a-z][A-Z]))[A-Za-z0-9_-]{8,}\b|\b(?=[\w-]*[a-z])(?=(?:[\w-]*[A-Z]){2})[A-Za-z0-9_-]{8,}\b|\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b|(?:/[\w.-]+)+/?|[\w-]+\.(?:csv|vcf|jws|jwe|json|ics|txt|pdf)\b|[\w.-]*\.(?:myvendors|csv|vcf|jws|jwe|json|ics|txt|pdf)(?:\.(?:jws|jwe|json))?\b|\b[A-Za-z0-9_-]{32,}\b|https?://\S*|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[\w-]+(\.[\w-]+)*\.(com|org|net|example|de|fr|eu|io|co|uk|es|it|pl|se|dk|cz|ro|fi|at|nl|be|ch)\b"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z]{3}\b|\b[0-9A-F]{4}(?:[ :][0-9A-F]{4})+\b|\d"
)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class Data:
    """What counts as her own data: every text value stored in the vault."""

    def __init__(self, db: Any) -> None:
        values: set[str] = set()
        tables = [name for (name,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            try:
                rows = db.query(f'SELECT * FROM "{table}"')
            except Exception:  # noqa: BLE001, S112 (virtual tables' shadow tables and the like: nothing to read)
                continue
            for row in rows:
                for value in row:
                    if isinstance(value, str) and value.strip():
                        values.add(value.strip())
                        if value.startswith(("[", "{")):  # tags and ratings kept as JSON
                            values.update(re.findall(r'"([^"]+)"', value))
        for package in packages.sent_packages(db):  # what a package holds is hers, in the words she gave it
            values.update(_strings(package.document.get("data", {})))
        ordered = sorted(values, key=len, reverse=True)  # the longest first: "Café Müller GmbH" before "Café"
        library: list[str] = []
        # The terms a package carries are the signed document's own words (the terms library's English), not ours.
        for term in terms.library().terms.values():
            library += [term.text, term.title, f"{term.id} v{term.version}", term.id, term.source,
                        *(p.label for p in term.params)]
        library_words = re.compile("|".join(re.sub(r"\\\{\w+\\\}", r"\\d+", re.escape(words))
                                            for words in sorted(library, key=len, reverse=True)))
        # The terms first (whole sentences), then her values: her words inside the terms' do not break them up.
        self.values = [library_words, re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in ordered))]
        locale = QLocale()
        formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
        names = {name for i in range(1, 13) for fmt in formats
                 for name in (locale.monthName(i, fmt), locale.standaloneMonthName(i, fmt))}
        names |= {locale.dayName(i, fmt) for i in range(1, 8) for fmt in formats}
        self.calendar = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True) if n))
        self._seen: dict[str, str] = {}

    def add(self, value: Any) -> None:
        """Also count what this (JSON) value holds as hers: a package being made, which is not in the vault yet."""
        extra = sorted({v for v in _strings(value) if v.strip()}, key=len, reverse=True)
        if extra:
            self.values.insert(1, re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in extra)))
            self._seen.clear()

    def not_hers(self, text: str) -> str:
        """The words of `text` that are not her data ("" when it is all hers)."""
        if not re.search(r"[^\W\d_]", text):
            return ""
        if text not in self._seen:
            rest = _FILE_NAMES.sub(" ", text)
            for values in self.values:
                rest = values.sub(" ", rest)
            rest = self.calendar.sub(" ", _NOT_WORDS.sub(" ", rest))
            self._seen[text] = " ".join(rest.split()) if re.search(r"[^\W\d_]", rest) else ""
        return self._seen[text]


def _wrapped(text: str) -> bool:
    return OPEN in text


class Check:
    """Collects the unwrapped texts of the windows it is shown."""

    def __init__(self, data: Data) -> None:
        self.data = data
        self.offenders: dict[str, set[str]] = {}
        self.seen: list[str] = []

    def text(self, where: str, text: str | None) -> None:
        if not text:
            return
        if text.lstrip().startswith("{"):
            try:
                json.loads(text)
                return  # machine-readable (the signed document): not words
            except ValueError:
                pass
        plain = _HTML_TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
        outside, depth = [], 0  # what is outside every ⟦…⟧ is her data, or it is English
        for char in plain:
            depth += (char == OPEN) - (char == CLOSE)
            outside.append(char if depth == 0 and char != CLOSE else " ")
        english = self.data.not_hers("".join(outside))
        if english:
            shown = text.strip() if len(text.strip()) < 120 else f"{text.strip()[:100]}… (unwrapped: {english[:200]})"
            self.offenders.setdefault(where, set()).add(shown)

    def window(self, name: str, window: QWidget) -> None:
        QApplication.processEvents()
        self.seen.append(name)
        self.text(f"{name}: window title", window.windowTitle())
        if isinstance(window, QMainWindow):
            self.menu_bar(name, window)
        if isinstance(window, QWizard):
            page = window.currentPage()
            if page is not None:
                self.text(f"{name}: page title", page.title())
                self.text(f"{name}: page subtitle", page.subTitle())
        for widget in window.findChildren(QWidget):
            if widget.isVisible() and widget.window() is window and not isinstance(widget, QHeaderView):
                self.widget(f"{name}: {type(widget).__name__} {widget.objectName() or widget.accessibleName()}".strip(),
                            widget)

    def menu_bar(self, name: str, window: QMainWindow) -> None:
        def walk(actions: Iterable[QAction], path: str) -> None:
            for action in actions:
                if action.isSeparator() or not action.isVisible():
                    continue
                self.text(f"{name}: menu {path}", action.text())
                if action.menu() is not None:
                    walk(action.menu().actions(), f"{path}{action.text()} ▸ ")

        walk(window.menuBar().actions(), "")
        for bar in window.findChildren(QToolBar):
            walk(bar.actions(), "toolbar ")

    def widget(self, where: str, widget: QWidget) -> None:
        if isinstance(widget, (QLabel, QAbstractButton)):
            self.text(where, widget.text())
        elif isinstance(widget, QGroupBox):
            self.text(where, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                self.text(f"{where} tab", widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            self.text(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            self.text(f"{where} placeholder", widget.placeholderText())
            if widget.isReadOnly():
                self.text(where, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                self.text(f"{where} choice", widget.itemText(i))
        if isinstance(widget, QGroupBox) and widget.isCheckable():
            pass
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and not isinstance(
            widget.parent(), QComboBox
        ):
            self.view(where, widget)
        for action in widget.actions():  # context menus
            if not action.isSeparator() and action.text():
                self.text(f"{where} action", action.text())

    def view(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        header = getattr(view, "horizontalHeader", lambda: None)()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # QListWidget's model keeps columnCount private
            columns = 1
        if header is not None and header.isVisible():
            for column in range(columns):
                if not header.isSectionHidden(column):
                    self.text(f"{where} header", model.headerData(column, Qt.Orientation.Horizontal))
        hidden = getattr(view, "isColumnHidden", lambda c: False)
        self.rows(where, model, QModelIndex(), columns, hidden)

    def rows(self, where: str, model: Any, parent: QModelIndex, columns: int, hidden: Callable[[int], bool]) -> None:
        for row in range(min(model.rowCount(parent), ROWS_CHECKED)):
            for column in range(max(columns, 1)):
                if hidden(column):
                    continue
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    self.text(f"{where} cell", value)
            first = model.index(row, 0, parent)
            if isinstance(model, QAbstractItemModel) and not isinstance(model, QAbstractListModel | QAbstractTableModel) \
                    and model.rowCount(first) > 0:
                self.rows(where, model, first, columns, hidden)

    def report(self) -> str:
        return "\n".join(f"{where}:\n" + "\n".join(f"    {t!r}" for t in sorted(texts))
                         for where, texts in sorted(self.offenders.items()))


# ---------------------------------------------------------------------------------------------- the tour


def test_pseudo_translation_wraps_a_known_text(pseudo_locale: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Lock") == "⟦&Lock⟧"
    assert QCoreApplication.translate("MainWindow", "%s — MyVendors") == "⟦⟧%s⟦ — MyVendors⟧"
    assert QCoreApplication.translate("QDialogButtonBox", "OK") == "⟦OK⟧"  # Qt's own, translated in German
    assert QCoreApplication.translate("Nowhere", "not in any catalogue") == "not in any catalogue"  # shown, unwrapped


WAIT_MS = 5000


def _opened(qtbot: QtBot, kind: type[QWidget]) -> Any:
    """The visible top-level window of this kind (a dialog just opened)."""
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[-1]


def _idle(qtbot: QtBot, app: Any) -> None:
    qtbot.waitUntil(lambda: not app.worker.is_busy(), timeout=WAIT_MS)
    QApplication.processEvents()


def test_every_window_shows_only_translated_text_and_her_data(
    pseudo_locale: None, myvendors_app: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vendor_side import VendorSide

    from myvendors.domain import requests
    from myvendors.domain.models import RequestStatus
    from myvendors.ui.sharing.answers import AnswerDialog
    from myvendors.ui.first_run import FirstRunWindow
    from myvendors.ui.importing import ImportPreviewDialog
    from myvendors.ui.main_window import REPUTATION, REQUESTS, SHARED, VENDORS
    from myvendors.ui.sharing.profile import ProfileDialog
    from myvendors.ui.unlock import UnlockWindow
    from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
    from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog, OfferDialog, RequestDialog
    from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog
    from myvendors.ui.settings_dialog import SettingsDialog
    from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog
    from myvendors.ui.sharing.wizard import ShareWizard
    from myvendors.ui.statements import StatementImportDialog

    app = myvendors_app
    main = app.window
    check = Check(Data(app.vault.db))

    def dialog(name: str, trigger: Callable[[], Any], kind: type[QWidget], each: Callable[[Any], None] | None = None) -> None:
        trigger()
        shown = _opened(qtbot, kind)
        _idle(qtbot, app)
        check.window(name, shown)
        if each is not None:
            each(shown)
        shown.reject() if isinstance(shown, QDialog) else shown.close()
        QApplication.processEvents()

    # The pages, each as it opens, with a record chosen where the page has a detail pane.
    for index in range(main.pages.count()):
        main.go_to(index)
        _idle(qtbot, app)
        check.window(f"page {index}", main)

    main.go_to(VENDORS)
    view = main.vendors_page.pane.view
    for row in range(min(view.model().rowCount(), 3)):
        view.setCurrentIndex(view.model().index(row, 0))
        _idle(qtbot, app)
        for tab in range(main.vendors_page.detail.tabs.count()):
            main.vendors_page.detail.tabs.setCurrentIndex(tab)
            _idle(qtbot, app)
            check.window(f"vendor {row}, tab {tab}", main)
    detail = main.vendors_page.detail
    check.data.add(["Zweiradhaus Ost", "not a website"])  # what she types below
    check.data.add([name for _, name in settings.LANGUAGES])  # a language is named in its own language

    def refused_website(shown: AddVendorDialog) -> None:  # a service's error, as the dialog shows it
        shown.name_edit.setText("Zweiradhaus Ost")
        shown.website_edit.setText("not a website")
        shown.add_button.click()
        _idle(qtbot, app)
        check.window("add vendor, refused", shown)

    dialog("add vendor", main.add_vendor_action.trigger, AddVendorDialog, refused_website)
    dialog("agreement editor", detail.agreements.add, AgreementDialog)
    dialog("interaction editor", detail.timeline.record, InteractionDialog)
    dialog("note editor", detail.reputation.add, NoteDialog)
    if detail.agreements.view.model().rowCount() > 0:
        detail.agreements.view.setCurrentIndex(detail.agreements.view.model().index(0, 0))
        dialog("agreement editor (edit)", detail.agreements.edit_selected, AgreementDialog)

    main.go_to(REQUESTS)
    page = main.requests_page
    requests_view = page.list.view if hasattr(page.list, "view") else None
    for row in range(requests_view.model().rowCount() if requests_view is not None else 0):
        requests_view.setCurrentIndex(requests_view.model().index(row, 0))
        _idle(qtbot, app)
        check.window(f"requests, request {row}", main)
        page.detail.offers_view.selectRow(0)
        if page.detail.accept_action.isEnabled():
            dialog("offer editor", page.detail.add_offer_action.trigger, OfferDialog)
            dialog("accept offer", page.detail.accept_action.trigger, AcceptOfferDialog)
        if page.detail.edit_action.isEnabled():
            dialog("request editor (edit)", page.detail.edit_action.trigger, RequestDialog)
    dialog("request editor", page.new_request_action.trigger, RequestDialog)

    main.go_to(REPUTATION)
    _idle(qtbot, app)
    check.window("reputation page", main)

    main.go_to(SHARED)
    ledger = main.shared_page.view if hasattr(main.shared_page, "view") else None
    for row in range(ledger.model().rowCount() if ledger is not None else 0):
        ledger.setCurrentIndex(ledger.model().index(row, 0))
        _idle(qtbot, app)
        check.window(f"shared, ledger entry {row}", main)

    def settings_tabs(shown: SettingsDialog) -> None:
        qtbot.waitUntil(lambda: "Checking" not in shown.remember_reason.text(), timeout=WAIT_MS)  # the keyring's answer
        for tab in range(shown.tabs.count()):
            shown.tabs.setCurrentIndex(tab)
            check.window(f"settings, tab {tab}", shown)

    dialog("settings", main.vault_actions.settings_action.trigger, SettingsDialog, settings_tabs)
    dialog("change passphrase", main.vault_actions.change_passphrase_action.trigger, ChangePassphraseDialog)

    def wizard_pages(wizard: ShareWizard) -> None:
        name = f"share wizard ({wizard.page(wizard.startId()).kind()})"
        check.window(f"{name}, page {wizard.currentId()}", wizard)
        for _ in range(6):
            before = wizard.currentId()
            wizard.next()
            _idle(qtbot, app)
            current = wizard.currentPage()
            if wizard.currentId() == before and getattr(current, "feedback_box", None) is not None \
                    and current.feedback_box.isVisible() and not current.text_edit.toPlainText():
                current.text_edit.setPlainText("Oat milk")  # feedback needs words
                wizard.next()
                _idle(qtbot, app)
            if wizard.currentId() == before:
                check.window(f"{name}, page {wizard.currentId()} refused", wizard)
                break
            if wizard.draft is not None:
                check.data.add(wizard.draft.document.get("data", {}))
            check.window(f"{name}, page {wizard.currentId()}", wizard)
        assert wizard.currentId() >= 3 or "profile" in name, f"{name} stopped on page {wizard.currentId()}"

    main.go_to(REQUESTS)
    requests_view.setCurrentIndex(requests_view.model().index(0, 0))
    dialog("share wizard", main.sharing.share_action.trigger, ShareWizard, wizard_pages)
    for kind in ("feedback", "access-request", "profile"):  # (a profile without fields ticked: the refusal)
        dialog(f"share wizard ({kind})", main.sharing.open_wizard, ShareWizard,
               lambda wizard, kind=kind: (wizard.page(wizard.startId()).choose(kind=kind), wizard_pages(wizard)))

    dialog("about", main.help_actions.about_action.trigger, QMessageBox)
    dialog("profile", main.sharing.edit_profile, ProfileDialog)

    # An answer from a vendor: a refused one (the service's reason), then a good one.
    request = next(r for r in requests.list_requests(app.vault.db) if r.status == RequestStatus.OPEN)
    shared = packages.share(app.vault.db, packages.ShareSpec("personal-request", request_id=request.id))
    vendor = VendorSide("Zweiradhaus Ost")
    offer = vendor.send(vendor.offer_document(shared.draft.document, "420.00"), shared.draft.document)

    check.data.add(vendor.offer_document(shared.draft.document, "420.00"))  # the vendor's words are theirs

    def answers(shown: AnswerDialog) -> None:
        shown.text_edit.setPlainText(offer[:-8] + ("A" if offer[-8] != "A" else "B") + offer[-7:])
        shown.check()
        check.window("answer, refused", shown)
        shown.text_edit.setPlainText(offer)
        shown.check()
        check.window("answer, checked", shown)

    dialog("answer", main.sharing.import_answer, AnswerDialog, answers)

    # Importing a CSV file (a duplicate, a row that cannot be imported).
    path = tmp_path / "lieferanten.csv"
    path.write_text(
        "Firma;Homepage;E-Mail\nZweiradhaus Ost;zweiradhaus.example;info@zweiradhaus.example\n"
        "Zweiradhaus Ost;zweiradhaus.example;\nKaputt;not a website;\nCafé Müller;;\n", "utf-8")
    check.data.add([cell for line in path.read_text("utf-8").splitlines() for cell in line.split(";")])  # her file
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], "")))
    dialog("import", main.vault_actions.import_action.trigger, ImportPreviewDialog)

    # Importing a bank statement: its columns (a date format to choose, a line that cannot be read),
    # then its payees; the payees' cleaned names ("Netflix") are her file's words too.
    statement = tmp_path / "umsaetze.csv"
    statement.write_text(
        "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n01.02.2026;Zweiradhaus Ost;Rechnung 7;-420,00;EUR\n"
        "03.04.2026;NETFLIX.COM 866-579-7172 CA;Abo;-12,99;EUR\n05.04.2026;Kiosk;;;EUR\n", "utf-8")
    check.data.add([cell for line in statement.read_text("utf-8").splitlines() for cell in line.split(";")] + ["Netflix"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(statement), "")))

    def statement_steps(shown: StatementImportDialog) -> None:
        formats = shown.read_step.format_combo
        if not formats.currentData():  # "Choose…": more than one fits
            formats.setCurrentIndex(1)
        check.window("statement import, columns chosen", shown)
        assert shown.next_button.isEnabled(), (shown.why_label.text(), shown.banner.text())
        shown.next_button.click()
        qtbot.waitUntil(lambda: shown.plan is not None, timeout=WAIT_MS)
        _idle(qtbot, app)
        check.window("statement import, payees", shown)

    dialog("statement import", main.vault_actions.import_statement_action.trigger, StatementImportDialog, statement_steps)

    # The vault locked: the unlock window and its recovery page; then a new vault's first run.
    app.lock()
    unlock = _opened(qtbot, UnlockWindow)
    check.window("unlock", unlock)
    unlock.show_recovery_page()
    check.window("unlock, recovery", unlock)
    app.create_at(tmp_path / "neu.myvendors")
    first = _opened(qtbot, FirstRunWindow)
    check.window("first run", first)
    form = first.create_page.form
    qtbot.keyClicks(form.passphrase_edit, "password")  # zxcvbn's advice, as the meter shows it
    qtbot.keyClicks(form.repeat_edit, "passwort")
    qtbot.waitUntil(lambda: "common password" in form.meter._advice.text(), timeout=WAIT_MS)
    check.window("first run, a weak passphrase", first)

    assert not check.offenders, "not translated:\n" + check.report()


def test_a_service_error_is_shown_in_german(qapp: QApplication) -> None:
    """One function turns a service's error into the user's language, messages quoted in messages too."""
    from myvendors.domain.importing import csv_vendors
    from myvendors.errors import InvalidInput
    from myvendors.ui import i18n

    table = csv_vendors.read_csv(b"Firma;Homepage\nKaputt;not a website\n")
    installed = i18n.install(qapp, "de")
    try:
        with pytest.raises(InvalidInput) as caught:
            csv_vendors.parse(table, {"name": "Firma", "website": "Homepage"})
        english = caught.value.text()
        german = i18n.error_text(caught.value)
        assert english == ("In line 2, column 'Homepage' (website): 'not a website' is not a web address "
                           "(for example https://example.com).")
        assert german == ("In Zeile 2, Spalte 'Homepage' (Website): 'not a website' ist keine Webadresse "
                          "(zum Beispiel https://example.com)."), german
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert i18n.error_text(caught.value) == english  # English again without the translation
