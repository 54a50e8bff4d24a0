"""Terms a person can choose: plain choices per kind of package that map to
library terms, the full list behind "All terms…" with wrapped titles and the description of the
row she is on, the preview's terms as readable paragraphs, and the Shared page by title — in
English and in German."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from test_mnemonics import _assert_unique
from test_sharing_ui import _next, _open, _wizard

from myvendors.domain.sharing import packages
from myvendors.domain.sharing import render, terms
from myvendors.ui import i18n
from myvendors.ui.models.sharing import LedgerModel, TermsModel
from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_PREVIEW, PAGE_TERMS, ShareWizard


def _to_terms(qtbot: QtBot, wizard: ShareWizard) -> None:
    _next(qtbot, wizard, PAGE_CONTENT)
    _next(qtbot, wizard, PAGE_TERMS)


def _radios(wizard: ShareWizard) -> list[QRadioButton]:
    page = wizard.terms_page
    return [r for r in page.findChildren(QRadioButton) if r.isVisibleTo(page)]


def test_a_request_offers_plain_choices_that_map_to_library_terms(qtbot: QtBot, make_controller,
                                                                  existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, request_id=world["request"].id)
    _to_terms(qtbot, wizard)
    page = wizard.terms_page
    plain = terms.choices("personal-request")
    radios = _radios(wizard)
    assert [r.text().replace("&", "") for r in radios] == [c.title for c in plain] + ["All terms…"]
    assert radios[0].text() == "Only to answer this request, then delete" and radios[0].isChecked()
    assert not page.view.isVisible()  # the ~20 ids wait behind "All terms…"
    for choice in plain:  # each radio has its one line of explanation, in view
        labels = page.findChildren(type(page.details))
        assert any(choice.explanation == label.text() and label.isVisible() for label in labels)
    assert sorted(page.model.selection()) == sorted(plain[0].terms)

    qtbot.mouseClick(radios[1], Qt.MouseButton.LeftButton, pos=QPoint(8, radios[1].height() // 2))
    assert radios[1].isChecked() and page.chosen() is plain[1]
    assert sorted(page.model.selection()) == sorted(plain[1].terms)
    _next(qtbot, wizard, PAGE_PREVIEW)
    sent = {t["id"]: t.get("params") for t in wizard.draft.document["terms"]}
    assert sent == {term_id: (values or None) for term_id, values in plain[1].terms}
    assert sent["MV-RETENTION-DAYS"] == {"days": 365}
    for page_id in (PAGE_TERMS, PAGE_CONTENT, 0):  # another kind: its own choices, its recommended one taken
        wizard.back()
        qtbot.waitUntil(lambda page_id=page_id: wizard.currentId() == page_id)
    wizard.recipient_page.choose(kind="feedback", vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    wizard.content_page.text_edit.setPlainText("Longer opening hours")
    _next(qtbot, wizard, PAGE_TERMS)
    qtbot.waitUntil(lambda: len(_radios(wizard)) == len(terms.choices("feedback")) + 1)
    assert [r.text() for r in _radios(wizard)][:-1] == [c.title for c in terms.choices("feedback")]
    assert page.chosen() is terms.choices("feedback")[0] and _radios(wizard)[0].isChecked()
    assert sorted(page.model.selection()) == sorted(terms.choices("feedback")[0].terms)
    wizard.reject()


@pytest.mark.parametrize("kind", ["profile", "feedback", "deletion-request", "access-request"])
def test_every_vendor_kind_starts_on_its_recommended_choice(qtbot: QtBot, make_controller, existing_vault: Path,
                                                            kind: str) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    wizard.recipient_page.choose(kind=kind, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    if kind == "profile":
        wizard.content_page.model.set_checked("fields", "email", True)
    if kind == "feedback":
        wizard.content_page.text_edit.setPlainText("Open earlier on Saturdays")
    _next(qtbot, wizard, PAGE_TERMS)
    page = wizard.terms_page
    assert page.chosen() is terms.choices(kind)[0]
    assert sorted(page.model.selection()) == sorted(terms.choices(kind)[0].terms)
    assert 3 <= len(_radios(wizard)) <= 4
    wizard.reject()


def test_all_terms_wraps_titles_and_describes_the_row_she_is_on(qtbot: QtBot, make_controller,
                                                               existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    wizard.content_page.model.set_checked("fields", "email", True)
    _next(qtbot, wizard, PAGE_TERMS)
    page = wizard.terms_page
    getattr(page, "show_all", lambda: None)()
    view, model = page.view, page.model
    qtbot.waitUntil(view.isVisible)
    # a click on a row's check box (the row not current before) ticks it and shows what it says
    view.setCurrentIndex(model.index(model.row_of("SD-BASE"), 0))
    row = model.row_of("PartyTransparencyExAnte")
    view.scrollTo(model.index(row, 0))
    rect = view.visualRect(model.index(row, TermsModel.TERM))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert model.index(row, TermsModel.TERM).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Name anyone else first" in page.details.text(), page.details.text()
    assert "Tell me, before it happens, who else" in page.details.text()
    # by keyboard, the description follows too
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert terms.library().term(model.term(view.currentIndex().row()).id).title in page.details.text()

    # long titles wrap onto more lines; nothing is cut
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r, 0).data()))
    shortest = min(range(model.rowCount()), key=lambda r: len(model.index(r, 0).data()))
    metrics = view.fontMetrics()
    assert metrics.horizontalAdvance(model.index(longest, 0).data()) > view.columnWidth(TermsModel.TERM) - 30
    assert view.rowHeight(longest) >= view.rowHeight(shortest) + metrics.lineSpacing() - 2
    # a plain choice again: the list goes back behind "All terms…"
    page.choose(terms.choices("profile")[1].word)
    assert not view.isVisible() and sorted(model.selection()) == sorted(terms.choices("profile")[1].terms)
    wizard.reject()


def test_the_preview_shows_each_term_as_a_paragraph_with_its_id(qtbot: QtBot, make_controller,
                                                               existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, request_id=world["request"].id)
    _to_terms(qtbot, wizard)
    _next(qtbot, wizard, PAGE_PREVIEW)
    words = wizard.preview_page.words
    text = terms.library().term("PDC-INTENT").text
    block = words.document().begin()
    while block.isValid() and text[:30] not in block.text():
        block = block.next()
    assert block.isValid()
    lines = block.layout().lineCount()
    width = words.viewport().width()
    most = len(block.text()) * words.fontMetrics().averageCharWidth() // max(1, width - 100) + 3
    assert lines <= most, f"the term's text takes {lines} lines in a {width}-px pane (a word a line?)"
    shown = words.toPlainText()
    assert "Intentcasting: my request, to answer it" in shown and "PDC-INTENT v1" in shown
    wizard.reject()


def test_render_gives_terms_titles_and_ids_and_takes_her_words() -> None:
    document = {"kind": "profile", "terms": [terms.choose([("MV-RETENTION-DAYS", {"days": 30})])[0].to_json()]}
    page = render.to_html(document)
    assert "<b>Keep it 30 days at most</b>" in page and "MV-RETENTION-DAYS v1" in page
    assert "<td class='label'>Keep it" not in page  # not a label column squeezing the text
    mine = render.to_html(document, term_words=lambda t: ("Höchstens 30 Tage", "Löschen"))
    assert "Höchstens 30 Tage" in mine and "MV-RETENTION-DAYS v1" in mine


def test_the_shared_page_lists_terms_by_title_with_ids_as_detail(qtbot: QtBot, make_controller,
                                                                existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    main.refresh()
    main.go_to(4)
    page = main.shared_page
    qtbot.waitUntil(lambda: page.view.selectionModel().hasSelection())
    cell = page.model.index(0, LedgerModel.TERMS)
    assert cell.data().startswith("Intentcasting: my request, to answer it; For this request only")
    assert "PDC-INTENT" not in cell.data()
    assert "Intentcasting: my request, to answer it (PDC-INTENT v1)" in cell.data(Qt.ItemDataRole.ToolTipRole)
    details = page.details.toPlainText()
    assert "Keep it 90 days at most" in details and "MV-RETENTION-DAYS v1" in details



def test_terms_speak_german(qtbot: QtBot, make_controller, existing_vault: Path, german: list[QTranslator]) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    main.refresh()
    wizard = _wizard(qtbot, main, request_id=world["request"].id)
    _to_terms(qtbot, wizard)
    page = wizard.terms_page
    assert _radios(wizard)[0].text() == "Nur, um diese Anfrage zu beantworten, dann löschen"
    _assert_unique(wizard, "wizard: terms (de)")
    page.show_all()
    _assert_unique(wizard, "wizard: all terms (de)")
    retention = page.model.row_of("MV-RETENTION-DAYS")
    assert page.model.index(retention, TermsModel.TERM).data() == "Höchstens 90 Tage aufbewahren"
    page.view.setCurrentIndex(page.model.index(retention, 0))
    assert "innerhalb von 90 Tagen nach Erhalt" in page.details.text()
    page.choose(terms.choices("personal-request")[0].word)
    _next(qtbot, wizard, PAGE_PREVIEW)
    assert "Höchstens 90 Tage aufbewahren" in wizard.preview_page.words.toPlainText()
    wizard.reject()
    main.go_to(4)
    cell = main.shared_page.model.index(0, LedgerModel.TERMS)
    assert cell.data().startswith("Intentcasting: meine Anfrage")


def test_every_term_and_choice_text_is_marked_and_translated_with_its_parameters() -> None:
    from myvendors.ui import term_words

    library = terms.library()
    wanted = {t for term in library.terms.values() for t in (term.title, term.text)}
    wanted |= {p.label for term in library.terms.values() for p in term.params}
    plain = {t for kind in terms.KINDS for c in terms.choices(kind) for t in (c.title, c.explanation)}
    assert wanted <= set(term_words.LIBRARY_TEXTS)
    assert plain <= set(term_words.CHOICE_TEXTS)
    for ts in sorted(i18n.i18n_dir().glob("*.ts")):
        context = next(c for c in ET.parse(ts).getroot().iter("context") if c.findtext("name") == term_words.CONTEXT)
        translated = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
        for text in wanted | plain:
            assert translated.get(text), f"{ts.name}: {text!r} is not translated"
            for name in ("{days}",):
                assert translated[text].count(name) == text.count(name), (ts.name, text)


def test_a_wizard_started_with_terms_shows_their_choice_or_the_list(qtbot: QtBot, make_controller,
                                                                  existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    later = terms.choices("personal-request")[2]
    for given, expected in ((later.terms, later), ((("PDC-INTENT", {}), ("MV-RETENTION-DAYS", {"days": 12})), None)):
        wizard = _wizard(qtbot, main, initial=packages.ShareSpec("personal-request", request_id=world["request"].id,
                                                          terms=given))
        _to_terms(qtbot, wizard)
        page = wizard.terms_page
        assert page.chosen() is expected
        assert page.view.isVisible() is (expected is None)  # no plain choice says it: the list, ticked as given
        assert sorted(page.model.selection()) == sorted(given)
        wizard.reject()
