"""The main window's status bar: what just happened (a message for a while), a progress bar while
the vault is busy, the vault's state (its name, and when it locks), and, after an accepted offer
made a vendor, a button that shows that vendor."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from myvendors.ui import icons
from myvendors.ui.qtcompat import emit

MESSAGE_MS = 8000  # how long a message stays


class VaultStatusBar(QStatusBar):
    """`warnings`: the window's other permanent widgets (the ledger's), shown before the vault's state."""

    vendor_wanted = Signal(int)  # "Show vendor" after an accepted offer: the window shows that vendor

    def __init__(self, warnings: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_icon = QLabel(self)
        icons.show_on(self.state_icon, "unlock", 16)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Vault state"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.show_vendor_button = QPushButton(self.tr("Show vendor"), self)  # after an accepted offer
        self.show_vendor_button.setFlat(True)
        self.show_vendor_button.hide()
        self.show_vendor_button.clicked.connect(self._show_changed_vendor)
        self._changed_text = ""
        self._changed_vendor: int | None = None
        self._busy_text: str | None = None
        self.messageChanged.connect(
            lambda text: self.show_vendor_button.setVisible(bool(text) and text == self._changed_text)
        )
        self.addPermanentWidget(self.show_vendor_button)
        self.addPermanentWidget(self.progress)
        for widget in warnings:
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.state_icon)
        self.addPermanentWidget(self.state_label)

    def show_status(self, text: str) -> None:
        """`text` for a while."""
        self.showMessage(text, MESSAGE_MS)

    def show_vault(self, name: str, auto_lock_minutes: int) -> None:
        """The vault's name, and when it locks by itself."""
        if auto_lock_minutes == 1:
            text = self.tr("%s · unlocked · locks after 1 minute idle") % name
        elif auto_lock_minutes:
            text = self.tr("%s · unlocked · locks after %d minutes idle") % (name, auto_lock_minutes)
        else:
            text = self.tr("%s · unlocked · auto-lock is off") % name
        self.state_label.setText(text)

    def set_busy(self, text: str | None) -> None:
        """`text` with a running progress bar, or (None) neither (the text goes if it still shows)."""
        busy_text, self._busy_text = self._busy_text, text
        self.progress.setVisible(text is not None)
        if text:
            self.showMessage(text)
        elif busy_text and self.currentMessage() == busy_text:
            self.clearMessage()

    def offer_vendor(self, vendor_id: int, name: str) -> None:
        """An accepted offer created or updated this vendor: say so, with a button that shows it."""
        self._changed_vendor = vendor_id
        self._changed_text = self.tr("Offer accepted: %s is in your vendors.") % name
        self.show_vendor_button.setAccessibleName(self.tr("Show %s") % name)
        self.show_status(self._changed_text)  # shows the button beside it

    def _show_changed_vendor(self) -> None:
        if self._changed_vendor is not None:
            emit(self.vendor_wanted, self._changed_vendor)
        self.show_vendor_button.hide()

    def clear(self) -> None:
        """Nothing about the vault stays: its name, the vendor offered, the message."""
        self.state_label.clear()
        self.show_vendor_button.hide()
        self.show_vendor_button.setAccessibleName("")
        self._changed_vendor = None
        self._changed_text = ""
        self.clearMessage()
