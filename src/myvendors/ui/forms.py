"""The step every form takes after "OK": call the service, and on a refusal show its message next
to the field it names (or in the form's banner when it names none) and keep the form open.

    done = submit(dialog.show_error, lambda: vendors.add_vendor(db, name))
    if done is None:
        return  # the dialog shows why
    vendor = done.value
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from myvendors.errors import InvalidInput, MyVendorsError
from myvendors.ui.i18n import error_text

T = TypeVar("T")

ShowError = Callable[[str, "str | None"], None]  # (translated text, the field it is about or None)


@dataclass(frozen=True)
class Done(Generic[T]):
    """What the service returned (it may be None: `submit` returns None only when it refused)."""

    value: T


def submit(show_error: ShowError, call: Callable[[], T], *, any_error: bool = False) -> Done[T] | None:
    """Run `call`; on `InvalidInput` (or, with `any_error`, any `MyVendorsError`) show it and return None."""
    try:
        return Done(call())
    except InvalidInput as exc:
        show_error(error_text(exc), exc.field)
    except MyVendorsError as exc:
        if not any_error:
            raise
        show_error(error_text(exc), None)
    return None
