"""spend: what she spent, per currency, from her payments: by month, category or vendor (docs/CLI.md)."""

from __future__ import annotations

import argparse
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import spending
from myvendors.domain.exporting.json_export import money_json
from myvendors.domain.models import Money
from myvendors.domain.spending import By, CurrencySpend, MonthSpend, SpendReport
from myvendors.storage import Database


def _money(money: Money | None) -> dict[str, Any] | None:
    return money_json(money) if money is not None else None


def _month_rows(months: tuple[MonthSpend, ...]) -> list[dict[str, Any]]:
    return [{"month": m.month.isoformat()[:7], "spent": money_json(m.spent), "payments": m.payments} for m in months]


def _rows(found: CurrencySpend, by: By) -> list[dict[str, Any]]:
    if by is By.MONTH:
        return _month_rows(found.months)
    if by is By.CATEGORY:
        return [{"category": c.category, "spent": money_json(c.spent), "payments": c.payments} for c in found.categories]
    return [{"vendor_id": v.vendor_id, "vendor_name": v.vendor_name, "vendors": v.vendors, "spent": money_json(v.spent),
             "payments": v.payments} for v in found.vendors]


def spend_json(report: SpendReport, by: By) -> dict[str, Any]:
    converted = report.converted
    return {
        "by": by.value,
        "months": len(report.months),
        "from": report.first_month.isoformat()[:7],
        "to": report.last_month.isoformat()[:7],
        "main_currency": report.main_currency,
        "currencies": [
            {"currency": found.currency, "spent": money_json(found.spent), "payments": found.payments,
             "this_month": money_json(found.this_month), "agreements_yearly": _money(found.agreements_yearly),
             "converted": _money(found.converted), "rows": _rows(found, by)}
            for found in report.currencies
        ],
        "converted": None if converted is None else {
            "currency": converted.currency, "spent": money_json(converted.spent),
            "agreements_yearly": money_json(converted.agreements_yearly),
            "rows": _month_rows(converted.months) if by is By.MONTH else [],
        },
        "missing_rates": list(report.missing_rates),
    }


def _line(label: str, money: Money, payments: int) -> str:
    return f"  {label:<28} {money!s:>18}  {payments:>5}"


def _text(report: SpendReport, by: By) -> str:
    span = f"{report.first_month:%Y-%m} to {report.last_month:%Y-%m}"
    lines = [f"Spending, the last {len(report.months)} months ({span}), by {by.value}"]
    if not report.currencies:
        return lines[0] + "\nNo payments in these months, and no running agreement with a price."
    for found in report.currencies:
        head = f"{found.currency}: {found.spent} spent ({found.payments} payments)"
        if found.agreements_yearly is not None:
            head += f"; running agreements {found.agreements_yearly} a year"
        if found.converted is not None and found.currency != report.main_currency:
            head += f"; {found.converted} with your rate"
        lines += ["", head]
        if by is By.MONTH:
            lines += [_line(f"{m.month:%Y-%m}", m.spent, m.payments) for m in reversed(found.months)]
        elif by is By.CATEGORY:
            lines += [_line(c.category or "(uncategorised)", c.spent, c.payments) for c in found.categories]
        else:
            lines += [_line(v.vendor_name or "?" if v.vendor_id is not None else f"({v.vendors} other vendors)",
                            v.spent, v.payments) for v in found.vendors]
    if report.converted is not None:
        converted = report.converted
        lines += ["", f"All together in {converted.currency} (your rates): {converted.spent} spent; "
                      f"running agreements {converted.agreements_yearly} a year"]
        if by is By.MONTH:
            lines += [_line(f"{m.month:%Y-%m}", m.spent, m.payments) for m in reversed(converted.months)]
    elif report.missing_rates:
        lines += ["", f"No rate for {', '.join(report.missing_rates)}: no total in {report.main_currency} "
                      "(set the rates in the app: Settings, Money)."]
    return "\n".join(lines)


def spend(db: Database, args: argparse.Namespace) -> Output:
    by = By(args.by)
    report = spending.report(db, months=args.months, top=args.top, currency=args.currency, today=args.today,
                             detail=by is not By.MONTH)
    return spend_json(report, by), _text(report, by)
