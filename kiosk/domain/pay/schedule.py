"""Month-by-month schedule shared by the apprenticeship and professionalisation rules.

One entry per calendar month the contract touches. The age bracket of the first month is the one of
the age on the first day of the contract (D6222-26 sets the percentage by age); later, a birthday
moves the bracket on the 1st of the following month (D6222-31 for apprentices, D6325-16 for
professionalisation), i.e. the bracket of a month is the one of the age reached on the last day of
the previous month. Contract years change on the anniversary of the start (D6222-26), which may fall
in the middle of a month: the month is then split into parts, each at its own rate.

Each entry keeps the full-month minimum in force on the last day of the month that lies within the
contract (``monthly_gross``) and what is due for the days the contract covers (``due_gross``): each
part's full-month minimum x its days / the days of the month, rounded half-up to the cent, summed.
Totals add what is due, never months the contract does not cover.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import add_years, age_on, last_day_of_month, months_touched
from kiosk.domain.pay.figures import LegalFigures, SmicRate, percent_of, round_cent
from kiosk.domain.pay.messages import PayInputError, PayMessage, format_param


class Employer(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"


def parse_employer(value: str) -> Employer:
    try:
        return Employer(value)
    except ValueError:
        raise PayInputError(PayMessage.of("unknown_employer", employer=value)) from None


@dataclass(frozen=True)
class Source:
    """A legal source of a figure or rule, with its date of effect and when it was last checked
    (``smic_hourly``: the SMIC that instrument set, named before it)."""

    reference: str
    effective: date | None = None
    last_checked: date | None = None
    smic_hourly: Decimal | None = None

    def text(self, lang: str = "fr") -> str:
        fr = lang == "fr"
        parts = []
        if self.effective is not None:
            parts.append(("en vigueur le " if fr else "in force from ") + format_param(self.effective, lang))
        if self.last_checked is not None:
            parts.append(("vérifié le " if fr else "checked ") + format_param(self.last_checked, lang))
        reference = self.reference
        if self.smic_hourly is not None:
            hourly = format_param(self.smic_hourly, lang)
            reference = (f"SMIC {hourly} €/h : " if fr else f"SMIC €{hourly}/h: ") + reference
        return reference + (f" ({', '.join(parts)})" if parts else "")


@dataclass(frozen=True)
class Rate:
    """What one month's rule gives: the bracket, the percentage and the base it applies to."""

    bracket_min_age: int
    percent: Decimal
    base: Decimal
    base_from_agreement: bool


def prorated(full_month: Decimal, days: int, days_in_month: int) -> Decimal:
    """What is due for ``days`` of a month whose full-month amount is ``full_month`` (calendar days)."""
    return round_cent(full_month * days / days_in_month)


@dataclass(frozen=True)
class MonthPart:
    """Consecutive days of one month at one rate (a month splits where the contract year changes)."""

    first_day: date
    last_day: date
    contract_year: int
    percent_of_smic: Decimal
    base: Decimal
    base_from_agreement: bool
    monthly_gross: Decimal
    due_gross: Decimal

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class MonthEntry:
    """One calendar month of a contract.

    ``age`` is the apprentice's real age on ``reference_day`` (the last day of the month within the
    contract); ``bracket_age`` the age that sets the bracket (see the module). The fields of the rate
    (``contract_year``, ``percent_of_smic``, ``base``, ``monthly_gross``) are those in force on
    ``reference_day``; ``parts`` give each rate of the month and ``due_gross`` their sum.
    ``net_threshold`` is the part of the due exempt of employee contributions (prorated like the pay).
    The ``new_*`` flags tell what changed since the previous month (all False for the first month).
    """

    year: int
    month: int
    first_day: date
    reference_day: date
    contract_year: int
    age: int
    bracket_age: int
    bracket_min_age: int
    percent_of_smic: Decimal
    smic: SmicRate
    smic_monthly: Decimal
    base: Decimal
    base_from_agreement: bool
    monthly_gross: Decimal
    due_gross: Decimal
    parts: tuple[MonthPart, ...]
    net_threshold: Decimal | None
    net_estimate: Decimal | None
    smic_extrapolated: bool
    new_contract_year: bool
    new_age_bracket: bool
    new_smic: bool

    @property
    def label(self) -> str:
        """The month as "YYYY-MM"."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def days_covered(self) -> int:
        return (self.reference_day - self.first_day).days + 1

    @property
    def days_in_month(self) -> int:
        return last_day_of_month(self.year, self.month).day

    @property
    def partial(self) -> bool:
        """True when the contract covers only part of the month."""
        return self.days_covered < self.days_in_month


@dataclass(frozen=True)
class ContractTerms:
    """What the simulation was asked, normalised (``end`` = last day of the contract)."""

    kind: ContractKind
    birth_date: date
    start: date
    end: date
    employer: Employer
    age_at_start: int
    agreement_minimum: Decimal | None = None
    years: int | None = None
    months: int | None = None
    previous_rate: Decimal | None = None
    exception: str | None = None
    after_college: bool = False
    shortened_years: int = 0
    qualified: bool = False
    signed_on: date | None = None


@dataclass(frozen=True)
class ContractSimulation:
    """Minimum pay of a work-linked contract, month by month, with its warnings and sources."""

    contract: ContractTerms
    schedule: tuple[MonthEntry, ...]
    warnings: tuple[PayMessage, ...]
    notes: tuple[PayMessage, ...]
    sources: tuple[Source, ...]

    @property
    def total_due(self) -> Decimal:
        return sum((entry.due_gross for entry in self.schedule), Decimal("0.00"))


RateRule = Callable[[int, int, Decimal], Rate]
"""(age for the bracket, contract year, monthly SMIC) -> the month's rate."""


@dataclass(frozen=True)
class NetEstimate:
    """The estimated net of a month: the exempt part of the pay and what remains after contributions."""

    threshold: Decimal
    net: Decimal


NetRule = Callable[[Decimal, Decimal, int, int], NetEstimate]
"""(what is due, monthly SMIC, days covered, days in the month) -> the month's net estimate."""


def contract_year_on(start: date, day: date, years_already_done: int = 0) -> int:
    """Contract year on ``day``: year 2 from the first anniversary of ``start``, and so on."""
    completed = 0
    while add_years(start, completed + 1) <= day:
        completed += 1
    return 1 + completed + years_already_done


def bracket_age_for(birth_date: date, start: date, first_of_month: date) -> int:
    """The age that sets the bracket of the month beginning ``first_of_month``: the age on the first
    day of the contract for its first month, then the age reached by the last day of the month before."""
    return age_on(birth_date, max(start, first_of_month - timedelta(days=1)))


def _segments(terms: ContractTerms, first: date, last: date) -> list[tuple[date, date]]:
    """``first``..``last`` cut where a contract year begins (an anniversary of the start)."""
    cuts = [first]
    for years in range(1, (last.year - terms.start.year) + 2):
        anniversary = add_years(terms.start, years)
        if first < anniversary <= last:
            cuts.append(anniversary)
    ends = [cut - timedelta(days=1) for cut in cuts[1:]] + [last]
    return list(zip(cuts, ends, strict=True))


def build_schedule(
    figures: LegalFigures,
    terms: ContractTerms,
    rate_rule: RateRule,
    net_rule: NetRule | None,
) -> tuple[tuple[MonthEntry, ...], tuple[PayMessage, ...]]:
    """The schedule of ``terms`` and the warning about months past the known SMIC, if any."""
    first_rate = figures.smic.rates[0]
    first_reference = min(last_day_of_month(terms.start.year, terms.start.month), terms.end)
    if first_reference < first_rate.effective:
        raise PayInputError(PayMessage.of("figures_unknown_before", first=first_rate.effective, day=terms.start))
    known_until = figures.smic.known_until()
    entries: list[MonthEntry] = []
    extrapolated_from: date | None = None
    previous: MonthEntry | None = None
    for year, month in months_touched(terms.start, terms.end):
        first_of_month, month_end = date(year, month, 1), last_day_of_month(year, month)
        first, reference = max(terms.start, first_of_month), min(month_end, terms.end)
        smic = figures.smic.in_force(reference)
        assert smic is not None  # the first reference day is checked above; later ones come after it
        bracket_age = bracket_age_for(terms.birth_date, terms.start, first_of_month)
        parts: list[MonthPart] = []
        rate: Rate | None = None
        for part_first, part_last in _segments(terms, first, reference):
            contract_year = contract_year_on(terms.start, part_first, terms.shortened_years)
            rate = rate_rule(bracket_age, contract_year, smic.monthly)
            if parts and (parts[-1].percent_of_smic, parts[-1].base) == (rate.percent, rate.base):
                part_first = parts.pop().first_day  # a new year at the same rate does not split the month
            full_month = percent_of(rate.percent, rate.base)
            days = (part_last - part_first).days + 1
            parts.append(
                MonthPart(
                    first_day=part_first,
                    last_day=part_last,
                    contract_year=contract_year,
                    percent_of_smic=rate.percent,
                    base=rate.base,
                    base_from_agreement=rate.base_from_agreement,
                    monthly_gross=full_month,
                    due_gross=prorated(full_month, days, month_end.day),
                )
            )
        assert rate is not None  # every month within the contract has at least one day
        last_part = parts[-1]
        due = sum((part.due_gross for part in parts), Decimal("0.00"))
        covered = (reference - first).days + 1
        estimate = None if net_rule is None else net_rule(due, smic.monthly, covered, month_end.day)
        extrapolated = reference > known_until
        if extrapolated and extrapolated_from is None:
            extrapolated_from = first_of_month
        entry = MonthEntry(
            year=year,
            month=month,
            first_day=first,
            reference_day=reference,
            contract_year=last_part.contract_year,
            age=age_on(terms.birth_date, reference),
            bracket_age=bracket_age,
            bracket_min_age=rate.bracket_min_age,
            percent_of_smic=last_part.percent_of_smic,
            smic=smic,
            smic_monthly=smic.monthly,
            base=last_part.base,
            base_from_agreement=last_part.base_from_agreement,
            monthly_gross=last_part.monthly_gross,
            due_gross=due,
            parts=tuple(parts),
            net_threshold=None if estimate is None else estimate.threshold,
            net_estimate=None if estimate is None else estimate.net,
            smic_extrapolated=extrapolated,
            new_contract_year=previous is not None and previous.contract_year != last_part.contract_year,
            new_age_bracket=previous is not None and previous.bracket_min_age != rate.bracket_min_age,
            new_smic=previous is not None and previous.smic != smic,
        )
        entries.append(entry)
        previous = entry
    warnings: tuple[PayMessage, ...] = ()
    if extrapolated_from is not None:
        latest = figures.smic.latest
        warnings = (
            PayMessage.of(
                "smic_extrapolated",
                first_month=extrapolated_from,
                hourly=latest.hourly,
                effective=latest.effective,
            ),
        )
    return tuple(entries), warnings


def smic_sources(figures: LegalFigures, schedule: tuple[MonthEntry, ...]) -> tuple[Source, ...]:
    """The SMIC instruments used by ``schedule``, oldest first, after the SMIC's legal basis."""
    used: list[SmicRate] = []
    for entry in schedule:
        if entry.smic not in used:
            used.append(entry.smic)
    table = figures.smic
    return (
        Source(table.source, last_checked=table.last_checked),
        *(Source(rate.source, effective=rate.effective, smic_hourly=rate.hourly) for rate in used),
    )


def partial_months_note(schedule: tuple[MonthEntry, ...]) -> PayMessage:
    """How the months are counted, naming the first month the contract covers only in part."""
    partial = next((entry for entry in schedule if entry.partial), None)
    if partial is None:
        return PayMessage.of("full_months")
    return PayMessage.of(
        "partial_months_prorated",
        month=partial.first_day,
        days=partial.days_covered,
        month_days=partial.days_in_month,
    )
