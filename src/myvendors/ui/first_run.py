"""The first-run window: choose a passphrase, then save the recovery key before going on.

A view only: it says what the user asked for by signal (`create_requested`, …) and the
`AppController` runs the service calls and answers through `set_busy`, `show_error` and
`show_recovery_key`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.ui import icons
from myvendors.ui.clipboard import SensitiveClipboard
from myvendors.ui.passphrase import NewPassphraseForm
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, PageFrame, PageStack, help_key, link_button, secondary


class CreatePage(PageFrame):
    """Page 1: passphrase twice, strength meter, Create."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            "app",
            self.tr("Create your vault"),
            self.tr("Everything you keep in MyVendors is encrypted with a passphrase that only you know."),
            parent,
        )
        self.location = secondary(parent=self, small=True)
        self.location.setText(self.tr("New vault: %s") % vault_path.name)
        self.location.setToolTip(str(vault_path))
        self.location.setAccessibleName(self.location.text())
        self.form = NewPassphraseForm(self, user_inputs=[vault_path.stem])
        self.body.addWidget(self.location)
        self.body.addSpacing(4)
        self.body.addWidget(self.form)

        self.create_button = QPushButton(icons.icon("lock"), self.tr("&Create vault"), self)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.setToolTip(self.tr("Type the same passphrase twice to create the vault."))
        self.buttons.addWidget(self.create_button)

        self.open_existing = link_button(self.tr("Open an existing vault…"), "folder-open", parent=self)
        self.open_existing.setAccessibleName(self.tr("Open an existing vault"))
        self.add_link(self.open_existing)
        self.finish_links()

        self.form.validity_changed.connect(self.create_button.setEnabled)
        self.setTabOrder(self.form.weak_confirm, self.create_button)
        self.setTabOrder(self.create_button, self.open_existing)


class RecoveryKeyPage(PageFrame):
    """Page 2: the recovery key, Copy, Save recovery kit…, "I have saved it", Continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "key",
            self.tr("Save your recovery key"),
            self.tr(
                "If you ever forget your passphrase, this key is the only way back into your vault. "
                "It is shown only this once."
            ),
            parent,
        )
        self.key_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        key_box = QFrame(self)
        key_box.setObjectName("recoveryKeyBox")
        key_box.setStyleSheet(
            "QFrame#recoveryKeyBox { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
        )
        box_layout = QVBoxLayout(key_box)
        box_layout.setContentsMargins(16, 14, 16, 14)
        box_layout.addWidget(self.key_label)

        self.copy_button = QPushButton(icons.icon("copy"), self.tr("C&opy"), self)
        self.copy_button.setToolTip(self.tr("Copy the key; the clipboard is cleared again after a while."))
        self.save_button = QPushButton(icons.icon("save"), self.tr("&Save recovery kit…"), self)
        self.save_button.setToolTip(self.tr("Save a small text file with the key and instructions, to print or keep."))
        self.action_note = secondary(parent=self, small=True)

        advice = secondary(
            self.tr(
                "Write it on paper or keep it in another password manager, away from this computer. "
                "Anyone who has this key and your vault file can open the vault."
            ),
            parent=self,
        )
        self.confirm = QCheckBox(self.tr("I &have saved my recovery key somewhere safe"), self)
        self.continue_button = QPushButton(self.tr("Co&ntinue"), self)
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)

        actions = QWidget(self)
        row = _row(actions, self.copy_button, self.save_button)
        row.addWidget(self.action_note, 1)
        self.body.addWidget(key_box)
        self.body.addWidget(actions)
        self.body.addSpacing(6)
        self.body.addWidget(advice)
        self.body.addSpacing(6)
        self.body.addWidget(self.confirm)
        self.buttons.addWidget(self.continue_button)

    def set_key(self, recovery_key: str) -> None:
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))


def _row(parent: QWidget, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout(parent)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    return row


class FirstRunWindow(QWidget):
    """Create a vault at `vault_path`: passphrase page, then recovery key page."""

    create_requested = Signal(str)  # the passphrase
    save_kit_requested = Signal(str)  # the file the user chose for the recovery kit
    continue_requested = Signal()
    open_existing_requested = Signal(str)  # a vault file the user chose instead

    def __init__(
        self, vault_path: Path, parent: QWidget | None = None, *, clipboard: SensitiveClipboard | None = None
    ) -> None:
        """`clipboard`: the app's clipboard service (the controller's); a window of its own otherwise."""
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._recovery_key = ""
        self.setWindowTitle(self.tr("MyVendors — create a vault"))
        self.setWindowIcon(icons.app_icon())
        self.clipboard = clipboard if clipboard is not None else SensitiveClipboard(self)

        self.create_page = CreatePage(self.vault_path, self)
        self.recovery_page = RecoveryKeyPage(self)
        self._stack = PageStack(self)
        self._stack.addWidget(self.create_page)
        self._stack.addWidget(self.recovery_page)
        help_key(self, lambda: "vault#recovery" if self._stack.currentWidget() is self.recovery_page
                 else "getting-started#first-run")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setMinimumWidth(PageFrame.CONTENT_WIDTH + 56)

        form = self.create_page.form
        self.create_page.create_button.clicked.connect(self._request_create)
        form.submitted.connect(self._request_create)
        self.create_page.open_existing.clicked.connect(self._choose_existing)
        self.recovery_page.copy_button.clicked.connect(self._copy_key)
        self.recovery_page.save_button.clicked.connect(self._choose_kit_file)
        self.recovery_page.continue_button.clicked.connect(self.continue_requested)
        form.focus_first()

    # -- what the controller calls ---------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    @property
    def recovery_key(self) -> str:
        return self._recovery_key

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.create_page.start_busy(self.tr("Creating your vault…"))
        else:
            self.create_page.stop_busy()

    def show_error(self, text: str) -> None:
        self.create_page.banner.show_error(text)

    def show_passphrase_error(self, text: str) -> None:
        self.create_page.form.show_error(text)
        self.create_page.form.focus_first()

    def show_recovery_key(self, recovery_key: str) -> None:
        self._recovery_key = recovery_key
        self.create_page.form.clear()
        self.recovery_page.set_key(recovery_key)
        self._stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.copy_button.setFocus()

    def show_kit_saved(self, path: str) -> None:
        self.recovery_page.banner.show_message(
            Level.SUCCESS, self.tr("Recovery kit saved to %s. Print it or move it somewhere safe.") % path
        )

    def show_kit_error(self, text: str) -> None:
        self.recovery_page.banner.show_error(text)

    def wipe(self) -> None:
        """Forget the passphrase fields and the recovery key (called before the window goes)."""
        self.create_page.form.clear()
        self._recovery_key = ""
        self.recovery_page.key_label.clear()
        self.clipboard.clear_now()

    # -- user actions ----------------------------------------------------------------------
    def _request_create(self) -> None:
        form = self.create_page.form
        if form.is_valid() and form.isEnabled():
            emit(self.create_requested, form.passphrase())

    def _copy_key(self) -> None:
        self.clipboard.copy(self._recovery_key)
        self.recovery_page.action_note.setText(self.clipboard.copied_message())

    def _choose_kit_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("MyVendors recovery kit.txt"))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery kit"), suggested, self.tr("Text files (*.txt);;All files (*)")
        )
        if chosen:
            emit(self.save_kit_requested, chosen)

    def _choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(self.vault_path.parent), self.tr("MyVendors vaults (*.myvendors);;All files (*)")
        )
        if chosen:
            emit(self.open_existing_requested, chosen)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Ask only while the key is still on screen: once the app has locked and wiped it
        # (quitting, a session logout's SIGTERM), asking could only block the quit.
        if (
            self.current_page() is self.recovery_page
            and self._recovery_key
            and not self.recovery_page.confirm.isChecked()
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Close without saving the recovery key?"),
                self.tr(
                    "The vault is created, but this is the only time its recovery key is shown. "
                    "Without it, a forgotten passphrase means the vault cannot be opened again.\n\n"
                    "Close anyway?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.wipe()
        super().closeEvent(event)
