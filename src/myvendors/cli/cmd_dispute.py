"""dispute: one vendor's dispute pack (a ZIP with a signed manifest, and its PDF), parts chosen by --include/--exclude."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import dispute
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database


def _statement(text: str | None) -> str:
    """--statement TEXT, or @FILE: the text of a UTF-8 file."""
    if not text:
        return ""
    if not text.startswith("@"):
        return text
    path = Path(text[1:])
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "The statement cannot be read from {path}: {reason}"
        ), path=str(path), reason=getattr(exc, "strerror", None) or str(exc)), field="statement") from None


def make(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.domain import letters

    facts = dispute.facts(db, args.id)
    parts = dispute.parts_from(args.include, args.exclude, facts.parts)
    language = letters.check_language(args.language or letters.default_language())
    spec = dispute.PackSpec(args.id, parts, attachment_ids=tuple(args.attachments or ()),
                            statement=_statement(args.statement), language=language)
    made = dispute.make(db, spec, Path(args.out), pdf_out=Path(args.pdf) if args.pdf else None)
    out: dict[str, Any] = {
        "file": str(made.path),
        "pdf": str(made.pdf_path) if made.pdf_path is not None else None,
        "vendor_id": facts.vendor.id,
        "vendor": facts.vendor.name,
        "language": language,
        "included": list(made.included),
        "signed_by": made.pseudonym,
        "size": made.size,
        "members": [m.to_json() for m in made.members],
    }
    lines = [f"Wrote the dispute pack for {facts.vendor.name} to {made.path} ({len(made.members) + 2} files, "
             f"{made.size} bytes)"]
    if made.pdf_path is not None:
        lines.append(f"and its PDF to {made.pdf_path}")
    lines.append("Included: " + (", ".join(made.included) or "nothing but the cover"))
    lines.append(f"Signed with the key {made.pseudonym}; check it with docs/verify_dispute_pack.py")
    return out, "\n".join(lines)
