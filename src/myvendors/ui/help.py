"""The user guide in a help window, and the keyboard shortcuts overview.

The guide is HTML shipped in `resources/help/<language>/` (read with importlib.resources, so it
is found in an installed wheel too), one file per topic in `PAGES` order. Its table of contents
is read from the files themselves: each page's `<h1>` and the `<h2 id=…>` sections under it.
Links between pages are relative (`vault.html#recovery`) and open in the same window; keys are
written portably in `<kbd>` (`<kbd>Ctrl+L</kbd>`) and shown as this system names them
("Strg+L" in German). The window follows the theme: its colours come from the palette and are
set again when the palette changes.

The language is the one the app speaks: each translation translates the marker "en" (see
`current_language`) to its own folder's name, "de" in German, "fr" in French, and the guide of that
folder is shown; English otherwise.

`ShortcutsDialog` lists the shortcuts of a window's own actions (`window_shortcuts`), read from
the QActions and QShortcuts themselves, never from a list kept by hand, with the place they work
in (everywhere, or in one list) and each action's own translated text.

F1 opens the guide at the topic of the page shown (`topic_for`), Ctrl+/ the shortcuts.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from myvendors.ui import icons

SCHEME = "myvendors-help"  # the guide's pages: myvendors-help:/<language>/<page>.html#<section>
DEFAULT_LANGUAGE = "en"
PAGES = ("getting-started", "vault", "vendors", "requests", "contacts", "import-export", "shortcuts")
# The main window's pages (by their stable object names) and the topic F1 opens there.
PAGE_TOPICS = {
    "overviewPage": "getting-started#overview",
    "vendorsPage": "vendors",
    "requestsPage": "requests",
    "reputationPage": "vendors#reputation",
    "sharedPage": "requests#ledger",
    "moneyPage": "vendors#money",
    "contactsPage": "contacts",
}
# Parts of a page with a section of their own, by class: F1 with the focus in them opens that section.
PART_TOPICS = {
    "ProfileTab": "vendors#profile",
    "AgreementsTab": "vendors#agreements",
    "TimelineTab": "vendors#timeline",
    "ReputationTab": "vendors#reputation",
    "FilesTab": "vendors#files",
    "SearchField": "getting-started#search",
}
DEFAULT_TOPIC = "getting-started"
SHORTCUTS_TOPIC = "shortcuts"
_KBD = re.compile(r"(<kbd\b[^>]*>)(.*?)(</kbd>)", re.DOTALL)
_MNEMONIC = re.compile(r"&(&?)")
# Keys of multimedia and office keyboards (and F13-F35) that Qt adds to its standard shortcuts
# ("Undo", "Find", "Back", F14...): true, but no one looks for them on an ordinary keyboard.
_FIRST_DEVICE_KEY = Qt.Key.Key_Back.value  # from here on: Back, Forward, media, Open, New, Find, Undo, Redo...


# -- the guide's files ------------------------------------------------------------------------
def help_folder() -> Traversable:
    return resources.files("myvendors.resources") / "help"


def languages() -> list[str]:
    """The languages the guide is written in (a folder each)."""
    return sorted(entry.name for entry in help_folder().iterdir() if entry.is_dir() and not entry.name.startswith("_"))


def current_language() -> str:
    """The guide's language for the language the app speaks now: the installed translation turns
    this marker into its own code. A language without a guide gets the English one."""
    code = QCoreApplication.translate(
        "HelpWindow", "en", "the language code of the user guide to show: its folder in resources/help"
    )
    return code if code in languages() else DEFAULT_LANGUAGE


def topic_url(topic: str, language: str | None = None) -> QUrl:
    """`page` or `page#section` in `language` (default: the current one) as the guide's URL."""
    page, _, section = topic.partition("#")
    url = QUrl(f"{SCHEME}:/{language or current_language()}/{page}.html")
    if section:
        url.setFragment(section)
    return url


def read_page(url: QUrl) -> str | None:
    """The HTML of a page of the guide, or None when the URL names none."""
    if url.scheme() != SCHEME:
        return None
    parts = [part for part in url.path().split("/") if part]
    if len(parts) != 2 or parts[0] not in languages() or not parts[1].endswith(".html") or ".." in parts:
        return None
    entry = help_folder() / parts[0] / parts[1]
    return entry.read_text(encoding="utf-8") if entry.is_file() else None


def key_text(portable: str) -> str:
    """A key sequence written portably ("Ctrl+Shift+B") as this system shows it ("Strg+Umschalt+B")."""
    sequence = QKeySequence.fromString(html.unescape(portable).strip(), QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty() or any(sequence[i].key() == Qt.Key.Key_unknown for i in range(sequence.count())):  # type: ignore[index]  # a QKeySequence indexes; the stub omits it
        return portable
    return html.escape(sequence.toString(QKeySequence.SequenceFormat.NativeText))


def localize_keys(text: str) -> str:
    """Every `<kbd>` of a page in the system's key names."""
    return _KBD.sub(lambda m: m.group(1) + key_text(m.group(2)) + m.group(3), text)


@dataclass
class PageInfo:
    """What a page of the guide holds: its title, its sections, its anchors, links and keys."""

    title: str = ""
    sections: list[tuple[str, str]] = field(default_factory=list)  # (id, title) of each <h2 id=…>
    anchors: set[str] = field(default_factory=set)  # every id= and <a name=…>
    links: list[str] = field(default_factory=list)  # every <a href=…>
    keys: list[tuple[str, str]] = field(default_factory=list)  # (text, class) of every <kbd>


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()
        self._heading: tuple[str, str | None] | None = None  # (tag, id)
        self._kbd: str | None = None  # its class, while inside a <kbd>
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        anchor = values.get("id") or (values.get("name") if tag == "a" else None)
        if anchor:
            self.info.anchors.add(anchor)
        if tag == "a" and values.get("href"):
            self.info.links.append(values["href"] or "")
        if tag in ("h1", "h2"):
            self._heading, self._text = (tag, values.get("id")), []
        elif tag == "kbd":
            self._kbd, self._text = values.get("class") or "", []

    def handle_endtag(self, tag: str) -> None:
        text = " ".join("".join(self._text).split())
        if self._heading is not None and tag == self._heading[0]:
            kind, anchor = self._heading
            if kind == "h1" and not self.info.title:
                self.info.title = text
            elif kind == "h2" and anchor:
                self.info.sections.append((anchor, text))
            self._heading = None
        elif tag == "kbd" and self._kbd is not None:
            self.info.keys.append((text, self._kbd))
            self._kbd = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None or self._kbd is not None:
            self._text.append(data)


def parse_page(text: str) -> PageInfo:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return parser.info


def contents(language: str) -> list[tuple[str, PageInfo]]:
    """The guide in `language`: (page, what it holds), in reading order."""
    result = []
    for page in PAGES:
        text = read_page(topic_url(page, language))
        if text is not None:
            result.append((page, parse_page(text)))
    return result


def topic_for(window: QWidget) -> str:
    """The guide's topic for what `window` shows: the part with the keyboard focus (a vendor's tab,
    the search field) when it has a section, else the current page's, else the start."""
    focus = QApplication.focusWidget()
    while focus is not None and focus is not window and window.isAncestorOf(focus):
        topic = PART_TOPICS.get(type(focus).__name__)
        if topic is not None:
            return topic
        focus = focus.parentWidget()
    pages = getattr(window, "pages", None)
    current = pages.currentWidget() if isinstance(pages, QStackedWidget) else None
    return PAGE_TOPICS.get(current.objectName(), DEFAULT_TOPIC) if current is not None else DEFAULT_TOPIC


# -- the help window --------------------------------------------------------------------------
def _style_sheet(palette: QPalette) -> str:
    """The guide's colours from the palette (light or dark): links, keys, table headers, notes."""
    role = QPalette.ColorRole
    link = palette.color(role.Link).name()
    alternate = palette.color(role.AlternateBase).name()
    mid = palette.color(role.Mid).name()
    button = palette.color(role.Button).name()
    return (
        f"a {{ color: {link}; text-decoration: none; }}"
        f"kbd {{ background-color: {button}; font-family: monospace; white-space: nowrap; }}"
        f"th {{ background-color: {alternate}; text-align: left; }}"
        f"table {{ border-color: {mid}; }}"
        "td, th { padding: 4px 8px; }"
        "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"
        f"p.note {{ background-color: {alternate}; }}"
        "li { margin-bottom: 3px; }"
    )


class HelpBrowser(QTextBrowser):
    """Shows pages of the guide from the package; other links open in the system's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # links are followed in _follow: the guide's here, the web's outside
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(16)
        self._restyle()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if isinstance(name, QUrl) and name.scheme() == SCHEME:
            text = read_page(name)
            return localize_keys(text) if text is not None else None
        return super().loadResource(kind, name)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            self.setSource(url, QTextDocument.ResourceType.HtmlResource)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _restyle(self) -> None:
        self.document().setDefaultStyleSheet(_style_sheet(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: the colours are in the document
            position = self.verticalScrollBar().value()
            self._restyle()
            if not self.source().isEmpty():
                self.reload()
                self.verticalScrollBar().setValue(position)


class HelpWindow(QDialog):
    """The user guide: its contents on the left, the page on the right, Back and Forward above."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint | Qt.WindowType.WindowCloseButtonHint
        )
        self.setWindowTitle(self.tr("MyVendors — User guide"))
        self.setWindowIcon(icons.app_icon())
        self.setModal(False)

        self.toc = QTreeWidget(self)
        self.toc.setHeaderHidden(True)
        self.toc.setAccessibleName(self.tr("Contents"))
        self.toc.setRootIsDecorated(True)
        self.toc.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._items: dict[str, QTreeWidgetItem] = {}  # topic ("page" or "page#section") -> its row
        self.pages = contents(self.language)
        for page, info in self.pages:
            item = QTreeWidgetItem(self.toc, [info.title or page])
            item.setData(0, Qt.ItemDataRole.UserRole, page)
            item.setToolTip(0, info.title)  # (a long title is elided in a narrow column)
            bold = QFont(item.font(0))
            bold.setBold(True)
            item.setFont(0, bold)
            self._items[page] = item
            for anchor, title in info.sections:
                child = QTreeWidgetItem(item, [title])
                child.setData(0, Qt.ItemDataRole.UserRole, f"{page}#{anchor}")
                child.setToolTip(0, title)
                self._items[f"{page}#{anchor}"] = child
        self.toc.expandAll()
        self.toc.itemActivated.connect(self._toc_chosen)
        self.toc.itemClicked.connect(self._toc_chosen)

        self.browser = HelpBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(
            self.tr("Back to the page you came from (%s)")
            % self.back_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.back_button.clicked.connect(self.browser.backward)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self.tr("&Forward"), self)
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(self.browser.forward)
        self.forward_button.setEnabled(False)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.toc)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 670])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 660)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(min(self.width(), area.width() - 40), min(self.height(), area.height() - 60))

    def show_topic(self, topic: str) -> None:
        """Show `page` or `page#section` (an unknown one: the start of the guide)."""
        page = topic.partition("#")[0]
        if page not in dict(self.pages):
            topic = DEFAULT_TOPIC
        self.browser.setSource(topic_url(topic, self.language), QTextDocument.ResourceType.HtmlResource)

    def current_topic(self) -> str:
        return _topic_of(self.browser.source())

    def _toc_chosen(self, item: QTreeWidgetItem) -> None:
        topic = item.data(0, Qt.ItemDataRole.UserRole)
        if topic and topic != self.current_topic():
            self.show_topic(topic)

    def _source_changed(self, url: QUrl) -> None:
        topic = _topic_of(url)  # (the browser's source() is not yet the new one while it says so)
        item = self._items.get(topic) or self._items.get(topic.partition("#")[0])
        if item is not None:
            self.toc.blockSignals(True)
            self.toc.setCurrentItem(item)
            self.toc.blockSignals(False)


def _topic_of(url: QUrl) -> str:
    page = url.path().rsplit("/", 1)[-1].removesuffix(".html")
    return f"{page}#{url.fragment()}" if url.fragment() else page


def show_help(window: QWidget, topic: str | None = None) -> HelpWindow:
    """Open the guide (or bring its window forward) at `topic`, by default the one for what `window` shows."""
    existing = [w for w in window.findChildren(HelpWindow) if w.language == current_language()]
    help_window = existing[0] if existing else HelpWindow(window)
    help_window.show_topic(topic or topic_for(window))
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window


# -- the shortcuts overview -------------------------------------------------------------------
@dataclass(frozen=True)
class ShortcutRow:
    """One shortcut of a window: where it works ("" = everywhere in it, else "In “Vendors”" and
    the like), what it does, its keys."""

    place: str
    text: str
    keys: tuple[QKeySequence, ...]

    def key_text(self) -> str:
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)


def plain_text(text: str) -> str:
    """An action's text without its Alt+letter marker ("&&" is a literal "&")."""
    return _MNEMONIC.sub(lambda m: m.group(1), text)


def shown_keys(keys: list[QKeySequence]) -> tuple[QKeySequence, ...]:
    """The key sequences worth showing: not empty, not a multimedia keyboard's special key."""
    shown = []
    for key in keys:
        if key.isEmpty() or key in shown:
            continue
        pressed = key[0].key()  # type: ignore[index]  # a QKeySequence indexes; the stub omits it
        if key.count() == 1 and (pressed == Qt.Key.Key_Help or pressed.value >= _FIRST_DEVICE_KEY
                                 or Qt.Key.Key_F13.value <= pressed.value <= Qt.Key.Key_F35.value):
            continue
        shown.append(key)
    return tuple(shown)


def _window_of(obj: QObject | None) -> QWidget | None:
    """The top-level window an action or shortcut belongs to (through its parents)."""
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj.window() if isinstance(obj, QWidget) else None


def _place_of(widget: QWidget | None, window: QWidget) -> str:
    """Where a widget-bound shortcut works, as a person says it: in a list (its accessible name),
    or on a tab; "" for the whole window."""
    while widget is not None and widget is not window:
        if widget.accessibleName():
            return QCoreApplication.translate("ShortcutsDialog", "In “%s”") % widget.accessibleName()
        stack = widget.parentWidget()
        tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(tabs, QTabWidget):
            tab = plain_text(tabs.tabText(tabs.indexOf(widget)))
            return QCoreApplication.translate("ShortcutsDialog", "On the “%s” tab") % tab
        widget = widget.parentWidget()
    return ""


def window_shortcuts(window: QWidget) -> list[ShortcutRow]:
    """Every shortcut of `window`'s own actions and QShortcuts (not those of its dialogs), each
    once per place, those that work everywhere first, then the places as they are laid out.
    Lists side by side whose keys do the same (the Overview's lists, say) share one place: the
    part of the window that holds them."""
    widget_bound = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found: list[tuple[QWidget | None, str, tuple[QKeySequence, ...]]] = []
    for action in window.findChildren(QAction):
        keys = shown_keys(action.shortcuts())
        if not keys or _window_of(action) is not window:
            continue
        bound = None
        if action.shortcutContext() in widget_bound:
            widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget) and not w.inherits("QMenu")]
            bound = widgets[0] if widgets else _parent_widget(action)
        found.append((bound, plain_text(action.text()) or plain_text(action.toolTip()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = shown_keys(shortcut.keys())
        if keys and _window_of(shortcut) is window:
            bound = _parent_widget(shortcut) if shortcut.context() in widget_bound else None
            found.append((bound, shortcut.whatsThis(), keys))

    # place -> the widgets it stands for, and its rows (text, keys) in the order met
    places: dict[str, tuple[list[QWidget], dict[tuple[str, tuple[str, ...]], ShortcutRow]]] = {}
    for widget, text, keys in found:
        place = _place_of(widget, window) if widget is not None else ""
        widgets, rows = places.setdefault(place, ([], {}))
        if widget is not None:
            widgets.append(widget)
        rows.setdefault((text, tuple(k.toString() for k in keys)), ShortcutRow(place, text, keys))
    by_rows: dict[frozenset[tuple[str, tuple[str, ...]]], list[str]] = {}
    for place, (_, rows) in places.items():
        if place:
            by_rows.setdefault(frozenset(rows), []).append(place)
    for alike in by_rows.values():
        holder = _common_ancestor([w for place in alike for w in places[place][0]], window) if len(alike) > 1 else None
        merged = _place_of(holder, window) if holder is not None else ""
        if not merged:
            continue
        widgets, rows = places.setdefault(merged, ([], {}))
        for place in alike:
            if place == merged:
                continue
            old_widgets, old_rows = places.pop(place)
            widgets.extend(old_widgets)
            for key, row in old_rows.items():
                rows.setdefault(key, ShortcutRow(merged, row.text, row.keys))

    def position(place: str) -> tuple[int, ...]:
        return min((_tree_position(w, window) for w in places[place][0]), default=())

    ordered = sorted(places, key=lambda place: (place != "", position(place)))  # everywhere, then as laid out
    return [row for place in ordered for row in places[place][1].values()]


def _common_ancestor(widgets: list[QWidget], window: QWidget) -> QWidget | None:
    """The innermost widget below `window` that holds all of `widgets`."""
    if not widgets:
        return None
    candidate = widgets[0].parentWidget()
    while candidate is not None and candidate is not window:
        if all(candidate.isAncestorOf(w) for w in widgets):
            return candidate
        candidate = candidate.parentWidget()
    return None


def _tree_position(widget: QWidget, window: QWidget) -> tuple[int, ...]:
    """Where a widget is in the window's tree of widgets (child numbers from the window down):
    pages and tabs sort in the order they were laid out."""
    path: list[int] = []
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if parent is None:
            break
        if isinstance(parent, QStackedWidget | QSplitter):  # their order is the one shown, not the children's
            path.append(parent.indexOf(widget))
        else:
            path.append(parent.children().index(widget))
        widget = parent
    return tuple(reversed(path))


def _parent_widget(obj: QObject) -> QWidget | None:
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of a window, read from its actions, grouped by where they work."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = window_shortcuts(window)
        intro = QLabel(
            self.tr("What the keys do in this window. In a list, the list's keys work when it has the focus."), self
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        group: QTreeWidgetItem | None = None
        place: str | None = None
        for row in self.rows:
            if row.place != place or group is None:
                place = row.place
                title = place or self.tr("Everywhere in the window")
                group = QTreeWidgetItem(self.tree, [title])
                group.setFirstColumnSpanned(True)
                bold = QFont(group.font(0))
                bold.setBold(True)
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [row.text, row.key_text()])
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        action = first.child(0) if first is not None else None
        if action is not None:
            self.tree.setCurrentItem(action)  # the keys move through actions, not group titles
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        guide = QPushButton(self.tr("Open the &user guide"), self)
        guide.clicked.connect(lambda: show_help(window, SHORTCUTS_TOPIC))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(guide, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(self.width(), area.width() - 40), min(self.height(), area.height() - 60))

    def texts(self) -> list[tuple[str, str, str]]:
        """(place, action, keys) of every row shown, for tests and tools."""
        result = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:  # (an index below the count always has an item)
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None:
                    result.append((group.text(0), item.text(0), item.text(1)))
        return result


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    for old in window.findChildren(ShortcutsDialog):
        old.close()
        old.deleteLater()
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: a reference to keep open beside the window (and the guide it opens)
    dialog.raise_()
    dialog.activateWindow()
    return dialog
