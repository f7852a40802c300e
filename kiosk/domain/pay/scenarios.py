"""What the pay simulator screen asks of the rules: one visitor, one or more contracts, compared.

The screen gathers a :class:`Scenario` and shows a :class:`ScenarioResult`; every figure comes from
the contract modules. Successive apprenticeship contracts (an M1 then its M2) are chained here: the
second is paid at least the last rate of the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar

from kiosk.domain.pay.apprenticeship import apprenticeship_end, simulate_apprenticeship
from kiosk.domain.pay.calendar import add_months
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.internship import simulate_internship
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.professionalisation import simulate_professionalisation
from kiosk.domain.pay.schedule import ContractSimulation, Source

T = TypeVar("T")

SIMULATED_CONTRACTS = ("apprenticeship", "professionalisation", "internship")
#: An internship lasts at most six months per academic year in one host (Code de l'éducation L124-5).
INTERNSHIP_MAX_MONTHS = 6


@dataclass(frozen=True)
class Scenario:
    """Everything the visitor told the simulator."""

    contract: str
    birth_date: date
    start: date
    contract_years: tuple[int, ...] = (1,)
    months: int = 12
    employer: str = "private"
    qualified: bool = False
    agreement_minimum: Decimal | None = None
    exception: str | None = None
    internship_end: date | None = None
    hours_per_day: Decimal = Decimal(7)
    days_per_week: int = 5

    @property
    def length_months(self) -> int:
        """The length in months of the contract as asked (apprenticeship: all successive contracts)."""
        if self.contract == "apprenticeship":
            return 12 * sum(self.contract_years)
        if self.contract == "professionalisation":
            return self.months
        end = self.internship_end or self.start
        return (end.year - self.start.year) * 12 + end.month - self.start.month + 1


@dataclass(frozen=True)
class MonthFigure:
    """One month of a result, whatever the contract. ``changes`` name what is new this month:
    ``contract`` (a new successive contract), ``year`` (contract year), ``age`` (age bracket),
    ``smic`` (a new SMIC)."""

    year: int
    month: int
    gross: Decimal
    percent_of_smic: Decimal | None = None
    smic_monthly: Decimal | None = None
    base: Decimal | None = None
    base_from_agreement: bool = False
    contract_year: int | None = None
    contract_index: int = 0
    age: int | None = None
    hours: Decimal | None = None
    hourly_rate: Decimal | None = None
    net_estimate: Decimal | None = None
    changes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class ScenarioResult:
    """A contract's minimum pay for the scenario, or the plain reason there is none."""

    contract: str
    months: tuple[MonthFigure, ...] = ()
    warnings: tuple[PayMessage, ...] = ()
    notes: tuple[PayMessage, ...] = ()
    sources: tuple[Source, ...] = ()
    refusal: PayMessage | None = None
    due: bool = True

    @property
    def ok(self) -> bool:
        return self.refusal is None

    def note(self, code: str) -> PayMessage | None:
        """The note of that code (``internship_not_due``…), if the rules gave one."""
        return next((note for note in self.notes if note.code == code), None)

    @property
    def total_gross(self) -> Decimal:
        return sum((m.gross for m in self.months), Decimal(0))

    @property
    def first_month(self) -> MonthFigure | None:
        return self.months[0] if self.months else None

    def month_on(self, day: date) -> MonthFigure | None:
        """The month containing ``day``, or the first month when the contract has not started."""
        for figure in self.months:
            if (figure.year, figure.month) == (day.year, day.month):
                return figure
        return self.first_month


def _contract_months(simulation: ContractSimulation, index: int) -> list[MonthFigure]:
    figures = []
    for position, entry in enumerate(simulation.schedule):
        changes = []
        if index > 0 and position == 0:
            changes.append("contract")
        if entry.new_contract_year:
            changes.append("year")
        if entry.new_age_bracket:
            changes.append("age")
        if entry.new_smic:
            changes.append("smic")
        figures.append(
            MonthFigure(
                year=entry.year,
                month=entry.month,
                gross=entry.monthly_gross,
                percent_of_smic=entry.percent_of_smic,
                smic_monthly=entry.smic_monthly,
                base=entry.base,
                base_from_agreement=entry.base_from_agreement,
                contract_year=entry.contract_year,
                contract_index=index,
                age=entry.age,
                net_estimate=entry.net_estimate,
                changes=tuple(changes),
            )
        )
    return figures


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    """``items`` without repeats, in their first order (successive contracts share sources)."""
    return tuple(dict.fromkeys(items))


def _apprenticeship(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    months: list[MonthFigure] = []
    warnings: list[PayMessage] = []
    notes: list[PayMessage] = []
    sources: list[Source] = []
    start = scenario.start
    previous_rate: Decimal | None = None
    for index, years in enumerate(scenario.contract_years):
        simulation = simulate_apprenticeship(
            figures,
            birth_date=scenario.birth_date,
            start=start,
            years=years,
            employer=scenario.employer,
            agreement_minimum=scenario.agreement_minimum,
            previous_rate=previous_rate,
            exception=scenario.exception,
        )
        months.extend(_contract_months(simulation, index))
        warnings.extend(simulation.warnings)
        notes.extend(simulation.notes)
        sources.extend(simulation.sources)
        previous_rate = simulation.schedule[-1].percent_of_smic
        start = apprenticeship_end(start, years) + timedelta(days=1)
    # Each successive contract repeats warnings such as "SMIC not known yet from <date>": the
    # first one (the earliest date) already says it for the contracts that follow.
    first_of_each: dict[str, PayMessage] = {}
    for warning in warnings:
        first_of_each.setdefault(warning.code, warning)
    return ScenarioResult(
        "apprenticeship", tuple(months), tuple(first_of_each.values()), _unique(notes), _unique(sources)
    )


def _professionalisation(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    simulation = simulate_professionalisation(
        figures,
        birth_date=scenario.birth_date,
        start=scenario.start,
        months=scenario.months,
        qualified=scenario.qualified,
        agreement_minimum=scenario.agreement_minimum,
        employer=scenario.employer,
    )
    return ScenarioResult(
        "professionalisation",
        tuple(_contract_months(simulation, 0)),
        simulation.warnings,
        simulation.notes,
        simulation.sources,
    )


def _internship(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    end = scenario.internship_end or scenario.start
    simulation = simulate_internship(
        figures,
        start=scenario.start,
        end=end,
        hours_per_day=scenario.hours_per_day,
        days_per_week=scenario.days_per_week,
    )
    months = tuple(
        MonthFigure(
            year=m.year,
            month=m.month,
            gross=m.gross,
            hours=m.hours,
            hourly_rate=m.hourly_rate,
            net_estimate=m.gross,
        )
        for m in simulation.months
    )
    return ScenarioResult(
        "internship", months, simulation.warnings, simulation.notes, simulation.sources, due=simulation.due
    )


def run_scenario(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    """The scenario's result; a refusal (too old, public employer…) comes back as a plain sentence."""
    runners = {
        "apprenticeship": _apprenticeship,
        "professionalisation": _professionalisation,
        "internship": _internship,
    }
    if scenario.contract not in runners:
        return ScenarioResult(scenario.contract, refusal=PayMessage.of("unknown_contract", contract=scenario.contract))
    try:
        return runners[scenario.contract](figures, scenario)
    except PayInputError as error:
        return ScenarioResult(scenario.contract, refusal=error.message)


def comparable_scenarios(scenario: Scenario) -> tuple[Scenario, ...]:
    """The same visitor, start and length under each contract with a legal minimum.

    Apprenticeship keeps the scenario's successive contracts; professionalisation runs for the same
    number of months (36 at most, its legal maximum); an internship lasts at most six months.
    """
    length = max(1, scenario.length_months)
    years = scenario.contract_years if scenario.contract == "apprenticeship" else (max(1, min(3, round(length / 12))),)
    internship_months = min(length, INTERNSHIP_MAX_MONTHS)
    internship_end = scenario.internship_end if scenario.contract == "internship" else None
    if internship_end is None:
        internship_end = add_months(scenario.start, internship_months) - timedelta(days=1)
    return (
        replace(scenario, contract="apprenticeship", contract_years=years),
        replace(scenario, contract="professionalisation", months=max(6, min(36, length))),
        replace(scenario, contract="internship", internship_end=internship_end),
    )


def compare(figures: LegalFigures, scenario: Scenario) -> tuple[ScenarioResult, ...]:
    """Apprenticeship, professionalisation and internship side by side for the same visitor."""
    return tuple(run_scenario(figures, s) for s in comparable_scenarios(scenario))
