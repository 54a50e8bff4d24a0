"""The request status rules, as a table: what each status offers, what asks first, the way back."""

from __future__ import annotations

import pytest

from myvendors.domain import requests
from myvendors.domain.models import RequestStatus

D, O, F, W, E = (  # noqa: E741 (one letter per status keeps the rules below a readable table)
    RequestStatus.DRAFT, RequestStatus.OPEN, RequestStatus.FULFILLED, RequestStatus.WITHDRAWN, RequestStatus.EXPIRED
)

# status: (changes offered, editable, shareable, takes offers, offers acceptable)
RULES = {
    D: ([O, W], True, True, True, False),
    O: ([E, W], True, True, True, True),
    F: ([], False, False, False, False),
    W: ([D], True, False, False, False),
    E: ([O], True, True, True, False),
}


def test_the_table_covers_every_status() -> None:
    assert set(RULES) == set(RequestStatus)


@pytest.mark.parametrize("status", list(RequestStatus))
def test_what_each_status_allows(status: RequestStatus) -> None:
    changes, edit, share, offers, accept = RULES[status]
    assert requests.allowed_changes(status) == changes
    assert requests.can_edit(status) is edit
    assert requests.can_share(status) is share
    assert requests.takes_offers(status) is offers
    assert requests.can_accept(status) is accept


# (current, target): asks first, and the way back shown when it does
CHANGES = {
    (D, O): (False, None),
    (D, W): (False, [W, D]),
    (O, E): (False, [E, O]),
    (O, W): (True, [W, D, O]),
    (W, D): (False, [D, W]),
    (E, O): (False, [O, E]),
}


def test_every_offered_change_is_listed() -> None:
    assert set(CHANGES) == {(s, t) for s in RequestStatus for t in requests.allowed_changes(s)}


@pytest.mark.parametrize(("current", "target"), list(CHANGES))
def test_confirmation_and_way_back(current: RequestStatus, target: RequestStatus) -> None:
    asks, back = CHANGES[(current, target)]
    assert requests.needs_confirmation(current, target) is asks
    if back is not None:
        assert requests.way_back(current, target) == back


def test_fulfilled_has_no_way_back() -> None:
    assert requests.way_back(O, F) is None
    assert requests.needs_confirmation(O, F)
