"""Internship gratification (Code de l'éducation L124-5, L124-6, D124-6 to D124-8)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.pay.figures import round_cent
from kiosk.domain.pay.internship import presence_days, simulate_internship
from kiosk.domain.pay.messages import PayInputError

FIGURES = load_legal_yaml(Path(__file__).parents[2] / "data" / "catalogue" / "legal.yaml")


def test_presence_days_exclude_public_holidays_of_may_2026() -> None:
    """Code du travail L3133-1: 1 May, 8 May, Ascension (14 May), Whit Monday (25 May) are holidays."""
    days = presence_days(date(2026, 5, 1), date(2026, 5, 31), 5)
    assert len(days) == 17  # 21 weekdays - 4 holidays
    assert not {date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14), date(2026, 5, 25)} & set(days)


def test_presence_days_are_the_first_weekdays_of_each_week() -> None:
    days = presence_days(date(2026, 3, 2), date(2026, 3, 8), 3)
    assert days == (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))


def test_two_months_with_holidays_and_gratification_due() -> None:
    """L124-6: due beyond 308 h; every hour paid at 15 % of the 2026 ceiling = 4.50 €/h (D124-8)."""
    sim = simulate_internship(FIGURES, start=date(2026, 4, 1), end=date(2026, 6, 12), hours_per_day=Decimal(7))
    assert [(m.label, m.days, m.hours, m.gross) for m in sim.months] == [
        ("2026-04", 21, Decimal(147), Decimal("661.50")),  # Easter Monday 6 April
        ("2026-05", 17, Decimal(119), Decimal("535.50")),
        ("2026-06", 10, Decimal(70), Decimal("315.00")),
    ]
    assert sim.due and sim.presence_days == 48 and sim.presence_hours == Decimal(336)
    assert sim.hourly_rate == Decimal("4.50")
    assert sim.total_gross == Decimal("1512.00")
    assert "internship_net_equals_gross" in [n.code for n in sim.notes]


def test_under_309_hours_is_not_due() -> None:
    """L124-6, D124-6: 44 days of 7 h = 308 h is not more than two months: no gratification."""
    sim = simulate_internship(FIGURES, start=date(2026, 4, 1), end=date(2026, 5, 31), hours_per_day=Decimal(7))
    assert sim.presence_hours == Decimal(266)
    assert not sim.due and sim.total_gross == Decimal("0.00")
    assert all(m.gross == 0 for m in sim.months)
    assert "internship_not_due" in [n.code for n in sim.notes]


def test_exactly_308_hours_is_not_due_and_309_is() -> None:
    """L124-6: from the 309th hour."""
    # 44 presence days from Monday 2 March 2026 (Easter Monday 6 April excluded).
    days = presence_days(date(2026, 3, 2), date(2026, 5, 4), 5)
    end_308 = days[43]
    assert not simulate_internship(FIGURES, start=date(2026, 3, 2), end=end_308, hours_per_day=Decimal(7)).due
    due = simulate_internship(FIGURES, start=date(2026, 3, 2), end=end_308, hours_per_day=Decimal("7.03"))
    assert due.presence_hours > 308 and due.due


def test_each_month_uses_the_rate_of_its_year() -> None:
    """D124-8: the ceiling changes on 1 January: 4.35 €/h in December 2025, 4.50 €/h in January 2026."""
    sim = simulate_internship(FIGURES, start=date(2025, 11, 3), end=date(2026, 2, 27), hours_per_day=Decimal(7))
    rates = {m.label: m.hourly_rate for m in sim.months}
    assert rates == {
        "2025-11": Decimal("4.35"),
        "2025-12": Decimal("4.35"),
        "2026-01": Decimal("4.50"),
        "2026-02": Decimal("4.50"),
    }
    assert sim.hourly_rate == Decimal("4.35")
    assert len(sim.sources) == 5  # rules, two ceilings, L124-5, L3133-1


def test_years_after_the_known_ceiling_keep_the_latest_and_warn() -> None:
    sim = simulate_internship(FIGURES, start=date(2026, 12, 1), end=date(2027, 3, 31), hours_per_day=Decimal(7))
    assert [w.code for w in sim.warnings] == ["ceiling_extrapolated"]
    assert sim.months[-1].hourly_rate == Decimal("4.50")


def test_long_internship_and_long_days_warn() -> None:
    """L124-5: 6 months at most per host and academic year; L3121-18: 10 hours a day at most."""
    sim = simulate_internship(FIGURES, start=date(2026, 1, 5), end=date(2026, 9, 30), hours_per_day=Decimal(11))
    assert [w.code for w in sim.warnings] == ["internship_too_long", "internship_long_days"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"end": date(2026, 3, 31)}, "end_before_start"),
        ({"hours_per_day": Decimal(0)}, "hours_per_day_out_of_range"),
        ({"hours_per_day": Decimal(25)}, "hours_per_day_out_of_range"),
        ({"days_per_week": 0}, "days_per_week_out_of_range"),
        ({"days_per_week": 6}, "days_per_week_out_of_range"),
        ({"start": date(2026, 4, 4), "end": date(2026, 4, 6)}, "no_presence"),  # weekend + Easter Monday
        ({"start": date(2019, 6, 1), "end": date(2019, 8, 1)}, "figures_unknown_before"),
    ],
)
def test_refusals(kwargs: dict[str, object], code: str) -> None:
    arguments: dict[str, object] = {
        "start": date(2026, 4, 1),
        "end": date(2026, 6, 30),
        "hours_per_day": Decimal(7),
    }
    arguments.update(kwargs)
    with pytest.raises(PayInputError) as error:
        simulate_internship(FIGURES, **arguments)  # type: ignore[arg-type]
    assert error.value.message.code == code


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 6, 30)),
    st.integers(0, 200),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal(10), places=2),
    st.integers(1, 5),
)
def test_total_is_the_sum_of_months_hours_times_rate(
    start: date, length: int, hours_per_day: Decimal, days_per_week: int
) -> None:
    """D124-8: each month at the rate of its year; total = sum of months (0 when not due, L124-6)."""
    try:
        sim = simulate_internship(
            FIGURES,
            start=start,
            end=start + timedelta(days=length),
            hours_per_day=hours_per_day,
            days_per_week=days_per_week,
        )
    except PayInputError as error:
        assert error.message.code == "no_presence"
        return
    assert sim.presence_hours == sum((m.hours for m in sim.months), Decimal(0))
    assert sim.due == (sim.presence_hours > 308)
    expected = sum((round_cent(m.hours * m.hourly_rate) for m in sim.months), Decimal(0)) if sim.due else 0
    assert sim.total_gross == expected
    for month in sim.months:
        ceiling = FIGURES.internship.ceiling_for(month.year)
        assert ceiling is not None
        assert month.hourly_rate == round_cent(Decimal("0.15") * ceiling.hourly)
