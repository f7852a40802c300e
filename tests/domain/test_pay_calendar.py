"""Calendar arithmetic: Easter, French public holidays, anniversaries, ages and months."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.pay.calendar import (
    add_months,
    add_years,
    age_on,
    easter_sunday,
    french_public_holidays,
    last_day_of_month,
    months_touched,
)


@pytest.mark.parametrize(
    "easter",
    [
        date(2019, 4, 21),
        date(2020, 4, 12),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2038, 4, 25),
    ],
)
def test_easter_sunday(easter: date) -> None:
    assert easter_sunday(easter.year) == easter


def test_public_holidays_of_may_2026() -> None:
    """Code du travail L3133-1: 1 May, 8 May, Ascension (14 May 2026), Whit Monday (25 May 2026)."""
    holidays = french_public_holidays(2026)
    assert len(holidays) == 11
    assert sorted(day for day in holidays if day.month == 5) == [
        date(2026, 5, 1),
        date(2026, 5, 8),
        date(2026, 5, 14),
        date(2026, 5, 25),
    ]
    assert date(2026, 4, 6) in holidays  # Easter Monday
    assert {date(2026, 1, 1), date(2026, 7, 14), date(2026, 8, 15), date(2026, 11, 1)} <= holidays
    assert {date(2026, 11, 11), date(2026, 12, 25)} <= holidays


def test_add_months_keeps_the_day_or_clamps_it() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert last_day_of_month(2024, 2) == date(2024, 2, 29)


def test_age_on_birthday() -> None:
    assert age_on(date(2005, 3, 15), date(2026, 3, 14)) == 20
    assert age_on(date(2005, 3, 15), date(2026, 3, 15)) == 21
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 18


def test_months_touched_crosses_the_year() -> None:
    assert list(months_touched(date(2025, 11, 20), date(2026, 2, 1))) == [
        (2025, 11),
        (2025, 12),
        (2026, 1),
        (2026, 2),
    ]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 80))
def test_age_on_anniversary_is_the_years(birth: date, years: int) -> None:
    assert age_on(birth, add_years(birth, years)) == years
