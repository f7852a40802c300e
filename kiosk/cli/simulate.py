"""``simulate``: the legal minimum pay of an apprenticeship, a professionalisation contract, an
internship, or why there is none for a training contract, as JSON or a text table.

Every simulation goes through :func:`kiosk.domain.pay.scenarios.run_scenario`, as on the screen (so
that successive contracts chain the same way), and every limit in the help comes from
:mod:`kiosk.domain.pay.inputs`.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.cli import CliContext, UsageError, choice, language, print_json
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.inputs import APPRENTICESHIP, INTERNSHIP, PROFESSIONALISATION
from kiosk.domain.pay.scenarios import MonthFigure, Scenario, ScenarioResult, run_scenario
from kiosk.domain.pay.schedule import ContractTerms, Employer
from kiosk.domain.pay.training import training_contract_info
from kiosk.domain.presets import ContractYears, contract_years_for

EMPLOYERS = tuple(employer.value for employer in Employer)
EXCEPTIONS = tuple(kind.value for kind in APPRENTICESHIP.exceptions)


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

    years, cycle = APPRENTICESHIP.years, APPRENTICESHIP.cycle_year
    appr = kinds.add_parser("apprenticeship", help="apprenticeship contract (contrat d'apprentissage)")
    appr.add_argument("--birth-date", type=_date, required=True, metavar="YYYY-MM-DD")
    appr.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    appr.add_argument(
        "--years",
        type=int,
        nargs="+",
        metavar="N",
        help=(
            f"length in years, {years.minimum} to {years.maximum}; several for successive contracts, each "
            "continuing the training cycle (M1 then M2: --years 1 1); required unless --programme is given"
        ),
    )
    appr.add_argument(
        "--shortened-years",
        type=int,
        metavar="N",
        help=f"years of the training cycle done before the contract, 0 to {cycle.maximum - 1} (D6222-28-1)",
    )
    appr.add_argument(
        "--programme",
        metavar="ID",
        help="set --years and --shortened-years from this programme of the catalogue (explicit options win)",
    )
    appr.add_argument(
        "--signed",
        type=_date,
        metavar="YYYY-MM-DD",
        help="date the contract was signed: it sets the net estimate's contributions (default: the start)",
    )
    appr.add_argument("--employer", type=choice(EMPLOYERS, "employer"), default="private", help="private or public")
    appr.add_argument("--agreement-minimum", type=_decimal, metavar="EUR", help="collective-agreement minimum")
    appr.add_argument(
        "--previous-rate",
        type=_decimal,
        metavar="PERCENT",
        help="rate of the last year of a previous contract that led to its diploma (%% of the SMIC, D6222-29)",
    )
    appr.add_argument(
        "--exception",
        type=choice(EXCEPTIONS, "exception"),
        metavar="KIND",
        help=f"age-limit exception after {APPRENTICESHIP.max_age}: {', '.join(EXCEPTIONS)}",
    )
    appr.add_argument(
        "--after-college",
        action="store_true",
        help=f"{APPRENTICESHIP.min_age_after_college} years old, collège finished",
    )
    _common(appr)

    months = PROFESSIONALISATION.months
    prof = kinds.add_parser("professionalisation", help="professionalisation contract")
    prof.add_argument("--birth-date", type=_date, required=True, metavar="YYYY-MM-DD")
    prof.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    prof.add_argument(
        "--months", type=int, required=True, metavar="N", help=f"length: {months.minimum} to {months.maximum} months"
    )
    prof.add_argument(
        "--qualified",
        action="store_true",
        help="holds a professional or technological bac or a vocational diploma of that level (without: none)",
    )
    prof.add_argument("--agreement-minimum", type=_decimal, metavar="EUR", help="collective-agreement minimum")
    prof.add_argument("--employer", type=choice(EMPLOYERS, "employer"), default="private", help="private or public")
    _common(prof)

    days = INTERNSHIP.days_per_week
    intern = kinds.add_parser("internship", help="internship agreement (convention de stage)")
    intern.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    intern.add_argument("--end", type=_date, required=True, metavar="YYYY-MM-DD")
    intern.add_argument("--hours-per-day", type=_decimal, required=True, metavar="H")
    intern.add_argument(
        "--days-per-week",
        type=int,
        default=days.default,
        metavar="D",
        help=f"{days.minimum} to {days.maximum} (default {days.default})",
    )
    _common(intern)

    training = kinds.add_parser("training", help="training contract: no legal scale")
    _common(training)


def _contract_years(args: argparse.Namespace, ctx: CliContext) -> ContractYears:
    """``--years`` and ``--shortened-years``, filled from ``--programme`` where not given."""
    preset = ContractYears()
    if args.programme is not None:
        programme = ctx.catalogue().programme(args.programme)
        if programme is None:
            raise UsageError(f"unknown programme {args.programme!r}; `programmes --json` lists the ids")
        preset = contract_years_for(ctx.catalogue(), programme)
    elif args.years is None:
        raise UsageError("give --years N (or --programme ID to take them from the catalogue)")
    return ContractYears(
        tuple(args.years) if args.years is not None else preset.contract_years,
        args.shortened_years if args.shortened_years is not None else preset.shortened_years,
        preset.reason if args.years is None and args.shortened_years is None else None,
    )


def scenario_from(args: argparse.Namespace, ctx: CliContext) -> tuple[Scenario, ContractYears | None]:
    """The scenario the options describe (and, for an apprenticeship, where its years come from)."""
    if args.contract == ContractKind.APPRENTICESHIP:
        years = _contract_years(args, ctx)
        scenario = Scenario(
            ContractKind.APPRENTICESHIP,
            args.birth_date,
            args.start,
            contract_years=years.contract_years,
            shortened_years=years.shortened_years,
            previous_rate=args.previous_rate,
            employer=args.employer,
            agreement_minimum=args.agreement_minimum,
            exception=args.exception,
            after_college=args.after_college,
            signed_on=args.signed,
        )
        return scenario, years
    if args.contract == ContractKind.PROFESSIONALISATION:
        return Scenario(
            ContractKind.PROFESSIONALISATION,
            args.birth_date,
            args.start,
            months=args.months,
            qualified=args.qualified,
            agreement_minimum=args.agreement_minimum,
            employer=args.employer,
        ), None
    return Scenario(
        ContractKind.INTERNSHIP,
        args.start,
        args.start,
        internship_end=args.end,
        hours_per_day=args.hours_per_day,
        days_per_week=args.days_per_week,
    ), None


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    lang: str = args.lang
    if args.contract == ContractKind.TRAINING:
        _print(args, training_json(lang), None)
        return 0
    scenario, years = scenario_from(args, ctx)
    result = run_scenario(ctx.legal_figures(), scenario)
    if result.refusal is not None:
        raise UsageError(result.refusal.text(lang))
    if result.internship is not None:
        _print(args, internship_json(result, lang), _internship_table(result, lang))
    else:
        data = contract_json(result, lang)
        if years is not None:
            data["programme"] = args.programme
            data["preset"] = None if years.reason is None else years.reason.text(lang)
        # The programme's reason says why the contract is shorter than the cycle: the rule's own
        # note would say it again below it (the JSON keeps both).
        repeated = (
            {n.text(lang) for n in result.notes if n.code == "shortened_contract"} if data.get("preset") else set()
        )
        _print(args, data, _contract_table(result, lang), repeated)
    return 0


def _money(amount: Decimal) -> float:
    """A JSON number rounded to the cent (the Decimal is already rounded; its float prints alike)."""
    return float(amount.quantize(Decimal("0.01")))


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def terms_json(terms: ContractTerms) -> dict[str, Any]:
    contract: dict[str, Any] = {
        "type": terms.kind.value,
        "birth_date": terms.birth_date.isoformat(),
        "start": terms.start.isoformat(),
        "end": terms.end.isoformat(),
        "employer": terms.employer.value,
        "age_at_start": terms.age_at_start,
        "agreement_minimum_eur": None if terms.agreement_minimum is None else _money(terms.agreement_minimum),
    }
    if terms.kind == ContractKind.APPRENTICESHIP:
        assert terms.signed_on is not None  # the rules default it to the start
        contract.update(
            years=terms.years,
            shortened_years=terms.shortened_years,
            previous_rate=None if terms.previous_rate is None else _number(terms.previous_rate),
            exception=terms.exception,
            after_college=terms.after_college,
            signed_on=terms.signed_on.isoformat(),
        )
    else:
        contract.update(months=terms.months, qualified=terms.qualified)
    return contract


_CHANGES = {"contract": "contract", "year": "contract_year", "age": "age_bracket", "smic": "smic"}


def _month_json(month: MonthFigure) -> dict[str, Any]:
    assert month.percent_of_smic is not None and month.smic_hourly is not None  # a contract's month
    assert month.smic_monthly is not None and month.base is not None
    row: dict[str, Any] = {
        "month": month.label,
        "contract_index": month.contract_index,
        "contract_year": month.contract_year,
        "age": month.age,
        "bracket_age": month.bracket_age,
        "percent_of_smic": _number(month.percent_of_smic),
        "smic_hourly_eur": _money(month.smic_hourly),
        "smic_monthly_eur": _money(month.smic_monthly),
        "base_eur": _money(month.base),
        "monthly_gross_eur": _money(month.gross),
        "days_covered": month.days_covered,
        "days_in_month": month.days_in_month,
        "due_gross_eur": _money(month.due),
        "parts": [
            {
                "from": part.first_day.isoformat(),
                "to": part.last_day.isoformat(),
                "days": part.days,
                "contract_year": part.contract_year,
                "percent_of_smic": _number(part.percent_of_smic),
                "monthly_gross_eur": _money(part.monthly_gross),
                "due_gross_eur": _money(part.due_gross),
            }
            for part in month.parts
        ],
    }
    if month.net_estimate is not None and month.net_threshold is not None:
        row["net_exempt_threshold_eur"] = _money(month.net_threshold)
        row["net_estimate_eur"] = _money(month.net_estimate)
    row["smic_extrapolated"] = month.smic_extrapolated
    row["changes"] = [_CHANGES[change] for change in month.changes]
    return row


def contract_json(result: ScenarioResult, lang: str) -> dict[str, Any]:
    """An apprenticeship (one or successive contracts) or a professionalisation contract."""
    contracts = [terms_json(terms) for terms in result.contracts]
    return {
        "contract": contracts[0],
        "contracts": contracts,
        "schedule": [_month_json(month) for month in result.months],
        "total_due_gross_eur": _money(result.total_due),
        "warnings": [message.text(lang) for message in result.warnings],
        "notes": [message.text(lang) for message in result.notes],
        "sources": [source.text(lang) for source in result.sources],
    }


def internship_json(result: ScenarioResult, lang: str) -> dict[str, Any]:
    internship = result.internship
    assert internship is not None
    return {
        "contract": {
            "type": ContractKind.INTERNSHIP.value,
            "start": internship.start.isoformat(),
            "end": internship.end.isoformat(),
            "hours_per_day": _number(internship.hours_per_day),
            "days_per_week": internship.days_per_week,
        },
        "due": internship.due,
        "presence_hours": _number(internship.presence_hours),
        "presence_days": internship.presence_days,
        "hourly_rate_eur": _money(internship.hourly_rate),
        "total_gross_eur": _money(internship.total_gross),
        "months": [
            {
                "month": month.label,
                "days": month.days,
                "hours": _number(month.hours),
                "hourly_rate_eur": _money(month.hourly_rate),
                "gross_eur": _money(month.gross),
            }
            for month in internship.months
        ],
        "warnings": [message.text(lang) for message in result.warnings],
        "notes": [message.text(lang) for message in result.notes],
        "sources": [source.text(lang) for source in result.sources],
    }


def training_json(lang: str) -> dict[str, Any]:
    info = training_contract_info()
    return {
        "contract": {"type": ContractKind.TRAINING.value},
        "legal_scale": False,
        "summary": info.summary_text(lang),
        "depends_on": list(info.depends_on_texts(lang)),
        "sources": [source.text(lang) for source in info.sources],
    }


def _print(
    args: argparse.Namespace, data: dict[str, Any], table: list[str] | None, repeated: set[str] | None = None
) -> None:
    if args.json:
        print_json(data)
        return
    lines = table if table is not None else [data["summary"], *(f"- {item}" for item in data["depends_on"])]
    if data.get("preset"):
        lines.append(f"* {data['preset']}")
    for key in ("warnings", "notes"):
        texts = [text for text in data.get(key, []) if text not in (repeated or set())]
        lines.extend(f"! {text}" if key == "warnings" else f"* {text}" for text in texts)
    lines.append("Sources :" if args.lang == "fr" else "Sources:")
    lines.extend(f"  {text}" for text in data["sources"])
    print("\n".join(lines))


def _contract_table(result: ScenarioResult, lang: str) -> list[str]:
    fr = lang == "fr"
    header = (
        ("mois", "année", "âge", "% SMIC", "SMIC mensuel", "base", "brut min.", "jours", "dû", "net estimé")
        if fr
        else ("month", "year", "age", "% SMIC", "monthly SMIC", "base", "min. gross", "days", "due", "est. net")
    )
    lines = [" ".join(f"{h:>12}" for h in header)]
    for month in result.months:
        marks = "".join({"contract": "C", "year": "Y", "age": "A", "smic": "S"}[change] for change in month.changes)
        cells = (
            month.label,
            str(month.contract_year),
            str(month.age),
            str(month.percent_of_smic),
            str(month.smic_monthly),
            str(month.base),
            str(month.gross),
            f"{month.days_covered}/{month.days_in_month}",
            str(month.due),
            "" if month.net_estimate is None else str(month.net_estimate),
        )
        lines.append(" ".join(f"{cell:>12}" for cell in cells) + (f"  {marks}" if marks else ""))
    total = "Total dû" if fr else "Total due"
    lines.append(f"{total} : {result.total_due}" if fr else f"{total}: {result.total_due}")
    lines.append(
        "C = nouveau contrat, Y = nouvelle année de contrat, A = nouvelle tranche d'âge, S = nouveau SMIC"
        if fr
        else "C = new contract, Y = new contract year, A = new age bracket, S = new SMIC"
    )
    return lines


def _internship_table(result: ScenarioResult, lang: str) -> list[str]:
    internship = result.internship
    assert internship is not None
    fr = lang == "fr"
    due = ("oui" if internship.due else "non") if fr else ("yes" if internship.due else "no")
    lines = [
        (f"Gratification due : {due}" if fr else f"Gratification due: {due}"),
        (
            f"Présence : {internship.presence_days} jours, {internship.presence_hours} heures"
            if fr
            else f"Presence: {internship.presence_days} days, {internship.presence_hours} hours"
        ),
        (
            f"Taux horaire minimum au début : {internship.hourly_rate} €"
            if fr
            else f"Minimum hourly rate at the start: €{internship.hourly_rate}"
        ),
    ]
    header = ("mois", "jours", "heures", "€/h", "brut") if fr else ("month", "days", "hours", "€/h", "gross")
    lines.append(" ".join(f"{h:>10}" for h in header))
    for month in internship.months:
        cells = (month.label, str(month.days), str(month.hours), str(month.hourly_rate), str(month.gross))
        lines.append(" ".join(f"{cell:>10}" for cell in cells))
    lines.append(f"{'Total':>10} {'':>10} {internship.presence_hours!s:>10} {'':>10} {internship.total_gross!s:>10}")
    return lines
