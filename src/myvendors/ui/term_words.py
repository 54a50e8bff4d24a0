"""The terms in her language: the library's titles and texts and the plain choices, translated.

The terms library (resources/terms/terms-v1.json) and the plain choices (domain/sharing/terms.py)
are data without Qt; their English texts are listed here for lupdate (context "terms") and
tests/ui/test_term_words.py checks that every one of them is. A package keeps the library's
English words (what is signed); what she reads on screen goes through `title`/`text`, which
translate the template and then fill in the parameters ("Keep it {days} days at most").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from myvendors.domain.sharing import terms
from myvendors.errors import QT_TRANSLATE_NOOP

CONTEXT = "terms"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, english: str, values: Mapping[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {parameter}: the English words
        return english.format(**values)


def title(term: terms.Term, values: Mapping[str, Any]) -> str:
    return _fill(tr(term.title), term.title, values)


def text(term: terms.Term, values: Mapping[str, Any]) -> str:
    return _fill(tr(term.text), term.text, values)


def choice_title(choice: terms.Choice) -> str:
    return tr(choice.title)


def choice_explanation(choice: terms.Choice) -> str:
    return tr(choice.explanation)


def detail(term: Mapping[str, Any]) -> str:
    """The expert's name of a term as a package or ledger entry names it: "SD-BASE-DP v1"."""
    version = term.get("version")
    return f"{term.get('id', '')} v{version}" if version else str(term.get("id", ""))


def of_document(term: Mapping[str, Any]) -> tuple[str, str]:
    """(title, text) in her language of a term as a package ({id, version, params, title, text}) or a
    ledger entry ({id, version, params}) names it; a term this library does not know keeps its own words."""
    known = terms.library().terms.get(str(term.get("id", "")))
    values = term.get("params") or {}
    if known is None or str(term.get("version", known.version)) != known.version:
        return str(term.get("title") or term.get("id", "")), str(term.get("text", ""))
    try:
        return title(known, values), text(known, values)
    except (KeyError, IndexError, ValueError):  # parameters this version does not have
        return str(term.get("title") or known.title), str(term.get("text") or known.text)


LIBRARY_TEXTS = (  # every title and text of resources/terms/terms-v1.json, and the parameters' labels
    QT_TRANSLATE_NOOP("terms", "Days"),
    QT_TRANSLATE_NOOP("terms", "Service delivery only"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Use what I share only to deliver the service I ask for. No analytics, no tracking and no "
        "profiling, by you or by anyone else, and no sharing with third parties.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery only, with data portability"),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery only\", and you give me my data back in a portable form when I ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, your own analytics allowed"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Use what I share to deliver the service. You may analyse it yourself; no tracking, no "
        "profiling, no sharing with third parties.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, your own analytics allowed, with data portability"),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery, your own analytics allowed\", and you give me my data back in a portable "
        "form when I ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, your own analytics and tracking allowed"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Use what I share to deliver the service. You may analyse it and track my use of your service; "
        "no profiling, no sharing with third parties.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, your own analytics and tracking allowed, with data portability"),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery, your own analytics and tracking allowed\", and you give me my data back in"
        " a portable form when I ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, your own analytics, tracking and profiling allowed"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Use what I share to deliver the service. You may analyse it, track my use of your service and "
        "build a profile of me yourself; no sharing with third parties.",
    ),
    QT_TRANSLATE_NOOP(
        "terms",
        "Service delivery, your own analytics, tracking and profiling allowed, with data portability",
    ),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery, your own analytics, tracking and profiling allowed\", and you give me my "
        "data back in a portable form when I ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "Service delivery, profiling allowed, anonymised sharing with third parties"),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery, your own analytics, tracking and profiling allowed\", and you may share it"
        " with third parties in anonymised form only.",
    ),
    QT_TRANSLATE_NOOP(
        "terms",
        "Service delivery, profiling allowed, anonymised sharing with third parties, with data "
        "portability",
    ),
    QT_TRANSLATE_NOOP(
        "terms",
        "As \"Service delivery, profiling allowed, anonymised sharing with third parties\", and you give "
        "me my data back in a portable form when I ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "Intentcasting: my request, to answer it"),
    QT_TRANSLATE_NOOP(
        "terms",
        "I am telling the market what I want. Use this request only to decide whether and what to offer "
        "me, and answer it through the channel it came with.",
    ),
    QT_TRANSLATE_NOOP("terms", "Delete when done"),
    QT_TRANSLATE_NOOP("terms", "Delete what I shared once the purpose it was shared for is served."),
    QT_TRANSLATE_NOOP("terms", "Delete when I ask"),
    QT_TRANSLATE_NOOP("terms", "Delete what I shared when I ask you to."),
    QT_TRANSLATE_NOOP("terms", "My data back when I ask"),
    QT_TRANSLATE_NOOP("terms", "Give me what you hold about me in a portable, machine-readable form when I ask."),
    QT_TRANSLATE_NOOP("terms", "Tell me what you hold, when I ask"),
    QT_TRANSLATE_NOOP("terms", "Tell me, when I ask, what data about me you hold and what you did with it."),
    QT_TRANSLATE_NOOP("terms", "Name anyone else first"),
    QT_TRANSLATE_NOOP("terms", "Tell me, before it happens, who else would receive what I shared."),
    QT_TRANSLATE_NOOP("terms", "#NoStalking"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Don't track me off your site, and don't let others track me on your site or anywhere else.",
    ),
    QT_TRANSLATE_NOOP("terms", "For this request only"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Use what I share only to answer this request; not for marketing, and not for any other request.",
    ),
    QT_TRANSLATE_NOOP("terms", "Keep it {days} days at most"),
    QT_TRANSLATE_NOOP("terms", "Delete what I shared within {days} days of receiving it."),
    QT_TRANSLATE_NOOP("terms", "No third parties"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Share nothing of this with anyone else: not partners, not data brokers, not advertisers.",
    ),
    QT_TRANSLATE_NOOP("terms", "Credit me for my feedback"),
    QT_TRANSLATE_NOOP(
        "terms",
        "If you use my feedback or idea, say so to me; if it earns you money, talk to me about my share.",
    ),
)
CHOICE_TEXTS = (  # every plain choice of domain/sharing/terms.py: title, explanation
    QT_TRANSLATE_NOOP("terms", "Only to answer this request, then delete"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Only to make you an offer for this request; passed to no one, deleted within 90 days.",
    ),
    QT_TRANSLATE_NOOP("terms", "To answer and to keep in touch about it"),
    QT_TRANSLATE_NOOP("terms", "They may follow up on this request for a year; nothing else, passed to no one."),
    QT_TRANSLATE_NOOP("terms", "To answer, and to offer me similar things later"),
    QT_TRANSLATE_NOOP("terms", "They may keep it until you ask them to delete it; passed to no one, no tracking."),
    QT_TRANSLATE_NOOP("terms", "Only to serve me"),
    QT_TRANSLATE_NOOP(
        "terms",
        "No analytics, tracking or profiling, no third parties; yours to see, take back or delete when "
        "you ask.",
    ),
    QT_TRANSLATE_NOOP("terms", "To serve me and to improve their service"),
    QT_TRANSLATE_NOOP("terms", "They may also analyse it themselves; still no tracking, profiling or third parties."),
    QT_TRANSLATE_NOOP("terms", "Only for what I ask now, then delete"),
    QT_TRANSLATE_NOOP("terms", "Only to deliver what you ask for now; deleted once that is done."),
    QT_TRANSLATE_NOOP("terms", "To improve their service, crediting me"),
    QT_TRANSLATE_NOOP("terms", "They tell you if they use your idea, and pass it to no one."),
    QT_TRANSLATE_NOOP("terms", "To improve their service, then delete"),
    QT_TRANSLATE_NOOP("terms", "No credit asked; passed to no one, deleted once they have used it."),
    QT_TRANSLATE_NOOP("terms", "For them only, for a year"),
    QT_TRANSLATE_NOOP("terms", "Your contact passes your notes to no one and deletes them within a year."),
    QT_TRANSLATE_NOOP("terms", "For them only, for a month"),
    QT_TRANSLATE_NOOP("terms", "Your contact passes your notes to no one and deletes them within 30 days."),
    QT_TRANSLATE_NOOP("terms", "They may pass it on"),
    QT_TRANSLATE_NOOP("terms", "Your contact may tell others what you wrote; deleted within a year."),
    QT_TRANSLATE_NOOP("terms", "Erase it, this letter too once done"),
    QT_TRANSLATE_NOOP(
        "terms",
        "Your details in this letter serve only to carry out the erasure; then they are deleted too.",
    ),
    QT_TRANSLATE_NOOP("terms", "Erase it, and tell me what you held"),
    QT_TRANSLATE_NOOP("terms", "As above, and they tell you what they held about you and what they did with it."),
    QT_TRANSLATE_NOOP("terms", "Show me what you hold, in a form I can take along"),
    QT_TRANSLATE_NOOP(
        "terms",
        "They tell you what they hold and what they did with it, and give it to you portable.",
    ),
    QT_TRANSLATE_NOOP("terms", "Show me what you hold, then delete this letter"),
    QT_TRANSLATE_NOOP("terms", "As above, and they delete the details in this letter once they have answered."),
)
