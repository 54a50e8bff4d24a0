"""The dialogs of leak canaries (opened from the vendor's Aliases tab): add an alias, record a
leak (pasted headers, or by hand), and show the headers kept as a leak's evidence.

Like the record dialogs they only collect values (`submitted` with a dict); the tab calls
domain/leaks.py and a refusal comes back under its field through `show_error`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.leaks import Alias, Leak
from myvendors.ui import formatting
from myvendors.ui.models.leaks import alias_kind_text, channel_text
from myvendors.ui.pages.vendors.record_dialogs import FormDialog
from myvendors.ui.widgets import secondary


def _note_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class AliasDialog(FormDialog):
    """Add an alias: the address (the suggestion filled in, when there is one), e-mail or phone, a note."""

    def __init__(self, vendor_name: str, suggestion: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an alias for %s") % vendor_name, self.tr("Add alias"), parent)
        intro = secondary(self.tr(
            "An address you give to %s alone: a plus-address of your e-mail (you+name@…), an address at a "
            "catch-all domain of yours, or a phone number. If anyone else uses it, %s passed it on.")
            % (vendor_name, vendor_name), parent=self, small=True)
        self._grid.addWidget(intro, 0, 0, 1, 2)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in ("email", "phone"):
            self.kind_combo.addItem(alias_kind_text(kind), kind)
        self.address_edit = QLineEdit(self)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.address_edit.setPlaceholderText(self.tr("you+name@mail.example, or +49 170 1234567"))
        if suggestion:
            self.address_edit.setText(suggestion)
            self.address_edit.selectAll()
        self.note_edit = _note_edit(self, self.tr("Note"))
        self.add_row(self.tr("&Address:"), self.address_edit, "address")
        self.add_row(self.tr("&Kind:"), self.kind_combo, "kind")
        self.add_row(self.tr("N&ote:"), self.note_edit, "note")

    def values(self) -> dict[str, Any]:
        return {"address": self.address_edit.text(), "kind": str(self.kind_combo.currentData()),
                "note": self.note_edit.toPlainText()}


class LeakDialog(FormDialog):
    """Record a leak: the message's headers pasted (the alias, sender and day are read from them),
    or by hand: the alias, the day, who used it and how."""

    def __init__(self, vendor_name: str, aliases: list[Alias], parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(self.tr("Record a leak of %s's alias") % vendor_name, self.tr("Record leak"), parent)
        intro = secondary(self.tr(
            "Paste the headers of a message sent to the alias (your mail program's “Show original” or “View "
            "source”; a whole message is fine: only its headers are kept, encrypted in your vault). Without "
            "headers, fill in the rest by hand."), parent=self, small=True)
        self._grid.addWidget(intro, 0, 0, 1, 2)
        self.headers_edit = QPlainTextEdit(self)
        self.headers_edit.setAccessibleName(self.tr("Message headers"))
        self.headers_edit.setTabChangesFocus(True)
        self.headers_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.headers_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.headers_edit.setPlaceholderText("Received: from …\nFrom: …\nTo: you+name@…\nDate: …")
        self.headers_edit.setFixedHeight(self.headers_edit.fontMetrics().lineSpacing() * 8 + 14)
        self.alias_combo = QComboBox(self)
        self.alias_combo.setAccessibleName(self.tr("Alias"))
        for alias in aliases:
            self.alias_combo.addItem(alias.address, alias.id)
        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Day it was used"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_format())
        day = today or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setMaximumDate(QDate(day.year, day.month, day.day))
        self.by_edit = QLineEdit(self)
        self.by_edit.setAccessibleName(self.tr("Used by"))
        self.by_edit.setPlaceholderText(self.tr("a company, a sender's address, a caller's number"))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setAccessibleName(self.tr("How"))
        self._aliases = {alias.id: alias for alias in aliases}
        self.note_edit = _note_edit(self, self.tr("Note"))
        self.add_row(self.tr("Pa&sted headers:"), self.headers_edit, "evidence")
        self.add_row(self.tr("&Alias:"), self.alias_combo, "alias")
        self.add_row(self.tr("&Day:"), self.date_edit, "seen_on")
        self.add_row(self.tr("&Used by:"), self.by_edit, "used_by")
        self.add_row(self.tr("Ho&w:"), self.channel_combo, "channel")
        self.add_row(self.tr("N&ote:"), self.note_edit, "note")
        self.alias_combo.currentIndexChanged.connect(self._fill_channels)
        self.headers_edit.textChanged.connect(self._by_hand)
        self._fill_channels()
        self._by_hand()
        self.setMinimumWidth(560)

    def _fill_channels(self) -> None:
        alias = self._aliases.get(self.alias_combo.currentData())
        channels = ("email",) if alias is None or alias.kind == "email" else ("phone", "sms")
        self.channel_combo.clear()
        for channel in channels:
            self.channel_combo.addItem(channel_text(channel), channel)

    def from_headers(self) -> bool:
        return bool(self.headers_edit.toPlainText().strip())

    def _by_hand(self) -> None:
        """With headers pasted, the day, sender and way come from them: the fields by hand rest."""
        by_hand = not self.from_headers()
        for widget in (self.date_edit, self.by_edit, self.channel_combo):
            widget.setEnabled(by_hand)

    def values(self) -> dict[str, Any]:
        chosen = self.date_edit.date()
        return {
            "evidence": self.headers_edit.toPlainText() if self.from_headers() else None,
            "alias_id": self.alias_combo.currentData(),
            "seen_on": date(chosen.year(), chosen.month(), chosen.day()),
            "used_by": self.by_edit.text(),
            "channel": self.channel_combo.currentData(),
            "note": self.note_edit.toPlainText(),
        }


class EvidenceDialog(QDialog):
    """The headers kept with a leak, read-only, with their SHA-256."""

    def __init__(self, leak: Leak, headers: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Headers of the leak seen on %s") % formatting.date_text(leak.seen_on))
        self.text = QPlainTextEdit(headers, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Message headers"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        digest = QLabel(self.tr("SHA-256 of these headers (UTF-8): %s") % (leak.evidence_sha256 or ""), self)
        digest.setWordWrap(True)
        digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.text, 1)
        column.addWidget(digest)
        column.addWidget(buttons)
        self.resize(720, 460)
