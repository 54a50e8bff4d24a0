"""The recurring charges panel: proposals listed, Accept, Edit and accept… (the agreement dialog
filled in), Dismiss, by mouse and keys; price rises listed; the empty state; reading on a worker;
and the price-rise line in the vendor's Agreements tab."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_mnemonics import _assert_unique

from myvendors.domain import agreements, recurring, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
)
from myvendors.domain.recurring import add_months
from myvendors.storage import Database
from myvendors.ui.pages.money.recurring import RecurringPanel
from myvendors.ui.pages.vendors.detail.agreements import AgreementsTab
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog
from myvendors.vault import Vault

TODAY = date(2025, 6, 20)


def pay_monthly(db: Database, vendor_id: int, first: date, amounts: list[int]) -> None:
    for k, amount in enumerate(amounts):
        day = add_months(first, k)
        timeline.record(db, InteractionDraft(vendor_id=vendor_id, kind=InteractionKind.PAYMENT,
                                             at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                                             amount=Money(amount, "EUR")))


def populate(db: Database) -> dict[str, int]:
    """Two proposals (Streamly, Gymnasium) and a price rise (Cloudbox's agreement)."""
    streamly = vendors.add_vendor(db, "Streamly").id
    gym = vendors.add_vendor(db, "Gymnasium").id
    cloud = vendors.add_vendor(db, "Cloudbox").id
    pay_monthly(db, streamly, date(2024, 9, 5), [1299] * 10)
    pay_monthly(db, gym, date(2025, 1, 1), [3990] * 6)
    agreements.add_agreement(db, AgreementDraft(vendor_id=cloud, kind=AgreementKind.SUBSCRIPTION, title="2 TB",
                                                price=Money(999, "EUR"), period=BillingPeriod.MONTHLY))
    pay_monthly(db, cloud, date(2024, 12, 10), [999, 999, 999, 1199, 1199, 1199])
    return {"streamly": streamly, "gym": gym, "cloud": cloud}


@pytest.fixture
def db(new_vault: tuple[Vault, str]) -> Database:
    return new_vault[0].db


def panel_of(qtbot: QtBot, db: Database) -> RecurringPanel:
    panel = RecurringPanel(db)
    panel.today = TODAY
    qtbot.addWidget(panel)
    panel.resize(760, 560)
    panel.refresh()
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # shortcuts (Enter, Delete) reach an active window only
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def test_an_empty_vault_shows_the_empty_state(qtbot: QtBot, db: Database) -> None:
    panel = panel_of(qtbot, db)
    assert panel.stack.currentWidget() is panel.empty
    assert "statements" in panel.empty.text.text()


def test_proposals_and_rises_are_listed(qtbot: QtBot, db: Database) -> None:
    populate(db)
    panel = panel_of(qtbot, db)
    assert panel.stack.currentWidget() is panel.found_page
    rows = [[panel.model.text(p, c) for c in range(4)] + [panel.model.text(p, 4)] for p in panel.model.records()]
    assert rows == [
        ["Gymnasium", "Monthly", "39.90 EUR", "2025-07-01", "6"],
        ["Streamly", "Monthly", "12.99 EUR", "2025-07-05", "10"],
    ]
    [rise] = panel.rises_model.rows()
    assert rise.text == "Cloudbox — 2 TB: 9.99 EUR → 11.99 EUR" and rise.detail == "since 2025-03-10"
    assert panel.rises_view.isVisible() and panel.accept_button.isEnabled()
    for label in panel.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    _assert_unique(panel, "recurring panel")


def test_accept_dismiss_and_their_keys(qtbot: QtBot, db: Database) -> None:
    ids = populate(db)
    panel = panel_of(qtbot, db)
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    panel.view.setFocus()
    panel.view.selectRow(0)  # Gymnasium
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    [agreement] = agreements.agreements_of(db, ids["gym"])
    assert (agreement.title, agreement.price, agreement.renewal) == ("Gymnasium", Money(3990, "EUR"), date(2025, 7, 1))
    assert [p.vendor_name for p in panel.model.records()] == ["Streamly"]
    assert "Gymnasium is now an agreement" in panel.banner.text()
    panel.view.selectRow(0)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # dismiss
    assert panel.model.records() == []
    assert panel.none_label.isVisible() and not panel.view.isVisible()
    assert agreements.agreements_of(db, ids["streamly"]) == []
    assert recurring.find(db, today=TODAY).proposals == ()
    assert changed == [True, True]


def test_edit_and_accept_opens_the_agreement_dialog_filled_in(qtbot: QtBot, db: Database) -> None:
    ids = populate(db)
    panel = panel_of(qtbot, db)
    panel.view.selectRow(1)  # Streamly
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = next(d for d in panel.findChildren(AgreementDialog) if d.isVisible())
    assert (dialog.title_edit.text(), dialog.price_edit.text(), dialog.currency_edit.text()) == ("Streamly", "12.99", "EUR")
    assert dialog.period_combo.currentData() == "monthly"
    assert (dialog.start_edit.value(), dialog.renewal_edit.value()) == (date(2024, 9, 5), date(2025, 7, 5))
    dialog.title_edit.setText("")  # refused: the dialog stays, nothing is written
    dialog.title_edit.setText("Streamly Premium")
    dialog.price_edit.setText("-1")
    dialog.ok_button.click()
    assert dialog.isVisible() and agreements.agreements_of(db, ids["streamly"]) == []
    dialog.price_edit.setText("12.99")
    dialog.notice_spin.setValue(14)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [agreement] = agreements.agreements_of(db, ids["streamly"])
    assert (agreement.title, agreement.notice_days, agreement.cancel_by) == ("Streamly Premium", 14, date(2025, 6, 21))
    assert [p.vendor_name for p in panel.model.records()] == ["Gymnasium"]


def test_reading_on_a_worker(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    from myvendors.ui.worker import Worker

    vault = new_vault[0]
    populate(vault.db)
    worker = Worker()
    panel = RecurringPanel(vault.db, worker=worker, connection=vault.connection)
    qtbot.addWidget(panel)
    panel.today = TODAY
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
        assert panel.is_loading()
    assert len(panel.model.records()) == 2 and not panel.is_loading()
    panel.clear()
    assert panel.stack.currentWidget() is panel.empty
    assert worker.wait_for_done(5_000)
    worker.shutdown()


def test_the_agreements_tab_shows_a_price_rise(qtbot: QtBot, db: Database) -> None:
    """The tab looks at today's payments: the rise is in the last months."""
    cloud = vendors.add_vendor(db, "Cloudbox").id
    agreements.add_agreement(db, AgreementDraft(vendor_id=cloud, kind=AgreementKind.SUBSCRIPTION, title="2 TB",
                                                price=Money(999, "EUR"), period=BillingPeriod.MONTHLY))
    first = add_months(date.today().replace(day=10), -6)
    pay_monthly(db, cloud, first, [999, 999, 999, 1199, 1199, 1199])
    other = vendors.add_vendor(db, "Other").id
    tab = AgreementsTab()
    qtbot.addWidget(tab)
    tab.load(db, vendors.get_vendor(db, cloud))
    tab.show()
    assert tab.rises.isVisible()
    assert tab.rises.text() == (f"Price rise: 2 TB — 9.99 EUR → 11.99 EUR since {add_months(first, 3).isoformat()} "
                                "(seen in the payments).")
    tab.load(db, vendors.get_vendor(db, other))
    assert tab.rises.isHidden()
