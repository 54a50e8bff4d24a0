"""The share wizard: recipient → exactly what goes → terms → preview of what leaves → share.

Nothing is written to the vault before "Share" (building the preview may make the
relationship's pseudonym, which is how the preview can show the key the vendor will see).
What is previewed is what is signed: the wizard keeps the built `Draft` and shares exactly it
(`packages.share_draft`). After sharing, the package can be saved (.jws/.jwe), copied (the
clipboard is cleared again after a while), shown as a QR code when it fits, and printed or
saved as a PDF of its plain-words rendering.

One module per page, in the order she meets them: `recipient`, `content`, `terms`, `preview`,
`done`. `ShareWizard` (here) holds what they share: the vault, the draft and the package shared.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from myvendors.domain.sharing import choices
from myvendors.domain.sharing.packages import Draft, Shared, ShareSpec
from myvendors.storage import Database
from myvendors.ui.sharing.wizard.content import ContentPage
from myvendors.ui.sharing.wizard.done import DonePage
from myvendors.ui.sharing.wizard.preview import PreviewPage
from myvendors.ui.sharing.wizard.recipient import RecipientPage
from myvendors.ui.sharing.wizard.terms import TermsPage

PAGE_RECIPIENT, PAGE_CONTENT, PAGE_TERMS, PAGE_PREVIEW, PAGE_DONE = range(5)


class ShareWizard(QWizard):
    """Share on her terms. Emits `shared_done(Shared)` once the package is signed and in the ledger."""

    shared_done = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, initial: ShareSpec | None = None,
        vendor_id: int | None = None, request_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.initial = initial
        self.draft: Draft | None = None
        self.shared: Shared | None = None
        self.setWindowTitle(self.tr("Share"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.recipient_page = RecipientPage(self)
        self.content_page = ContentPage(self)
        self.terms_page = TermsPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.setPage(PAGE_RECIPIENT, self.recipient_page)
        self.setPage(PAGE_CONTENT, self.content_page)
        self.setPage(PAGE_TERMS, self.terms_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_DONE, self.done_page)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.button(QWizard.WizardButton.CommitButton).setAccessibleName(self.tr("Share"))
        if initial is not None:
            self.recipient_page.choose(kind=initial.kind, vendor_id=initial.vendor_id, request_id=initial.request_id,
                                       contact=initial.contact)
        elif request_id is not None:
            self.recipient_page.choose(kind="personal-request", request_id=request_id)
        elif vendor_id is not None:
            self.recipient_page.choose(vendor_id=vendor_id)
        self.resize(820, 620)

    def built_draft(self) -> Draft:
        """The draft the terms page built: what the preview shows and "Share" signs."""
        if self.draft is None:
            raise RuntimeError("The share wizard has no draft before its terms page is done.")
        return self.draft

    def shared_package(self) -> Shared:
        """What "Share" signed and recorded: what the last page hands over."""
        if self.shared is None:
            raise RuntimeError("The share wizard has shared nothing before the preview's Share.")
        return self.shared

    def spec(self, *, with_terms: bool) -> ShareSpec:
        """What the pages say, as a ShareSpec: only what is ticked is named."""
        recipient, content = self.recipient_page, self.content_page
        kind = recipient.kind()
        tree = content.model
        fields: tuple[str, ...] = ()
        if kind == "profile":
            fields = tuple(tree.checked("fields"))
        elif kind == "personal-request":
            fields = tuple(tree.checked("request"))
        selection = tuple(self.terms_page.model.selection()) if with_terms else None
        return ShareSpec(
            kind=kind,
            vendor_id=recipient.vendor_id(),
            request_id=recipient.request_id(),
            contact=recipient.contact_edit.text().strip() if kind == "reputation" else None,
            fields=fields,
            disclose=tuple(tree.checked("disclose")),
            note_ids=tuple(tree.checked("note")),
            subject=content.subject_edit.text() if kind == "feedback" else "",
            text=(content.text_edit.toPlainText() if kind == "feedback"
                  else content.extra_edit.toPlainText() if kind in choices.VENDOR_KINDS[2:] else ""),
            idea=content.idea_box.isChecked() if kind == "feedback" else False,
            law=str(content.law_combo.currentData()) if kind in choices.VENDOR_KINDS[2:] else "GDPR",
            concerning=tuple(tree.checked("concerning")),
            terms=selection,
            valid_days=self.terms_page.valid_spin.value() if with_terms else None,
            aliases=content.alias() if kind == "profile" else (),
        )
