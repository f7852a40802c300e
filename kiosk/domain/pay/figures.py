"""Dated legal figures used by the pay rules: SMIC, scales, gratification rate, net-estimate rates.

They are data (loaded from ``data/catalogue/legal.yaml`` through the database), never constants in the
rules, so that staff add a new SMIC without a release. Every figure carries its date of effect and the
text of its legal source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)

# Monthly SMIC = hourly x 35 h x 52 weeks / 12 months (Code du travail L3121-27, 35-hour week).
_MONTHLY_HOURS_NUMERATOR = Decimal(35 * 52)
_MONTHS_PER_YEAR = Decimal(12)


def round_cent(amount: Decimal) -> Decimal:
    """Round half-up to the cent, as every figure the kiosk shows."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of(percent: Decimal, base: Decimal) -> Decimal:
    """A month's minimum: ``percent`` % of ``base``, rounded half-up to the cent."""
    return round_cent(percent * base / HUNDRED)


@dataclass(frozen=True)
class SmicRate:
    """One SMIC value (gross hourly, mainland France) and the instrument that set it."""

    effective: date
    hourly: Decimal
    source: str

    @property
    def monthly(self) -> Decimal:
        """Monthly SMIC for 35 h a week, from the exact fraction (12.02 €/h -> 1,823.03 €)."""
        return round_cent(self.hourly * _MONTHLY_HOURS_NUMERATOR / _MONTHS_PER_YEAR)


@dataclass(frozen=True)
class SmicTable:
    """The SMIC history, oldest first."""

    rates: tuple[SmicRate, ...]
    source: str
    last_checked: date

    def __post_init__(self) -> None:
        if not self.rates:
            raise ValueError("the SMIC table is empty")
        dates = [rate.effective for rate in self.rates]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise ValueError("SMIC rates must be in strictly increasing order of date of effect")

    @property
    def latest(self) -> SmicRate:
        return self.rates[-1]

    def in_force(self, day: date) -> SmicRate | None:
        """The SMIC in force on ``day``, or None before the first known one."""
        found: SmicRate | None = None
        for rate in self.rates:
            if rate.effective > day:
                break
            found = rate
        return found

    def known_until(self) -> date:
        """Last day the latest value is known to be in force.

        The SMIC is revalued every 1 January (Code du travail L3231-5 to L3231-7), so the latest value
        cannot be relied on past the 31 December of its year.
        """
        return date(self.latest.effective.year, 12, 31)


@dataclass(frozen=True)
class ApprenticeshipBracket:
    """Percentages of the SMIC for one age bracket, for contract years 1, 2 and 3."""

    min_age: int
    percents: tuple[Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class ApprenticeshipScale:
    """Apprenticeship minimum pay scale (Code du travail D6222-26)."""

    effective: date
    source: str
    last_checked: date
    brackets: tuple[ApprenticeshipBracket, ...]
    agreement_min_age: int

    def bracket_for(self, age: int) -> ApprenticeshipBracket:
        found = self.brackets[0]
        for bracket in self.brackets:
            if age >= bracket.min_age:
                found = bracket
        return found


@dataclass(frozen=True)
class ProfessionalisationBracket:
    """Percentages of the SMIC for one age bracket; ``agreement_percent`` only from 26 (D6325-18)."""

    min_age: int
    percent: Decimal
    percent_qualified: Decimal
    agreement_percent: Decimal | None = None


@dataclass(frozen=True)
class ProfessionalisationScale:
    """Professionalisation minimum pay scale (Code du travail D6325-15 to D6325-18)."""

    effective: date
    source: str
    last_checked: date
    brackets: tuple[ProfessionalisationBracket, ...]

    def bracket_for(self, age: int) -> ProfessionalisationBracket:
        found = self.brackets[0]
        for bracket in self.brackets:
            if age >= bracket.min_age:
                found = bracket
        return found


@dataclass(frozen=True)
class SocialSecurityCeiling:
    """Hourly social-security ceiling of one calendar year (changes on 1 January)."""

    year: int
    hourly: Decimal
    effective: date
    source: str


@dataclass(frozen=True)
class InternshipRules:
    """Internship gratification: rate, threshold and the hourly ceilings (Code de l'éducation)."""

    effective: date
    source: str
    last_checked: date
    rate_percent: Decimal
    threshold_hours: int
    max_hours: int
    ceilings: tuple[SocialSecurityCeiling, ...]

    def __post_init__(self) -> None:
        if not self.ceilings:
            raise ValueError("the social-security ceiling table is empty")
        years = [ceiling.year for ceiling in self.ceilings]
        if years != sorted(years) or len(set(years)) != len(years):
            raise ValueError("social-security ceilings must be in strictly increasing order of year")

    def ceiling_for(self, year: int) -> SocialSecurityCeiling | None:
        """The ceiling of ``year``; the latest known for later years; None before the first."""
        found: SocialSecurityCeiling | None = None
        for ceiling in self.ceilings:
            if ceiling.year > year:
                break
            found = ceiling
        return found

    def hourly_rate(self, ceiling: SocialSecurityCeiling) -> Decimal:
        """Minimum gratification per hour: rate x hourly ceiling, rounded to the cent (D124-8)."""
        return percent_of(self.rate_percent, ceiling.hourly)


@dataclass(frozen=True)
class NetEstimatePeriod:
    """Employee contributions rule for apprentices' contracts signed from ``signed_from``."""

    signed_from: date
    exempt_percent_of_smic: Decimal
    private_rate_percent: Decimal
    public_rate_percent: Decimal
    source: str


@dataclass(frozen=True)
class NetEstimateRules:
    """Approximate rules for the apprentice's net pay: an estimate, never a legal figure."""

    periods: tuple[NetEstimatePeriod, ...]
    last_checked: date

    def __post_init__(self) -> None:
        if not self.periods:
            raise ValueError("the net-estimate rules are empty")
        dates = [period.signed_from for period in self.periods]
        if dates != sorted(dates):
            raise ValueError("net-estimate periods must be in increasing order of date")

    def period_for(self, signed_on: date) -> NetEstimatePeriod:
        """The rule for a contract signed on ``signed_on`` (the first one for earlier contracts)."""
        found = self.periods[0]
        for period in self.periods:
            if period.signed_from <= signed_on:
                found = period
        return found


@dataclass(frozen=True)
class LegalFigures:
    """Every dated legal figure the pay rules need."""

    smic: SmicTable
    apprenticeship: ApprenticeshipScale
    professionalisation: ProfessionalisationScale
    internship: InternshipRules
    net_estimate: NetEstimateRules
