"""The terms library (resources/terms/terms-v1.json): what a person proffers with a share.

Each term has an id and a version, a group (at most one term of a group goes with one share:
one standard agreement, one deletion clause, one retention period...), a human title and text,
machine fields, and parameters where it has any (`{days}` in "Keep it {days} days at most").
`choose` checks a selection and fills every parameter, so a package carries terms exactly as
the library defines them, with the values she set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from myvendors.errors import InvalidInput

LIBRARY_FILE = "terms-v1.json"
KINDS = ("personal-request", "profile", "feedback", "reputation", "deletion-request", "access-request")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    minimum: int
    maximum: int
    default: int
    label: str


@dataclass(frozen=True)
class Term:
    id: str
    version: str
    group: str
    source: str
    title: str
    text: str
    machine: dict[str, Any]
    iri: str | None = None
    params: tuple[Param, ...] = ()


@dataclass(frozen=True)
class ChosenTerm:
    """A term with its parameters set: what goes into a package and the ledger."""

    term: Term
    values: dict[str, int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.term.title.format(**self.values)

    @property
    def text(self) -> str:
        return self.term.text.format(**self.values)

    def to_json(self) -> dict[str, Any]:
        """The package's form of the term: id, version, source, text, machine fields filled in."""
        machine = {
            key: (self.values[value[1:-1]] if isinstance(value, str) and value[1:-1] in self.values else value)
            for key, value in self.term.machine.items()
        }
        out: dict[str, Any] = {
            "id": self.term.id,
            "version": self.term.version,
            "source": self.term.source,
            "title": self.title,
            "text": self.text,
            "machine": machine,
        }
        if self.term.iri:
            out["iri"] = self.term.iri
        if self.values:
            out["params"] = dict(self.values)
        return out


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    terms: dict[str, Term]
    defaults: dict[str, tuple[tuple[str, dict[str, int]], ...]]

    def term(self, term_id: str) -> Term:
        try:
            return self.terms[term_id]
        except KeyError:
            known = ", ".join(sorted(self.terms))
            raise InvalidInput(f"There is no term {term_id!r} in the library. Known terms: {known}.", field="terms") from None


def _term(raw: dict[str, Any]) -> Term:
    params = tuple(
        Param(p["name"], p["type"], int(p["minimum"]), int(p["maximum"]), int(p["default"]), p["label"])
        for p in raw.get("params", ())
    )
    return Term(
        id=raw["id"],
        version=str(raw["version"]),
        group=raw["group"],
        source=raw["source"],
        title=raw["title"],
        text=raw["text"],
        machine=dict(raw["machine"]),
        iri=raw.get("iri"),
        params=params,
    )


@cache
def library() -> Library:
    raw = json.loads((resources.files("myvendors.resources") / "terms" / LIBRARY_FILE).read_text(encoding="utf-8"))
    terms = {t["id"]: _term(t) for t in raw["terms"]}
    defaults = {
        kind: tuple((choice["id"], dict(choice.get("params", {}))) for choice in choices)
        for kind, choices in raw["defaults"].items()
    }
    return Library(raw["library"], raw["version"], terms, defaults)


def parse_choice(text: str) -> tuple[str, dict[str, int]]:
    """ "MV-RETENTION-DAYS:days=30" -> ("MV-RETENTION-DAYS", {"days": 30}) (the CLI's --terms form)."""
    term_id, _, rest = text.partition(":")
    values: dict[str, int] = {}
    for part in filter(None, rest.split(",")):
        name, eq, value = part.partition("=")
        if not eq or not value.strip().lstrip("-").isdigit():
            raise InvalidInput(f"{text!r}: set a parameter as NAME=NUMBER, for example {term_id}:days=30.", field="terms")
        values[name.strip()] = int(value)
    return term_id.strip(), values


def choose(selection: list[tuple[str, dict[str, int]]]) -> list[ChosenTerm]:
    """Check a selection of (term id, parameter values) and fill in every parameter."""
    lib = library()
    chosen: list[ChosenTerm] = []
    groups: dict[str, str] = {}
    for term_id, given in selection:
        term = lib.term(term_id)
        if term.group in groups:
            raise InvalidInput(
                f"{term_id} and {groups[term.group]} say different things about the same matter ({term.group}): "
                "choose one of them.",
                field="terms",
            )
        groups[term.group] = term_id
        known = {p.name: p for p in term.params}
        unknown = set(given) - set(known)
        if unknown:
            raise InvalidInput(f"{term_id} has no parameter {', '.join(sorted(unknown))}.", field="terms")
        values: dict[str, int] = {}
        for param in term.params:
            value = given.get(param.name, param.default)
            if not param.minimum <= value <= param.maximum:
                raise InvalidInput(
                    f"{term_id}: {param.label.lower()} must be between {param.minimum} and {param.maximum}, not {value}.",
                    field="terms",
                )
            values[param.name] = value
        chosen.append(ChosenTerm(term, values))
    return chosen


def defaults(kind: str) -> list[ChosenTerm]:
    if kind not in KINDS:
        raise InvalidInput(f"There is no kind of package called {kind!r}; kinds: {', '.join(KINDS)}.", field="kind")
    return choose(list(library().defaults.get(kind, ())))


def retention_days(chosen: list[ChosenTerm]) -> int | None:
    """The shortest retention any chosen term sets (what the ledger's reminder follows)."""
    days = [c.values["days"] for c in chosen if "retentionDays" in c.term.machine and "days" in c.values]
    return min(days) if days else None
