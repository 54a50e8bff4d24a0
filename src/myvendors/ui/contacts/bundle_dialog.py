"""Import a contact's notes (her bundle): checked first, reviewed, then imported.

From a file or pasted text. Checking (`bundles.read_bundle`, nothing written) and importing
(`bundles.apply_bundle`, one transaction) run on the worker when the window gives one. What she
sees: who it is from — verified against that contact's key, or, for a key none of her contacts
has, the decision put to her deliberately (its safety number to compare by phone, then "a new
contact named …" or "the new key of …"; nothing is taken until she chooses) — then the vendors
matched to hers, the unsure ones for her to decide (one of the candidates, or new to her), and
the vendors new to her, listed apart. After the import, a summary; a refusal says why and writes
nothing.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import contacts
from myvendors.domain.contacts import ContactKey, bundles, keyfile
from myvendors.domain.contacts.bundles import BundlePlan, BundleResult, VendorMatch
from myvendors.domain.sharing import answers
from myvendors.domain.sharing.answers import DocumentRefused
from myvendors.errors import InvalidInput, MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.contacts.add_dialog import digits_label, digits_text
from myvendors.ui.contacts.trust import TrustChoice
from myvendors.ui.i18n import error_text, translated
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, help_key, muted_colour, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Worker

Connection = Callable[[], AbstractContextManager[Database]]
NEW_TO_ME = -1  # a review combo's data for "new to me"
DECIDE = ("unknown-key", "key-mismatch")  # refusals she may overrule by a deliberate decision


def signer_key(db: Database, text: str) -> ContactKey:
    """The key a bundle carries in its signature header, not yet verified: its safety number is what
    she compares by phone before deciding; `read_bundle` then verifies the bundle with it."""
    _parts, header, _encrypted = answers.open_signed(db, text)
    carried = header.get("jwk")
    if not isinstance(carried, dict):
        raise DocumentRefused("signature", "The bundle carries no key.")
    public = {k: carried[k] for k in ("kty", "crv", "x") if k in carried}
    return keyfile.read_key_text(json.dumps(public), source="file")


def claimed_name(text: str) -> str | None:
    """The name a bundle says its sender goes by, read without verifying (only to prefill her decision)."""
    sender = answers.peek_payload(text).get("sender")
    disclosed = sender.get("disclosed") if isinstance(sender, dict) else None
    name = disclosed.get("name") if isinstance(disclosed, dict) else None
    return " ".join(name.split()) or None if isinstance(name, str) else None


class BundleDialog(QDialog):
    """Emits `imported(BundleResult)` after a bundle is imported."""

    imported = Signal(object)
    checked = Signal()  # a check ended (a plan shown, a decision asked for, or a refusal): for tests

    def __init__(self, db: Database, parent: QWidget | None = None, *, worker: Worker | None = None,
                 connection: Connection | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._connection = connection
        self.plan: BundlePlan | None = None
        self.outcome: BundleResult | None = None
        self.signer: ContactKey | None = None  # the unknown key she is asked about
        self.review_combos: dict[str, QComboBox] = {}
        self.busy = False
        self.setWindowTitle(self.tr("Import a contact's notes"))
        intro = secondary(self.tr(
            "Notes a trusted contact sent you about vendors. They are checked first; nothing is kept until you "
            "import them, and they never change your own ratings."), parent=self)
        self.banner = MessageBanner(self)
        self._build_source()
        self.sender_label = QLabel(self)
        self.sender_label.setWordWrap(True)
        self.sender_label.setTextFormat(Qt.TextFormat.RichText)
        self.sender_label.setAccessibleName(self.tr("Who the notes are from"))
        self.sender_label.hide()
        self._build_decision()
        self._build_review()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the notes"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addWidget(self.banner)
        column.addWidget(self.source)
        column.addWidget(self.sender_label)
        column.addWidget(self.decision)
        column.addWidget(self.review, 1)
        column.addStretch(0)
        column.addWidget(self.buttons)
        self.resize(680, 620)
        help_key(self, lambda: "contacts#import")

    def _build_source(self) -> None:
        """The notes from a file or pasted, and "Check"."""
        self.open_button = QPushButton(icons.icon("folder-open"), self.tr("&Open a file…"), self)
        self.open_button.setAccessibleName(self.tr("Open a file with a contact's notes"))
        self.open_button.clicked.connect(self._choose_file)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("The notes, pasted"))
        self.text_edit.setPlaceholderText(self.tr("…or paste them here (eyJ…)"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.text_edit.textChanged.connect(self._text_changed)
        paste_label = QLabel(self.tr("&Paste the notes:"), self)
        paste_label.setBuddy(self.text_edit)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setAccessibleName(self.tr("Check the notes"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.check())  # noqa: PLW0108 (clicked's `checked` is no option)
        self.source = QWidget(self)
        source_row = QHBoxLayout()
        source_row.addWidget(paste_label, 1, Qt.AlignmentFlag.AlignBottom)
        source_row.addWidget(self.open_button)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check_button)
        source_column = QVBoxLayout(self.source)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.addLayout(source_row)
        source_column.addWidget(self.text_edit)
        source_column.addLayout(check_row)


    def _build_decision(self) -> None:
        """For a key none of her contacts has: its numbers, and whose it is, decided by her."""
        self.decision = QWidget(self)
        self.decision_text = QLabel(self.decision)
        self.decision_text.setWordWrap(True)
        self.decision_digits = digits_label(self.decision)
        self.decision_digits.setAccessibleName(self.tr("The signing key's numbers"))
        self.new_radio = QRadioButton(self.tr("A &new contact:"), self.decision)
        self.new_radio.setAccessibleName(self.tr("Add the key as a new contact"))
        self.name_edit = QLineEdit(self.decision)
        self.name_edit.setAccessibleName(self.tr("The new contact's name"))
        self.name_message = field_message(self.decision)
        self.trust_choice = TrustChoice(self.decision)
        self.replace_radio = QRadioButton(self.tr("The new &key of:"), self.decision)
        self.replace_radio.setAccessibleName(self.tr("The new key of one of your contacts"))
        self.contact_combo = QComboBox(self.decision)
        self.contact_combo.setAccessibleName(self.tr("The contact who made a new key"))
        self.choice_group = QButtonGroup(self.decision)
        self.choice_group.addButton(self.new_radio, 0)
        self.choice_group.addButton(self.replace_radio, 1)
        self.new_radio.setChecked(True)
        self.choice_group.idToggled.connect(lambda *_: self._update_decision())
        self.name_edit.textChanged.connect(lambda _: self._update_decision())
        self.take_button = QPushButton(self.tr("Take it as &decided"), self.decision)
        self.take_button.setAccessibleName(self.tr("Check the notes again with your decision"))
        self.take_button.clicked.connect(self.take_decided)
        grid = QGridLayout(self.decision)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.decision_text, 0, 0, 1, 3)
        grid.addWidget(self.decision_digits, 1, 0, 1, 3)
        grid.addWidget(self.new_radio, 2, 0)
        grid.addWidget(self.name_edit, 2, 1, 1, 2)
        grid.addWidget(self.name_message, 3, 1, 1, 2)
        grid.addWidget(self.trust_choice, 4, 1, 1, 2)
        grid.addWidget(self.replace_radio, 5, 0)
        grid.addWidget(self.contact_combo, 5, 1, 1, 2)
        grid.addWidget(self.take_button, 6, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.decision.hide()

    def _build_review(self) -> None:
        """The vendors: matched to hers, unsure (a choice each), and new to her."""
        self.review = QWidget(self)
        self.matched_title = QLabel(self.review)
        self.matched = QTextBrowser(self.review)
        self.matched.setAccessibleName(self.tr("Vendors matched to yours"))
        self.matched.setOpenLinks(False)
        self.unsure_title = QLabel(self.review)
        self.unsure_hint = secondary(self.tr("Say which of your vendors each one is, or that it is new to you."),
                                     parent=self.review, small=True)
        self.unsure_area = QScrollArea(self.review)
        self.unsure_area.setWidgetResizable(True)
        self.unsure_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.unsure_form_widget = QWidget()
        self.unsure_form = QFormLayout(self.unsure_form_widget)
        self.unsure_form.setContentsMargins(0, 0, 0, 0)
        self.unsure_area.setWidget(self.unsure_form_widget)
        self.new_title = QLabel(self.review)
        self.new_list = QTextBrowser(self.review)
        self.new_list.setAccessibleName(self.tr("Vendors new to you"))
        self.new_list.setOpenLinks(False)
        for title in (self.matched_title, self.unsure_title, self.new_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        column = QVBoxLayout(self.review)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.matched_title)
        column.addWidget(self.matched, 2)
        column.addWidget(self.unsure_title)
        column.addWidget(self.unsure_hint)
        column.addWidget(self.unsure_area, 2)
        column.addWidget(self.new_title)
        column.addWidget(self.new_list, 1)
        self.review.hide()

    # -- input -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Notes from a contact"), "",
                                              self.tr("Signed notes (*.jws *.jwe *.txt);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read the file into the text box and check it (a file larger than any document is refused unread)."""
        try:
            text = answers.read_document(path)
        except MyVendorsError as exc:
            self.banner.show_error(error_text(exc))
            return False
        except (OSError, UnicodeDecodeError) as exc:
            self.banner.show_error(self.tr("Could not read %s: %s") % (path.name, exc))
            return False
        self.load_text(text)
        return True

    def load_text(self, text: str) -> None:
        self.text_edit.setPlainText(text.strip())
        self.check()

    def _text_changed(self) -> None:
        self.plan = None
        self.signer = None
        self.check_button.setEnabled(bool(self.text_edit.toPlainText().strip()) and not self.busy)
        self.import_button.setEnabled(False)
        self.sender_label.hide()
        self.decision.hide()
        self.review.hide()
        self.banner.clear()

    # -- running on the worker ----------------------------------------------------------------
    def _run(self, call: Callable[[Database], Any], done: Callable[[Any], None],
             failed: Callable[[MyVendorsError], None]) -> None:
        """`call(db)` on the worker with a connection of its own (or here, without a worker)."""
        self._set_busy(True)
        if self._worker is None or self._connection is None:
            try:
                value = call(self._db)
            except MyVendorsError as exc:
                self._set_busy(False)
                failed(exc)
                return
            self._set_busy(False)
            done(value)
            return
        connection = self._connection

        def work() -> Any:
            with connection() as db:
                return call(db)

        job = self._worker.submit(work)
        job.succeeded.connect(done)
        job.failed.connect(failed)
        job.finished.connect(lambda: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.open_button, self.text_edit, self.take_button):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(not busy and bool(self.text_edit.toPlainText().strip()))
        self.import_button.setEnabled(not busy and self.plan is not None and self.outcome is None)

    # -- checking -----------------------------------------------------------------------------
    def check(self, *, as_contact: str | None = None, replace_key: bool = False, trust: int | None = None) -> None:
        """read_bundle (nothing written); the plan, the decision to make, or the refusal is shown."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            return
        self.banner.clear()
        level = trust if trust is not None else contacts.DEFAULT_TRUST
        self._run(lambda db: bundles.read_bundle(db, text, as_contact=as_contact, replace_key=replace_key, trust=level),
                  self._planned, lambda exc: self._refused(exc, text))

    def take_decided(self) -> None:
        """Check again with her decision about the unknown key."""
        self.name_message.hide()
        if self.new_radio.isChecked():
            name = " ".join(self.name_edit.text().split())
            if not name:
                self.name_edit.setFocus()
                return
            self.check(as_contact=name, trust=self.trust_choice.level())
        else:
            self.check(as_contact=self.contact_combo.currentText(), replace_key=True)

    def _planned(self, plan: BundlePlan) -> None:
        self.plan = plan
        self.outcome = None
        self.sender_label.setText(self.sender_html(plan))
        self.sender_label.show()
        self.decision.setVisible(plan.contact is None or plan.key_change)
        if plan.contact is None or plan.key_change:
            self.decision_text.setText(self.tr("You decided whose key it is. It is kept when you import the notes."))
            for widget in (self.new_radio, self.replace_radio, self.name_edit, self.contact_combo, self.trust_choice):
                widget.setEnabled(False)
            self.take_button.hide()
        self._show_review(plan)
        warned = plan.contact is None or plan.key_change
        level = Level.WARNING if warned else Level.SUCCESS
        if plan.to_review:
            text = self.tr("Checked. Decide about the vendors marked unsure below, then import.")
        elif plan.contact is None:
            text = self.tr("Checked with the key you took for %s: importing adds them to your trusted contacts "
                           "with their notes.") % plan.contact_name
        elif plan.key_change:
            text = self.tr("Checked with the new key you took for %s: importing replaces their old key.") % plan.contact_name
        else:
            text = self.tr("Checked: the signature is %s's. Import the notes to keep them.") % plan.contact_name
        self.banner.show_message(level, text)
        self._set_busy(False)
        self.import_button.setDefault(True)
        emit(self.checked)

    def _refused(self, exc: MyVendorsError, text: str) -> None:
        self.plan = None
        self.review.hide()
        self.sender_label.hide()
        reason = exc.reason if isinstance(exc, DocumentRefused) else ""
        taken = reason == "key-mismatch" and self.signer is not None and self.new_radio.isChecked()
        if taken or (isinstance(exc, InvalidInput) and exc.field == "name" and self.signer is not None):
            # the new contact's name is one of hers already (or too long): a name of its own, or that one's new key
            self.name_message.setText(self.tr(
                "You have a contact of that name. Give the new one another name, or, if they made a new key, "
                "choose \"The new key of\".") if taken else error_text(exc))
            self.name_message.show()
            self.name_edit.setFocus()
            self.banner.show_message(Level.WARNING, self.tr("Not imported yet: decide whose key this is, or close."))
        elif reason in DECIDE and self.signer is None:
            self._ask_decision(text, exc)
        elif reason in DECIDE:  # her decision does not fit (a name taken, another's key): she may decide again
            self.banner.show_error(self.tr("Not taken: %s") % error_text(exc))
        else:
            self.decision.hide()
            self.banner.show_error(self.tr("Refused: %s Nothing was kept.") % error_text(exc))
        self._set_busy(False)
        emit(self.checked)

    def _ask_decision(self, text: str, exc: MyVendorsError) -> None:
        """A key none of her contacts has: show its numbers and put the choice to her."""
        try:
            key = signer_key(self._db, text)
        except MyVendorsError:
            self.banner.show_error(self.tr("Refused: %s Nothing was kept.") % error_text(exc))
            return
        self.signer = key
        claimed = claimed_name(text)
        names = [contact.name for contact in contacts.list_contacts(self._db)]
        self.contact_combo.clear()
        self.contact_combo.addItems(names)
        self.replace_radio.setEnabled(bool(names))
        self.contact_combo.setEnabled(bool(names))
        known = next((name for name in names if claimed and name.casefold() == claimed.casefold()), None)
        self.name_edit.setText(claimed if claimed and known is None else "")
        if known is not None:
            self.contact_combo.setCurrentText(known)
        self.new_radio.setChecked(True)
        for widget in (self.new_radio, self.name_edit, self.trust_choice):
            widget.setEnabled(True)
        self.take_button.show()
        who = html.escape(claimed) if claimed else self.tr("someone")
        if known is not None:
            self.decision_text.setText(self.tr(
                "<b>These notes say they come from %s, but your key for %s did not sign them.</b> Someone else may "
                "be using the name. Take them only if %s told you they made a new key: call them and compare these "
                "numbers with the ones under Export my key on their screen.") % (who, who, who))
        else:
            self.decision_text.setText(self.tr(
                "<b>Signed by a key none of your contacts has</b> (the notes say they are from %s). Take them only "
                "if you know whose key it is: call them and compare these numbers with the ones under Export my key "
                "on their screen.") % who)
        self.decision_digits.setText(digits_text(key.safety_number.split()))
        self.decision.show()
        self._update_decision()
        self.banner.show_message(Level.WARNING, self.tr("Not imported yet: decide whose key this is, or close."))
        self.name_edit.setFocus()

    def _update_decision(self) -> None:
        adding = self.new_radio.isChecked()
        self.name_edit.setEnabled(adding and self.signer is not None)
        self.trust_choice.setEnabled(adding and self.signer is not None)
        self.contact_combo.setEnabled(not adding and self.contact_combo.count() > 0)
        self.take_button.setEnabled(not self.busy and (not adding or bool(self.name_edit.text().strip())))

    # -- what is shown ----------------------------------------------------------------------
    def sender_html(self, plan: BundlePlan) -> str:
        name = html.escape(plan.contact_name)
        if plan.contact is None:
            who = self.tr("From <b>%s</b>, a new contact: the key is added with the notes.") % name
        elif plan.key_change:
            who = self.tr("From <b>%s</b>, signed by a new key: it replaces the one you have for them.") % name
        else:
            who = self.tr("From <b>%s</b>: verified, signed by the key you have for them.") % name
        count = plan.notes
        notes = self.tr("1 note") if count == 1 else self.tr("%d notes") % count
        vendors = len(plan.vendors)
        about = self.tr("about 1 vendor") if vendors == 1 else self.tr("about %d vendors") % vendors
        return f"{who}<br>{html.escape(notes)} {html.escape(about)}, " + html.escape(
            self.tr("written on %s.") % formatting.stamp_date_text(plan.issued))

    def _show_review(self, plan: BundlePlan) -> None:
        muted = muted_colour(self.matched)
        matched = [v for v in plan.vendors if v.status == bundles.MATCHED]
        new = [v for v in plan.vendors if v.status == bundles.NEW]
        unsure = list(plan.to_review)
        self.matched_title.setText(self.tr("Your vendors (%d)") % len(matched))
        self.matched.setHtml(self._rows_html(matched, muted) or html.escape(self.tr("None.")))
        self.unsure_title.setText(self.tr("Unsure (%d)") % len(unsure))
        self.new_title.setText(self.tr("New to you (%d)") % len(new))
        self.new_list.setHtml(self._rows_html(new, muted) or html.escape(self.tr("None.")))
        while self.unsure_form.rowCount():
            self.unsure_form.removeRow(0)
        self.review_combos.clear()
        for vendor in unsure:
            combo = QComboBox(self.unsure_form_widget)
            combo.setAccessibleName(self.tr("Which of your vendors is %s") % vendor.name)
            for candidate in vendor.candidates:
                combo.addItem(self.tr("Your %s") % candidate.name, candidate.vendor_id)
            combo.addItem(self.tr("New to me"), NEW_TO_ME)
            if vendor.vendor_id is not None:
                combo.setCurrentIndex(max(0, combo.findData(vendor.vendor_id)))
            combo.setToolTip(translated(vendor.reason, "Contacts"))
            label = QLabel(f"{html.escape(vendor.name)}<br><small>{html.escape(translated(vendor.reason, 'Contacts'))}"
                           "</small>", self.unsure_form_widget)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.unsure_form.addRow(label, combo)
            self.review_combos[vendor.key] = combo
        shown: tuple[tuple[QWidget, bool], ...] = (
            (self.unsure_title, bool(unsure)), (self.unsure_hint, bool(unsure)), (self.unsure_area, bool(unsure)),
            (self.new_title, bool(new)), (self.new_list, bool(new)),
        )
        for widget, visible in shown:
            widget.setVisible(visible)
        self.review.show()

    def _rows_html(self, found: list[VendorMatch], muted: str) -> str:
        e = html.escape
        rows = []
        for vendor in found:
            notes = self.tr("1 note") if len(vendor.notes) == 1 else self.tr("%d notes") % len(vendor.notes)
            extra = [notes]
            if vendor.website:
                extra.append(vendor.website)
            if vendor.kept_newer:
                extra.append(self.tr("you have newer notes from them: those are kept"))
            rows.append(f"<tr><td>{e(vendor.name)}</td><td style='color:{muted};padding-left:12px'>"
                        f"{e(' · '.join(extra))}</td></tr>")
        return f"<table>{''.join(rows)}</table>" if rows else ""

    def restyle(self) -> None:
        """A live theme switch: the lists are HTML with the theme's colours in them, so draw them again."""
        if self.plan is not None and self.review.isVisible():
            self._show_review(self.plan)

    def decisions(self) -> dict[str, int | None]:
        """{vendor key: her vendor id, or None for new to me} for the unsure vendors."""
        out: dict[str, int | None] = {}
        for key, combo in self.review_combos.items():
            value = combo.currentData()
            out[key] = None if value is None or int(value) == NEW_TO_ME else int(value)
        return out

    # -- importing ----------------------------------------------------------------------------
    def import_now(self) -> None:
        plan = self.plan
        if plan is None or self.outcome is not None or self.busy:
            return
        chosen = self.decisions()
        self._run(lambda db: bundles.apply_bundle(db, plan, chosen), self._done,
                  lambda exc: self._refused(exc, plan.compact))

    def _done(self, result: BundleResult) -> None:
        self.outcome = result
        self.import_button.setEnabled(False)
        self.import_button.hide()
        for part in (self.source, self.sender_label, self.decision, self.review):
            part.hide()
        self.banner.show_message(Level.SUCCESS, self.summary(result))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        emit(self.imported, result)

    def summary(self, result: BundleResult) -> str:
        """What the import did, in a sentence or three."""
        name = result.contact.name
        added = result.notes_added
        parts = [self.tr("Imported 1 note from %s.") % name if added == 1
                 else self.tr("Imported %d notes from %s.") % (added, name)]
        matched, new, replaced, kept = (len(result.matched), len(result.new_to_me), result.notes_replaced,
                                        len(result.kept_newer))
        if matched:
            parts.append(self.tr("1 of your vendors now shows their notes beside yours.") if matched == 1 else
                         self.tr("%d of your vendors now show their notes beside yours.") % matched)
        if new:
            parts.append(self.tr("1 vendor new to you is listed on the Trusted contacts page.") if new == 1 else
                         self.tr("%d vendors new to you are listed on the Trusted contacts page.") % new)
        if replaced:
            parts.append(self.tr("1 older note of theirs was replaced.") if replaced == 1 else
                         self.tr("%d older notes of theirs were replaced.") % replaced)
        if kept:
            parts.append(self.tr("On 1 vendor you had newer notes from them: those were kept.") if kept == 1 else
                         self.tr("On %d vendors you had newer notes from them: those were kept.") % kept)
        if result.added_contact:
            parts.append(self.tr("%s is now one of your trusted contacts.") % name)
        if result.key_changed:
            parts.append(self.tr("Their new key replaces the old one."))
        return " ".join(parts)
