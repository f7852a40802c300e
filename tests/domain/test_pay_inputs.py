"""What each contract asks and its limits, read by the rules, the screen, the CLI and the self-test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import age_on
from kiosk.domain.pay.inputs import (
    APPRENTICESHIP,
    FIELDS,
    INTERNSHIP,
    PROFESSIONALISATION,
    ExceptionKind,
    InputField,
    IntRange,
    birth_date_from,
    birthday_matters,
    default_start,
    employers_note,
    input_help,
    offered_birth_years,
)


def test_ranges() -> None:
    years = IntRange(1, 3, 1)
    assert 1 in years and 3 in years and 4 not in years and 0 not in years and "2" not in years
    assert years.values() == (1, 2, 3)


def test_apprenticeship_limits() -> None:
    """L6222-1 (16 to 29, 15 after collège), L6222-2 and D6222-1 (35 inclusive for a higher diploma or
    after a broken contract), L6222-7-1 (1 to 3 years offered), 3 years of a cycle in all."""
    assert (APPRENTICESHIP.min_age, APPRENTICESHIP.min_age_after_college, APPRENTICESHIP.max_age) == (16, 15, 29)
    assert APPRENTICESHIP.needs_exception(30) and not APPRENTICESHIP.needs_exception(29)
    assert APPRENTICESHIP.needs_after_college(15) and not APPRENTICESHIP.needs_after_college(16)
    assert not APPRENTICESHIP.needs_after_college(14)
    assert APPRENTICESHIP.exception_max_age("higher-diploma") == 35
    assert APPRENTICESHIP.exception_max_age(ExceptionKind.BROKEN_CONTRACT) == 35
    assert APPRENTICESHIP.capped_exception_age == 35  # the refusal's sentence names it
    for unlimited in (ExceptionKind.DISABLED_WORKER, ExceptionKind.BUSINESS_CREATION, ExceptionKind.TOP_ATHLETE):
        assert APPRENTICESHIP.exception_max_age(unlimited) is None
    assert len(APPRENTICESHIP.exceptions) == 5
    assert APPRENTICESHIP.lengths_from(1).values() == (1, 2, 3)
    assert APPRENTICESHIP.lengths_from(2).values() == (1, 2)
    assert APPRENTICESHIP.lengths_from(3) == IntRange(1, 1, 1)
    assert APPRENTICESHIP.cycle_year.values() == (1, 2, 3)


def test_professionalisation_and_internship_limits() -> None:
    """L6325-1, L6325-11, L6325-12: from 16, 6 to 36 months (12 usually); L124-5: six months at most."""
    assert (PROFESSIONALISATION.min_age, PROFESSIONALISATION.jobseekers_from_age) == (16, 26)
    assert PROFESSIONALISATION.months == IntRange(6, 36, 12)
    assert INTERNSHIP.default_end(date(2026, 9, 15)) == date(2027, 3, 14)
    assert INTERNSHIP.default_end(date(2026, 8, 31)) == date(2027, 2, 27)
    assert INTERNSHIP.days_per_week.values() == (1, 2, 3, 4, 5)
    assert INTERNSHIP.default_hours_per_day == Decimal(7)


def test_each_contract_says_which_inputs_it_needs() -> None:
    assert InputField.CYCLE_YEAR in FIELDS[ContractKind.APPRENTICESHIP]
    assert InputField.QUALIFIED in FIELDS[ContractKind.PROFESSIONALISATION]
    assert InputField.BIRTH_DATE not in FIELDS[ContractKind.INTERNSHIP]
    assert FIELDS[ContractKind.TRAINING] == ()


def test_defaults_and_offered_years() -> None:
    assert default_start(date(2026, 8, 31)) == date(2026, 9, 1)
    assert default_start(date(2026, 9, 1)) == date(2027, 9, 1)
    years = offered_birth_years(date(2026, 12, 1))
    assert (years.minimum, years.default, years.maximum) == (1961, 2005, 2012)
    assert 1990 in years and 2011 in years


@pytest.mark.parametrize(
    ("year", "month", "start", "matters"),
    [
        (2008, 9, date(2026, 9, 15), True),  # born in September, starting on 15 September
        (2008, 8, date(2026, 9, 15), False),
        (2008, 9, date(2026, 9, 30), False),  # the last day: every birthday of the month is passed
        (2004, 2, date(2027, 2, 28), False),  # born on 29 February at most: a year older on the 28th
        (2004, 2, date(2028, 2, 28), True),
    ],
)
def test_the_day_of_birth_matters_only_around_the_start(year: int, month: int, start: date, matters: bool) -> None:
    """D6222-26: the age on the first day of the contract sets the first bracket."""
    assert birthday_matters(year, month, start) is matters


def test_birth_date_from_the_birthday_question() -> None:
    start = date(2026, 9, 15)
    passed, not_yet = birth_date_from(2008, 9, start, True), birth_date_from(2008, 9, start, False)
    assert (passed, not_yet) == (date(2008, 9, 1), date(2008, 9, 30))
    assert (age_on(passed, start), age_on(not_yet, start)) == (18, 17)
    assert birth_date_from(2004, 2, start, False) == date(2004, 2, 29)


def test_inputs_whose_effect_is_a_rule_are_explained_in_one_sentence() -> None:
    for field, article in (
        (InputField.CYCLE_YEAR, "D6222-28-1"),
        (InputField.PREVIOUS_RATE, "D6222-29"),
        (InputField.QUALIFIED, "D6325-15"),
    ):
        message = input_help(field)
        assert message is not None and article in message.text("fr") and article in message.text("en")
    signed = input_help(InputField.SIGNED_ON)
    assert signed is not None and "net" in signed.text("en")
    assert input_help(InputField.START) is None


def test_who_may_employ_in_one_sentence() -> None:
    """L6222-1 and decree 2020-478 (public or private), L6325-1 and L6325-2 (private and EPIC only),
    L124-5 (an internship: six months at most)."""
    notes = {contract: employers_note(contract) for contract in ContractKind}
    assert notes[ContractKind.TRAINING] is None
    apprenticeship, professionalisation, internship = (
        notes[ContractKind.APPRENTICESHIP],
        notes[ContractKind.PROFESSIONALISATION],
        notes[ContractKind.INTERNSHIP],
    )
    assert apprenticeship is not None and "public ou privé" in apprenticeship.text("fr")
    assert professionalisation is not None and "L6325-2" in professionalisation.text("en")
    assert internship is not None and "6 months" in internship.text("en")
