"""The cancellation letter of one agreement: her choices (language, which of her details go in),
the letter as it will read, and each way of sending it (copy the text, write an e-mail, save a
PDF), then "Mark as sent" (an interaction on the timeline and a follow-up). The letter and its
rules are `domain.letters`; this dialog only draws them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import letters
from myvendors.domain.models import Agreement
from myvendors.errors import MyVendorsError
from myvendors.fileio import write_export
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.clipboard import clipboard_for
from myvendors.ui.i18n import error_text
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, secondary
from myvendors.ui.worker import Job, Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from myvendors.storage import Database

# the languages a letter (or a dispute pack) can be written in, each named in its own language
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}


def letter_words(text: str) -> str:
    """A text of `domain.letters` (context "Letter") in the app's language."""
    return QCoreApplication.translate(letters.CONTEXT, text)


class LetterDialog(QDialog):
    """Write, send and record the cancellation letter of `agreement`."""

    sent = Signal(object)  # letters.Sent, after "Mark as sent" recorded it
    # Where the last letter was saved (this session): the next one starts there.
    last_folder: ClassVar[str | None] = None

    def __init__(self, db: Database, agreement: Agreement, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.agreement = agreement
        self.letter: letters.Letter | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.channel = "letter"  # how she sent it, as the timeline records it: "e-mail" once she wrote one
        self.worker = Worker(self, max_threads=1)
        self.was_sent = False
        self.setWindowTitle(self.tr("Cancellation letter: %s") % agreement.title)
        self.banner = MessageBanner(self)

        self.language = QComboBox(self)
        for code in letters.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        # the app's language unless she picks another (the letter's language is hers to choose)
        self.language.setCurrentIndex(max(0, self.language.findData(language or letters.default_language())))
        language_label = QLabel(self.tr("&Language of the letter:"), self)
        language_label.setBuddy(self.language)

        self.details_box = QGroupBox(self.tr("Your details in the letter"), self)
        self.detail_boxes: dict[str, QCheckBox] = {}
        details_column = QVBoxLayout(self.details_box)
        details = letters.details(db, agreement.vendor_id)
        for detail in details:
            box = QCheckBox(f"{letter_words(letters.FIELD_LABELS[detail.field])}: {detail.value}", self.details_box)
            box.setChecked(detail.default)
            box.toggled.connect(lambda _=False: self.refresh())
            self.detail_boxes[detail.field] = box
            details_column.addWidget(box)
        self.details_note = secondary(
            self.tr("Ticked: what the vendor already has from you. Untick what should stay out; tick more if the "
                    "vendor needs it to find your contract.") if details else
            self.tr("Your profile is empty: the letter names only the agreement. Fill in your details under "
                    "Sharing ▸ Your profile to put your name and address in."),
            parent=self.details_box, small=True)
        details_column.addWidget(self.details_note)
        details_column.addStretch(1)

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.preview.setMinimumSize(460, 380)
        self.preview.setTabChangesFocus(True)
        preview_label = QLabel(self.tr("The le&tter:"), self)
        preview_label.setBuddy(self.preview)

        def button(icon: str | None, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(icons.icon(icon), text, self) if icon else QPushButton(text, self)
            made.setAccessibleName(name)
            made.setAutoDefault(False)
            made.clicked.connect(lambda _=False: slot())
            return made

        self.copy_button = button("copy", self.tr("C&opy text"), self.tr("Copy the letter's text"), self.copy)
        self.email_button = button("mail", self.tr("Write an &e-mail"),
                                   self.tr("Write the letter as an e-mail to the vendor"), self.write_email)
        self.pdf_button = button("save", self.tr("Save as &PDF…"), self.tr("Save the letter as a PDF"),
                                 self._choose_pdf)
        self.sent_button = button("check", self.tr("&Mark as sent"),
                                  self.tr("Record that you sent the letter and set a follow-up"), self.mark_sent)
        self.sent_button.setToolTip(self.tr("Puts “Cancellation letter sent” on the vendor's timeline and a "
                                            "follow-up to check that the vendor confirmed"))
        self.status = secondary(parent=self)
        self.status.setAccessibleName(self.tr("What was done"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(language_label, preview_label)
        self.language.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.refresh()
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out(self, language_label: QLabel, preview_label: QLabel) -> None:
        left = QVBoxLayout()
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language, 1)
        left.addLayout(language_row)
        left.addWidget(self.details_box, 1)
        right = QVBoxLayout()
        right.addWidget(preview_label)
        right.addWidget(self.preview, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        for made in (self.copy_button, self.email_button, self.pdf_button):
            actions.addWidget(made)
        actions.addStretch(1)
        actions.addWidget(self.sent_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        column.addWidget(self.banner)
        column.addLayout(grid, 1)
        column.addLayout(actions)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

    # -- the letter -------------------------------------------------------------------------------
    def chosen_language(self) -> str:
        return str(self.language.currentData() or "en")

    def included(self) -> list[str]:
        return [name for name, box in self.detail_boxes.items() if box.isChecked()]

    def refresh(self) -> None:
        """Compose the letter again from her choices and show it, with what its dates mean."""
        try:
            self.letter = letters.compose(self.db, self.agreement.id, language=self.chosen_language(),
                                          include=self.included())
        except MyVendorsError as exc:
            self.letter = None
            self.preview.setPlainText("")
            self.banner.show_error(error_text(exc))
            self._update_buttons()
            return
        self.preview.setPlainText(letters.to_text(self.letter))
        when = self.letter.deadline
        self.banner.show_message(Level.INFO if when.in_time else Level.WARNING,
                                 letters.advice(when, letter_words, formatting.date_text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.letter is not None
        for made in (self.copy_button, self.email_button):
            made.setEnabled(ready)
        self.pdf_button.setEnabled(ready and not self.worker.is_busy())
        self.sent_button.setEnabled(ready and not self.was_sent)
        if ready and self.letter is not None and not self.letter.vendor_email:
            self.email_button.setToolTip(self.tr("The vendor has no e-mail address on file: you fill it in"))
        else:
            self.email_button.setToolTip("")

    # -- sending ----------------------------------------------------------------------------------
    def copy(self) -> bool:
        if self.letter is None:
            return False
        keeper = clipboard_for(self)
        keeper.copy(letters.to_text(self.letter))
        self.status.setText(self.tr("Copied the letter.") + " " + keeper.copied_message())
        return True

    def email_url(self) -> QUrl:
        return QUrl.fromEncoded(letters.mailto(self.letter).encode("ascii")) if self.letter else QUrl()

    def write_email(self) -> bool:
        """A new e-mail in her mail program, to the vendor, with the letter's subject and text."""
        if self.letter is None:
            return False
        if not self.open_url(self.email_url()):
            self.status.setText(self.tr("No e-mail program answered. Copy the text into an e-mail yourself."))
            return False
        self.status.setText(self.tr("Your e-mail program opens the letter as a new message."))
        self.channel = "e-mail"
        return True

    def default_name(self) -> str:
        safe = "".join(c if c.isalnum() else "-" for c in self.agreement.title).strip("-").lower() or "agreement"
        return f"cancellation-{safe[:40]}.pdf"

    def _choose_pdf(self) -> None:
        folder = self.last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as a PDF"),
                                              str(Path(folder or Path.home()) / self.default_name()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> Job | None:
        """The letter as a PDF, written where she chose and nowhere else. Setting the text and
        embedding the font takes about half a second, so it is done off the GUI thread."""
        letter = self.letter
        if letter is None:
            return None
        target = Path(path)

        def write() -> Path | OSError:
            data = letters.to_pdf(letter)
            try:
                write_export(target, (data,))
            except OSError as exc:  # a full disk, a folder she cannot write to: said in the dialog
                return exc
            return target

        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        job = self.worker.submit(write)
        job.succeeded.connect(self._pdf_written)
        job.failed.connect(lambda error: self.banner.show_error(error_text(error)))
        job.finished.connect(self._update_buttons)
        return job

    def _pdf_written(self, result: Path | OSError) -> None:
        if isinstance(result, OSError):
            self.status.setText(self.tr("Could not write %s: %s") % (result.filename, result.strerror or result))
            return
        LetterDialog.last_folder = str(result.parent)
        self.status.setText(self.tr("Saved the letter to %s.") % result)

    def done(self, result: int) -> None:
        """Closing waits for a PDF being written (it is written whole or not at all)."""
        self.worker.shutdown()
        super().done(result)

    def mark_sent(self) -> letters.Sent | None:
        """Record it: "Cancellation letter sent" on the timeline, a follow-up to check the vendor confirmed."""
        if self.letter is None:
            return None
        try:
            done = letters.mark_sent(self.db, self.letter, channel=self.channel)
        except MyVendorsError as exc:
            self.banner.show_error(error_text(exc))
            return None
        self.was_sent = True
        self._update_buttons()
        self.status.setText(self.tr("Recorded on the timeline. A follow-up on %s asks: %s")
                            % (formatting.date_text(done.follow_up_due), done.follow_up_title))
        emit(self.sent, done)
        return done
