"""The share wizard's fourth page: exactly what leaves, in plain words and as the signed JSON
document, how it is encrypted, and "Share", which signs it and records it in the ledger."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from myvendors.domain import requests
from myvendors.domain.models import RequestStatus
from myvendors.domain.sharing import choices, keys, packages, render
from myvendors.domain.sharing.packages import Draft
from myvendors.errors import InvalidInput, MyVendorsError
from myvendors.ui import i18n, icons, term_words
from myvendors.ui.i18n import error_text
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import muted_colour, secondary

if TYPE_CHECKING:
    from myvendors.ui.sharing.wizard import ShareWizard


class PreviewPage(QWizardPage):
    """Exactly what leaves, both ways: in plain words and as the JSON document that is signed."""

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._key_file: str | None = None
        self.setTitle(self.tr("Preview: exactly what leaves"))
        self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger, and then "
                                 "lets you save, copy or print it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Share"))
        self.words = QTextBrowser(self)
        self.words.setAccessibleName(self.tr("The package in plain words"))
        self.words.setOpenLinks(False)
        self.json = QPlainTextEdit(self)
        self.json.setReadOnly(True)
        self.json.setAccessibleName(self.tr("The signed document (JSON)"))
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        words_label = QLabel(self.tr("In plain &words"), self)
        words_label.setBuddy(self.words)
        json_label = QLabel(self.tr("The signed document (&JSON)"), self)
        json_label.setBuddy(self.json)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in ((words_label, self.words), (json_label, self.json)):
            pane = QWidget(splitter)
            pane_column = QVBoxLayout(pane)
            pane_column.setContentsMargins(0, 0, 0, 0)
            pane_column.setSpacing(4)
            pane_column.addWidget(label)
            pane_column.addWidget(view, 1)
            splitter.addWidget(pane)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)  # the words are what she reads; the JSON is for checking
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.encryption_combo = QComboBox(self)
        self.encryption_combo.setAccessibleName(self.tr("Encryption"))
        self.encryption_combo.currentIndexChanged.connect(lambda _: self._encryption_changed())
        encryption_label = QLabel(self.tr("Encr&yption:"), self)
        encryption_label.setBuddy(self.encryption_combo)
        self.key_button = QPushButton(icons.icon("key"), self.tr("Choose a &key file…"), self)
        self.key_button.setAccessibleName(self.tr("Choose the recipient's key file"))
        self.key_button.clicked.connect(self._choose_key_file)
        self.key_label = secondary(parent=self, small=True)
        self.own_key_box = QCheckBox(self.tr("A &pseudonym of its own for this recipient (vendors you send this request "
                                             "to cannot link their copies by your key)"), self)
        self.own_key_box.setAccessibleName(self.tr("A pseudonym of its own for this recipient"))
        self.own_key_box.toggled.connect(self._own_key_toggled)
        self.message = field_message(self)
        row = QHBoxLayout()
        row.addWidget(encryption_label)
        row.addWidget(self.encryption_combo, 1)
        row.addWidget(self.key_button)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(splitter, 1)
        column.addLayout(row)
        column.addWidget(self.key_label)
        column.addWidget(self.own_key_box)
        column.addWidget(self.message)

    def _show_words(self, draft: Draft) -> None:
        self.words.setHtml(render.to_html(draft.document, i18n.package_words, term_words=term_words.of_document,
                                          muted=muted_colour(self.words)))

    def restyle(self) -> None:
        """A live theme switch: the plain-words page has the theme's colours in it, so draw it again."""
        draft = self._wizard.draft
        if draft is not None and self.isVisible():
            self._show_words(draft)

    def initializePage(self) -> None:
        draft = self._wizard.built_draft()
        self._show_words(draft)
        opens = False
        if draft.spec.kind == "personal-request" and draft.spec.request_id is not None:
            with contextlib.suppress(MyVendorsError):
                status = requests.get_request(self._wizard.db, draft.spec.request_id).status
                opens = status in (RequestStatus.DRAFT, RequestStatus.EXPIRED)
        if opens:  # sharing publishes it: say so before she presses Share
            self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger and opens "
                                     "the request for offers; then you save, copy or print it."))
        else:
            self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger, and then "
                                     "lets you save, copy or print it."))
        self.json.setPlainText(json.dumps(draft.document, indent=2, ensure_ascii=False))
        self.message.hide()
        self.own_key_box.blockSignals(True)
        self.own_key_box.setChecked(draft.spec.own_pseudonym)
        self.own_key_box.blockSignals(False)
        self.encryption_combo.blockSignals(True)
        self.encryption_combo.clear()
        on_file = packages.encryption_key_on_file(self._wizard.db, draft.spec)
        if on_file:
            self.encryption_combo.addItem(self.tr("Encrypted to %s's key on file") % draft.recipient, "on-file")
        public = draft.spec.kind == "personal-request"
        self.encryption_combo.addItem(
            self.tr("Signed, not encrypted: anyone can read it (a published request)") if public
            else self.tr("Signed, not encrypted"), "none")
        self.encryption_combo.addItem(self.tr("Encrypted to a key from a file (the recipient's JWK)"), "file")
        self.encryption_combo.blockSignals(False)
        self._encryption_changed()

    def _target(self) -> str | None:
        """The key the package would be encrypted to as chosen now (None: not encrypted, or no key yet)."""
        choice = self.encryption_combo.currentData()
        draft = self._wizard.draft
        if choice == "on-file" and draft is not None:
            return packages.encryption_key_on_file(self._wizard.db, draft.spec)
        if choice == "file" and self._key_file:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                return Path(self._key_file).read_text(encoding="utf-8")
        return None

    def _readdress(self) -> None:
        """The previewed document names the key it is encrypted to (`recipient.thumbprint`), as it leaves."""
        draft = self._wizard.draft
        if draft is None:
            return
        with contextlib.suppress(MyVendorsError):
            draft = packages.addressed(draft, self._target())
            self._wizard.draft = draft
        self.json.setPlainText(json.dumps(draft.document, indent=2, ensure_ascii=False))

    def _own_key_toggled(self, checked: bool) -> None:
        """A request with a pseudonym of its own: build it again under a fresh key pair (or the request's)."""
        draft = self._wizard.draft
        if draft is None:
            return
        try:
            rebuilt = packages.build(self._wizard.db, replace(draft.spec, own_pseudonym=checked))
        except MyVendorsError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self._wizard.draft = rebuilt
        self._show_words(rebuilt)
        self._readdress()

    def _encryption_changed(self) -> None:
        choice = self.encryption_combo.currentData()
        draft = self._wizard.draft
        self.own_key_box.setVisible(draft is not None and draft.spec.kind == "personal-request" and choice != "none")
        if not self.own_key_box.isVisibleTo(self) and self.own_key_box.isChecked():
            self.own_key_box.setChecked(False)  # published to anyone: one pseudonym for all who answer
        self._readdress()
        self.key_button.setVisible(choice == "file")
        if choice == "file":
            self.key_label.setText(self._key_text() if self._key_file else self.tr("Choose the file with the key."))
        elif choice == "on-file":
            self.key_label.setText(self.tr("Only the vendor can read it; it came with an earlier answer of theirs."))
        else:
            self.key_label.setText(self.tr("The signature shows any change; the content itself is readable."))
        self.message.hide()

    def _key_text(self) -> str:
        return self.tr("Key: %s") % Path(self._key_file or "").name

    def _choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The recipient's public key"), "",
                                              self.tr("JSON Web Keys (*.jwk *.json);;All files (*)"))
        if path:
            self.set_key_file(path)

    def set_key_file(self, path: str) -> bool:
        """Use the X25519 public key (a JWK) in `path`; say plainly when it is not one."""
        self.encryption_combo.setCurrentIndex(self.encryption_combo.findData("file"))
        try:
            text = Path(path).read_text(encoding="utf-8")
            keys.public_key_from_jwk(text, use="enc")
        except (OSError, UnicodeDecodeError) as exc:
            self.message.setText(self.tr("Could not read %s: %s") % (path, exc))
            self.message.show()
            return False
        except InvalidInput as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._key_file = path
        self._encryption_changed()
        return True

    def validatePage(self) -> bool:
        """Share: sign what was previewed, encrypt as chosen, record it (one transaction)."""
        wizard = self._wizard
        draft = wizard.built_draft()
        choice = self.encryption_combo.currentData()
        target: str | None = None
        if choice == "file":
            if not self._key_file:
                self.message.setText(self.tr("Choose the file with the recipient's key, or do not encrypt."))
                self.message.show()
                return False
            try:
                target = Path(self._key_file).read_text(encoding="utf-8")
            except OSError as exc:
                self.message.setText(str(exc))
                self.message.show()
                return False
        try:
            shared = packages.share_draft(wizard.db, draft, encrypt_to=target, use_key_on_file=choice == "on-file")
            remember = wizard.content_page.remember
            if remember.isChecked() and draft.spec.kind in choices.VENDOR_KINDS[1:] and draft.spec.vendor_id is not None:
                packages.set_disclosures(wizard.db, draft.spec.vendor_id, list(draft.spec.disclose))
        except MyVendorsError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        wizard.shared = shared
        emit(wizard.shared_done, shared)
        return True

