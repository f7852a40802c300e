"""What each contract asks of a visitor, and the limits the law sets on the answers.

The pay rules check their arguments against these limits, and the simulator's widgets, the command
line and the self-test read them from here, so that an age limit or a contract length is written once.
Sentences of refusal are the rules' messages (:mod:`kiosk.domain.pay.messages`); the few sentences
that explain an input to a visitor are here as messages too.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import add_months, age_on
from kiosk.domain.pay.messages import PayMessage


class InputField(StrEnum):
    """An answer the simulator may ask for."""

    BIRTH_DATE = "birth_date"
    START = "start"
    YEARS = "years"
    CYCLE_YEAR = "cycle_year"
    PREVIOUS_RATE = "previous_rate"
    MONTHS = "months"
    EMPLOYER = "employer"
    QUALIFIED = "qualified"
    AGREEMENT_MINIMUM = "agreement_minimum"
    EXCEPTION = "exception"
    SIGNED_ON = "signed_on"
    INTERNSHIP_END = "internship_end"
    HOURS_PER_DAY = "hours_per_day"
    DAYS_PER_WEEK = "days_per_week"


@dataclass(frozen=True)
class IntRange:
    """Whole numbers from ``minimum`` to ``maximum`` inclusive, and the value offered first."""

    minimum: int
    maximum: int
    default: int

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.minimum <= value <= self.maximum

    def values(self) -> tuple[int, ...]:
        return tuple(range(self.minimum, self.maximum + 1))


class ExceptionKind(StrEnum):
    """The cases where apprenticeship is open after 29 (Code du travail L6222-2)."""

    DISABLED_WORKER = "disabled-worker"
    BUSINESS_CREATION = "business-creation"
    TOP_ATHLETE = "top-athlete"
    HIGHER_DIPLOMA = "higher-diploma"
    BROKEN_CONTRACT = "broken-contract"


@dataclass(frozen=True)
class ApprenticeshipInputs:
    """Apprenticeship (L6222-1, L6222-2, D6222-1, L6222-7-1, D6222-26 to D6222-29).

    16 to 29 at the start (15 after finishing collège); after 29 only in one of the ``exceptions``:
    no upper limit, except 35 inclusive at the signature for a contract towards a higher diploma or
    after one broken for reasons beyond the apprentice's control. The kiosk offers 1 to 3 years; a
    contract may start in a later year of its training cycle, 3 years of execution in all.
    """

    min_age: int = 16
    min_age_after_college: int = 15
    max_age: int = 29
    years: IntRange = IntRange(1, 3, 1)
    cycle_years: int = 3
    previous_rate_percent: tuple[Decimal, Decimal] = (Decimal(0), Decimal(100))
    exceptions: tuple[ExceptionKind, ...] = tuple(ExceptionKind)
    exception_max_ages: tuple[tuple[ExceptionKind, int], ...] = (
        (ExceptionKind.HIGHER_DIPLOMA, 35),
        (ExceptionKind.BROKEN_CONTRACT, 35),
    )
    fields: tuple[InputField, ...] = (
        InputField.BIRTH_DATE,
        InputField.START,
        InputField.YEARS,
        InputField.CYCLE_YEAR,
        InputField.EMPLOYER,
        InputField.AGREEMENT_MINIMUM,
        InputField.PREVIOUS_RATE,
    )

    @property
    def cycle_year(self) -> IntRange:
        """The year of the training cycle the contract starts in (1st, 2nd, 3rd)."""
        return IntRange(1, self.cycle_years, 1)

    def lengths_from(self, cycle_year: int) -> IntRange:
        """The lengths in years a contract starting in ``cycle_year`` may have."""
        longest = min(self.years.maximum, self.cycle_years - cycle_year + 1)
        return IntRange(self.years.minimum, longest, min(self.years.default, longest))

    @property
    def capped_exception_age(self) -> int:
        """The oldest age at the signature of the exceptions that have one (the law sets one age for both)."""
        return max(age for _kind, age in self.exception_max_ages)

    def exception_max_age(self, kind: str) -> int | None:
        """The oldest age at the signature for ``kind`` (None: no upper limit)."""
        return dict(self.exception_max_ages).get(ExceptionKind(kind))

    def needs_exception(self, age_at_start: int) -> bool:
        return age_at_start > self.max_age

    def needs_after_college(self, age_at_start: int) -> bool:
        return self.min_age_after_college <= age_at_start < self.min_age


@dataclass(frozen=True)
class ProfessionalisationInputs:
    """Professionalisation (L6325-1, L6325-11, L6325-12): 16 at least; from 26, registered jobseekers
    and recipients of RSA, ASS or AAH; 6 to 12 months, up to 36 in the cases set by law or agreement."""

    min_age: int = 16
    jobseekers_from_age: int = 26
    months: IntRange = IntRange(6, 36, 12)
    usual_max_months: int = 12
    fields: tuple[InputField, ...] = (
        InputField.BIRTH_DATE,
        InputField.QUALIFIED,
        InputField.START,
        InputField.MONTHS,
        InputField.EMPLOYER,
        InputField.AGREEMENT_MINIMUM,
    )


@dataclass(frozen=True)
class InternshipInputs:
    """Internship agreement (Code de l'éducation L124-5, L124-6, D124-6): at most 6 months per host
    and academic year; presence on the first weekdays of each week; the host's working hours, 10 a
    day at most (Code du travail L3121-18)."""

    max_months: int = 6
    max_hours_per_day: Decimal = Decimal(24)
    long_day_hours: Decimal = Decimal(10)
    offered_hours_per_day: tuple[Decimal, Decimal] = (Decimal(1), Decimal(10))
    default_hours_per_day: Decimal = Decimal(7)
    days_per_week: IntRange = IntRange(1, 5, 5)
    fields: tuple[InputField, ...] = (
        InputField.START,
        InputField.INTERNSHIP_END,
        InputField.HOURS_PER_DAY,
        InputField.DAYS_PER_WEEK,
    )

    def default_end(self, start: date) -> date:
        """The longest internship in one host: six months from ``start``, less a day."""
        return add_months(start, self.max_months) - timedelta(days=1)


APPRENTICESHIP = ApprenticeshipInputs()
PROFESSIONALISATION = ProfessionalisationInputs()
INTERNSHIP = InternshipInputs()

#: The inputs of each contract the engine computes (the training contract asks nothing: no scale).
FIELDS: Mapping[ContractKind, tuple[InputField, ...]] = {
    ContractKind.APPRENTICESHIP: APPRENTICESHIP.fields,
    ContractKind.PROFESSIONALISATION: PROFESSIONALISATION.fields,
    ContractKind.INTERNSHIP: INTERNSHIP.fields,
    ContractKind.TRAINING: (),
}

#: The ages the birth-date picker offers (not a legal limit: the rules accept or refuse within it).
OFFERED_AGES = IntRange(14, 65, 21)
#: The birth month offered first (mid-year, so that the birthday question rarely shows at first).
DEFAULT_BIRTH_MONTH = 6
#: Most work-linked contracts start in September.
USUAL_START_MONTH = 9


def default_start(today: date) -> date:
    """The next 1 September: when most work-linked contracts begin."""
    year = today.year if today.month < USUAL_START_MONTH else today.year + 1
    return date(year, USUAL_START_MONTH, 1)


def offered_birth_years(today: date) -> IntRange:
    """The years of birth the picker offers, the default one being that of a 21-year-old."""
    return IntRange(
        today.year - OFFERED_AGES.maximum, today.year - OFFERED_AGES.minimum, today.year - OFFERED_AGES.default
    )


def _birth_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def birthday_matters(birth_year: int, birth_month: int, start: date) -> bool:
    """Whether the day of birth changes the age on the first day of the contract (the age that sets
    the first bracket and the age limits): only when the birthday may fall after the start day."""
    return age_on(_birth_day(birth_year, birth_month, 1), start) != age_on(
        _birth_day(birth_year, birth_month, 31), start
    )


def birth_date_from(birth_year: int, birth_month: int, start: date, birthday_passed: bool) -> date:
    """A birth date in that month that gives the visitor's age on ``start``: the first of the month
    when the birthday is on or before the start day, the last of the month otherwise."""
    return _birth_day(birth_year, birth_month, 1 if birthday_passed else 31)


def employers_note(contract: str) -> PayMessage | None:
    """Who may employ under ``contract`` (an internship: how long it may last), in one sentence."""
    if contract == ContractKind.APPRENTICESHIP:
        return PayMessage.of("employers_public_or_private")
    if contract == ContractKind.PROFESSIONALISATION:
        return PayMessage.of("employers_private_only")
    if contract == ContractKind.INTERNSHIP:
        return PayMessage.of("internship_max_months", months=INTERNSHIP.max_months)
    return None


def input_help(field: InputField) -> PayMessage | None:
    """The one sentence that explains an input whose effect is a rule, if any."""
    codes = {
        InputField.CYCLE_YEAR: "input_cycle_year",
        InputField.PREVIOUS_RATE: "input_previous_rate",
        InputField.SIGNED_ON: "input_signed_on",
        InputField.QUALIFIED: "input_qualified",
    }
    code = codes.get(field)
    return None if code is None else PayMessage.of(code)
