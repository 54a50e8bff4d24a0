"""Reminder notifications: each reminder told once while unlocked; at locking only neutral texts
(and the vendor's name only when she allowed it) are kept and told on their day; what was told
locked is recorded as shown at unlock; the controller attaches and detaches the notifier."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.domain import agreements, follow_ups, reminders, settings, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind
from myvendors.storage import Database
from myvendors.ui.notifications import ReminderNotifier, message
from myvendors.vault import Vault

TODAY = date(2025, 6, 1)


class Clock:
    def __init__(self) -> None:
        self.day = TODAY

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime.combine(self.day, datetime.min.time()).replace(hour=9)


def _notifier(qtbot: QtBot) -> tuple[ReminderNotifier, list[tuple[str, str]], Clock]:
    told: list[tuple[str, str]] = []
    clock = Clock()
    notifier = ReminderNotifier(present=lambda title, text: told.append((title, text)), today=clock.today,
                                now=clock.now)
    return notifier, told, clock


def _gym(db: Database) -> int:
    vendor_id = vendors.add_vendor(db, "Kraftwerk Gym").id
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor_id, kind=AgreementKind.MEMBERSHIP, title="Flex", renewal=TODAY + timedelta(days=20),
        cancel_by=TODAY + timedelta(days=2)))
    return vendor_id


def test_told_once_while_unlocked(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    db = new_vault[0].db
    vendor_id = _gym(db)
    follow_ups.add(db, vendor_id, TODAY, "Letter arrived?")
    notifier, told, clock = _notifier(qtbot)
    notifier.attach(db)
    assert told == [("MyVendors: 2 reminders",
                     "Follow up 2025-06-01 (today): Kraftwerk Gym — Letter arrived?\n"
                     "Cancel by 2025-06-03 (in 2 days): Kraftwerk Gym — Flex")]
    notifier.check()
    assert len(told) == 1  # told once
    assert reminders.to_notify(db, today=TODAY) == []

    clock.day = TODAY + timedelta(days=2)  # the cancel-by day: its 0-day reminder
    notifier.check()
    assert told[-1] == ("MyVendors reminder", "Cancel by 2025-06-03 (today): Kraftwerk Gym — Flex")
    notifier.stop()


def test_locked_it_keeps_neutral_texts_and_tells_them_on_their_day(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    db = new_vault[0].db
    _gym(db)
    notifier, told, clock = _notifier(qtbot)
    notifier.attach(db)
    told.clear()
    notifier.detach()
    kept = notifier.kept_while_locked
    assert [(k.starts, k.text) for k in kept] == [
        (TODAY + timedelta(days=2), "A cancel-by date is near — unlock to see"),
        (TODAY + timedelta(days=6), "A renewal is near — unlock to see"),
        (TODAY + timedelta(days=17), "A renewal is near — unlock to see"),
        (TODAY + timedelta(days=20), "A renewal is near — unlock to see"),
    ]
    assert all("Kraftwerk" not in k.text and "Flex" not in k.text for k in kept)

    clock.day = TODAY + timedelta(days=1)
    notifier.check()
    assert told == []
    clock.day = TODAY + timedelta(days=7)  # two have come round: told once, in one notification
    notifier.check()
    assert told == [("MyVendors: 2 reminders",
                     "A cancel-by date is near — unlock to see\nA renewal is near — unlock to see")]
    notifier.check()
    assert len(told) == 1

    notifier.attach(db)  # unlocked on day 7: what was told locked is not told again
    assert len(told) == 1
    assert reminders.to_notify(db, today=clock.day) == []
    notifier.stop()


def test_with_her_permission_a_locked_notification_names_the_vendor(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    db = new_vault[0].db
    _gym(db)
    settings.set_value(db, reminders.NAMES_WHEN_LOCKED, True)
    notifier, _told, _clock = _notifier(qtbot)
    notifier.attach(db)
    notifier.detach()
    assert notifier.kept_while_locked[0].text == "A cancel-by date is near: Kraftwerk Gym — unlock to see"
    notifier.stop()


def test_many_reminders_in_one_notification() -> None:
    title, text = message([f"line {n}" for n in range(6)])
    assert title == "MyVendors: 6 reminders"
    assert text.splitlines() == ["line 0", "line 1", "line 2", "line 3", "… and 2 more on the Overview"]


def test_the_controller_attaches_at_unlock_and_keeps_neutral_texts_at_lock(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    vendor_id = vendors.add_vendor(vault.db, "Kraftwerk Gym").id
    agreements.add_agreement(vault.db, AgreementDraft(
        vendor_id=vendor_id, kind=AgreementKind.MEMBERSHIP, title="Flex", cancel_by=date.today() + timedelta(days=5)))
    told: list[tuple[str, str]] = []
    controller.notifier._present = lambda title, text: told.append((title, text))  # the test listens instead of the tray
    controller.notifier.check()
    assert told and "Kraftwerk Gym — Flex" in told[0][1]
    assert main.isVisible()
    controller.lock()
    kept = controller.notifier.kept_while_locked
    assert [(k.starts - date.today(), k.text) for k in kept] == [
        (timedelta(days=2), "A cancel-by date is near — unlock to see"),  # 3 days before
        (timedelta(days=5), "A cancel-by date is near — unlock to see"),  # on the day
    ]


def test_without_a_tray_the_main_window_tells_it_in_the_status_bar(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    main.status_bar.clearMessage()
    main.show_notice("Cancel by 2025-06-03 (in 2 days): Gym — Flex\nRenews 2025-06-09 (in 8 days): Gym — Flex")
    assert main.status_bar.currentMessage() == (
        "Cancel by 2025-06-03 (in 2 days): Gym — Flex · Renews 2025-06-09 (in 8 days): Gym — Flex")
    main.status_bar.showMessage("The keyring said no")  # an unlock's notice is not pushed aside
    main.show_notice("Follow up 2025-06-01 (today): Gym — Letter?")
    assert main.status_bar.currentMessage() == "The keyring said no"
