"""The list pages share one header (title and count) and one empty state, instead of each building its own."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.ui.widgets import EmptyState, PageHeader


def test_every_list_page_has_the_shared_header_and_the_empty_pages_the_shared_empty_state(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    titles = {}
    for page in (main.vendors_page.pane, main.requests_page.list, main.reputation_page, main.shared_page):
        assert isinstance(page.header, PageHeader)
        assert page.title is page.header.title and page.count_label is page.header.count_label
        titles[page.title.text()] = page.title.accessibleName()
    assert titles == {"Vendors": "Vendors", "Requests": "Requests", "Reputation": "Reputation", "Shared": "Shared"}
    assert isinstance(main.vendors_page.pane.stack.widget(0), EmptyState)
    assert main.vendors_page.pane.stack.currentWidget() is main.vendors_page.pane.stack.widget(0)  # no vendors yet
    assert isinstance(main.requests_page.empty_page, EmptyState)
    assert main.requests_page.empty is main.requests_page.empty_page.text
