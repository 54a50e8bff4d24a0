"""import statement: bank and card statements (OFX/QFX, CSV) in as payments, through
myvendors.domain.statements (read, plan, apply: the same steps as the app's import dialog)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import statements
from myvendors.domain.exporting.json_export import money_json
from myvendors.domain.statements import CsvMapping, MatchHow, PayeeChoice, StatementKind, StatementPlan
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database

#: the fields `--map FIELD=COLUMN` sets (docs/CLI.md)
MAP_FIELDS = ("date", "payee", "amount", "debit", "credit", "memo", "currency")


def _mapping(db: Database, data: bytes, args: argparse.Namespace) -> tuple[statements.CsvLayout, CsvMapping]:
    layout = statements.csv_layout(db, data)
    mapping = layout.mapping
    overrides = dict(args.map or ())
    unknown = sorted(set(overrides) - set(MAP_FIELDS))
    if unknown:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "A statement has no field {value!r} to map a column to (fields: {value2})."),
                    value=unknown[0], value2=", ".join(MAP_FIELDS)),
            field="map",
        )
    changes: dict[str, Any] = {name: (column or None) for name, column in overrides.items()}
    if changes.get("amount"):
        changes.setdefault("debit", None)
        changes.setdefault("credit", None)
    elif changes.get("debit") or changes.get("credit"):
        changes.setdefault("amount", None)
    if "date" in changes and changes["date"] is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A statement needs its date column (--map date=COLUMN).")), field="map")
    if "payee" in changes and changes["payee"] is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A statement needs its payee column (--map payee=COLUMN).")), field="map")
    mapping = replace(mapping, **changes)
    for name, column in changes.items():
        if column is not None and column not in layout.header:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP("Errors", "The file has no column {column!r} for the {field_} (columns: {columns})."),
                        column=column, field_=name, columns=", ".join(layout.header)),
                field="map",
            )
    if args.currency:
        mapping = replace(mapping, fixed_currency=args.currency.strip().upper(), currency=changes.get("currency"))
    if args.money_out:
        mapping = replace(mapping, out_negative=args.money_out == "negative")
    if args.decimal:
        mapping = replace(mapping, decimal="," if args.decimal == "comma" else ".")
    if args.date_format:
        return layout, replace(mapping, date_format=args.date_format)
    if "date" in changes or not mapping.date_format:
        candidates = statements.date_formats_for(layout, mapping.date)
        if not candidates:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP("Errors", "No date format reads every value of the column {column!r}; choose the date column with --map date=COLUMN or give --date-format."),
                        column=mapping.date),
                field="date_format",
            )
        if len(candidates) > 1:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP("Errors", "The dates in {column!r} can be read in more than one way ({candidates}); say which with --date-format, e.g. --date-format '{first}'."),
                        column=mapping.date, candidates=", ".join(candidates), first=candidates[0]),
                field="date_format",
            )
        mapping = replace(mapping, date_format=candidates[0])
    return layout, mapping


def _mapping_json(mapping: CsvMapping) -> dict[str, Any]:
    return {**mapping.fields(), "date_format": mapping.date_format, "decimal": mapping.decimal,
            "fixed_currency": mapping.fixed_currency, "money_out": "negative" if mapping.out_negative else "positive"}


def _choices(plan: StatementPlan, skip_unmatched: bool) -> dict[str, PayeeChoice]:
    if not skip_unmatched:
        return {}
    return {group.key: PayeeChoice.skipped() for group in plan.payees if group.how is MatchHow.NEW}


def import_statement(db: Database, args: argparse.Namespace) -> Output:
    data = args.file.read_bytes()
    kind = statements.detect_kind(data, args.file.name)
    layout: statements.CsvLayout | None = None
    mapping: CsvMapping | None = None
    if kind is StatementKind.CSV:
        layout, mapping = _mapping(db, data, args)
    statement = statements.read_statement(data, args.file.name, mapping=mapping, currency=args.currency)
    # Without --account, a CSV goes to the account this bank's last statement went to (lines are
    # recognised again per account); an OFX file names its own.
    account = args.account if args.account is not None or layout is None else layout.account
    plan = statements.plan_statement(db, statement, account)
    choices = _choices(plan, args.skip_unmatched)
    chosen = {group.key: choices.get(group.key, group.suggested) for group in plan.payees}
    result = None
    if not args.dry_run:
        result = statements.apply_statement(db, plan, choices, remember_skips=not args.skip_unmatched)
        if layout is not None and mapping is not None:
            statements.remember_mapping(db, layout, mapping, plan.account)
    new_lines = plan.lines - plan.already_there
    skipped = sum(len(g.lines) - g.already_there for g in plan.payees if chosen[g.key].skip)
    data_out = {
        "file": str(args.file),
        "kind": plan.kind.value,
        "account": plan.account,
        "dry_run": args.dry_run,
        "mapping": _mapping_json(mapping) if mapping is not None else None,
        "lines": plan.lines,
        "already_there": plan.already_there,
        "added": result.added if result else new_lines - skipped,
        "skipped": result.skipped if result else skipped,
        "new_vendors": [{"id": v.id, "name": v.name} for v in result.new_vendors] if result else
                       sorted({c.new_vendor for c in chosen.values() if c.new_vendor}),
        "payees": [
            {
                "key": g.key,
                "name": g.name,
                "spellings": list(g.spellings),
                "lines": len(g.lines),
                "already_there": g.already_there,
                "totals": [money_json(t) for t in g.totals],
                "how": g.how.value,
                "vendor_id": chosen[g.key].vendor_id,
                "vendor_name": g.vendor_name if chosen[g.key].vendor_id is not None else None,
                "new_vendor": chosen[g.key].new_vendor,
                "skip": chosen[g.key].skip,
            }
            for g in plan.payees
        ],
        "problems": [{"row": p.row, "message": p.message} for p in plan.problems],
        "warnings": list(plan.warnings),
    }
    return data_out, _text(data_out)


def _text(data: dict[str, Any]) -> str:
    where = f" (account {data['account']})" if data["account"] else ""
    if data["dry_run"]:
        head = (f"Dry run: {data['added']} payment(s) would be added from {data['file']}{where}; "
                f"{data['already_there']} already there, {data['skipped']} skipped; nothing was written.")
    else:
        head = (f"Added {data['added']} payment(s) from {data['file']}{where}; "
                f"{data['already_there']} already there, {data['skipped']} skipped.")
    lines = [head]
    for payee in data["payees"]:
        totals = ", ".join(f"{t['amount']} {t['currency']}" for t in payee["totals"])
        if payee["skip"]:
            target = "skipped"
        elif payee["vendor_id"] is not None:
            target = f"-> {payee['vendor_name']} (#{payee['vendor_id']}, by {payee['how']})"
        else:
            target = f"-> new vendor {payee['new_vendor']}"
        lines.append(f"  {payee['name']}: {payee['lines']} line(s), {totals} {target}")
    if data["new_vendors"] and not data["dry_run"]:
        lines.append("New vendors: " + ", ".join(v["name"] for v in data["new_vendors"]))
    lines += [f"Left out: {p['message']}" for p in data["problems"]]
    lines += [f"Note: {w}" for w in data["warnings"]]
    return "\n".join(lines)
