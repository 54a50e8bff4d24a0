"""The settings dialog, built from `domain.settings.SETTINGS`, in tabs: Security, Backups, Appearance.

Each declared setting gets an editor by its type (a spin box for numbers, a list for choices, a
field with "Choose…" for a folder), its help text, where it is kept (in this vault, or on this
device for every vault) and a line for the service's message when a value is refused. Beside
the declared settings sit the actions that are not values: remember this vault on this device,
the key-derivation strength (asks the passphrase, runs on the worker) and "Back up now".
The dialog is a view: it emits what the user asked for; `settings_actions` does it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import settings as settings_service
from myvendors.domain.settings import Setting
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import icons
from myvendors.ui.i18n import error_text, translated
from myvendors.ui.passphrase import field_message
from myvendors.ui.passphrase_dialog import CurrentPassphraseDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import BusyIndicator, heading, secondary

_SPIN_MAX = 2_000_000_000

# Argon2id time targets for the passphrase (what unlocking costs here, and a guesser per guess).
# Texts declared outside a widget are marked here for lupdate and translated when shown.
KDF_STRENGTHS: tuple[tuple[str, str, float], ...] = (
    ("standard", QT_TRANSLATE_NOOP("settings", "Standard (about ¾ s to unlock)"), 0.75),
    ("strong", QT_TRANSLATE_NOOP("settings", "Strong (about 2 s to unlock)"), 2.0),
    ("maximum", QT_TRANSLATE_NOOP("settings", "Maximum (about 4 s to unlock)"), 4.0),
)
SECTION_TITLES = {
    "security": QT_TRANSLATE_NOOP("settings", "Security"),
    "backups": QT_TRANSLATE_NOOP("settings", "Backups"),
    "reminders": QT_TRANSLATE_NOOP("settings", "Reminders"),
    "appearance": QT_TRANSLATE_NOOP("settings", "Appearance"),
    "money": QT_TRANSLATE_NOOP("settings", "Money"),
    "privacy": QT_TRANSLATE_NOOP("settings", "Privacy"),
}
# The declared settings' labels, help and choices (domain/settings.py cannot import Qt);
# tests/ui/test_translations.py checks that every one of them is listed.
DECLARED_TEXTS = (
    QT_TRANSLATE_NOOP("settings", "Lock after idle (minutes)"),
    QT_TRANSLATE_NOOP(
        "settings",
        "Lock the vault when there has been no keyboard or mouse activity for this long. 0 turns it off.",
    ),
    QT_TRANSLATE_NOOP("settings", "Clear the clipboard after (seconds)"),
    QT_TRANSLATE_NOOP(
        "settings",
        "Secrets that MyVendors copies are wiped from the clipboard after this long, unless something else "
        "was copied since. 0 (Off): only when the vault locks or MyVendors quits.",
    ),
    QT_TRANSLATE_NOOP("settings", "Backups to keep"),
    QT_TRANSLATE_NOOP(
        "settings", "How many backups of this vault to keep; older ones are deleted after each new backup."
    ),
    QT_TRANSLATE_NOOP("settings", "Backup folder"),
    QT_TRANSLATE_NOOP(
        "settings",
        "Backups go into a folder named after the vault inside this one. "
        "Empty: the “backups” folder next to the vault file.",
    ),
    QT_TRANSLATE_NOOP("settings", "Remind me (days before)"),
    QT_TRANSLATE_NOOP(
        "settings",
        "How many days before a renewal, a cancel-by date, the end of a free trial, an offer's last day or a "
        "follow-up you are reminded, separated by commas; 0 is the day itself. Each reminder shows once, "
        "while MyVendors runs, and stays on the Overview until you dismiss it. Empty: no reminders.",
    ),
    QT_TRANSLATE_NOOP("settings", "Name the vendor while locked"),
    QT_TRANSLATE_NOOP(
        "settings",
        "While the vault is locked MyVendors cannot read it. At locking it keeps in memory only when the next "
        "reminders are due and a neutral text (“A cancel-by date is near — unlock to see”). With this on, it "
        "keeps the vendor's name too and shows it in the notification, where anyone near the screen can read it.",
    ),
    QT_TRANSLATE_NOOP("settings", "Theme"),
    QT_TRANSLATE_NOOP("settings", "Light or dark, or follow what the operating system uses."),
    QT_TRANSLATE_NOOP("settings", "Same as the system"),
    QT_TRANSLATE_NOOP("settings", "Light"),
    QT_TRANSLATE_NOOP("settings", "Dark"),
    QT_TRANSLATE_NOOP("settings", "Language"),
    QT_TRANSLATE_NOOP(
        "settings", "The language of menus and windows. It changes the next time MyVendors starts."
    ),
    QT_TRANSLATE_NOOP("settings", "Main currency"),
    QT_TRANSLATE_NOOP(
        "settings",
        "The currency your spending is also shown in, converted with the rates below (e.g. EUR). "
        "Empty: each currency is shown on its own.",
    ),
    QT_TRANSLATE_NOOP("settings", "Exchange rates"),
    QT_TRANSLATE_NOOP(
        "settings",
        "What one unit of another currency is worth in your main currency, e.g. “USD 0.92; GBP 1.17”. "
        "Amounts are converted only with the rates you give here, never guessed.",
    ),
    QT_TRANSLATE_NOOP("settings", "Alias domain"),
    QT_TRANSLATE_NOOP(
        "settings",
        "A domain of your own that accepts mail to any name at it (a catch-all), e.g. “anna.example”: a vendor "
        "is offered an address of its own there (acme@anna.example). Empty: a plus-address of your e-mail "
        "(you+acme@…).",
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def _letter(text: str) -> str | None:
    """The Alt+letter of a control's text ("&&" is a literal ampersand), lower case."""
    plain = text.replace("&&", "")
    mark = plain.find("&")
    return plain[mark + 1].lower() if 0 <= mark < len(plain) - 1 else None


def _with_letter(text: str, used: set[str | None]) -> str:
    """`text` with its first letter not in `used` marked (unchanged when every letter is used)."""
    if _letter(text) is not None:
        return text
    for i, char in enumerate(text):
        if char.isalpha() and char.lower() not in used:
            return text[:i] + "&" + text[i:]
    return text


class FolderEdit(QWidget):
    """A folder path with "Choose…"; empty means the default place (shown as the placeholder)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        self.choose_button = QPushButton(icons.icon("folder-open"), self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.line, 1)
        row.addWidget(self.choose_button)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text().strip()

    def setValue(self, value: str) -> None:
        self.line.setText(value)

    def choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Backup folder"), self.value())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.setValue)
        dialog.open()


Editor = QSpinBox | QComboBox | FolderEdit | QLineEdit | QCheckBox


def editor_value(editor: Editor) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return editor.value()


class KdfPrompt(CurrentPassphraseDialog):
    """Asks the current passphrase before the key is derived again at another strength."""

    submitted = Signal(str)

    def __init__(self, strength_text: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=self.tr("Change key strength"),
            intro=self.tr(
                "Your passphrase will protect the vault's key at the strength “%s”. Type it to go on; "
                "it stays the same, only how long each try takes changes."
            )
            % strength_text,
            ok_text=self.tr("A&pply"),
        )
        self.passphrase_edit = self.current_edit
        self.message = self.current_message
        self.apply_button = self.ok_button
        self.passphrase_edit.returnPressed.connect(self._submit)

    def submit(self) -> None:
        emit(self.submitted, self.current_edit.text())


class SettingsDialog(QDialog):
    submitted = Signal(dict)  # {key: new value} for the settings the user changed
    backup_requested = Signal()
    remember_requested = Signal(bool)
    kdf_requested = Signal(str, float)  # the current passphrase, the Argon2id seconds to calibrate to

    def __init__(
        self,
        declared: Sequence[Setting],
        values: Mapping[str, Any],
        parent: QWidget | None = None,
        *,
        vault_name: str = "",
        default_backup_folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._declared = tuple(declared)
        self._initial = dict(values)
        self._vault_name = vault_name
        self.editors: dict[str, Editor] = {}
        self._messages: dict[str, QLabel] = {}
        self.kdf_prompt: KdfPrompt | None = None
        self._setting_labels: list[tuple[QWidget, QLabel]] = []
        self._kdf_busy = False

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._forms: dict[str, QFormLayout] = {}
        self._pages: dict[str, QWidget] = {}
        self._columns: dict[str, QVBoxLayout] = {}  # each page's layout
        for section in settings_service.SECTIONS:
            page = QWidget(self.tabs)
            page.setAccessibleName(_t(SECTION_TITLES[section]))
            column = QVBoxLayout(page)
            column.setContentsMargins(16, 16, 16, 12)
            column.setSpacing(6)
            scopes = {item.scope for item in self._declared if item.section == section}
            if len(scopes) == 1:  # where this tab's settings are kept, said once at its top
                caption = secondary(self._where(scopes.pop()), parent=page, small=True)
                caption.setObjectName("whereKept")
                column.addWidget(caption)
                column.addSpacing(6)
            form = QFormLayout()
            form.setVerticalSpacing(2)
            form.setHorizontalSpacing(16)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            column.addLayout(form)
            self._forms[section] = form
            self._pages[section] = page
            self._columns[section] = column
            self.tabs.addTab(page, _t(SECTION_TITLES[section]))
        for setting in self._declared:
            self._add_setting(setting, values, default_backup_folder)
        self._add_security_actions()
        self._add_backup_actions()
        for column in self._columns.values():
            column.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._assign_mnemonics()
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.tabs, 1)
        column.addSpacing(4)
        column.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- construction ----------------------------------------------------------------------
    def _where(self, scope: str) -> str:
        if scope == settings_service.DEVICE:
            return self.tr("Kept on this device, for every vault; used before unlocking too.")
        if self._vault_name:
            return self.tr("Kept in this vault (%s).") % self._vault_name
        return self.tr("Kept in this vault.")

    def _editor(self, setting: Setting, value: Any, default_backup_folder: str) -> Editor:
        if setting.choices:
            combo = QComboBox(self)
            for choice, text in setting.choices:
                combo.addItem(QCoreApplication.translate("settings", text), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            return combo
        if setting.folder:
            placeholder = self.tr("Next to the vault: %s") % default_backup_folder if default_backup_folder else ""
            folder = FolderEdit(placeholder, self)
            folder.line.setToolTip(placeholder)
            folder.setValue(str(value or ""))
            return folder
        if setting.type is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if setting.type is str:
            line = QLineEdit(str(value or ""), self)
            line.setClearButtonEnabled(True)
            if setting.days_list:
                line.setPlaceholderText(self.tr("no reminders"))
                line.setMaximumWidth(220)
            return line
        spin = QSpinBox(self)
        spin.setRange(
            setting.minimum if setting.minimum is not None else -_SPIN_MAX,
            setting.maximum if setting.maximum is not None else _SPIN_MAX,
        )
        spin.setValue(int(value))
        spin.setMinimumWidth(110)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if setting.off_at_zero:
            spin.setSpecialValueText(self.tr("Off"))
        return spin

    def _add_setting(self, setting: Setting, values: Mapping[str, Any], default_backup_folder: str) -> None:
        form = self._forms.get(setting.section, self._forms["security"])
        page = self._pages.get(setting.section, self._pages["security"])
        editor = self._editor(setting, values.get(setting.key, setting.default), default_backup_folder)
        editor.setParent(page)
        label_text = QCoreApplication.translate("settings", setting.label)
        help_text = QCoreApplication.translate("settings", setting.help)
        accessible = editor.line if isinstance(editor, FolderEdit) else editor
        accessible.setAccessibleName(label_text)
        accessible.setAccessibleDescription(help_text)
        accessible.setToolTip(help_text)
        label = QLabel(label_text, page)  # its Alt+letter is chosen once every control exists
        label.setBuddy(accessible)
        self._setting_labels.append((page, label))
        message = field_message(page)
        mixed = len({item.scope for item in self._declared if item.section == setting.section}) > 1
        help_label = secondary(f"{help_text} {self._where(setting.scope)}" if mixed else help_text, parent=page, small=True)
        if form.rowCount():
            form.addItem(QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        form.addRow(label, editor)
        form.addRow(help_label)  # the whole width: short lines are easier to read than a narrow column
        form.addRow(message)
        self.editors[setting.key] = editor
        self._messages[setting.key] = message

    def _assign_mnemonics(self) -> None:
        """Give the tabs and the setting labels Alt+letters that no other control in view uses.

        The buttons' letters are fixed by their (translated) texts; the tabs and the labels, whose
        texts come from data, take the first free letter of their text, in any language.
        """
        taken = {_letter(button.text()) for button in self.buttons.buttons()} - {None}
        for index in range(self.tabs.count()):
            text = self.tabs.tabText(index)
            self.tabs.setTabText(index, _with_letter(text, taken))
            taken.add(_letter(self.tabs.tabText(index)))
        for page in self._pages.values():
            used = set(taken)
            labels = [label for owner, label in self._setting_labels if owner is page]
            for widget in page.findChildren(QWidget):
                if not isinstance(widget, (QAbstractButton, QLabel)) or widget in labels:
                    continue
                if isinstance(widget, QAbstractButton) or widget.buddy() is not None:  # its letter is fixed
                    used.add(_letter(widget.text()))
            for label in labels:
                label.setText(_with_letter(label.text(), used))
                used.add(_letter(label.text()))

    def _add_security_actions(self) -> None:
        page, column = self._pages["security"], self._columns["security"]
        column.addSpacing(14)
        column.addWidget(heading(self.tr("This device"), scale=1.05, parent=page))
        self.remember_box = QCheckBox(self.tr("&Remember this vault on this device"), page)
        self.remember_box.setEnabled(False)
        self.remember_box.setAccessibleName(self.tr("Remember this vault on this device"))
        self.remember_box.clicked.connect(lambda checked: emit(self.remember_requested, bool(checked)))
        self.remember_reason = secondary(self.tr("Checking the system keyring…"), parent=page, small=True)
        self.remember_reason.setContentsMargins(24, 0, 0, 0)
        self.remember_busy = BusyIndicator(page)
        policy = self.remember_busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # a short job: no empty line under the box while idle
        self.remember_busy.setSizePolicy(policy)
        self.remember_message = field_message(page)
        column.addWidget(self.remember_box)
        column.addWidget(self.remember_reason)
        column.addWidget(self.remember_message)
        column.addWidget(self.remember_busy)

        column.addSpacing(10)
        column.addWidget(heading(self.tr("Key strength"), scale=1.05, parent=page))
        column.addWidget(
            secondary(
                self.tr(
                    "How much work turns your passphrase into the vault's key. Stronger makes every guess "
                    "at your passphrase slower, and unlocking too. Kept in the vault's key envelope."
                ),
                parent=page,
                small=True,
            )
        )
        self.kdf_now = secondary(parent=page, small=True)
        self.kdf_now.setObjectName("kdfNow")
        column.addWidget(self.kdf_now)
        self.kdf_combo = QComboBox(page)
        self.kdf_combo.setAccessibleName(self.tr("Key strength"))
        for key, text, seconds in KDF_STRENGTHS:
            self.kdf_combo.addItem(_t(text), (key, seconds))
        kdf_label = QLabel(self.tr("S&trength:"), page)
        kdf_label.setBuddy(self.kdf_combo)
        self.kdf_button = QPushButton(self.tr("A&pply…"), page)
        self.kdf_button.setAccessibleName(self.tr("Apply the key strength"))
        self.kdf_button.clicked.connect(self.ask_kdf_passphrase)
        self.kdf_status = secondary(parent=page, small=True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(kdf_label)
        row.addWidget(self.kdf_combo)
        row.addWidget(self.kdf_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.kdf_status)

    def show_kdf(self, memory_kib: int, iterations: int, lanes: int) -> None:
        """What protects the key now (the strength names are time targets; these are what they became here)."""
        self.kdf_now.setText(
            self.tr("Now: Argon2id with %d MiB of memory, %d passes, %d lanes.") % (memory_kib // 1024, iterations, lanes)
        )

    def _add_backup_actions(self) -> None:
        page, column = self._pages["backups"], self._columns["backups"]
        column.addSpacing(10)
        self.backup_button = QPushButton(icons.icon("backup"), self.tr("Bac&k up now"), page)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Back up now, with the settings saved so far"))
        self.backup_button.clicked.connect(lambda: emit(self.backup_requested))
        self.backup_status = secondary(parent=page, small=True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_status, 1)
        column.addLayout(row)

    def show_section(self, section: str) -> None:
        """Open at the tab of `section` (one of settings.SECTIONS)."""
        page = self._pages.get(section)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    # -- values ----------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        return editor_value(self.editors[key])

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setValue(value)

    def changes(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.editors if self.value(key) != self._initial.get(key)}

    def mark_saved(self, written: Mapping[str, Any]) -> None:
        """`written` is saved already: OK no longer counts it as a change."""
        self._initial.update(written)
        for key, value in written.items():
            if key in self.editors and self.value(key) != value:
                self.set_value(key, value)  # as the service stored it (a folder path tidied)
            self._messages[key].hide()

    def show_backup_started(self) -> None:
        self.backup_status.setText(self.tr("Backing up…"))

    def show_backup_done(self, backup: Any) -> None:
        self.backup_status.setText(self.tr("Backed up to %s") % backup.folder)

    def show_backup_failed(self, error: Any) -> None:
        self.backup_status.setText(error_text(error))

    def _submit(self) -> None:
        for message in self._messages.values():
            message.hide()
        changes = self.changes()
        if not changes:
            self.accept()
            return
        emit(self.submitted, changes)

    def show_error(self, text: str, field: str | None) -> None:
        message = self._messages.get(field or "")
        if message is None:
            message = next(iter(self._messages.values()))
        message.setText(text)
        message.show()
        editor = self.editors.get(field or "")
        if editor is not None:
            for section, page in self._pages.items():
                if page.isAncestorOf(editor):
                    self.tabs.setCurrentWidget(self._pages[section])
            editor.setFocus()

    # -- remember on this device -----------------------------------------------------------
    def show_checking_keyring(self) -> None:
        """A device remembers this vault: the keyring is being asked whether it is this one."""
        self.remember_box.setEnabled(False)
        self.remember_reason.setText(self.tr("Checking the system keyring…"))

    def set_device_status(self, available: bool, reason: str, remembered: bool, *, problem: bool = False) -> None:
        """`problem`: the keyring was asked and did not help this time; `reason` says why."""
        self.remember_busy.stop()
        self.remember_box.setEnabled(available)
        self.remember_box.setChecked(available and remembered)
        explanation = self.tr(
            "Keeps a device key in the system keyring so that this computer opens the vault without the "
            "passphrase. The passphrase itself is never stored."
        )
        reason = translated(reason)
        self.remember_box.setToolTip(f"{explanation}\n{reason}".strip() if available else reason)
        self.remember_reason.setText(reason if problem or not available else explanation)
        if self.isVisible():
            self._grow_to_fit()

    def set_remember_busy(self, text: str) -> None:
        self.remember_message.hide()
        self.remember_box.setEnabled(False)
        self.remember_busy.start(text)

    def show_remember_error(self, text: str) -> None:
        self.remember_message.setText(text)
        self.remember_message.show()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when a message needs the room, so that no wrapped text above it is squeezed."""
        page = self.tabs.currentWidget()
        for widget in (self, page):  # lay out now, so that the labels have their new widths
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        wrapped = [label for label in page.findChildren(QLabel) if label.isVisible() and label.wordWrap()]
        missing = sum(max(0, label.heightForWidth(label.width()) - label.height()) for label in wrapped)
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    # -- key strength ----------------------------------------------------------------------
    def kdf_choice(self) -> tuple[str, float]:
        key, seconds = self.kdf_combo.currentData()
        return str(key), float(seconds)

    def set_kdf_busy(self, busy: bool) -> None:
        """While the key is derived again the dialog stays open (the main window waits for it too)."""
        self._kdf_busy = busy
        self.kdf_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._kdf_busy:
            super().reject()

    def ask_kdf_passphrase(self) -> KdfPrompt:
        prompt = KdfPrompt(self.kdf_combo.currentText(), self)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.submitted.connect(lambda passphrase: emit(self.kdf_requested, passphrase, self.kdf_choice()[1]))
        prompt.destroyed.connect(lambda: setattr(self, "kdf_prompt", None))
        self.kdf_prompt = prompt
        prompt.open()
        return prompt
