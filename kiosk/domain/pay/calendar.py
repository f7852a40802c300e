"""Calendar arithmetic of the pay rules: ages, anniversaries, months and French public holidays."""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterator
from datetime import date, timedelta


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; a day missing in the target month becomes its last day (31 -> 30)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = last_day_of_month(year, month + 1)
    return date(year, month + 1, min(day.day, last.day))


def add_years(day: date, years: int) -> date:
    """Anniversary ``years`` later; 29 February falls on 28 February in a common year."""
    return add_months(day, 12 * years)


def age_on(birth_date: date, day: date) -> int:
    """Age in full years on ``day`` (a person born on 29 February is a year older on 28 February)."""
    age = day.year - birth_date.year
    if day < add_years(birth_date, age):
        age -= 1
    return age


def months_touched(start: date, end: date) -> Iterator[tuple[int, int]]:
    """Every calendar month (year, month) that the period ``start``..``end`` touches, in order."""
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def french_public_holidays(year: int) -> frozenset[date]:
    """The 11 public holidays of mainland France (Code du travail L3133-1)."""
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),  # New Year's Day
            easter + timedelta(days=1),  # Easter Monday
            date(year, 5, 1),  # Labour Day
            date(year, 5, 8),  # Victory in Europe Day
            easter + timedelta(days=39),  # Ascension Thursday
            easter + timedelta(days=50),  # Whit Monday
            date(year, 7, 14),  # Bastille Day
            date(year, 8, 15),  # Assumption
            date(year, 11, 1),  # All Saints' Day
            date(year, 11, 11),  # Armistice Day
            date(year, 12, 25),  # Christmas Day
        }
    )
