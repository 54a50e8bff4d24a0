"""A package in plain words: the same data and terms as the signed document, for people.

`to_html` is a self-contained page (what the share wizard previews, prints to PDF and saves);
`to_text` is the same as plain text (what the CLI's `verify` prints). Every value comes from
the document itself, escaped; nothing is added that the document does not hold.

The words around the values are English, marked for translation in the context "Package"; the
desktop app passes `translate` (the CLI prints English).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from myvendors.errors import QT_TRANSLATE_NOOP

CONTEXT = "Package"
Translate = Callable[[str], str]


#: where the terms are among `sections` (the HTML shows them as paragraphs, not a table)
TERMS_SECTION = 2


def english(text: str) -> str:
    """The `translate` of the command line: the English text as it is."""
    return text


KIND_TITLES = {
    "personal-request": QT_TRANSLATE_NOOP("Package", "Personal request"),
    "profile": QT_TRANSLATE_NOOP("Package", "Profile details"),
    "feedback": QT_TRANSLATE_NOOP("Package", "Feedback"),
    "reputation": QT_TRANSLATE_NOOP("Package", "Notes about a vendor"),
    "deletion-request": QT_TRANSLATE_NOOP("Package", "Request to erase my data"),
    "access-request": QT_TRANSLATE_NOOP("Package", "Request to see my data"),
}
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Package", "Name"),
    "email": QT_TRANSLATE_NOOP("Package", "Email"),
    "phone": QT_TRANSLATE_NOOP("Package", "Phone"),
    "street_address": QT_TRANSLATE_NOOP("Package", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Package", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Package", "City"),
    "country": QT_TRANSLATE_NOOP("Package", "Country"),
    "language": QT_TRANSLATE_NOOP("Package", "Language"),
    "preferences": QT_TRANSLATE_NOOP("Package", "Preferences"),
    "description": QT_TRANSLATE_NOOP("Package", "Description"),
    "category": QT_TRANSLATE_NOOP("Package", "Category"),
    "areaServed": QT_TRANSLATE_NOOP("Package", "Where"),
    "availabilityEnds": QT_TRANSLATE_NOOP("Package", "Needed by"),
    "conditions": QT_TRANSLATE_NOOP("Package", "Conditions"),
    "subject": QT_TRANSLATE_NOOP("Package", "Subject"),
    "text": QT_TRANSLATE_NOOP("Package", "Text"),
    "kind": QT_TRANSLATE_NOOP("Package", "Kind"),
    "letter": QT_TRANSLATE_NOOP("Package", "Letter"),
    "law": QT_TRANSLATE_NOOP("Package", "Law"),
    "action": QT_TRANSLATE_NOOP("Package", "Action"),
    "articles": QT_TRANSLATE_NOOP("Package", "Articles"),
    "respondBy": QT_TRANSLATE_NOOP("Package", "Please answer by"),
    "concerning": QT_TRANSLATE_NOOP("Package", "Concerning packages"),
}

RATING_NAMES = {
    "service": QT_TRANSLATE_NOOP("Package", "service"),
    "price": QT_TRANSLATE_NOOP("Package", "price"),
    "quality": QT_TRANSLATE_NOOP("Package", "quality"),
    "honesty": QT_TRANSLATE_NOOP("Package", "honesty"),
}


def _day(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


def _label(key: str, t: Translate = english) -> str:
    return t(FIELD_LABELS[key]) if key in FIELD_LABELS else key.replace("_", " ").capitalize()


def _kept(termination: str, t: Translate) -> str:
    """The consent receipt's "termination" (written by `packages`: "30 days after receipt", "when I ask") in words."""
    days = re.fullmatch(r"(\d+) days after receipt", termination)
    if days:
        return t(QT_TRANSLATE_NOOP("Package", "{days} days after receipt")).format(days=days[1])
    return t(termination)  # "when I ask", or what another program wrote


def title(document: dict[str, Any], translate: Translate = english) -> str:
    """The package's kind in words ("Personal request")."""
    return translate(KIND_TITLES.get(document.get("kind", ""), QT_TRANSLATE_NOOP("Package", "Package")))


def sections(document: dict[str, Any], translate: Translate = english) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(label, value)]) in reading order: what both renderings show, its words put through `translate`."""
    t = translate
    data = document.get("data", {})
    kind = document.get("kind", "")
    what: list[tuple[str, str]] = []
    if kind == "personal-request":
        what.append((t(QT_TRANSLATE_NOOP("Package", "Wanted")), str(data.get("name", ""))))
        for key in ("description", "category", "areaServed", "availabilityEnds", "conditions"):
            if key in data:
                what.append((_label(key, t), str(data[key])))
        price = data.get("priceSpecification")
        if price:
            low, high, cur = price.get("minPrice"), price.get("maxPrice"), price.get("priceCurrency", "")
            budget = (f"{low}–{high} {cur}" if low and high
                      else t(QT_TRANSLATE_NOOP("Package", "up to {high} {cur}")).format(high=high, cur=cur) if high
                      else t(QT_TRANSLATE_NOOP("Package", "from {low} {cur}")).format(low=low, cur=cur))
            what.append((t(QT_TRANSLATE_NOOP("Package", "Budget")), budget))
    elif kind == "profile":
        what += [(_label(k, t), str(v)) for k, v in data.get("fields", {}).items()]
    elif kind == "reputation":  # one vendor ({vendor, notes}) or several ({vendors: [{vendor, notes}, …]})
        groups = data["vendors"] if isinstance(data.get("vendors"), list) else [data]
        for group in groups:
            vendor = group.get("vendor", {})
            about = " · ".join(str(vendor[k]) for k in ("name", "website", "category") if k in vendor)
            what.append((t(QT_TRANSLATE_NOOP("Package", "About")), about))
            for note in group.get("notes", []):
                ratings = ", ".join(f"{t(RATING_NAMES.get(k, k))} {v}/5" for k, v in note.get("ratings", {}).items())
                tags = " ".join(f"#{tag}" for tag in note.get("tags", []))
                text = " — ".join(p for p in (ratings, tags, note.get("text", "")) if p)
                what.append((t(QT_TRANSLATE_NOOP("Package", "Note of {on}")).format(on=note.get("on", "")), text))
    else:
        for key, value in data.items():
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            what.append((_label(key, t), shown))
    sender = document.get("sender", {})
    who = [(t(QT_TRANSLATE_NOOP("Package", "Pseudonym (key thumbprint)")), str(sender.get("pseudonym", "")))]
    who += [(t(QT_TRANSLATE_NOOP("Package", "Disclosed: {field}")).format(field=_label(k, t)), str(v)) for k, v in sender.get("disclosed", {}).items()]
    recipient = document.get("recipient", {})
    recipient_name = str(recipient.get("name", ""))
    if recipient_name == "anyone":  # a published personal request
        recipient_name = t(QT_TRANSLATE_NOOP("Package", "anyone"))
    who.append((t(QT_TRANSLATE_NOOP("Package", "For")), recipient_name))
    who.append((t(QT_TRANSLATE_NOOP("Package", "Issued")), _day(str(document.get("issued", "")))))
    who.append((t(QT_TRANSLATE_NOOP("Package", "Valid until")), _day(str(document.get("expires", "")))))
    who.append((t(QT_TRANSLATE_NOOP("Package", "Package id")), str(document.get("id", ""))))
    promises = [(str(t.get("title", "")), str(t.get("text", ""))) for t in document.get("terms", [])]
    consent = document.get("consent", {})
    receipt = []
    if consent:
        stamp = consent.get("consentTimestamp")
        receipt.append((t(QT_TRANSLATE_NOOP("Package", "Consent given")), datetime.fromtimestamp(int(stamp), UTC).strftime("%Y-%m-%d %H:%M UTC")
                        if isinstance(stamp, int) else ""))
        controllers = ", ".join(c.get("piiController", "") for c in consent.get("piiControllers", []))
        receipt.append((t(QT_TRANSLATE_NOOP("Package", "Controller of this data")), controllers))
        for service in consent.get("services", []):
            for purpose in service.get("purposes", []):
                receipt.append((t(QT_TRANSLATE_NOOP("Package", "Purpose")), t(str(purpose.get("purpose", "")))))
                receipt.append((t(QT_TRANSLATE_NOOP("Package", "Kept")), _kept(str(purpose.get("termination", "")), t)))
                receipt.append((t(QT_TRANSLATE_NOOP("Package", "Passed to third parties")),
                                t(QT_TRANSLATE_NOOP("Package", "yes")) if purpose.get("thirdPartyDisclosure")
                                else t(QT_TRANSLATE_NOOP("Package", "no"))))
        receipt.append((t(QT_TRANSLATE_NOOP("Package", "Receipt id")), str(consent.get("consentReceiptID", ""))))
    return [
        (t(QT_TRANSLATE_NOOP("Package", "What is shared")), what),
        (t(QT_TRANSLATE_NOOP("Package", "From and to")), who),
        (t(QT_TRANSLATE_NOOP("Package", "My terms")), promises),
        (t(QT_TRANSLATE_NOOP("Package", "Consent receipt")), receipt),
    ]


def to_text(document: dict[str, Any], translate: Translate = english) -> str:
    heading_ = title(document, translate)
    lines: list[str] = [heading_, "=" * len(heading_), ""]
    for heading, rows in sections(document, translate):
        lines.append(heading)
        lines.append("-" * len(heading))
        width = max((len(label) for label, _ in rows), default=0)
        lines += [f"{label.ljust(width)}  {value}" for label, value in rows]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _own_words(term: dict[str, Any]) -> tuple[str, str]:
    return str(term.get("title", "")), str(term.get("text", ""))


def _terms_html(document: dict[str, Any], words: Callable[[dict[str, Any]], tuple[str, str]]) -> str:
    """Each term as a short paragraph: its title, its id as a detail, then what it says (the text
    wraps across the page; a two-column table squeezed it to a word a line in a narrow pane)."""
    e = html.escape
    parts = []
    for term in document.get("terms", []):
        title, text = words(term)
        version = f" v{term['version']}" if term.get("version") else ""
        name = e(str(term.get("id", "")) + version)
        parts.append(f"<p class='term'><b>{e(title)}</b>&nbsp; <span class='id'>{name}</span><br>{e(text)}</p>")
    return "".join(parts)


def to_html(
    document: dict[str, Any],
    translate: Translate = english,
    *,
    term_words: Callable[[dict[str, Any]], tuple[str, str]] | None = None,
    muted: str = "#555555",
) -> str:
    """A page a person reads or prints; Qt's rich text renders it (so: simple HTML 4 and CSS).
    `translate` puts the words around the values in her language; `term_words` gives a term's
    (title, text) as shown (the app's are in her language); by default the package's own words.
    `muted` is the colour of labels and notes: grey on paper, the theme's quiet text on a screen
    (a fixed grey is near-invisible on a dark background)."""
    e = html.escape
    heading_ = title(document, translate)
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{e(heading_)}</title>",
        "<style>body{font-family:sans-serif;margin:24px;} h1{font-size:20pt;margin-bottom:2px;}"
        " h2{font-size:13pt;margin-top:18px;border-bottom:1px solid #999;} td{padding:3px 12px 3px 0;"
        f" vertical-align:top;}} td.label{{color:{muted};white-space:nowrap;}} p.note{{color:{muted};font-size:9pt;}}"
        f" p.term{{margin:4px 0 8px 0;}} span.id{{color:{muted};font-size:8pt;}}</style>",
        "</head><body>",
        f"<h1>{e(heading_)}</h1>",
        "<p class='note'>" + e(translate(QT_TRANSLATE_NOOP(
            "Package",
            "This is what the signed package holds, in words. The package itself is signed with the sender's key; "
            "a change to it shows when its signature is checked."
        ))) + "</p>",
    ]
    for index, (heading, rows) in enumerate(sections(document, translate)):
        if index == TERMS_SECTION:
            parts.append(f"<h2>{e(heading)}</h2>{_terms_html(document, term_words or _own_words)}")
            continue
        parts.append(f"<h2>{e(heading)}</h2><table>")
        for label, value in rows:
            shown = "<br>".join(e(line) for line in value.splitlines()) or "&nbsp;"
            parts.append(f"<tr><td class='label'>{e(label)}</td><td>{shown}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
