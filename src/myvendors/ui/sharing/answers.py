"""Import a vendor's answer: an offer for a request, or an acknowledgement of a package's terms.

From a file or pasted text. First it is checked (`answers.inspect`: nothing written) and what
it holds is shown, with what its key means in words; "Import" then records it. A document
that is refused says why (its reason) and nothing is written. A trusted contact's notes (a
reputation bundle) are not an answer: the dialog hands them on (`bundle_found`) to the review
dialog of the Trusted contacts page (ui/contacts/bundle_dialog.py).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.contacts import bundles
from myvendors.domain.sharing import answers, packages
from myvendors.domain.sharing.answers import DocumentRefused, Imported, Inspected
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui import i18n, icons
from myvendors.ui.i18n import error_text
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, muted_colour, secondary


class AnswerDialog(QDialog):
    """Emits `imported(Imported)` after an answer is recorded, `bundle_found(text)` for a contact's
    notes (and closes: the contacts' review dialog takes them)."""

    imported = Signal(object)
    bundle_found = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.inspected: Inspected | None = None
        self.setWindowTitle(self.tr("Import a vendor's answer"))
        intro = secondary(
            self.tr("An offer for one of your requests, or a vendor's acknowledgement of the terms you sent. "
                    "It is checked first; nothing is kept until you import it."),
            parent=self,
        )
        self.banner = MessageBanner(self)
        self.open_button = QPushButton(icons.icon("folder-open"), self.tr("&Open a file…"), self)
        self.open_button.setAccessibleName(self.tr("Open a file with the answer"))
        self.open_button.clicked.connect(self._choose_file)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("The answer, pasted"))
        self.text_edit.setPlaceholderText(self.tr("…or paste it here (eyJ…)"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 5 + 14)
        self.text_edit.textChanged.connect(self._text_changed)
        paste_label = QLabel(self.tr("&Paste the document:"), self)
        paste_label.setBuddy(self.text_edit)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setAccessibleName(self.tr("Check the answer"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.holds = QTextBrowser(self)
        self.holds.setAccessibleName(self.tr("What the answer holds"))
        self.holds.setOpenLinks(False)
        self.holds.hide()
        self.key_label = QLabel(self)
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(self.tr("The vendor's key"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.hide()
        self.change_box = QCheckBox(self.tr("&Accept the new key: I know this vendor changed its key"), self)
        self.change_box.setAccessibleName(self.tr("Accept the new key"))
        self.change_box.setToolTip(self.tr("Only if the vendor told you, in a way you trust, that it has a new key. "
                                           "Otherwise the document may come from someone else using its name."))
        self.change_box.toggled.connect(lambda _: self.check())
        self.change_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the answer"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(intro, paste_label)
        self.resize(600, 420)

    def _lay_out(self, intro: QLabel, paste_label: QLabel) -> None:
        """The answer pasted or opened above, what it holds and the vendor's key below, the buttons last."""
        source = QHBoxLayout()
        source.addWidget(paste_label, 1, Qt.AlignmentFlag.AlignBottom)
        source.addWidget(self.open_button)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addWidget(self.banner)
        column.addLayout(source)
        column.addWidget(self.text_edit)
        column.addLayout(check_row)
        column.addWidget(self.holds, 3)
        column.addWidget(self.key_label)
        column.addWidget(self.change_box)
        column.addStretch(1)  # takes the room while nothing is shown (a refusal stays one banner high)
        column.addWidget(self.buttons)

    # -- input -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The vendor's answer"), "",
                                              self.tr("Signed documents (*.jws *.jwe *.jose *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read the file into the text box and check it (a file larger than any answer is refused unread)."""
        try:
            text = answers.read_document(Path(path))
        except DocumentRefused as exc:
            self._refused(exc)
            return False
        except (OSError, UnicodeDecodeError) as exc:  # not a compact JOSE text
            self.banner.show_error(self.tr("Could not read %s: %s") % (Path(path).name, exc))
            return False
        self.text_edit.setPlainText(text.strip())
        self.check()
        return True

    def _text_changed(self) -> None:
        self.inspected = None
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
        self.holds.hide()
        self.key_label.hide()
        self.change_box.blockSignals(True)
        self.change_box.setChecked(False)
        self.change_box.blockSignals(False)
        self.change_box.hide()
        self.banner.clear()

    def restyle(self) -> None:
        """A live theme switch: the summary is HTML with the theme's colours in it, so draw it again."""
        if self.inspected is not None and self.holds.isVisible():
            self.holds.setHtml(self.summary_html(self.inspected))

    # -- checking and importing -------------------------------------------------------------
    def check(self) -> bool:
        """answers.inspect: verify and show what it holds; nothing is written."""
        self.banner.clear()
        if bundles.is_contact_bundle(self._db, self.text_edit.toPlainText()):
            emit(self.bundle_found, self.text_edit.toPlainText().strip())
            self.accept()
            return True
        try:
            seen = answers.inspect(self._db, self.text_edit.toPlainText(),
                                   accept_key_change=self.change_box.isChecked())
        except DocumentRefused as exc:
            self._refused(exc)
            return False
        except MyVendorsError as exc:
            self.banner.show_error(error_text(exc))
            return False
        self.inspected = seen
        self.holds.setHtml(self.summary_html(seen))
        self.holds.show()
        self.key_label.setText(self.key_words(seen))
        self.key_label.show()
        if seen.kind == "package":
            self.banner.show_message(Level.INFO, self.tr("This is a package you sent, not an answer: there is nothing "
                                                         "to import. Its signature checks out."))
            self.import_button.setEnabled(False)
        elif seen.key_status == "key change":
            self.banner.show_message(Level.WARNING, self.tr(
                "Signed by a new key for %s, not the one on file. Import it only if you know the vendor changed its "
                "key: the new key then replaces the old one, which your ledger keeps.") % seen.signer_name)
            self.import_button.setEnabled(True)
        else:
            self.banner.show_message(Level.SUCCESS, self.tr("The signature checks out and it answers a package you "
                                                            "sent. Import it to keep it."))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
        return True

    def _refused(self, exc: DocumentRefused) -> None:
        self.inspected = None
        self.import_button.setEnabled(False)
        self.holds.hide()
        self.key_label.hide()
        self.change_box.setVisible(exc.reason == "key-mismatch" and bool(exc.replaces))
        self.banner.show_error(self.tr("Refused (%s): %s Nothing was kept.") % (self.reason_word(exc.reason), error_text(exc)))

    def reason_word(self, reason: str) -> str:
        """The refusal's reason (a word scripts test, `DocumentRefused.reason`) in the user's language."""
        return {
            "malformed": self.tr("malformed"), "encrypted-elsewhere": self.tr("encrypted-elsewhere"),
            "decrypt": self.tr("decrypt"), "signature": self.tr("signature"), "schema": self.tr("schema"),
            "expired": self.tr("expired"), "replay": self.tr("replay"), "unknown-package": self.tr("unknown-package"),
            "recipient": self.tr("recipient"), "key-mismatch": self.tr("key-mismatch"), "terms": self.tr("terms"),
        }.get(reason, reason)

    def key_words(self, seen: Inspected) -> str:
        name = seen.signer_name
        if seen.key_status == "first use":
            return self.tr("This vendor's key is new to you: importing puts it on file (trust on first use). "
                           "Later documents from %s must be signed by it.") % name
        if seen.key_status == "on file":
            return self.tr("Signed by the key you have on file for %s.") % name
        if seen.key_status == "key change":
            return self.tr("A key change: importing puts this new key on file for %s in place of the old one (%s), "
                           "which your ledger keeps as replaced.") % (name, ", ".join(seen.replaces))
        return self.tr("Signed by one of your own keys.")

    def summary_html(self, seen: Inspected) -> str:
        e = html.escape
        document = seen.document
        rows: list[tuple[str, str]] = []
        if seen.kind == "offer":
            title = self.tr("An offer from %s") % seen.signer_name
            offer = document.get("offer", {})
            price = " ".join(str(offer[k]) for k in ("price", "priceCurrency") if k in offer)
            rows += [(self.tr("Price"), price or self.tr("(none given)")),
                     (self.tr("Conditions"), str(offer.get("description", ""))),
                     (self.tr("Valid through"), str(offer.get("validThrough", "")))]
        elif seen.kind == "acknowledgement":
            ack = document.get("acknowledgement", {})
            refused = ack.get("accepted") is False
            title = (self.tr("A refusal of your terms from %s") if refused
                     else self.tr("An acknowledgement from %s")) % seen.signer_name
            rows += [(self.tr("Your terms"), self.tr("REFUSED") if refused else self.tr("accepted")),
                     (self.tr("Terms named"), ", ".join(f"{t.get('id')} v{t.get('version')}" for t in ack.get("terms", []))),
                     (self.tr("Countersigns"), str(ack.get("packageSha256", "")))]
            if ack.get("note"):
                rows.append((self.tr("Note"), str(ack["note"])))
        else:
            title = self.tr("A package you sent")
        if seen.answers:
            about = seen.answers
            try:
                sent = packages.sent_package(self._db, seen.answers)
                about = f"{i18n.package_words(packages.KIND_TITLE.get(sent.kind, sent.kind))} {formatting.stamp_date_text(sent.issued_at)} ({seen.answers})"
            except MyVendorsError:
                pass
            rows.append((self.tr("In reply to"), about))
        sender = document.get("sender", {})
        if isinstance(sender, dict) and sender.get("website"):
            rows.append((self.tr("Website"), str(sender["website"])))
        rows += [(self.tr("Issued"), str(document.get("issued", ""))),
                 (self.tr("Expires"), str(document.get("expires", ""))),
                 (self.tr("Encrypted to you"), self.tr("yes") if seen.encrypted else self.tr("no")),
                 (self.tr("Signing key"), seen.signer_thumbprint)]
        muted = muted_colour(self.holds)
        body = "".join(f"<tr><td style='color:{muted};padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
        return f"<h3>{e(title)}</h3><table>{body}</table>"

    def import_now(self) -> None:
        if self.inspected is None or self.inspected.kind == "package":
            return
        try:
            done = answers.import_document(self._db, self.text_edit.toPlainText(),
                                           accept_key_change=self.inspected.key_status == "key change")
        except DocumentRefused as exc:
            self._refused(exc)
            return
        except MyVendorsError as exc:
            self.banner.show_error(error_text(exc))
            return
        emit(self.imported, done)
        self.accept()

    def result_of(self, done: Imported) -> str:
        """The status line after an import."""
        seen = done.inspected
        if seen.kind == "offer":
            return self.tr("Imported the offer from %s; it is listed with its request.") % seen.signer_name
        if seen.document.get("acknowledgement", {}).get("accepted") is False:
            return self.tr("Imported %s's refusal of your terms.") % seen.signer_name
        return self.tr("Imported %s's acknowledgement of your terms.") % seen.signer_name
