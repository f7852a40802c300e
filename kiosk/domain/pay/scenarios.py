"""One visitor, one or more contracts, compared: the one entry the screen, the CLI and the self-test use.

A :class:`Scenario` is everything a visitor (or a command line) said; :func:`run_scenario` turns it
into a :class:`ScenarioResult` whose figures all come from the contract modules. Successive
apprenticeship contracts (an M1 then its M2) are chained here: each later contract continues the
training cycle (D6222-28-1) and is paid at least the last rate of the one before (D6222-29).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.apprenticeship import apprenticeship_end, simulate_apprenticeship
from kiosk.domain.pay.calendar import last_day_of_month
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.inputs import (
    APPRENTICESHIP,
    DEFAULT_BIRTH_MONTH,
    INTERNSHIP,
    PROFESSIONALISATION,
    default_start,
    offered_birth_years,
)
from kiosk.domain.pay.internship import InternshipSimulation, simulate_internship
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.professionalisation import professionalisation_end, simulate_professionalisation
from kiosk.domain.pay.schedule import ContractSimulation, ContractTerms, Employer, MonthPart, Source, prorated

T = TypeVar("T")


@dataclass(frozen=True)
class Scenario:
    """Everything the visitor told the simulator.

    ``contract_years`` lists successive apprenticeship contracts, in years; the first starts in year
    ``shortened_years + 1`` of its training cycle, each later one where the one before ended.
    ``qualified`` None means the diploma question is not answered: both minimums are computed.
    ``signed_on`` (default: the start) is when the first contract was signed.
    """

    contract: str
    birth_date: date
    start: date
    contract_years: tuple[int, ...] = (1,)
    shortened_years: int = 0
    previous_rate: Decimal | None = None
    months: int = PROFESSIONALISATION.months.default
    employer: str = Employer.PRIVATE
    qualified: bool | None = False
    agreement_minimum: Decimal | None = None
    exception: str | None = None
    after_college: bool = False
    signed_on: date | None = None
    internship_end: date | None = None
    hours_per_day: Decimal = INTERNSHIP.default_hours_per_day
    days_per_week: int = INTERNSHIP.days_per_week.default

    @property
    def end(self) -> date:
        """The last day of the contract as asked (apprenticeship: of the last successive contract)."""
        if self.contract == ContractKind.APPRENTICESHIP:
            return apprenticeship_end(self.start, sum(self.contract_years))
        if self.contract == ContractKind.PROFESSIONALISATION:
            return professionalisation_end(self.start, self.months)
        return self.internship_end or self.start

    @property
    def length_months(self) -> int:
        """The length asked, in months (an internship: the calendar months it touches)."""
        if self.contract == ContractKind.APPRENTICESHIP:
            return 12 * sum(self.contract_years)
        if self.contract == ContractKind.PROFESSIONALISATION:
            return self.months
        end = self.end
        return (end.year - self.start.year) * 12 + end.month - self.start.month + 1


@dataclass(frozen=True)
class MonthFigure:
    """One month of a result, whatever the contract.

    ``gross`` is the full-month minimum in force on the month's last day within the contract (an
    internship: the month's gratification); ``due`` what is due for the days covered (``parts`` give
    each rate of a month where the contract year changes). ``changes`` name what is new this month:
    ``contract`` (a new successive contract), ``year`` (contract year), ``age`` (age bracket),
    ``smic`` (a new SMIC).
    """

    year: int
    month: int
    gross: Decimal
    due: Decimal
    first_day: date | None = None
    last_day: date | None = None
    parts: tuple[MonthPart, ...] = ()
    percent_of_smic: Decimal | None = None
    smic_hourly: Decimal | None = None
    smic_monthly: Decimal | None = None
    smic_extrapolated: bool = False
    base: Decimal | None = None
    base_from_agreement: bool = False
    contract_year: int | None = None
    contract_index: int = 0
    age: int | None = None
    bracket_age: int | None = None
    days: int | None = None
    hours: Decimal | None = None
    hourly_rate: Decimal | None = None
    net_threshold: Decimal | None = None
    net_estimate: Decimal | None = None
    changes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def days_in_month(self) -> int:
        return last_day_of_month(self.year, self.month).day

    @property
    def days_covered(self) -> int:
        """The days of the month within the contract (every day for an internship's month)."""
        if self.first_day is None or self.last_day is None:
            return self.days_in_month
        return (self.last_day - self.first_day).days + 1

    @property
    def partial(self) -> bool:
        return self.days_covered < self.days_in_month

    def due_between(self, first: date, last: date) -> Decimal:
        """What is due for the days of this month from ``first`` to ``last`` (calendar days)."""
        if not self.parts:
            return self.due
        total = Decimal("0.00")
        for part in self.parts:
            days = (min(last, part.last_day) - max(first, part.first_day)).days + 1
            if days == part.days:
                total += part.due_gross
            elif days > 0:
                total += prorated(part.monthly_gross, days, self.days_in_month)
        return total


@dataclass(frozen=True)
class ScenarioResult:
    """A contract's minimum pay for the scenario, or the plain reason there is none.

    ``contracts`` are the terms of each successive contract; ``internship`` the presence of an
    internship; ``alternative`` the professionalisation minimum with the diploma when the question
    was not answered (the result itself is without it).
    """

    contract: str
    months: tuple[MonthFigure, ...] = ()
    warnings: tuple[PayMessage, ...] = ()
    notes: tuple[PayMessage, ...] = ()
    sources: tuple[Source, ...] = ()
    refusal: PayMessage | None = None
    due: bool = True
    contracts: tuple[ContractTerms, ...] = ()
    internship: InternshipSimulation | None = None
    alternative: ScenarioResult | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None

    def note(self, code: str) -> PayMessage | None:
        """The note of that code (``internship_not_due``…), if the rules gave one."""
        return next((note for note in self.notes if note.code == code), None)

    @property
    def total_due(self) -> Decimal:
        """What is due over the whole contract: the sum of each month's due, never full months."""
        return sum((m.due for m in self.months), Decimal("0.00"))

    def total_between(self, first: date, last: date) -> Decimal:
        """What is due for the days from ``first`` to ``last``."""
        return sum((m.due_between(first, last) for m in self.months), Decimal("0.00"))

    @property
    def first_month(self) -> MonthFigure | None:
        return self.months[0] if self.months else None

    @property
    def has_partial_month(self) -> bool:
        return any(m.partial for m in self.months)

    def month_on(self, day: date) -> MonthFigure | None:
        """The month containing ``day``, or the first month when the contract has not started."""
        for figure in self.months:
            if (figure.year, figure.month) == (day.year, day.month):
                return figure
        return self.first_month

    def headline_month(self, day: date) -> MonthFigure | None:
        """The month to show as "the pay per month" on ``day``: :meth:`month_on`, or the next month the
        contract covers in full when that one is covered in part (its due would understate the pay)."""
        month = self.month_on(day)
        if month is None or not month.partial:
            return month
        following = self.months[self.months.index(month) + 1 :]
        return next((figure for figure in following if not figure.partial), month)


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
                due=entry.due_gross,
                first_day=entry.first_day,
                last_day=entry.reference_day,
                parts=entry.parts,
                percent_of_smic=entry.percent_of_smic,
                smic_hourly=entry.smic.hourly,
                smic_monthly=entry.smic_monthly,
                smic_extrapolated=entry.smic_extrapolated,
                base=entry.base,
                base_from_agreement=entry.base_from_agreement,
                contract_year=entry.contract_year,
                contract_index=index,
                age=entry.age,
                bracket_age=entry.bracket_age,
                net_threshold=entry.net_threshold,
                net_estimate=entry.net_estimate,
                changes=tuple(changes),
            )
        )
    return figures


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    """``items`` without repeats, in their first order (successive contracts share sources)."""
    return tuple(dict.fromkeys(items))


def _first_of_each_code(messages: Iterable[PayMessage]) -> tuple[PayMessage, ...]:
    """One message per code, the first: successive contracts repeat warnings such as "SMIC not known
    yet from <date>", and the earliest says it for those that follow."""
    first: dict[str, PayMessage] = {}
    for message in messages:
        first.setdefault(message.code, message)
    return tuple(first.values())


def _apprenticeship(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    months: list[MonthFigure] = []
    simulations: list[ContractSimulation] = []
    start = scenario.start
    previous_rate = scenario.previous_rate
    done = scenario.shortened_years
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
            after_college=scenario.after_college,
            shortened_years=done,
            signed_on=scenario.signed_on if index == 0 else None,
        )
        simulations.append(simulation)
        months.extend(_contract_months(simulation, index))
        previous_rate = simulation.schedule[-1].percent_of_smic
        done += years
        start = apprenticeship_end(start, years) + timedelta(days=1)
    return ScenarioResult(
        ContractKind.APPRENTICESHIP,
        tuple(months),
        _first_of_each_code(w for s in simulations for w in s.warnings),
        _first_of_each_code(n for s in simulations for n in s.notes),
        _unique(source for s in simulations for source in s.sources),
        contracts=tuple(s.contract for s in simulations),
    )


def _professionalisation(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    simulation = simulate_professionalisation(
        figures,
        birth_date=scenario.birth_date,
        start=scenario.start,
        months=scenario.months,
        qualified=bool(scenario.qualified),
        agreement_minimum=scenario.agreement_minimum,
        employer=scenario.employer,
    )
    alternative = None
    notes = simulation.notes
    if scenario.qualified is None:
        alternative = _professionalisation(figures, replace(scenario, qualified=True))
        notes = (*notes, PayMessage.of("qualification_unknown"))
    return ScenarioResult(
        ContractKind.PROFESSIONALISATION,
        tuple(_contract_months(simulation, 0)),
        simulation.warnings,
        notes,
        simulation.sources,
        contracts=(simulation.contract,),
        alternative=alternative,
    )


def _internship(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    simulation = simulate_internship(
        figures,
        start=scenario.start,
        end=scenario.end,
        hours_per_day=scenario.hours_per_day,
        days_per_week=scenario.days_per_week,
    )
    months = tuple(
        MonthFigure(
            year=m.year,
            month=m.month,
            gross=m.gross,
            due=m.gross,
            days=m.days,
            hours=m.hours,
            hourly_rate=m.hourly_rate,
            net_estimate=m.gross,
        )
        for m in simulation.months
    )
    return ScenarioResult(
        ContractKind.INTERNSHIP,
        months,
        simulation.warnings,
        simulation.notes,
        simulation.sources,
        due=simulation.due,
        internship=simulation,
    )


_RUNNERS: dict[str, Callable[[LegalFigures, Scenario], ScenarioResult]] = {
    ContractKind.APPRENTICESHIP: _apprenticeship,
    ContractKind.PROFESSIONALISATION: _professionalisation,
    ContractKind.INTERNSHIP: _internship,
}


def run_scenario(figures: LegalFigures, scenario: Scenario) -> ScenarioResult:
    """The scenario's result; a refusal (too old, public employer…) comes back as a plain sentence."""
    runner = _RUNNERS.get(scenario.contract)
    if runner is None:
        return ScenarioResult(scenario.contract, refusal=PayMessage.of("unknown_contract", contract=scenario.contract))
    try:
        return runner(figures, scenario)
    except PayInputError as error:
        return ScenarioResult(scenario.contract, refusal=error.message)


def default_scenario(contract: str, today: date) -> Scenario:
    """What the simulator shows before the visitor answers anything (and what the self-test runs):
    a 21-year-old born in June, from the next September, the usual length of each contract."""
    start = default_start(today)
    birth = date(offered_birth_years(today).default, DEFAULT_BIRTH_MONTH, 15)
    return Scenario(
        contract=contract,
        birth_date=birth,
        start=start,
        qualified=None if contract == ContractKind.PROFESSIONALISATION else False,
        internship_end=INTERNSHIP.default_end(start),
    )


@dataclass(frozen=True)
class SignatureChoice:
    """One answer to "when was the contract signed?": a day within a net-estimate period, and its label.

    ``signed_on`` None is the rules in force on the first day of the contract: the default of the rules
    (signed on the start), which follows the start when the visitor moves it.
    """

    signed_on: date | None
    label: PayMessage


#: How a scenario is run on the figures at hand: :func:`run_scenario`, or :meth:`ScenarioRuns.run`.
Runner = Callable[[Scenario], ScenarioResult]


def signature_choices(
    figures: LegalFigures, scenario: Scenario, run: Runner | None = None
) -> tuple[SignatureChoice, ...]:
    """The answers worth asking about the date of signature: none unless the net estimate of the
    scenario differs between the contribution rules a contract starting then may fall under
    (``run``: how a scenario is run, :class:`ScenarioRuns` to run each once)."""
    if scenario.contract != ContractKind.APPRENTICESHIP:
        return ()
    run = run or (lambda s: run_scenario(figures, s))
    periods = figures.net_estimate.periods_until(scenario.start)
    choices = []
    for index, period in enumerate(periods):
        if index + 1 < len(periods):
            following = periods[index + 1].signed_from
            choices.append(
                SignatureChoice(following - timedelta(days=1), PayMessage.of("signed_before", day=following))
            )
        else:
            choices.append(SignatureChoice(None, PayMessage.of("signed_from", day=period.signed_from)))
    nets = {
        tuple(m.net_estimate for m in run(replace(scenario, signed_on=choice.signed_on)).months) for choice in choices
    }
    return tuple(choices) if len(nets) > 1 else ()


@dataclass(frozen=True)
class Comparison:
    """The same visitor under each contract with a legal minimum, totalled over the same days.

    ``first_day``..``last_day`` is the period every contract of the comparison covers (an internship
    lasts six months at most, so it is usually that internship's).
    """

    results: tuple[ScenarioResult, ...]
    first_day: date
    last_day: date

    def total_over_period(self, result: ScenarioResult) -> Decimal:
        return result.total_between(self.first_day, self.last_day)


def comparable_scenarios(scenario: Scenario) -> tuple[Scenario, ...]:
    """The same visitor, start and length under each contract with a legal minimum.

    Apprenticeship keeps the scenario's successive contracts (or the years closest to its length);
    professionalisation runs for the same number of months within its limits; an internship lasts at
    most six months (L124-5).
    """
    length = max(1, scenario.length_months)
    years = scenario.contract_years
    if scenario.contract != ContractKind.APPRENTICESHIP:
        offered = APPRENTICESHIP.years
        years = (max(offered.minimum, min(offered.maximum, round(length / 12))),)
    limits = PROFESSIONALISATION.months
    internship_end = scenario.end
    if scenario.contract != ContractKind.INTERNSHIP:
        internship_end = min(internship_end, INTERNSHIP.default_end(scenario.start))
    return (
        replace(scenario, contract=ContractKind.APPRENTICESHIP, contract_years=years),
        replace(
            scenario, contract=ContractKind.PROFESSIONALISATION, months=max(limits.minimum, min(limits.maximum, length))
        ),
        replace(scenario, contract=ContractKind.INTERNSHIP, internship_end=internship_end),
    )


def compare(figures: LegalFigures, scenario: Scenario, run: Runner | None = None) -> Comparison:
    """Apprenticeship, professionalisation and internship side by side for the same visitor, with the
    period they all cover (from the start to the earliest end)."""
    scenarios = comparable_scenarios(scenario)
    run = run or (lambda s: run_scenario(figures, s))
    return Comparison(
        tuple(run(s) for s in scenarios),
        scenario.start,
        min(s.end for s in scenarios),
    )


class ScenarioRuns:
    """:func:`run_scenario`, :func:`compare` and :func:`signature_choices` on ``figures``, each scenario
    run once: a tap on the simulator runs the scenario shown, the other contracts' and the scenario
    under each rule of signature, most of them the same as at the tap before. The ``size`` latest
    scenarios are kept (the results are immutable, and a scenario's result depends on it alone)."""

    def __init__(self, figures: LegalFigures, size: int = 64) -> None:
        self.figures = figures
        self._size = size
        self._results: dict[Scenario, ScenarioResult] = {}

    def run(self, scenario: Scenario) -> ScenarioResult:
        result = self._results.pop(scenario, None)
        if result is None:
            result = run_scenario(self.figures, scenario)
            if len(self._results) >= self._size:
                del self._results[next(iter(self._results))]  # the least recently used
        self._results[scenario] = result
        return result

    def compare(self, scenario: Scenario) -> Comparison:
        return compare(self.figures, scenario, self.run)

    def signature_choices(self, scenario: Scenario) -> tuple[SignatureChoice, ...]:
        return signature_choices(self.figures, scenario, self.run)
