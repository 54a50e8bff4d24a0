"""The relationship domain's services over a real (encrypted) vault."""

from __future__ import annotations

import hashlib
import io
import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myvendors.domain import agreements, attachments, reputation, requests, search, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
    VendorDraft,
    VendorStatus,
)
from myvendors.errors import InvalidInput
from myvendors.storage import Database

EUR = "EUR"


# -- money ---------------------------------------------------------------------------------
def test_money_is_exact_and_knows_minor_units() -> None:
    assert Money.parse("12.99", "eur") == Money(1299, "EUR")
    assert Money.parse("1000", "JPY") == Money(1000, "JPY")
    assert Money.parse("1.234", "KWD") == Money(1234, "KWD")
    assert str(Money(1299, "EUR")) == "12.99 EUR" and Money(1299, "EUR").amount == Decimal("12.99")
    with pytest.raises(InvalidInput, match="decimal places"):
        Money.parse("0.001", "EUR")
    with pytest.raises(InvalidInput, match="not an amount"):
        Money.parse("12,99 €", "EUR")
    with pytest.raises(InvalidInput, match="ISO 4217"):
        Money.parse("1", "EURO")


# -- vendors -------------------------------------------------------------------------------
def test_vendor_lifecycle(db: Database) -> None:
    v = vendors.create_vendor(db, VendorDraft(name="  Netflix   Inc ", website="netflix.com", category="Streaming",
                                              email="help@netflix.com", tags=("tv", "TV", "monthly ")))
    assert v.name == "Netflix Inc" and v.website == "https://netflix.com" and v.tags == ("monthly", "tv")
    v = vendors.update_vendor(db, v.id, status=VendorStatus.FORMER, tags=("cancelled",))
    assert v.status is VendorStatus.FORMER and v.tags == ("cancelled",)
    vendors.delete_vendor(db, v.id)
    assert vendors.count_vendors(db) == 0 and vendors.count_vendors(db, trashed=True) == 1
    assert vendors.restore_vendor(db, v.id).deleted_at is None
    vendors.delete_vendor(db, v.id)
    assert vendors.empty_trash(db) == 1
    with pytest.raises(InvalidInput):
        vendors.get_vendor(db, v.id)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"name": " "}, "name"), ({"website": "not a url"}, "website"), ({"email": "nobody"}, "email"),
     ({"status": "gone"}, "status"), ({"tags": ("x" * 60,)}, "tags"), ({"colour": "red"}, "colour")],
)
def test_vendor_validation_names_the_field_and_writes_nothing(db: Database, changes: dict, field: str) -> None:  # type: ignore[type-arg]
    v = vendors.add_vendor(db, "Acme")
    with pytest.raises(InvalidInput) as info:
        vendors.update_vendor(db, v.id, **changes)
    assert info.value.field == field
    assert vendors.get_vendor(db, v.id) == v


def test_bulk_add_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(InvalidInput, match="Record 2"):
        vendors.add_vendors(db, [VendorDraft(name="One"), VendorDraft(name=""), VendorDraft(name="Three")])
    assert vendors.count_vendors(db) == 0
    assert len(vendors.add_vendors(db, [VendorDraft(name="One"), VendorDraft(name="Two")])) == 2


def test_vendor_pages_by_name_without_offset(db: Database) -> None:
    names = [f"Vendor {i:03d}" for i in range(57)]
    vendors.add_vendors(db, [VendorDraft(name=n) for n in reversed(names)])
    seen, after = [], None
    while page := vendors.page_vendors(db, limit=10, after=after):
        seen.extend(v.name for v in page)
        after = page[-1]
    assert seen == names
    assert [v.name for v in vendors.page_vendors(db, limit=3, sort="-name")] == names[::-1][:3]


# -- agreements ----------------------------------------------------------------------------
def test_agreements_and_what_is_due(db: Database) -> None:
    v = vendors.add_vendor(db, "Gym")
    today = date(2026, 11, 25)
    a = agreements.add_agreement(db, AgreementDraft(
        vendor_id=v.id, kind=AgreementKind.MEMBERSHIP, title="Premium", price=Money.parse("39.90", EUR),
        period=BillingPeriod.MONTHLY, start=date(2026, 1, 1), renewal=date(2026, 12, 31), notice_days=30,
    ))
    assert a.cancel_by == date(2026, 12, 1)  # worked out from the notice period
    assert a.yearly_cost == Money(47880, EUR)
    due = agreements.due_soon(db, 7, today=today)
    assert [(d.what, d.on) for d in due] == [("cancel-by", date(2026, 12, 1))]
    due = agreements.due_soon(db, 40, today=today)
    assert [(d.what, d.vendor_name) for d in due] == [("cancel-by", "Gym"), ("renews", "Gym")]
    vendors.delete_vendor(db, v.id)
    assert agreements.due_soon(db, 40, today=today) == []  # the trash hides it


@pytest.mark.parametrize(
    ("fields", "field"),
    [({"title": ""}, "title"), ({"kind": "lease"}, "kind"), ({"start": date(2026, 2, 1), "end": date(2026, 1, 1)}, "end"),
     ({"renewal": date(2026, 1, 1), "cancel_by": date(2026, 2, 1)}, "cancel_by"), ({"period": "daily"}, "period")],
)
def test_agreement_validation(db: Database, fields: dict, field: str) -> None:  # type: ignore[type-arg]
    v = vendors.add_vendor(db, "Acme")
    draft = {"vendor_id": v.id, "kind": AgreementKind.CONTRACT, "title": "Contract", **fields}
    with pytest.raises(InvalidInput) as info:
        agreements.add_agreement(db, AgreementDraft(**draft))
    assert info.value.field == field
    assert agreements.agreements_of(db, v.id) == []


# -- timeline ------------------------------------------------------------------------------
def test_timeline_is_newest_first_and_pages_by_key(db: Database) -> None:
    a, b = vendors.add_vendor(db, "A"), vendors.add_vendor(db, "B")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with db.transaction():
        for i in range(45):
            timeline.record_in(db, InteractionDraft(vendor_id=(a if i % 3 else b).id, kind=InteractionKind.PAYMENT,
                                                    at=start + timedelta(hours=i // 2), amount=Money(100 + i, EUR)))
    everything, after = [], None
    while page := timeline.page(db, after=after, limit=7):
        everything.extend(page)
        after = page[-1]
    assert len(everything) == 45
    keys = [(x.at, x.id) for x in everything]
    assert keys == sorted(keys, reverse=True)
    assert all(x.vendor_id == b.id for x in timeline.page(db, vendor_id=b.id, limit=100))
    assert timeline.count(db, b.id) == 15
    with pytest.raises(InvalidInput, match="time zone"):
        timeline.record(db, InteractionDraft(vendor_id=a.id, kind=InteractionKind.TIP, at=datetime(2026, 1, 1)))


# -- attachments ---------------------------------------------------------------------------
def test_attachments_stream_in_and_out(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    v = vendors.add_vendor(db, "Insurer")
    data = bytes(range(256)) * 4000  # ~1 MiB, several chunks
    att = attachments.attach(db, v.id, io.BytesIO(data), "../../policy.pdf")
    assert att.filename == "policy.pdf" and att.size == len(data) and att.media_type == "application/pdf"
    assert b"".join(attachments.read_chunks(db, att.id)) == data
    saved = attachments.save_as(db, att.id, tmp_path / "copy.pdf")
    assert saved.read_bytes() == data and oct(saved.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(InvalidInput, match="larger than"):
        attachments.attach(db, v.id, io.BytesIO(data), "big.bin", max_bytes=len(data) - 1)
    assert [a.id for a in attachments.attachments_of(db, v.id)] == [att.id]  # the refused one left nothing


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("receipt\x00.pdf", "receipt.pdf"),  # NUL
        ("a\tb\r\nc\x7f.txt", "abc.txt"),  # control characters
        ("C:\\Users\\jane\\scan.png", "scan.png"),  # path separators, either way
        ("../../etc/passwd", "passwd"),
        ("x\u202egnp.exe", "xgnp.exe"),  # a right-to-left override that makes it read "exe.png"
        ('what? "why": <this>|*.pdf', "what_ _why__ _this___.pdf"),
        ("report. . ", "report"),  # trailing dots and spaces
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("console.txt", "console.txt"),  # only the reserved names themselves
        ("...", "attachment"),
        ("\x00", "attachment"),
    ],
)
def test_attachment_names_are_made_safe(given: str, kept: str) -> None:
    assert attachments.safe_filename(given) == kept


def test_a_long_attachment_name_is_cut_to_240_bytes_keeping_its_extension() -> None:
    for stem in ("x" * 300, "é" * 200, "€" * 100):  # 1-, 2- and 3-byte characters
        name = attachments.safe_filename(stem + ".pdf")
        assert name.endswith(".pdf") and name.startswith(stem[:10])
        assert 236 <= len(name.encode("utf-8")) <= attachments.MAX_NAME_BYTES
    assert len(attachments.safe_filename("a" * 300 + ".not an extension").encode()) == 240


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_safe_names_are_short_clean_and_stable(name: str) -> None:
    safe = attachments.safe_filename(name)
    assert safe and len(safe.encode("utf-8")) <= attachments.MAX_NAME_BYTES
    assert not any(char in safe for char in '\x00/\\<>:"|?*') and not any(ord(char) < 32 for char in safe)
    assert safe == safe.strip() and not safe.endswith(".") and safe not in (".", "..")
    assert attachments.safe_filename(safe) == safe


@pytest.mark.parametrize("name", ["scan\x00.pdf", "Rechnung " + "ä" * 150 + ".pdf"], ids=["nul", "300 bytes"])
def test_an_attachment_with_a_nul_or_300_byte_name_is_stored_safely_and_opens(db: Database, tmp_path: Path, name: str) -> None:
    v = vendors.add_vendor(db, "Insurer")
    att = attachments.attach(db, v.id, io.BytesIO(b"%PDF-1.4"), name)
    assert att.filename == attachments.safe_filename(name) and att.filename.endswith(".pdf")
    assert att.media_type == "application/pdf"
    saved = attachments.save_as(db, att.id, tmp_path / att.filename)  # saved under its own name
    assert saved.read_bytes() == b"%PDF-1.4"


def test_a_bad_name_stored_earlier_reads_back_safe(db: Database, tmp_path: Path) -> None:
    from myvendors.storage import attachments as sql

    v = vendors.add_vendor(db, "Insurer")
    with db.transaction():  # as an older version stored it, unchecked
        stored = sql.insert_attachment(db, uid="u-1", vendor_id=v.id, filename="a\x00b" + "c" * 300 + ".pdf",
                                       media_type="application/pdf")
        sql.insert_chunk(db, stored, 0, b"data")
        sql.finish_attachment(db, stored, size=4, sha256=hashlib.sha256(b"data").hexdigest())
    (att,) = attachments.attachments_of(db, v.id)
    assert att == attachments.get_attachment(db, stored)
    assert "\x00" not in att.filename and att.filename.endswith(".pdf") and len(att.filename.encode()) == 240
    assert attachments.save_as(db, att.id, tmp_path / att.filename).read_bytes() == b"data"


# -- reputation ----------------------------------------------------------------------------
def test_notes_and_standing(db: Database) -> None:
    v = vendors.add_vendor(db, "Plumber")
    reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 1, 2), text="Fast", ratings={"quality": 5, "price": 3}))
    reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 3, 2), ratings={"quality": 3}, tags=("leak",)))
    reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 4, 2), ratings={"quality": 1}, author="Sam"))
    mine = reputation.standing(db, v.id)
    assert mine.notes == 2 and mine.per_dimension == {"quality": (4.0, 2), "price": (3.0, 1)} and mine.overall == 3.5
    assert reputation.standing(db, v.id, author="Sam").per_dimension == {"quality": (1.0, 1)}
    assert [n.on for n in reputation.notes(db, vendor_id=v.id)] == [date(2026, 4, 2), date(2026, 3, 2), date(2026, 1, 2)]
    assert [n.author for n in reputation.notes(db, mine_only=True)] == [None, None]
    assert [n.tags for n in reputation.notes(db, tag="leak")] == [("leak",)]
    assert len(reputation.notes(db, min_rating=4)) == 1
    with pytest.raises(InvalidInput) as info:
        reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 1, 1), ratings={"service": 6}))
    assert info.value.field == "service"


# -- requests and offers -------------------------------------------------------------------
def test_request_life_and_accepting_an_offer(db: Database) -> None:
    r = requests.create_request(db, RequestDraft(title="Winter tyres", budget_min=Money.parse("300", EUR),
                                                 budget_max=Money.parse("500", EUR), location="Berlin"))
    assert r.status is RequestStatus.DRAFT
    with pytest.raises(InvalidInput, match="cannot become expired"):
        requests.change_status(db, r.id, RequestStatus.EXPIRED)
    requests.change_status(db, r.id, "open")
    known = vendors.add_vendor(db, "Tyre Shop")
    o1 = requests.add_offer(db, OfferDraft(request_id=r.id, vendor_id=known.id, price=Money.parse("480", EUR)))
    o2 = requests.add_offer(db, OfferDraft(request_id=r.id, sender="Reifen Müller", price=Money.parse("420", EUR),
                                           conditions="fitting included"))
    assert [o.id for o in requests.offers_for(db, r.id)] == [o2.id, o1.id]  # cheapest first
    assert requests.offer_count(db, r.id) == 2
    offer, request, vendor_id = requests.accept_offer(db, o2.id)
    assert offer.accepted and request.status is RequestStatus.FULFILLED
    created = vendors.get_vendor(db, vendor_id)
    assert created.name == "Reifen Müller"
    [event] = timeline.page(db, vendor_id=vendor_id)
    assert event.kind is InteractionKind.OFFER_ACCEPTED and event.amount == Money(42000, EUR)
    with pytest.raises(InvalidInput, match="no more offers"):
        requests.add_offer(db, OfferDraft(request_id=r.id, sender="Late"))


def test_request_validation(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        requests.create_request(db, RequestDraft(title="x", budget_min=Money(500, EUR), budget_max=Money(100, EUR)))
    assert info.value.field == "budget_max"
    with pytest.raises(InvalidInput) as info:
        requests.create_request(db, RequestDraft(title="x", budget_min=Money(5, EUR), budget_max=Money(100, "USD")))
    assert info.value.field == "budget_max"
    assert requests.list_requests(db) == []


# -- search --------------------------------------------------------------------------------
def test_search_finds_every_kind_grouped(db: Database) -> None:
    v = vendors.create_vendor(db, VendorDraft(name="Crème Brûlée Café", tags=("dessert",)))
    agreements.add_agreement(db, AgreementDraft(vendor_id=v.id, kind=AgreementKind.LOYALTY, title="Coffee card"))
    timeline.record(db, InteractionDraft(vendor_id=v.id, kind=InteractionKind.COMPLAINT, at=datetime.now(UTC),
                                         note="Cold croissant"))
    reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date.today(), text="Lovely croissants"))
    r = requests.create_request(db, RequestDraft(title="Catering for a croissant party"))
    requests.change_status(db, r.id, "open")
    requests.add_offer(db, OfferDraft(request_id=r.id, sender="Bakery", conditions="croissants delivered"))

    assert set(search.search(db, "cro").groups) == {"interactions", "notes", "requests", "offers"}
    assert [h.title for h in search.search(db, "creme brul").groups["vendors"]] == ["Crème Brûlée Café"]
    assert "vendors" in search.search(db, "dess").groups  # tags are searchable
    assert "agreements" in search.search(db, "coff").groups
    assert search.search(db, '"; DROP TABLE vendors; --').total == 0  # the query language is not exposed
    assert search.search(db, "   ").total == 0

    vendors.update_vendor(db, v.id, name="Patisserie", tags=())
    assert "vendors" not in search.search(db, "creme").groups and "vendors" not in search.search(db, "dess").groups
    vendors.delete_vendor(db, v.id)
    assert set(search.search(db, "cro").groups) == {"requests", "offers"}  # the trash hides its records


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


WORDS = st.sampled_from(["acme", "ácme", "beta", "Bêta", "café", "cafe", "delta", "Zürich", "zurich", "north", "energy"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12),
       query=st.lists(WORDS.map(lambda w: w[: max(1, len(w) // 2)]), min_size=1, max_size=2).map(" ".join))
def test_search_matches_a_reference_scan(db: Database, names: list[str], query: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM vendors")
    created = vendors.add_vendors(db, [VendorDraft(name=n) for n in names])
    prefixes = [_fold(w) for w in query.split()]
    expected = {
        v.id for v in created
        if all(any(word.startswith(p) for word in _fold(v.name).split()) for p in prefixes)
    }
    assert search.matching_ids(db, "vendors", query) == expected


def test_search_index_follows_every_write_path(db: Database) -> None:
    """Inserts, updates, deletes and cascades (emptying the trash) all keep FTS rows = records."""
    tables = ("vendors", "agreements", "interactions", "notes", "requests", "offers")

    def counts() -> dict[str, tuple[int, int]]:
        return {t: (db.query(f"SELECT count(*) FROM {t}")[0][0], db.query(f"SELECT count(*) FROM {t}_fts")[0][0])
                for t in tables}

    made = []
    for i in range(3):
        v = vendors.create_vendor(db, VendorDraft(name=f"Vendor {i}", tags=(f"t{i}",)))
        a = agreements.add_agreement(db, AgreementDraft(vendor_id=v.id, kind=AgreementKind.CONTRACT, title=f"Plan {i}"))
        e = timeline.record(db, InteractionDraft(vendor_id=v.id, kind=InteractionKind.SUPPORT, at=datetime.now(UTC),
                                                 note=f"ticket {i}"))
        n = reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date.today(), text=f"note {i}", tags=("x",)))
        made.append((v, a, e, n))
    r = requests.create_request(db, RequestDraft(title="Something"))
    requests.change_status(db, r.id, "open")
    requests.add_offer(db, OfferDraft(request_id=r.id, vendor_id=made[0][0].id))
    assert all(a == b for a, b in counts().values()), counts()

    v, a, e, n = made[0]
    agreements.update_agreement(db, a.id, title="Renamed plan")
    assert search.matching_ids(db, "agreements", "renamed") == {a.id}
    agreements.delete_agreement(db, a.id)
    timeline.delete_interaction(db, e.id)
    reputation.delete_note(db, n.id)
    assert search.matching_ids(db, "interactions", "ticket") == {made[1][2].id, made[2][2].id}
    vendors.delete_vendor(db, made[1][0].id)
    vendors.empty_trash(db)  # cascades to the vendor's agreement, interaction and note
    assert all(a == b for a, b in counts().values()), counts()
    assert search.matching_ids(db, "notes", "note") == {made[2][3].id}


def test_one_letter_searches_names_and_titles_only(db: Database) -> None:
    v = vendors.create_vendor(db, VendorDraft(name="Kiosk", notes="corner shop"))
    timeline.record(db, InteractionDraft(vendor_id=v.id, kind=InteractionKind.PAYMENT, at=datetime.now(UTC), note="Kaffee"))
    assert set(search.search(db, "k").groups) == {"vendors"}  # the name, not the timeline
    assert set(search.search(db, "c").groups) == set()  # "corner" is in the notes, not the name
    assert set(search.search(db, "ka").groups) == {"interactions"}
    assert set(search.search(db, "co").groups) == {"vendors"}
