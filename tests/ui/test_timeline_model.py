"""The timeline model: newest first, local times, kinds in words with their icons, pages on demand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester

from myvendors.domain import timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money
from myvendors.ui.models.timeline import INTERACTION_ROLE, TimelineModel, kind_text
from myvendors.vault import Vault


def test_the_timeline_model_pages_and_passes_the_model_tester(new_vault: tuple[Vault, str], qtmodeltester: ModelTester) -> None:
    vault, _ = new_vault
    shop, bank = vendors.add_vendor(vault.db, "Shop"), vendors.add_vendor(vault.db, "Bank")
    start = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    kinds = list(InteractionKind)
    for n in range(130):
        timeline.record(vault.db, InteractionDraft(
            shop.id, kinds[n % len(kinds)], start + timedelta(hours=n),
            amount=Money.parse("12.50", "EUR") if n % 2 else None, note=f"note {n}\nsecond line",
        ))
    timeline.record(vault.db, InteractionDraft(bank.id, InteractionKind.ASK_ADVICE, start, channel="phone"))
    icons_asked: list[InteractionKind] = []

    def kind_icon(kind: InteractionKind) -> QIcon:
        icons_asked.append(kind)
        return QIcon()

    model = TimelineModel(vault.db, kind_icon=kind_icon, page_size=25, max_pages=2)
    model.set_vendor(shop.id)
    assert model.rowCount() == 130 and model.rows_fetched == 0
    newest = model.interaction(0)
    assert newest.note.startswith("note 129")
    assert model.data(model.index(0, TimelineModel.NOTE)) == "note 129 second line"  # on one line
    assert model.data(model.index(0, TimelineModel.NOTE), Qt.ItemDataRole.ToolTipRole) == "note 129\nsecond line"
    assert model.data(model.index(0, TimelineModel.AMOUNT)) == "12.50 EUR"
    assert model.data(model.index(1, TimelineModel.AMOUNT)) == ""
    when = (start + timedelta(hours=129)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(0, TimelineModel.WHEN)) == when
    assert model.data(model.index(0, TimelineModel.KIND)) == kind_text(newest.kind)
    model.data(model.index(0, TimelineModel.KIND), Qt.ItemDataRole.DecorationRole)
    assert icons_asked == [newest.kind]
    assert model.data(model.index(129, TimelineModel.NOTE)) == "note 0 second line"
    assert model.data(model.index(5, 0), INTERACTION_ROLE).note.startswith("note 124")
    assert model.rows_held <= 50
    qtmodeltester.check(model, force_py=True)

    model.set_vendor(bank.id)
    assert model.rowCount() == 1 and model.data(model.index(0, TimelineModel.NOTE)) == "phone"
    assert kind_text(InteractionKind.ASK_ADVICE) == "Asked advice"
    model.set_vendor(None)
    assert model.rowCount() == 131
    vendors.delete_vendor(vault.db, bank.id)
    model.reload()
    assert model.rowCount() == 130  # a vendor in the trash leaves the timeline of all vendors
    model.clear()
    assert model.rowCount() == 0 and model.rows_held == 0 and model.vendor_id is None


def test_after_an_edit_the_model_finds_the_row_reading_one_page(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    shop = vendors.add_vendor(vault.db, "Shop")
    start = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    made = [timeline.record(vault.db, InteractionDraft(shop.id, InteractionKind.PAYMENT, start + timedelta(hours=n)))
            for n in range(300)]
    model = TimelineModel(vault.db, page_size=25, max_pages=2)
    model.set_vendor(shop.id)
    target = made[150]  # row 149, newest first
    assert model.interaction(149) == target
    timeline.edit_interaction(vault.db, target.id, note="edited")
    model.reload()
    assert model.row_of(target.id, near=149) == 149 and model.rows_fetched == 25  # one page, not the timeline
    assert model.interaction(149).note == "edited"
    later = timeline.edit_interaction(vault.db, target.id, at=start + timedelta(hours=160, minutes=30))
    model.reload()
    assert model.row_of(later.id, near=149) == 139 and model.rows_fetched == 25  # moved within the page
    far = timeline.edit_interaction(vault.db, target.id, at=start - timedelta(days=1))
    model.reload()
    assert model.row_of(far.id, near=149) == 299 and model.rows_fetched == 25  # counted, not read
    assert model.interaction(299) == far
    model.set_vendor(None)
    assert model.row_of(made[0].id, near=0) is None  # the whole timeline: only near rows are looked at


def test_a_vendors_leaks_are_rows_among_its_interactions_in_every_window(
    new_vault: tuple[Vault, str], qtmodeltester: ModelTester
) -> None:
    """Small pages, two held: read down, up again and by jumps, every row is the merged list's."""
    from datetime import date

    from myvendors.domain import leaks
    from myvendors.domain.leaks import Leak
    from myvendors.domain.vendor_timeline import VendorTimeline

    vault, _ = new_vault
    shop = vendors.add_vendor(vault.db, "Shop").id
    start = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    for n in range(60):
        timeline.record(vault.db, InteractionDraft(shop, InteractionKind.PAYMENT, start + timedelta(hours=13 * n)))
    leaks.add_alias(vault.db, shop, "ken+shop@example.com")
    for day in (1, 5, 5, 20, 40):
        leaks.record_by_hand(vault.db, "ken+shop@example.com", seen_on=date(2025, 2, 27) + timedelta(days=day),
                             used_by="spam.example")
    expected = VendorTimeline(vault.db, shop).at(0, 100)
    model = TimelineModel(vault.db, page_size=7, max_pages=2)
    model.set_vendor(shop)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 65 and (model.interaction_count, model.leak_count) == (60, 5)
    rows = [*range(65), *range(64, -1, -1), 50, 3, 64, 0, 33, 12]
    for row in rows:
        assert model.row_item(row) == expected[row], row
    kinds = [model.data(model.index(row, TimelineModel.KIND)) for row in range(65)]
    assert kinds.count("Leak of your data") == 5
    first_leak = next(row for row, item in enumerate(expected) if isinstance(item, Leak))
    assert model.interaction(first_leak) is None and model.row_of_leak(expected[first_leak].id) == first_leak
    last = expected[-1] if not isinstance(expected[-1], Leak) else expected[-2]
    fresh = TimelineModel(vault.db, page_size=7, max_pages=2)
    fresh.set_vendor(shop)
    assert fresh.row_of(last.id) == expected.index(last)  # counted, no page read
