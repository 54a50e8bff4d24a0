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

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

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
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "There is no term {term_id!r} in the library. Known terms: {known}."
            ), term_id=term_id, known=known), field="terms") from None


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
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{text!r}: set a parameter as NAME=NUMBER, for example {term_id}:days=30."
            ), text=text, term_id=term_id), field="terms")
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
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{term_id} and {value} say different things about the same matter ({group}): choose one of "
                    "them."
                ), term_id=term_id, value=groups[term.group], group=term.group),
                field="terms",
            )
        groups[term.group] = term_id
        known = {p.name: p for p in term.params}
        unknown = set(given) - set(known)
        if unknown:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{term_id} has no parameter {value}."), term_id=term_id, value=', '.join(sorted(unknown))), field="terms")
        values: dict[str, int] = {}
        for param in term.params:
            value = given.get(param.name, param.default)
            if not param.minimum <= value <= param.maximum:
                raise InvalidInput(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "{term_id}: {lower} must be between {minimum} and {maximum}, not {value}."
                    ), term_id=term_id, lower=param.label.lower(), minimum=param.minimum, maximum=param.maximum, value=value),
                    field="terms",
                )
            values[param.name] = value
        chosen.append(ChosenTerm(term, values))
    return chosen


def defaults(kind: str) -> list[ChosenTerm]:
    if kind not in KINDS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no kind of package called {kind!r}; kinds: {value}."), kind=kind, value=', '.join(KINDS)), field="kind")
    return choose(list(library().defaults.get(kind, ())))


def retention_days(chosen: list[ChosenTerm]) -> int | None:
    """The shortest retention any chosen term sets (what the ledger's reminder follows)."""
    days = [c.values["days"] for c in chosen if "retentionDays" in c.term.machine and "days" in c.values]
    return min(days) if days else None


# -- plain choices ---------------------------------------------------------------------------
# What a person is asked instead of a list of ids: two or three choices per kind of package, each
# a set of library terms. The first of a kind is exactly the library's defaults for it.


@dataclass(frozen=True)
class Choice:
    """A plain answer to "what may they do with it?" and the library terms that say it."""

    word: str  # its name on the command line: `share … --terms answer-then-delete`
    title: str
    explanation: str  # one line
    terms: tuple[tuple[str, dict[str, int]], ...]


def _c(word: str, title: str, explanation: str, *terms: str | tuple[str, dict[str, int]]) -> Choice:
    return Choice(word, title, explanation, tuple((t, {}) if isinstance(t, str) else t for t in terms))


CHOICES: dict[str, tuple[Choice, ...]] = {
    "personal-request": (
        _c("answer-then-delete", "Only to answer this request, then delete",
           "Only to make you an offer for this request; passed to no one, deleted within 90 days.",
           "PDC-INTENT", "MV-PURPOSE-THIS-REQUEST", "MV-NO-THIRD-PARTY", "CC-P2B1",
           ("MV-RETENTION-DAYS", {"days": 90})),
        _c("answer-keep-in-touch", "To answer and to keep in touch about it",
           "They may follow up on this request for a year; nothing else, passed to no one.",
           "PDC-INTENT", "MV-PURPOSE-THIS-REQUEST", "MV-NO-THIRD-PARTY", "CC-P2B1",
           ("MV-RETENTION-DAYS", {"days": 365})),
        _c("answer-offer-more", "To answer, and to offer me similar things later",
           "They may keep it until you ask them to delete it; passed to no one, no tracking.",
           "PDC-INTENT", "MV-NO-THIRD-PARTY", "CC-P2B1", "DataDeletionOnRequest"),
    ),
    "profile": (
        _c("serve-me", "Only to serve me",
           "No analytics, tracking or profiling, no third parties; yours to see, take back or delete when you ask.",
           "SD-BASE-DP", "CC-P2B1", "DataDeletionOnRequest", "DataTransparencyOnRequest"),
        _c("serve-and-improve", "To serve me and to improve their service",
           "They may also analyse it themselves; still no tracking, profiling or third parties.",
           "SD-BASE-A-DP", "CC-P2B1", "DataDeletionOnRequest", "DataTransparencyOnRequest"),
        _c("this-once", "Only for what I ask now, then delete",
           "Only to deliver what you ask for now; deleted once that is done.",
           "SD-BASE", "CC-P2B1", "DataDeletionRequired"),
    ),
    "feedback": (
        _c("improve-credit-me", "To improve their service, crediting me",
           "They tell you if they use your idea, and pass it to no one.",
           "SD-BASE", "MV-CREDIT-FEEDBACK", "MV-NO-THIRD-PARTY"),
        _c("improve-then-delete", "To improve their service, then delete",
           "No credit asked; passed to no one, deleted once they have used it.",
           "SD-BASE", "MV-NO-THIRD-PARTY", "DataDeletionRequired"),
    ),
    "reputation": (
        _c("for-them-a-year", "For them only, for a year",
           "Your contact passes your notes to no one and deletes them within a year.",
           "MV-NO-THIRD-PARTY", ("MV-RETENTION-DAYS", {"days": 365})),
        _c("for-them-a-month", "For them only, for a month",
           "Your contact passes your notes to no one and deletes them within 30 days.",
           "MV-NO-THIRD-PARTY", ("MV-RETENTION-DAYS", {"days": 30})),
        _c("pass-it-on", "They may pass it on",
           "Your contact may tell others what you wrote; deleted within a year.",
           ("MV-RETENTION-DAYS", {"days": 365})),
    ),
    "deletion-request": (
        _c("erase", "Erase it, this letter too once done",
           "Your details in this letter serve only to carry out the erasure; then they are deleted too.",
           "DataDeletionRequired"),
        _c("erase-and-tell", "Erase it, and tell me what you held",
           "As above, and they tell you what they held about you and what they did with it.",
           "DataDeletionRequired", "DataTransparencyOnRequest"),
    ),
    "access-request": (
        _c("show-and-hand-over", "Show me what you hold, in a form I can take along",
           "They tell you what they hold and what they did with it, and give it to you portable.",
           "DataTransparencyOnRequest", "PortabilityRequiredOnRequest"),
        _c("show-then-delete-letter", "Show me what you hold, then delete this letter",
           "As above, and they delete the details in this letter once they have answered.",
           "DataTransparencyOnRequest", "PortabilityRequiredOnRequest", "DataDeletionRequired"),
    ),
}


def choices(kind: str) -> tuple[Choice, ...]:
    """The plain choices for a kind of package, the recommended (the library's defaults) first."""
    if kind not in KINDS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no kind of package called {kind!r}; kinds: {value}."), kind=kind, value=', '.join(KINDS)), field="kind")
    return CHOICES[kind]


def _same(a: list[tuple[str, dict[str, int]]] | tuple[tuple[str, dict[str, int]], ...],
          b: list[tuple[str, dict[str, int]]] | tuple[tuple[str, dict[str, int]], ...]) -> bool:
    return sorted((t, sorted(v.items())) for t, v in a) == sorted((t, sorted(v.items())) for t, v in b)


def choice_of(kind: str, selection: list[tuple[str, dict[str, int]]]) -> Choice | None:
    """The plain choice that says exactly `selection` (parameters filled in), or None."""
    filled = [(c.term.id, c.values) for c in choose(selection)]
    for plain in choices(kind):
        if _same([(c.term.id, c.values) for c in choose(list(plain.terms))], filled):
            return plain
    return None


def expand(kind: str, items: list[str] | tuple[str, ...]) -> tuple[tuple[str, dict[str, int]], ...]:
    """The CLI's `--terms` values: TERM_ID or TERM_ID:param=N as always, or one plain choice's word
    for the kind (`answer-then-delete`); a term named beside a word replaces the word's term of its group."""
    words = {c.word: c for c in choices(kind)}
    plain = [item for item in items if item.strip() in words]
    if len(plain) > 1:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Choose one plain choice, not {value}."), value=' and '.join(plain)), field="terms")
    named = [parse_choice(item) for item in items if item.strip() not in words]
    lib = library()
    for term_id, _ in named:
        if term_id not in lib.terms:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no term {term_id!r} in the library, and no plain choice of that name for a "
                    "{kind}. Plain choices: {value}. Known terms: {value2}."
                ), term_id=term_id, kind=kind, value=', '.join(words), value2=', '.join(sorted(lib.terms))), field="terms")
    if not plain:
        return tuple(named)
    groups = {lib.term(term_id).group for term_id, _ in named}
    base = [(t, dict(v)) for t, v in words[plain[0].strip()].terms if lib.term(t).group not in groups]
    return tuple(base + named)
