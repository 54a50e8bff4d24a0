"""The services' texts for people are marked for translation, and stay English where they are printed.

The services (domain/, vault/, storage/) have no Qt: they mark each text with
`QT_TRANSLATE_NOOP("Errors", …)` (a package's words: "Package"), and a text with parameters is a
`Message` that keeps its template. These tests walk the sources: no error is raised with an unmarked
text, and every marked text is in the German catalogue, translated, with the same parameters.
"""

from __future__ import annotations

import ast
import pickle
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import myvendors
from myvendors.domain import vendors
from myvendors.domain.models import VendorDraft
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, MyVendorsError, VaultDamaged

SOURCES = Path(myvendors.__file__).parent
SERVICES = [p for folder in ("domain", "vault", "storage") for p in sorted((SOURCES / folder).rglob("*.py"))]
SERVICES += [SOURCES / "errors.py", SOURCES / "fileio.py", SOURCES / "paths.py"]
GERMAN = SOURCES.parent.parent / "resources" / "i18n" / "myvendors_de.ts"
ERROR_CLASSES = {name for name, value in vars(myvendors.errors).items()
                 if isinstance(value, type) and issubclass(value, MyVendorsError)} | {"DocumentRefused"}


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _marked(node: ast.expr) -> bool:
    """A QT_TRANSLATE_NOOP call, a Message made from one, or a value passed on (a variable, another error's text)."""
    if isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP":
        return all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args) and len(node.args) == 2
    if isinstance(node, ast.Call) and _name(node.func) == "Message":
        return bool(node.args) and _marked(node.args[0]) and not isinstance(node.args[0], (ast.Name, ast.Attribute))
    if isinstance(node, ast.IfExp):
        return _marked(node.body) and _marked(node.orelse)
    return isinstance(node, (ast.Name, ast.Attribute, ast.Subscript))  # forwarded: checked where it was made


def test_every_error_the_services_raise_carries_a_marked_text() -> None:
    unmarked = []
    for path in SERVICES:
        for call in _calls(path):
            name = _name(call.func)
            if name not in ERROR_CLASSES:
                continue
            texts = call.args[1:2] if name == "DocumentRefused" else call.args[:1]  # (reason, message)
            texts += [k.value for k in call.keywords if k.arg in ("message", "detail")]
            for text in texts:
                if not _marked(text):
                    unmarked.append(f"{path.relative_to(SOURCES)}:{call.lineno}: {ast.unparse(text)[:90]}")
    assert not unmarked, "raise with QT_TRANSLATE_NOOP(\"Errors\", …) or Message(QT_TRANSLATE_NOOP(…), …):\n" + \
        "\n".join(unmarked)


def _marked_texts() -> set[tuple[str, str]]:
    found = set()
    for path in SERVICES:
        for call in _calls(path):
            if _name(call.func) == "QT_TRANSLATE_NOOP":
                context, text = (ast.literal_eval(a) for a in call.args)
                found.add((context, text))
    return found


def _catalogue() -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(GERMAN).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = "" if translation.get("type") else (translation.text or "")
    return out


def test_every_marked_text_is_in_the_german_catalogue_with_the_same_parameters() -> None:
    marked = _marked_texts()
    assert len(marked) > 250  # the walk finds them
    catalogue = _catalogue()
    missing = sorted(text for text in marked if not catalogue.get(text))
    assert not missing, f"run `make translations` and translate: {missing[:10]}"
    for (context, source), german in catalogue.items():
        if context in ("Errors", "Package"):
            assert sorted(re.findall(r"\{[^{}]*\}", german)) == sorted(re.findall(r"\{[^{}]*\}", source)), (source, german)


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    text = Message(QT_TRANSLATE_NOOP("Errors", "{clean!r} is not a web address (for example https://example.com)."),
                   clean="not a website")
    assert text == "'not a website' is not a web address (for example https://example.com)."
    assert isinstance(text, str) and str(text) == text
    assert text.template.startswith("{clean!r}") and text.params == {"clean": "not a website"}
    again = pickle.loads(pickle.dumps(text))  # noqa: S301 (reads back what the line before wrote)
    assert again == text and again.template == text.template and again.params == text.params


def test_the_english_of_an_error_is_as_before() -> None:
    """What the CLI prints (`error.text()`) is the same English, message and detail and advice."""
    with pytest.raises(InvalidInput) as caught:
        vendors.validate(VendorDraft(name="Café Müller", website="not a website"))
    assert caught.value.text() == "'not a website' is not a web address (for example https://example.com)."
    damaged = VaultDamaged(QT_TRANSLATE_NOOP("Errors", "The vault file is damaged."), detail="SQLCipher said: no",
                           backup="/b/1")
    assert damaged.text() == ("The vault file is damaged.\nSQLCipher said: no\nThe newest good backup is /b/1; "
                              "`myvendors restore` can bring it back.")
    assert [str(p) for p in damaged.parts()] == damaged.text().split("\n")


def test_the_ui_names_the_package_context_the_renderer_marks_with() -> None:
    from myvendors.domain.sharing import render
    from myvendors.ui import i18n

    assert i18n.PACKAGE == render.CONTEXT
