"""Fixtures for the domain services' tests."""

from __future__ import annotations

import pytest

from myvendors.storage import Database
from myvendors.vault import Vault


@pytest.fixture
def db(new_vault: tuple[Vault, str]) -> Database:
    """The open database of a new vault (fast KDF), locked again after the test."""
    return new_vault[0].db
