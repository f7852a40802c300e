"""Legal figures: monthly SMIC arithmetic, dated look-ups and the checks on the tables."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.pay.figures import (
    InternshipRules,
    NetEstimatePeriod,
    NetEstimateRules,
    SmicRate,
    SmicTable,
    SocialSecurityCeiling,
    in_force,
    percent_of,
    round_cent,
)

FIGURES = load_legal_yaml(Path(__file__).parents[2] / "data" / "catalogue" / "legal.yaml")


def _rate(effective: date, hourly: str) -> SmicRate:
    return SmicRate(effective, Decimal(hourly), "test")


@pytest.mark.parametrize(
    ("hourly", "monthly"),
    [("12.02", "1823.03"), ("12.31", "1867.02"), ("11.88", "1801.80"), ("10.15", "1539.42")],
)
def test_monthly_smic_uses_the_exact_fraction(hourly: str, monthly: str) -> None:
    """Monthly SMIC = hourly x 35 x 52 / 12 rounded to the cent (service-public F2300; L3231-2)."""
    assert _rate(date(2020, 1, 1), hourly).monthly == Decimal(monthly)


def test_monthly_smic_is_not_hourly_times_151_67() -> None:
    """12.02 x 151.67 = 1,823.07 would be wrong; the official figure is 1,823.03 (F2300)."""
    assert _rate(date(2026, 1, 1), "12.02").monthly != round_cent(Decimal("12.02") * Decimal("151.67"))


def test_bundled_smic_table_matches_pay_rules() -> None:
    """SMIC history as published in the Journal officiel (decrees and orders listed in legal.yaml)."""
    table = {rate.effective: (rate.hourly, rate.monthly) for rate in FIGURES.smic.rates}
    assert table[date(2020, 1, 1)] == (Decimal("10.15"), Decimal("1539.42"))
    assert table[date(2021, 10, 1)] == (Decimal("10.48"), Decimal("1589.47"))
    assert table[date(2022, 8, 1)] == (Decimal("11.07"), Decimal("1678.95"))
    assert table[date(2024, 11, 1)] == (Decimal("11.88"), Decimal("1801.80"))
    assert table[date(2026, 6, 1)] == (Decimal("12.31"), Decimal("1867.02"))
    assert len(table) == 12


def test_rounding_is_half_up() -> None:
    assert round_cent(Decimal("0.005")) == Decimal("0.01")
    assert percent_of(Decimal("50"), Decimal("0.01")) == Decimal("0.01")


def test_smic_in_force_changes_on_the_date_of_effect() -> None:
    """A SMIC applies from its date of effect (decree or order, Code du travail L3231-5 ff.)."""
    smic = FIGURES.smic
    assert smic.in_force(date(2019, 12, 31)) is None
    assert smic.in_force(date(2026, 5, 31)).hourly == Decimal("12.02")  # type: ignore[union-attr]
    assert smic.in_force(date(2026, 6, 1)).hourly == Decimal("12.31")  # type: ignore[union-attr]
    assert smic.in_force(date(2030, 1, 1)) == smic.latest
    assert smic.known_until() == date(2026, 12, 31)


def test_smic_table_checks_its_rows() -> None:
    with pytest.raises(ValueError, match="empty"):
        SmicTable((), "s", date(2026, 1, 1))
    with pytest.raises(ValueError, match="increasing"):
        SmicTable((_rate(date(2021, 1, 1), "1"), _rate(date(2020, 1, 1), "1")), "s", date(2026, 1, 1))
    with pytest.raises(ValueError, match="increasing"):
        SmicTable((_rate(date(2021, 1, 1), "1"), _rate(date(2021, 1, 1), "2")), "s", date(2026, 1, 1))


def _ceiling(year: int) -> SocialSecurityCeiling:
    return SocialSecurityCeiling(year, Decimal(30), date(year, 1, 1), "s")


def test_internship_rules_check_and_find_ceilings() -> None:
    """The hourly ceiling changes on 1 January (yearly order; Code de l'éducation D124-8)."""
    rules = FIGURES.internship
    assert rules.ceiling_for(2019) is None
    assert rules.ceiling_for(2023).hourly == Decimal(27)  # type: ignore[union-attr]
    assert rules.ceiling_for(2031).year == 2026  # type: ignore[union-attr]
    kwargs = {
        "effective": date(2015, 9, 1),
        "source": "s",
        "last_checked": date(2026, 1, 1),
        "rate_percent": Decimal(15),
        "threshold_hours": 308,
        "max_hours": 924,
    }
    with pytest.raises(ValueError, match="empty"):
        InternshipRules(ceilings=(), **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="increasing"):
        InternshipRules(ceilings=(_ceiling(2021), _ceiling(2020)), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("year", "rate"), [(2020, "3.90"), (2022, "3.90"), (2023, "4.05"), (2025, "4.35"), (2026, "4.50")]
)
def test_gratification_rate_is_15_percent_of_the_hourly_ceiling(year: int, rate: str) -> None:
    """Code de l'éducation D124-8: 15 % of the hourly social-security ceiling."""
    rules = FIGURES.internship
    ceiling = rules.ceiling_for(year)
    assert ceiling is not None
    assert rules.hourly_rate(ceiling) == Decimal(rate)


def _period(signed_from: date) -> NetEstimatePeriod:
    return NetEstimatePeriod(signed_from, Decimal(79), Decimal("11.31"), Decimal("10.10"), Decimal(0), Decimal(98), "s")


def test_net_estimate_rules_pick_the_period_of_signature() -> None:
    """Signed up to 28 February 2025: 79 % of the SMIC exempt, no CSG/CRDS; from 1 March 2025: 50 %,
    CSG/CRDS due above (LFSS 2025 art. 22-23; decree 2025-290; BOSS of 3 July 2025: the date of signature)."""
    rules = FIGURES.net_estimate
    assert rules.period_for(date(2018, 1, 1)).exempt_percent_of_smic == Decimal(79)
    before = rules.period_for(date(2025, 2, 28))
    assert before.exempt_percent_of_smic == Decimal(79) and not before.csg_crds_due
    after = rules.period_for(date(2025, 3, 1))
    assert after.exempt_percent_of_smic == Decimal(50) and after.csg_crds_due
    assert (after.csg_crds_percent, after.csg_crds_base_percent) == (Decimal("9.7"), Decimal("98.25"))
    assert after.social_percent(public_employer=False) == Decimal("11.31")
    assert after.social_percent(public_employer=True) == Decimal("10.10")
    assert rules.periods_until(date(2025, 2, 1)) == (before,)
    assert rules.periods_until(date(2026, 9, 1)) == (before, after)
    assert rules.periods_until(date(2010, 1, 1)) == (before,)
    with pytest.raises(ValueError, match="empty"):
        NetEstimateRules((), date(2026, 1, 1))
    with pytest.raises(ValueError, match="increasing"):
        NetEstimateRules((_period(date(2025, 3, 1)), _period(date(2019, 1, 1))), date(2026, 1, 1))


def test_in_force_is_the_last_entry_started_at_or_before() -> None:
    """One reading of every dated table: the entry whose start is the latest at or before the point."""
    entries = ((2020, "a"), (2023, "b"), (2026, "c"))
    assert in_force(entries, lambda entry: entry[0], 2019) is None
    assert in_force(entries, lambda entry: entry[0], 2020) == (2020, "a")
    assert in_force(entries, lambda entry: entry[0], 2025) == (2023, "b")
    assert in_force(entries, lambda entry: entry[0], 2040) == (2026, "c")
    assert in_force((), lambda entry: entry, 2040) is None


def test_brackets_are_read_by_age_and_checked_in_order() -> None:
    """D6222-26: from 18 and from 21 the bracket changes; below the first age, the first bracket."""
    scale = FIGURES.apprenticeship
    assert [scale.bracket_for(age).min_age for age in (15, 17, 18, 20, 21, 25, 26, 60)] == [
        0,
        0,
        18,
        18,
        21,
        21,
        26,
        26,
    ]
    prof = FIGURES.professionalisation
    assert prof.senior is not None and prof.senior.min_age == 26
    assert replace(prof, brackets=prof.brackets[:2]).senior is None
    with pytest.raises(ValueError, match="increasing"):
        replace(scale, brackets=tuple(reversed(scale.brackets)))
    with pytest.raises(ValueError, match="increasing"):
        replace(prof, brackets=tuple(reversed(prof.brackets)))
