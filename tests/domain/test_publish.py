"""Sharing a request publishes it: a draft becomes open in the transaction that
records the share, the request knows where it went, and every package has a file name that says what it is."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest
from vendor_side import VendorSide

from myvendors.domain import reputation, requests, vendors
from myvendors.domain.models import NoteDraft, RequestDraft, RequestStatus
from myvendors.domain.sharing import files, answers, ledger
from myvendors.domain.sharing import packages
from myvendors.errors import InvalidInput
from myvendors.storage import Database


@pytest.fixture
def draft_request(db: Database):
    return requests.create_request(db, RequestDraft(title="E-Bike", description="Step-through, 500 Wh"))


def test_sharing_a_draft_request_opens_it_and_the_ledger_says_so(db: Database, draft_request) -> None:
    assert draft_request.status is RequestStatus.DRAFT
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    assert shared.opened_from == "draft"
    assert requests.get_request(db, draft_request.id).status is RequestStatus.OPEN
    assert [r.id for r in requests.list_requests(db, status=RequestStatus.OPEN)] == [draft_request.id]  # the Overview
    entry = ledger.entries(db)[-1].data
    assert entry["request_status"] == {"from": "draft", "to": "open"}
    assert ledger.verify(db).ok

    # an offer for it is accepted without opening it by hand
    vendor = VendorSide("Velo Works")
    _, package = vendor.read(shared.compact)
    done = answers.import_document(db, vendor.send(vendor.offer_document(package, "1499.00"), package))
    _, request, _ = requests.accept_offer(db, done.offer_id)
    assert request.status is RequestStatus.FULFILLED


def test_sharing_an_open_request_again_leaves_its_status(db: Database, draft_request) -> None:
    requests.change_status(db, draft_request.id, "open")
    before = requests.get_request(db, draft_request.id)
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    assert shared.opened_from is None
    after = requests.get_request(db, draft_request.id)
    assert after.status is RequestStatus.OPEN and after.updated_at == before.updated_at
    assert "request_status" not in ledger.entries(db)[-1].data


def test_publishing_an_expired_request_again_reopens_it(db: Database, draft_request) -> None:
    requests.change_status(db, draft_request.id, "open")
    requests.change_status(db, draft_request.id, "expired")
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    assert shared.opened_from == "expired"
    assert requests.get_request(db, draft_request.id).status is RequestStatus.OPEN


def test_a_withdrawn_request_is_not_published(db: Database, draft_request) -> None:
    requests.change_status(db, draft_request.id, "withdrawn")
    with pytest.raises(InvalidInput) as refused:
        packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    assert refused.value.field == "request" and "withdrawn" in refused.value.text()
    assert ledger.entries(db) == [] and packages.sent_packages(db) == []
    assert requests.get_request(db, draft_request.id).status is RequestStatus.WITHDRAWN


def test_the_status_change_and_the_ledger_entry_are_one_transaction(db: Database, draft_request, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ledger, "append", broken)
    with pytest.raises(OSError):
        packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    assert requests.get_request(db, draft_request.id).status is RequestStatus.DRAFT
    assert packages.sent_packages(db) == []


def test_a_request_knows_where_it_went(db: Database, draft_request) -> None:
    other = requests.create_request(db, RequestDraft(title="Piano lessons"))
    first = packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id))
    packages.share(db, packages.ShareSpec("personal-request", request_id=other.id))
    shop = vendors.add_vendor(db, "Bike Shop")
    packages.share(db, packages.ShareSpec("feedback", vendor_id=shop.id, text="Open on Sundays?"))
    second = packages.share(db, packages.ShareSpec("personal-request", request_id=draft_request.id, fields=("title",)))
    vendor = VendorSide("Velo Works")
    _, package = vendor.read(first.compact)
    answers.import_document(db, vendor.send(vendor.offer_document(package, "1499.00"), package))

    went = ledger.for_request(db, draft_request.id)
    assert [(e.type, e.recipient, e.package_id) for e in went] == [
        ("share", "anyone", first.package_id), ("share", "anyone", second.package_id),
        ("answer", "Velo Works", first.package_id),
    ]
    assert [e.opened_from for e in went] == ["draft", None, None]
    assert went[0].sha256 == first.sha256 and went[0].pseudonym == first.draft.pseudonym.thumbprint
    assert went[0].file_name == first.file_name and went[0].file_name.startswith("request-e-bike-")
    assert went[2].answer_kind == "offer"
    assert [e.package_id for e in ledger.for_request(db, other.id)] != [first.package_id]
    assert ledger.for_request(db, requests.create_request(db, RequestDraft(title="Nothing yet")).id) == []


# -- file names ---------------------------------------------------------------------------------
DAY = date(2026, 12, 2)


@pytest.mark.parametrize(("subject", "expected"), [
    ("E-Bike", "request-e-bike-2026-12-02"),
    ("Café Müller & Söhne", "request-cafe-muller-and-sohne-2026-12-02"),
    ("Große Straße", "request-grosse-strasse-2026-12-02"),
    ("Łódź: plumber?", "request-lodz-plumber-2026-12-02"),
    ('a<b>c:d"e/f\\g|h?i*j', "request-a-b-c-d-e-f-g-h-i-j-2026-12-02"),
    ("Новый велосипед", "request-новый-велосипед-2026-12-02"),
    ("  ...  ", "request-2026-12-02"),
    ("CON", "request-con-2026-12-02"),
])
def test_file_names_say_what_the_package_is_and_are_safe_everywhere(subject: str, expected: str) -> None:
    name = files.file_name("personal-request", subject, DAY)
    assert name == expected + ".myvendors.jws"
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name) and name == name.strip(" .")
    assert files.file_name("personal-request", subject, DAY, files.ENCRYPTED).endswith(".myvendors.jwe")


def test_a_long_title_is_cut_at_a_word() -> None:
    name = files.file_name("personal-request", "A very long title " * 20, DAY)
    stem = name.removesuffix(".myvendors.jws").removesuffix("-2026-12-02").removeprefix("request-")
    assert len(stem) <= files.SUBJECT_LIMIT and not stem.endswith("-")
    assert all(word in ("a", "very", "long", "title") for word in stem.split("-"))
    assert len(files.file_name("profile", "東京" * 300 + "ä" * 300, DAY).encode()) < 255  # bytes, ext4's limit


def test_every_kind_of_package_is_named_after_its_kind_and_subject(db: Database, draft_request) -> None:
    packages.set_profile(db, {"email": "ann@example.org"})
    shop = vendors.add_vendor(db, "Café Müller")
    note = reputation.add_note(db, NoteDraft(shop.id, date(2026, 5, 1), "Good coffee", {"quality": 5}))
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    specs = {
        "request-e-bike": packages.ShareSpec("personal-request", request_id=draft_request.id),
        "profile-cafe-muller": packages.ShareSpec("profile", vendor_id=shop.id, fields=("email",)),
        "feedback-cafe-muller": packages.ShareSpec("feedback", vendor_id=shop.id, text="Oat milk, please"),
        "reputation-cafe-muller": packages.ShareSpec("reputation", contact="Bea", note_ids=(note.id,)),
        "deletion-request-cafe-muller": packages.ShareSpec("deletion-request", vendor_id=shop.id),
        "access-request-cafe-muller": packages.ShareSpec("access-request", vendor_id=shop.id),
    }
    vendor = VendorSide("Café Müller")
    for stem, spec in specs.items():
        shared = packages.share(db, spec, now=now)
        assert shared.file_name == f"{stem}-2026-12-02.myvendors.jws"
        sealed = packages.share(db, spec, now=now, encrypt_to=vendor.enc_public)
        assert sealed.file_name == f"{stem}-2026-12-02.myvendors.jwe"
    assert files.default_file_name(shared.draft.document, encrypted=False, extension=".pdf") == \
        "access-request-cafe-muller-2026-12-02.pdf"
    assert json.loads(json.dumps(shared.draft.document))["kind"] == "access-request"
