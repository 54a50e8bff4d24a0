"""The passphrase strength rule both the app and the command line apply (domain.strength)."""

from __future__ import annotations

import pytest

from myvendors.domain import strength, vendors
from myvendors.domain.models import VendorDraft
from myvendors.domain.sharing.packages import set_profile
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def test_a_weak_passphrase_is_refused_with_zxcvbns_reason_and_the_way_on() -> None:
    with pytest.raises(InvalidInput) as caught:
        strength.require_strong("password")
    assert caught.value.field == "passphrase"
    assert "top-10 common password" in caught.value.message and "--allow-weak" in caught.value.message
    assert strength.require_strong("password", allow_weak=True).score == 0
    assert not strength.require_strong("correct horse battery staple").weak


def test_her_vendors_and_profile_make_a_passphrase_weak(db: Database) -> None:
    assert not strength.judge("Netflix2024!").weak  # zxcvbn alone rates it 3
    vendors.add_vendor(db, "Netflix")
    set_profile(db, {"name": "Annabel Quixotic", "city": "Wolverhampton"})
    words = strength.vault_words(db, "/home/a/household.myvendors")
    assert {"netflix", "household", "annabel", "quixotic", "wolverhampton"} <= set(words)
    assert strength.judge("Netflix2024!", words).weak
    assert strength.judge("Quixotic1984!", words).weak
    assert not strength.judge("Quixotic1984!").weak


def test_only_a_bounded_number_of_vendor_names_is_read(db: Database) -> None:
    vendors.add_vendors(db, [VendorDraft(name=f"Vendor{i:04d}") for i in range(strength.MAX_VENDOR_NAMES + 50)])
    words = strength.vault_words(db)
    assert len(words) <= strength.MAX_USER_INPUTS
    assert "vendor0349" in words and "vendor0000" not in words  # the most recently added ones
