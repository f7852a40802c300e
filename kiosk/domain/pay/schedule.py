"""Month-by-month schedule shared by the apprenticeship and professionalisation rules.

Each entry gives what is in force on the last day of the month that lies within the contract: the
SMIC in force that day, the contract year reached that day (years change on the anniversary of the
start) and the age bracket, which changes on the 1st of the month after the birthday (D6222-34 for
apprentices; the same rule for professionalisation, D6325-15 to D6325-18, as service-public F15478
states it, exact article to check), i.e. the age reached on the last day of the previous month.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.pay.calendar import add_years, age_on, last_day_of_month, months_touched
from kiosk.domain.pay.figures import LegalFigures, SmicRate, percent_of
from kiosk.domain.pay.messages import PayInputError, PayMessage


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
    """A legal source of a figure or rule, with its date of effect and when it was last checked."""

    reference: str
    effective: date | None = None
    last_checked: date | None = None

    def text(self, lang: str = "fr") -> str:
        parts = []
        if self.effective is not None:
            parts.append(("en vigueur le " if lang == "fr" else "in force from ") + self.effective.isoformat())
        if self.last_checked is not None:
            parts.append(("vérifié le " if lang == "fr" else "checked ") + self.last_checked.isoformat())
        return self.reference + (f" ({', '.join(parts)})" if parts else "")


@dataclass(frozen=True)
class Rate:
    """What one month's rule gives: the bracket, the percentage and the base it applies to."""

    bracket_min_age: int
    percent: Decimal
    base: Decimal
    base_from_agreement: bool


@dataclass(frozen=True)
class MonthEntry:
    """One calendar month of a contract.

    ``age`` is the age that sets the bracket (reached on the last day of the previous month);
    ``smic_monthly`` is the monthly SMIC in force on ``reference_day``; ``base`` is what the
    percentage applies to (the SMIC, or the agreement figure when the rule allows and it is higher).
    The ``new_*`` flags tell what changed since the previous month (all False for the first month).
    """

    year: int
    month: int
    reference_day: date
    contract_year: int
    age: int
    bracket_min_age: int
    percent_of_smic: Decimal
    smic: SmicRate
    smic_monthly: Decimal
    base: Decimal
    base_from_agreement: bool
    monthly_gross: Decimal
    net_estimate: Decimal | None
    smic_extrapolated: bool
    new_contract_year: bool
    new_age_bracket: bool
    new_smic: bool

    @property
    def label(self) -> str:
        """The month as "YYYY-MM"."""
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class ContractTerms:
    """What the simulation was asked, normalised (``end`` = last day of the contract)."""

    kind: str
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


RateRule = Callable[[int, int, Decimal], Rate]
"""(age for the bracket, contract year, monthly SMIC) -> the month's rate."""

NetRule = Callable[[Decimal, Decimal], Decimal]
"""(monthly gross, monthly SMIC) -> net estimate."""


def contract_year_on(start: date, day: date, years_already_done: int = 0) -> int:
    """Contract year on ``day``: year 2 from the first anniversary of ``start``, and so on."""
    completed = 0
    while add_years(start, completed + 1) <= day:
        completed += 1
    return 1 + completed + years_already_done


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
        reference = min(last_day_of_month(year, month), terms.end)
        smic = figures.smic.in_force(reference)
        assert smic is not None  # the first reference day is checked above; later ones come after it
        bracket_age = age_on(terms.birth_date, date(year, month, 1) - timedelta(days=1))
        contract_year = contract_year_on(terms.start, reference, terms.shortened_years)
        rate = rate_rule(bracket_age, contract_year, smic.monthly)
        gross = percent_of(rate.percent, rate.base)
        extrapolated = reference > known_until
        if extrapolated and extrapolated_from is None:
            extrapolated_from = date(year, month, 1)
        entry = MonthEntry(
            year=year,
            month=month,
            reference_day=reference,
            contract_year=contract_year,
            age=bracket_age,
            bracket_min_age=rate.bracket_min_age,
            percent_of_smic=rate.percent,
            smic=smic,
            smic_monthly=smic.monthly,
            base=rate.base,
            base_from_agreement=rate.base_from_agreement,
            monthly_gross=gross,
            net_estimate=None if net_rule is None else net_rule(gross, smic.monthly),
            smic_extrapolated=extrapolated,
            new_contract_year=previous is not None and previous.contract_year != contract_year,
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
        *(Source(f"SMIC {rate.hourly} €/h : {rate.source}", effective=rate.effective) for rate in used),
    )
