"""`ui.forms.submit`, the one path from a form's OK to the service and back to the field it names."""

from __future__ import annotations

import pytest

from myvendors.errors import InvalidInput, VaultDamaged
from myvendors.ui.forms import Done, ShowError, submit


def _shown() -> tuple[list[tuple[str, str | None]], ShowError]:
    shown: list[tuple[str, str | None]] = []
    return shown, lambda text, field: shown.append((text, field))


def test_a_service_that_returns_none_still_counts_as_done() -> None:
    shown, show = _shown()
    assert submit(show, lambda: None) == Done(None)
    assert shown == []


def test_a_refusal_is_shown_at_its_field_and_nothing_is_returned() -> None:
    shown, show = _shown()

    def refuse() -> int:
        raise InvalidInput("Name the vendor.", field="name")

    assert submit(show, refuse) is None
    assert shown == [("Name the vendor.", "name")]


def test_other_service_errors_pass_through_unless_the_form_shows_them() -> None:
    shown, show = _shown()

    def damaged() -> int:
        raise VaultDamaged("The vault is damaged.")

    with pytest.raises(VaultDamaged):
        submit(show, damaged)
    assert submit(show, damaged, any_error=True) is None
    assert shown == [("The vault is damaged.", None)]
