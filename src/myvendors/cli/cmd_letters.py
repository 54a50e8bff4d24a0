"""letter cancel: an agreement's cancellation letter as PDF, text or a mailto: link; --sent records it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import letters
from myvendors.errors import InvalidInput
from myvendors.storage import Database

#: the format a file's extension names (otherwise --format says it)
EXTENSIONS = {".pdf": "pdf", ".txt": "text", ".text": "text", ".url": "mailto"}


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    found = EXTENSIONS.get(Path(args.out).suffix.lower())
    if found is None:
        raise InvalidInput(f"Say which format to write with --format pdf, text or mailto: {Path(args.out).name} "
                           "does not end in .pdf or .txt.", field="format")
    return found


def _deadline_json(when: letters.Deadline) -> dict[str, Any]:
    def day(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "today": day(when.today),
        "arrive_by": day(when.arrive_by),
        "effective": day(when.effective),
        "in_time": when.in_time,
        "missed": day(when.missed),
        "notice_days": when.notice_days,
        "trial": when.trial,
    }


def cancel(db: Database, args: argparse.Namespace) -> Output:
    kind = _format(args)
    language = letters.check_language(args.language or letters.default_language())
    letter = letters.compose(db, args.id, language=language, include=args.include)
    if kind == "pdf":
        data = letters.to_pdf(letter)
    elif kind == "text":
        data = letters.to_text(letter).encode("utf-8")
    else:
        data = (letters.mailto(letter) + "\n").encode("ascii")
    from myvendors.fileio import write_export

    write_export(args.out, (data,))
    out: dict[str, Any] = {
        "file": str(args.out),
        "format": kind,
        "language": language,
        "agreement_id": letter.agreement_id,
        "vendor_id": letter.vendor_id,
        "subject": letter.subject,
        "included": list(letter.included),
        "deadline": _deadline_json(letter.deadline),
        "advice": letters.advice(letter.deadline),
        "sent": None,
    }
    lines = [f"Wrote the cancellation letter for {letter.agreement_title} ({letter.vendor_name}) to {args.out}",
             letters.advice(letter.deadline)]
    if kind == "mailto" and not letter.vendor_email:
        lines.append(f"{letter.vendor_name} has no e-mail address on file: the link leaves the address empty.")
    if args.sent:
        channel = "e-mail" if kind == "mailto" else "letter"
        sent = letters.mark_sent(db, letter, channel=channel)
        out["sent"] = {"interaction_id": sent.interaction_id, "follow_up_id": sent.follow_up_id,
                       "follow_up_due": sent.follow_up_due.isoformat(), "follow_up": sent.follow_up_title}
        lines.append(f"Recorded as sent; follow-up on {sent.follow_up_due.isoformat()}: {sent.follow_up_title}")
    return out, "\n".join(lines)
