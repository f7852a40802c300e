"""``simulate``: the legal minimum pay of an apprenticeship, a professionalisation contract, an
internship, or why there is none for a training contract, as JSON or a text table."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.cli import CliContext, UsageError, choice, language, print_json
from kiosk.domain.pay import (
    EXCEPTION_KINDS,
    ContractSimulation,
    Employer,
    InternshipSimulation,
    PayInputError,
    simulate_apprenticeship,
    simulate_internship,
    simulate_professionalisation,
    training_contract_info,
)

EMPLOYERS = tuple(employer.value for employer in Employer)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def _decimal(value: str) -> Decimal:
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"invalid number {value!r}") from None
    if not number.is_finite():
        raise argparse.ArgumentTypeError(f"invalid number {value!r}")
    return number


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", type=language, default="fr", help="fr (default) or en")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def register(subparsers: Any) -> None:
    simulate = subparsers.add_parser("simulate", help="legal minimum pay of a contract, month by month")
    kinds = simulate.add_subparsers(dest="contract", metavar="CONTRACT", required=True)

    appr = kinds.add_parser("apprenticeship", help="apprenticeship contract (contrat d'apprentissage)")
    appr.add_argument("--birth-date", type=_date, required=True, metavar="YYYY-MM-DD")
    appr.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    appr.add_argument("--years", type=int, required=True, metavar="N", help="length: 1 to 3 years")
    appr.add_argument("--employer", type=choice(EMPLOYERS, "employer"), default="private", help="private or public")
    appr.add_argument("--agreement-minimum", type=_decimal, metavar="EUR", help="collective-agreement minimum")
    appr.add_argument(
        "--previous-rate",
        type=_decimal,
        metavar="PERCENT",
        help="last rate of a previous contract (% of SMIC)",
    )
    appr.add_argument(
        "--exception",
        type=choice(EXCEPTION_KINDS, "exception"),
        metavar="KIND",
        help=f"age-limit exception: {', '.join(EXCEPTION_KINDS)}",
    )
    appr.add_argument("--after-college", action="store_true", help="15 years old, collège finished")
    appr.add_argument(
        "--shortened-years",
        type=int,
        default=0,
        metavar="N",
        help="contract years already completed (shortened contract)",
    )
    _common(appr)

    prof = kinds.add_parser("professionalisation", help="professionalisation contract")
    prof.add_argument("--birth-date", type=_date, required=True, metavar="YYYY-MM-DD")
    prof.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    prof.add_argument("--months", type=int, required=True, metavar="N", help="length: 6 to 36 months")
    prof.add_argument(
        "--qualified",
        action="store_true",
        help="holds a professional or technological bac or a vocational diploma",
    )
    prof.add_argument("--agreement-minimum", type=_decimal, metavar="EUR", help="collective-agreement minimum")
    prof.add_argument("--employer", type=choice(EMPLOYERS, "employer"), default="private", help="private or public")
    _common(prof)

    intern = kinds.add_parser("internship", help="internship agreement (convention de stage)")
    intern.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    intern.add_argument("--end", type=_date, required=True, metavar="YYYY-MM-DD")
    intern.add_argument("--hours-per-day", type=_decimal, required=True, metavar="H")
    intern.add_argument("--days-per-week", type=int, default=5, metavar="D", help="1 to 5 (default 5)")
    _common(intern)

    training = kinds.add_parser("training", help="training contract: no legal scale")
    _common(training)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    lang: str = args.lang
    if args.contract == "training":
        _print(args, training_json(lang), None)
        return 0
    figures = ctx.legal_figures()
    try:
        if args.contract == "apprenticeship":
            result: ContractSimulation | InternshipSimulation = simulate_apprenticeship(
                figures,
                birth_date=args.birth_date,
                start=args.start,
                years=args.years,
                employer=args.employer,
                agreement_minimum=args.agreement_minimum,
                previous_rate=args.previous_rate,
                exception=args.exception,
                after_college=args.after_college,
                shortened_years=args.shortened_years,
            )
        elif args.contract == "professionalisation":
            result = simulate_professionalisation(
                figures,
                birth_date=args.birth_date,
                start=args.start,
                months=args.months,
                qualified=args.qualified,
                agreement_minimum=args.agreement_minimum,
                employer=args.employer,
            )
        else:
            result = simulate_internship(
                figures,
                start=args.start,
                end=args.end,
                hours_per_day=args.hours_per_day,
                days_per_week=args.days_per_week,
            )
    except PayInputError as error:
        raise UsageError(error.text(lang)) from error
    if isinstance(result, InternshipSimulation):
        _print(args, internship_json(result, lang), _internship_table(result, lang))
    else:
        _print(args, contract_json(result, lang), _contract_table(result, lang))
    return 0


def _money(amount: Decimal) -> float:
    """A JSON number rounded to the cent (the Decimal is already rounded; its float prints alike)."""
    return float(amount.quantize(Decimal("0.01")))


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def contract_json(result: ContractSimulation, lang: str) -> dict[str, Any]:
    terms = result.contract
    contract: dict[str, Any] = {
        "type": terms.kind,
        "birth_date": terms.birth_date.isoformat(),
        "start": terms.start.isoformat(),
        "end": terms.end.isoformat(),
        "employer": terms.employer.value,
        "age_at_start": terms.age_at_start,
        "agreement_minimum_eur": None if terms.agreement_minimum is None else _money(terms.agreement_minimum),
    }
    if terms.kind == "apprenticeship":
        contract.update(
            years=terms.years,
            previous_rate=None if terms.previous_rate is None else _number(terms.previous_rate),
            exception=terms.exception,
            after_college=terms.after_college,
            shortened_years=terms.shortened_years,
        )
    else:
        contract.update(months=terms.months, qualified=terms.qualified)
    schedule = []
    for entry in result.schedule:
        row: dict[str, Any] = {
            "month": entry.label,
            "contract_year": entry.contract_year,
            "age": entry.age,
            "percent_of_smic": _number(entry.percent_of_smic),
            "smic_hourly_eur": _money(entry.smic.hourly),
            "smic_monthly_eur": _money(entry.smic_monthly),
            "base_eur": _money(entry.base),
            "monthly_gross_eur": _money(entry.monthly_gross),
        }
        if entry.net_estimate is not None:
            row["net_estimate_eur"] = _money(entry.net_estimate)
        row["smic_extrapolated"] = entry.smic_extrapolated
        row["changes"] = [
            name
            for name, changed in (
                ("contract_year", entry.new_contract_year),
                ("age_bracket", entry.new_age_bracket),
                ("smic", entry.new_smic),
            )
            if changed
        ]
        schedule.append(row)
    return {
        "contract": contract,
        "schedule": schedule,
        "warnings": [message.text(lang) for message in result.warnings],
        "notes": [message.text(lang) for message in result.notes],
        "sources": [source.text(lang) for source in result.sources],
    }


def internship_json(result: InternshipSimulation, lang: str) -> dict[str, Any]:
    return {
        "contract": {
            "type": "internship",
            "start": result.start.isoformat(),
            "end": result.end.isoformat(),
            "hours_per_day": _number(result.hours_per_day),
            "days_per_week": result.days_per_week,
        },
        "due": result.due,
        "presence_hours": _number(result.presence_hours),
        "presence_days": result.presence_days,
        "hourly_rate_eur": _money(result.hourly_rate),
        "total_gross_eur": _money(result.total_gross),
        "months": [
            {
                "month": month.label,
                "days": month.days,
                "hours": _number(month.hours),
                "hourly_rate_eur": _money(month.hourly_rate),
                "gross_eur": _money(month.gross),
            }
            for month in result.months
        ],
        "warnings": [message.text(lang) for message in result.warnings],
        "notes": [message.text(lang) for message in result.notes],
        "sources": [source.text(lang) for source in result.sources],
    }


def training_json(lang: str) -> dict[str, Any]:
    info = training_contract_info()
    return {
        "contract": {"type": "training"},
        "legal_scale": False,
        "summary": info.summary_text(lang),
        "depends_on": list(info.depends_on_texts(lang)),
        "sources": [source.text(lang) for source in info.sources],
    }


def _print(args: argparse.Namespace, data: dict[str, Any], table: list[str] | None) -> None:
    if args.json:
        print_json(data)
        return
    lines = table if table is not None else [data["summary"], *(f"- {item}" for item in data["depends_on"])]
    for key in ("warnings", "notes"):
        lines.extend(f"! {text}" if key == "warnings" else f"* {text}" for text in data.get(key, []))
    lines.append("Sources :" if args.lang == "fr" else "Sources:")
    lines.extend(f"  {text}" for text in data["sources"])
    print("\n".join(lines))


def _contract_table(result: ContractSimulation, lang: str) -> list[str]:
    fr = lang == "fr"
    header = (
        ("mois", "année", "âge", "% SMIC", "SMIC mensuel", "base", "brut min.", "net estimé")
        if fr
        else ("month", "year", "age", "% SMIC", "monthly SMIC", "base", "min. gross", "est. net")
    )
    lines = [" ".join(f"{h:>12}" for h in header)]
    for entry in result.schedule:
        marks = "".join(
            mark
            for mark, changed in (
                ("Y", entry.new_contract_year),
                ("A", entry.new_age_bracket),
                ("S", entry.new_smic),
            )
            if changed
        )
        cells = (
            entry.label,
            str(entry.contract_year),
            str(entry.age),
            str(entry.percent_of_smic),
            str(entry.smic_monthly),
            str(entry.base),
            str(entry.monthly_gross),
            "" if entry.net_estimate is None else str(entry.net_estimate),
        )
        lines.append(" ".join(f"{cell:>12}" for cell in cells) + (f"  {marks}" if marks else ""))
    lines.append(
        "Y = nouvelle année de contrat, A = nouvelle tranche d'âge, S = nouveau SMIC"
        if fr
        else "Y = new contract year, A = new age bracket, S = new SMIC"
    )
    return lines


def _internship_table(result: InternshipSimulation, lang: str) -> list[str]:
    fr = lang == "fr"
    due = ("oui" if result.due else "non") if fr else ("yes" if result.due else "no")
    lines = [
        (f"Gratification due : {due}" if fr else f"Gratification due: {due}"),
        (
            f"Présence : {result.presence_days} jours, {result.presence_hours} heures"
            if fr
            else f"Presence: {result.presence_days} days, {result.presence_hours} hours"
        ),
        (
            f"Taux horaire minimum au début : {result.hourly_rate} €"
            if fr
            else f"Minimum hourly rate at the start: €{result.hourly_rate}"
        ),
    ]
    header = ("mois", "jours", "heures", "€/h", "brut") if fr else ("month", "days", "hours", "€/h", "gross")
    lines.append(" ".join(f"{h:>10}" for h in header))
    for month in result.months:
        cells = (month.label, str(month.days), str(month.hours), str(month.hourly_rate), str(month.gross))
        lines.append(" ".join(f"{cell:>10}" for cell in cells))
    lines.append(f"{'Total':>10} {'':>10} {result.presence_hours!s:>10} {'':>10} {result.total_gross!s:>10}")
    return lines
