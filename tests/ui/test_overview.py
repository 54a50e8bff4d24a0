"""The Overview can be acted on: Enter or a double-click opens the record of a row; overdue items
and cancel-by dates within a week stand out (icon, words and colour); what she spends per month
and year, per currency, with the top categories; a new vault's first steps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import spending_data
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.domain import agreements, insights, reputation, requests, settings, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    RequestDraft,
    RequestStatus,
)
from myvendors.ui import theme
from myvendors.ui.main_window import OVERVIEW, REQUESTS, VENDORS, MainWindow
from myvendors.ui.models.rows import TONES, Row
from myvendors.ui.pages.overview import MoneyLink, Section

TODAY = date.today()


def _populate(db) -> dict[str, int]:
    shop = vendors.add_vendor(db, "Quillfeather Streaming", category="Streaming")
    gym = vendors.add_vendor(db, "Ironbark Gym", category="Sport")
    for n in range(3):  # the recent interactions of another vendor come first in the timeline
        other = vendors.add_vendor(db, f"Other {n}")
        timeline.record(db, InteractionDraft(vendor_id=other.id, kind=InteractionKind.PAYMENT,
                                             at=datetime.now(UTC) - timedelta(minutes=n)))
    plan = agreements.add_agreement(db, AgreementDraft(
        vendor_id=shop.id, kind=AgreementKind.SUBSCRIPTION, title="Family plan", price=Money.parse("10", "EUR"),
        period=BillingPeriod.MONTHLY, renewal=TODAY + timedelta(days=20), cancel_by=TODAY + timedelta(days=3),
    ))
    late = agreements.add_agreement(db, AgreementDraft(
        vendor_id=gym.id, kind=AgreementKind.MEMBERSHIP, title="Gold", price=Money.parse("150", "EUR"),
        period=BillingPeriod.YEARLY, renewal=TODAY - timedelta(days=4),
    ))
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=gym.id, kind=AgreementKind.CONTRACT, title="Towels", price=Money.parse("5", "USD"),
        period=BillingPeriod.WEEKLY, renewal=TODAY + timedelta(days=25),
    ))
    request = requests.create_request(db, RequestDraft(title="Winter tyres"))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    talk = timeline.record(db, InteractionDraft(
        vendor_id=shop.id, kind=InteractionKind.SUPPORT, at=datetime.now(UTC) - timedelta(hours=2), note="price",
    ))
    reputation.add_note(db, NoteDraft(vendor_id=gym.id, on=TODAY - timedelta(days=200), ratings={"service": 5}))
    reputation.add_note(db, NoteDraft(vendor_id=gym.id, on=TODAY - timedelta(days=3), ratings={"service": 1}))
    return {"shop": shop.id, "gym": gym.id, "plan": plan.id, "late": late.id, "request": request.id,
            "talk": talk.id}


def _open(qtbot: QtBot, make_controller, existing_vault: Path, populate: bool = True,
          reminders: bool = True) -> tuple[MainWindow, dict]:
    """The window over a populated vault; `reminders=False` turns her reminder schedule off, so that
    every due date is listed under Due (a date Coming up reminds her of is not listed twice)."""
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    ids: dict[str, int] = {}
    if populate:
        assert controller.vault is not None
        ids = _populate(controller.vault.db)
        if not reminders:
            settings.set_values(controller.vault.db, {"reminder_days": ""})
        main.refresh()
    return main, ids


def _row_number(section: Section, matches) -> int:
    for number in range(section.model.rowCount()):
        if matches(section.model.row(number)):
            return number
    raise AssertionError(f"no such row in {section.title.text()}: {section.model.rows()}")


def _press_enter(qtbot: QtBot, section: Section, number: int) -> None:
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(number))
    qtbot.keyClick(section.view, Qt.Key.Key_Return)


def _double_click(qtbot: QtBot, section: Section, number: int) -> None:
    index = section.model.index(number)
    section.view.scrollTo(index)
    centre = section.view.visualRect(index).center()
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_a_due_item_opens_its_agreement_in_the_vendors_agreements_tab(
    qtbot: QtBot, make_controller, existing_vault: Path, how: str
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    number = _row_number(main.overview.due, lambda row: row.payload.agreement.id == ids["plan"])
    (_press_enter if how == "enter" else _double_click)(qtbot, main.overview.due, number)
    assert main.current_page() == VENDORS
    assert main.vendors_page.detail.vendor_id == ids["shop"]
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.agreements
    selected = main.vendors_page.detail.agreements.selected()
    assert selected is not None and selected.id == ids["plan"]


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_a_recent_interaction_opens_in_its_vendors_timeline(
    qtbot: QtBot, make_controller, existing_vault: Path, how: str
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    number = _row_number(main.overview.recent, lambda row: row.payload.id == ids["talk"])
    (_press_enter if how == "enter" else _double_click)(qtbot, main.overview.recent, number)
    assert main.current_page() == VENDORS and main.vendors_page.detail.vendor_id == ids["shop"]
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.timeline
    selected = main.vendors_page.detail.timeline.selected()
    assert selected is not None and selected.id == ids["talk"]


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_an_open_request_opens_on_the_requests_page(
    qtbot: QtBot, make_controller, existing_vault: Path, how: str
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    (_press_enter if how == "enter" else _double_click)(qtbot, main.overview.requests, 0)
    assert main.current_page() == REQUESTS
    shown = main.requests_page.current_request()
    assert shown is not None and shown.id == ids["request"]


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_a_vendor_whose_standing_fell_opens(qtbot: QtBot, make_controller, existing_vault: Path, how: str) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    (_press_enter if how == "enter" else _double_click)(qtbot, main.overview.fell, 0)
    assert main.current_page() == VENDORS and main.vendors_page.detail.vendor_id == ids["gym"]
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().id == ids["gym"]


@pytest.mark.parametrize("dark", [False, True])
def test_overdue_and_cancel_soon_items_carry_an_icon_words_and_colour(
    qtbot: QtBot, make_controller, existing_vault: Path, dark: bool, qapp
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault, reminders=False)
    due = main.overview.due
    late = _row_number(due, lambda row: row.payload.agreement.id == ids["late"])
    soon = _row_number(due, lambda row: row.payload.agreement.id == ids["plan"] and row.payload.what == "cancel-by")
    plain = _row_number(due, lambda row: row.payload.agreement.title == "Towels")
    assert late == 0  # overdue first
    rows: list[Row] = due.model.rows()
    assert (rows[late].icon, rows[late].tone) == ("warning", "overdue")
    assert (rows[soon].icon, rows[soon].tone) == ("due-soon", "soon")
    assert (rows[plain].icon, rows[plain].tone) == ("calendar", None)
    assert "4 days ago" in rows[late].detail
    model = due.model
    accessible = model.data(model.index(late), Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Overdue: Ironbark Gym — Gold")
    assert model.data(model.index(soon), Qt.ItemDataRole.AccessibleTextRole).startswith("Cancel soon: ")
    assert model.data(model.index(late), Qt.ItemDataRole.ToolTipRole).startswith("Overdue: ")
    assert not model.data(model.index(late), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(plain), Qt.ItemDataRole.ForegroundRole) is None
    previous = qapp.palette()
    try:
        qapp.setPalette(theme.palette("dark" if dark else "light"))
        ink = model.data(model.index(late), Qt.ItemDataRole.ForegroundRole)
        assert ink == QColor(TONES["overdue"][1 if dark else 0])
        window = qapp.palette().color(theme.QPalette.ColorRole.Base)
        assert abs(ink.lightnessF() - window.lightnessF()) > 0.35  # readable on this theme's list background
    finally:
        qapp.setPalette(previous)


def test_a_date_coming_up_reminds_of_is_not_listed_again_under_due(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    reminded = {(row.payload.record_id, row.payload.on) for row in main.overview.coming_up.model.rows()}
    listed = {(row.payload.agreement.id, row.payload.on) for row in main.overview.due.model.rows()}
    assert reminded and not reminded & listed
    assert any(row.payload.agreement.id == ids["late"] for row in main.overview.due.model.rows())  # overdue stays


def test_an_agreement_that_ended_is_not_overdue(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    db = main.vault.db
    agreements.update_agreement(db, ids["late"], start=TODAY - timedelta(days=400), end=TODAY - timedelta(days=1))
    main.refresh()
    assert all(row.payload.agreement.id != ids["late"] for row in main.overview.due.model.rows())


def test_the_overview_shows_spending_per_currency_with_top_categories(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, _ids = _open(qtbot, make_controller, existing_vault)
    rows = main.overview.spending.model.rows()
    eur, usd = rows  # no payments: by currency
    assert eur.text == "0.00 EUR this month · 0.00 EUR in the last 12 months"
    assert eur.detail == ("agreements 22.50 EUR a month · 270.00 EUR a year"  # 10 a month + 150 a year
                          " · most on Sport: 150.00 EUR a year; Streaming: 120.00 EUR a year")
    assert usd.detail == "agreements 21.67 USD a month · 260.00 USD a year · most on Sport: 260.00 USD a year"  # 5 a week
    assert [row.payload for row in rows] == [MoneyLink("EUR"), MoneyLink("USD")]  # each opens the Money page


def test_the_overview_shows_payments_per_currency_and_all_together(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, _ids = _open(qtbot, make_controller, existing_vault)
    db = main.vault.db
    spending_data.fill(db)
    main.overview.refresh(db, today=spending_data.TODAY)
    rows = main.overview.spending.model.rows()
    assert [row.payload for row in rows] == [MoneyLink("EUR"), MoneyLink("USD")]
    assert rows[1].text == "10.00 USD this month · 20.00 USD in the last 12 months"
    assert rows[1].detail.startswith("agreements 30.00 USD a month · 360.00 USD a year")  # 5 a week + 100 a year
    settings.set_values(db, {"main_currency": "EUR", "exchange_rates": "USD 0.5"})
    main.overview.refresh(db, today=spending_data.TODAY)
    together = main.overview.spending.model.rows()[-1]
    assert together.payload == MoneyLink(None) and together.text.startswith("All together: ")
    assert together.detail.startswith("converted to EUR with your rates")


def test_spending_on_the_demo_vault(myvendors_vault) -> None:
    db = myvendors_vault.db
    found = insights.spending(db, top=3)
    assert found, "the demo vault has priced, running agreements"
    for spending in found:
        assert len(spending.top_categories) <= 3
        expected = 0
        for agreement, _name in agreements.all_agreements(db):
            if (agreement.price is not None and agreement.price.currency == spending.yearly.currency
                    and agreement.period.per_year and (agreement.end is None or agreement.end >= date.today())):
                expected += agreement.price.minor * agreement.period.per_year
        assert spending.yearly.minor == expected
        assert abs(spending.monthly.minor * 12 - expected) <= 6
        tops = [money.minor for _category, money in spending.top_categories]
        assert tops == sorted(tops, reverse=True) and sum(tops) <= expected
    assert [s.yearly.minor for s in found] == sorted((s.yearly.minor for s in found), reverse=True)


def test_the_demo_overview_shows_spending(myvendors_main_window, qtbot: QtBot) -> None:
    overview = myvendors_main_window.overview
    qtbot.waitUntil(lambda: not overview.is_loading())  # every payment of the last 12 months: read on the worker
    rows = overview.spending.model.rows()
    assert rows and all(" this month · " in row.text and row.text.endswith(" in the last 12 months") for row in rows)
    assert any(" · most on " in row.detail for row in rows)


def test_a_new_vault_offers_first_steps_that_trigger_the_actions(
    qtbot: QtBot, make_controller, existing_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: chosen.append("file") or ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: chosen.append("file") or ([], "")))
    main, _ = _open(qtbot, make_controller, existing_vault, populate=False)
    steps = main.overview.first_steps
    assert main.current_page() == OVERVIEW and steps.isVisible()
    fired: list[str] = []
    for name, action in (("add", main.add_vendor_action), ("import", main.vault_actions.import_action),
                         ("request", main.requests_page.new_request_action)):
        action.triggered.connect(lambda _=False, name=name: fired.append(name))

    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    assert fired == ["add"]
    assert any(child.isVisible() for child in main.findChildren(QDialog))
    for child in main.findChildren(QDialog):
        child.reject()

    qtbot.mouseClick(steps.request_button, Qt.MouseButton.LeftButton)
    assert fired == ["add", "request"]
    assert main.current_page() == REQUESTS
    assert any(child.isVisible() for child in main.requests_page.findChildren(QDialog))
    for child in main.findChildren(QDialog):
        child.reject()

    main.go_to(OVERVIEW)
    qtbot.mouseClick(steps.import_button, Qt.MouseButton.LeftButton)
    assert fired == ["add", "request", "import"] and chosen == ["file"]  # the import asked for a file

    vendors.add_vendor(main.vault.db, "First vendor")
    main.refresh()
    assert not steps.isVisible()


def test_coming_up_lists_reminders_opens_them_and_dismisses_with_undo(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    coming = main.overview.coming_up
    rows = [coming.model.row(n) for n in range(coming.model.rowCount())]
    # the plan's cancel-by in 3 days (its 3-day reminder); the gym's renewal has passed; the towels in 25 days: none
    assert [(row.text, row.payload.what.value, row.payload.lead) for row in rows] == [
        ("Quillfeather Streaming — Family plan", "cancel-by", 3),
    ]
    assert rows[0].tone == "soon" and rows[0].detail.startswith("Cancel by ")
    assert not coming.dismiss_button.isEnabled()  # nothing selected yet

    _press_enter(qtbot, coming, 0)
    assert main.current_page() == VENDORS and main.vendors_page.detail.vendor_id == ids["shop"]
    selected = main.vendors_page.detail.agreements.selected()
    assert selected is not None and selected.id == ids["plan"]

    main.go_to(OVERVIEW)
    coming.view.setFocus()
    coming.view.setCurrentIndex(coming.model.index(0))
    assert coming.dismiss_button.isEnabled()
    qtbot.keyClick(coming.view, Qt.Key.Key_Delete)
    assert coming.model.rowCount() == 0 and not coming.empty.isHidden()
    main.undo_action.trigger()
    assert coming.model.rowCount() == 1
    coming.view.setCurrentIndex(coming.model.index(0))
    coming.dismiss_button.click()
    assert coming.model.rowCount() == 0
