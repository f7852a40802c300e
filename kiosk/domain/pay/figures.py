"""Dated legal figures used by the pay rules: SMIC, scales, gratification rate, net-estimate rates.

They are data (loaded from ``data/catalogue/legal.yaml`` through the database), never constants in the
rules, so that staff add a new SMIC without a release. Every figure carries its date of effect and the
text of its legal source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

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


_Entry = TypeVar("_Entry")
_Point = TypeVar("_Point", date, int)


def in_force(entries: Sequence[_Entry], start_of: Callable[[_Entry], _Point], at: _Point) -> _Entry | None:
    """The entry in force at ``at``: the last of ``entries`` (in increasing order of ``start_of``)
    that starts at or before it, or None when ``at`` comes before the first.

    Every dated table of the rules (SMIC, age brackets, yearly ceilings, net-estimate periods) is
    read through this one function, so that "in force" means the same everywhere.
    """
    found: _Entry | None = None
    for entry in entries:
        if start_of(entry) > at:
            break
        found = entry
    return found


def check_increasing(starts: Sequence[_Point], what: str, strictly: bool = True) -> None:
    """Raise ValueError unless ``starts`` is in increasing order (no repeats when ``strictly``)."""
    if not starts:
        raise ValueError(f"the {what} table is empty")
    ordered = list(starts) == sorted(starts)
    if not ordered or (strictly and len(set(starts)) != len(starts)):
        raise ValueError(f"{what} rows must be in {'strictly ' if strictly else ''}increasing order")


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
        check_increasing([rate.effective for rate in self.rates], "SMIC")

    @property
    def latest(self) -> SmicRate:
        return self.rates[-1]

    def in_force(self, day: date) -> SmicRate | None:
        """The SMIC in force on ``day``, or None before the first known one."""
        return in_force(self.rates, lambda rate: rate.effective, day)

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

    def __post_init__(self) -> None:
        check_increasing([bracket.min_age for bracket in self.brackets], "apprenticeship bracket")

    def bracket_for(self, age: int) -> ApprenticeshipBracket:
        """The bracket of ``age`` (the youngest bracket below its first age)."""
        return in_force(self.brackets, lambda bracket: bracket.min_age, age) or self.brackets[0]


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

    def __post_init__(self) -> None:
        check_increasing([bracket.min_age for bracket in self.brackets], "professionalisation bracket")

    def bracket_for(self, age: int) -> ProfessionalisationBracket:
        """The bracket of ``age`` (the youngest bracket below its first age)."""
        return in_force(self.brackets, lambda bracket: bracket.min_age, age) or self.brackets[0]

    @property
    def senior(self) -> ProfessionalisationBracket | None:
        """The bracket whose base may be the agreement minimum (26 and over, D6325-18), if any.

        It applies only to a trainee of that age when the contract is concluded, never from a
        birthday during the contract (extended branch agreements keep the initial terms).
        """
        return next((bracket for bracket in self.brackets if bracket.agreement_percent is not None), None)


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
        check_increasing([ceiling.year for ceiling in self.ceilings], "social-security ceiling")

    def ceiling_for(self, year: int) -> SocialSecurityCeiling | None:
        """The ceiling of ``year``; the latest known for later years; None before the first."""
        return in_force(self.ceilings, lambda ceiling: ceiling.year, year)

    def hourly_rate(self, ceiling: SocialSecurityCeiling) -> Decimal:
        """Minimum gratification per hour: rate x hourly ceiling, rounded to the cent (D124-8)."""
        return percent_of(self.rate_percent, ceiling.hourly)


@dataclass(frozen=True)
class NetEstimatePeriod:
    """Employee contributions of apprentices whose contract was signed from ``signed_from``.

    No employee contribution on the part of the pay up to ``exempt_percent_of_smic`` % of the SMIC
    (Code du travail L6243-2, D6243-5); on the part above, social contributions at about
    ``social_private_percent`` (private employer) or ``social_public_percent`` (public employer) %, and
    CSG/CRDS at ``csg_crds_percent`` % of ``csg_crds_base_percent`` % of that part (0 when not due).
    """

    signed_from: date
    exempt_percent_of_smic: Decimal
    social_private_percent: Decimal
    social_public_percent: Decimal
    csg_crds_percent: Decimal
    csg_crds_base_percent: Decimal
    source: str

    def social_percent(self, public_employer: bool) -> Decimal:
        return self.social_public_percent if public_employer else self.social_private_percent

    @property
    def csg_crds_due(self) -> bool:
        return self.csg_crds_percent > 0


@dataclass(frozen=True)
class NetEstimateRules:
    """Approximate rules for the apprentice's net pay: an estimate, never a legal figure."""

    periods: tuple[NetEstimatePeriod, ...]
    last_checked: date

    def __post_init__(self) -> None:
        check_increasing([period.signed_from for period in self.periods], "net-estimate period")

    def period_for(self, signed_on: date) -> NetEstimatePeriod:
        """The rule for a contract signed on ``signed_on`` (the first one for earlier contracts)."""
        return in_force(self.periods, lambda period: period.signed_from, signed_on) or self.periods[0]

    def periods_until(self, day: date) -> tuple[NetEstimatePeriod, ...]:
        """The rules a contract starting on ``day`` may fall under: it was signed on that day or before."""
        return tuple(period for period in self.periods if period.signed_from <= day) or self.periods[:1]


@dataclass(frozen=True)
class LegalFigures:
    """Every dated legal figure the pay rules need."""

    smic: SmicTable
    apprenticeship: ApprenticeshipScale
    professionalisation: ProfessionalisationScale
    internship: InternshipRules
    net_estimate: NetEstimateRules
