"""The cancellation letter dialog, driven through its widgets from the Agreements tab: the letter as
it reads, her choices (language, details), copy, e-mail, PDF, and "Mark as sent"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_accessibility import _unnamed
from test_mnemonics import _assert_unique
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import agreements, follow_ups, letters, timeline, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, Money, VendorDraft
from myvendors.domain.sharing import packages
from myvendors.ui import i18n
from myvendors.ui.pages.vendors.letter_dialog import LetterDialog


def _open_letter(qtbot: QtBot, make_controller, existing_vault: Path, *, renewal_days: int = 60):
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor = vendors.create_vendor(db, VendorDraft(name="Streamly", email="cancel@streamly.example",
                                                   address="Postfach 1, 10115 Berlin"))
    agreement = agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title="Premium", price=Money.parse("9.99", "EUR"),
        period=BillingPeriod.MONTHLY, renewal=date.today() + timedelta(days=renewal_days), notice_days=30,
        reference="KD-4711",
    ))
    packages.set_profile(db, {"name": "Jana Example", "city": "Leipzig", "email": "jana@example.org"})
    packages.set_disclosures(db, vendor.id, ["name"])
    main.refresh()
    assert main.show_vendor(vendor.id)
    detail = main.vendors_page.detail
    qtbot.waitUntil(lambda: detail.vendor_id == vendor.id, timeout=WAIT_MS)
    detail.tabs.setCurrentWidget(detail.agreements)
    tab = detail.agreements
    assert not tab.letter_button.isEnabled()  # nothing selected yet
    tab.view.selectRow(0)
    assert tab.letter_button.isEnabled()
    tab.letter_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(LetterDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(LetterDialog) if d.isVisible())
    return db, vendor, agreement, dialog, detail


def test_the_letter_reads_from_the_vault_and_her_choices_change_it(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    _, _, _, dialog, _ = _open_letter(qtbot, make_controller, existing_vault)
    text = dialog.preview.toPlainText()
    assert text.startswith("Jana Example\n\nStreamly\nPostfach 1\n10115 Berlin\n")  # only what the vendor has
    assert "(reference KD-4711)" in text and "notice period is 30 days" in text
    assert dialog.banner.text().startswith("In time: the letter must arrive by ")
    assert set(dialog.detail_boxes) == {"name", "city", "email"}
    assert [f for f, box in dialog.detail_boxes.items() if box.isChecked()] == ["name"]

    dialog.detail_boxes["email"].setChecked(True)
    assert "Email: jana@example.org" in dialog.preview.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    german = dialog.preview.toPlainText()
    assert "Sehr geehrte Damen und Herren," in german and "Vertrags-/Kundennummer KD-4711" in german
    _assert_unique(dialog, "the letter dialog")
    assert _unnamed(dialog) == []


def test_in_german_the_alt_letters_stay_unique(qtbot: QtBot, make_controller, existing_vault: Path,
                                               qapp: QApplication) -> None:
    installed = i18n.install(qapp, "de")
    try:
        _, _, _, dialog, detail = _open_letter(qtbot, make_controller, existing_vault)
        assert dialog.windowTitle() == "Kündigungsschreiben: Premium"
        assert dialog.banner.text().startswith("Rechtzeitig: Das Schreiben muss bis zum ")
        _assert_unique(dialog, "the letter dialog in German")
        dialog.close()  # a window of its own: its letters do not count on the tab
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
        _assert_unique(detail.agreements, "the Agreements tab in German")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_copy_email_and_pdf(qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path) -> None:
    _, _, _, dialog, _ = _open_letter(qtbot, make_controller, existing_vault)
    assert dialog.copy()
    assert QApplication.clipboard().text() == dialog.preview.toPlainText()

    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.email_button.click()
    url = urlsplit(bytes(opened[0].toEncoded()).decode("ascii"))
    assert (url.scheme, url.path) == ("mailto", "cancel@streamly.example")
    query = parse_qs(url.query)
    assert query["subject"] == ["Cancellation of Premium – reference KD-4711"]
    assert query["body"][0].startswith("Dear Sir or Madam,\r\n\r\nI hereby cancel my subscription “Premium”")
    assert dialog.channel == "e-mail"

    target = tmp_path / "letter.pdf"
    job = dialog.save_pdf(str(target))
    assert job is not None and not dialog.pdf_button.isEnabled()  # one at a time, off the GUI thread
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert target.read_bytes().startswith(b"%PDF-")
    assert dialog.status.text() == f"Saved the letter to {target}."
    assert dialog.pdf_button.isEnabled()

    job = dialog.save_pdf(str(tmp_path / "no such folder" / "letter.pdf"))
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert dialog.status.text().startswith("Could not write ")


def test_mark_as_sent_records_it_once(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    db, vendor, agreement, dialog, detail = _open_letter(qtbot, make_controller, existing_vault, renewal_days=10)
    assert dialog.banner.text().startswith("Too late for this term")
    with qtbot.waitSignal(dialog.sent, timeout=WAIT_MS):
        dialog.sent_button.click()
    assert not dialog.sent_button.isEnabled()
    [sent] = timeline.page(db, vendor_id=vendor.id)
    assert (sent.kind.value, sent.channel) == ("request", "letter")
    assert sent.note.startswith("Cancellation letter sent for Premium (to take effect on ")
    assert detail.timeline.model.rowCount() == 1  # the vendor's tabs were reloaded
    [follow_up] = follow_ups.follow_ups_of(db, vendor.id)
    assert (follow_up.title, follow_up.agreement_id) == ("Has Streamly confirmed the cancellation of Premium?",
                                                         agreement.id)
    assert follow_up.due == letters.follow_up_due(dialog.letter.deadline, date.today())
    assert "A follow-up on" in dialog.status.text()
