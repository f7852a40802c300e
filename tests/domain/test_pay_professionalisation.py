"""Professionalisation contract minimum pay (Code du travail D6325-15 to D6325-18, L6325-1 ff.)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.pay.figures import percent_of
from kiosk.domain.pay.messages import PayInputError
from kiosk.domain.pay.professionalisation import professionalisation_end, simulate_professionalisation

FIGURES = load_legal_yaml(Path(__file__).parents[2] / "data" / "catalogue" / "legal.yaml")


@pytest.mark.parametrize(
    ("birth", "qualified", "percent"),
    [
        (date(2006, 1, 1), False, 55),
        (date(2006, 1, 1), True, 65),
        (date(2003, 1, 1), False, 70),
        (date(2003, 1, 1), True, 80),
        (date(1995, 1, 1), False, 100),
        (date(1995, 1, 1), True, 100),
    ],
)
def test_scale_by_age_and_qualification(birth: date, qualified: bool, percent: int) -> None:
    """D6325-15, D6325-16: under 21 55/65 %, 21-25 70/80 %; D6325-18: from 26 at least the SMIC."""
    sim = simulate_professionalisation(
        FIGURES, birth_date=birth, start=date(2025, 9, 1), months=12, qualified=qualified
    )
    first = sim.schedule[0]
    assert first.percent_of_smic == Decimal(percent)
    assert first.monthly_gross == percent_of(Decimal(percent), Decimal("1801.80"))
    assert len(sim.schedule) == 12
    assert sim.contract.end == date(2026, 8, 31)


def test_26_plus_gets_85_percent_of_the_agreement_minimum_when_higher_and_a_warning() -> None:
    """D6325-18: max(SMIC, 85 % of the agreement minimum); L6325-1: from 26, jobseekers and RSA/ASS/AAH."""
    sim = simulate_professionalisation(
        FIGURES,
        birth_date=date(1990, 1, 1),
        start=date(2026, 1, 1),
        months=6,
        agreement_minimum=Decimal(2500),
    )
    assert {e.monthly_gross for e in sim.schedule} == {Decimal("2125.00")}
    assert "professionalisation_26_plus" in [w.code for w in sim.warnings]
    assert "agreement_85_used" in [n.code for n in sim.notes]
    low = simulate_professionalisation(
        FIGURES,
        birth_date=date(1990, 1, 1),
        start=date(2026, 1, 1),
        months=6,
        agreement_minimum=Decimal(2000),
    )
    assert low.schedule[0].monthly_gross == Decimal("1823.03")  # 85 % of 2,000 = 1,700 < SMIC
    assert "agreement_85_used" not in [n.code for n in low.notes]


def test_agreement_minimum_does_not_change_the_under_26_scale() -> None:
    """D6325-16: under 26 the minimum is a percentage of the SMIC only."""
    sim = simulate_professionalisation(
        FIGURES,
        birth_date=date(2003, 1, 1),
        start=date(2025, 9, 1),
        months=6,
        agreement_minimum=Decimal(3000),
    )
    assert sim.schedule[0].base == Decimal("1801.80")


def test_turning_21_moves_the_rate_on_the_first_of_the_next_month() -> None:
    """D6325-16: the 21-25 rate from the 1st of the month after the 21st birthday."""
    sim = simulate_professionalisation(FIGURES, birth_date=date(2005, 3, 15), start=date(2025, 9, 1), months=12)
    months = {e.label: e for e in sim.schedule}
    assert months["2026-03"].percent_of_smic == Decimal(55)
    assert months["2026-04"].percent_of_smic == Decimal(70)
    assert months["2026-04"].new_age_bracket


def test_long_contract_warns() -> None:
    """L6325-11, L6325-12: 6 to 12 months, up to 36 in some cases."""
    sim = simulate_professionalisation(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), months=24)
    codes = [w.code for w in sim.warnings]
    assert "professionalisation_long_contract" in codes and "smic_extrapolated" in codes
    assert sim.schedule[12].contract_year == 2


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"employer": "public"}, "professionalisation_public_employer"),
        ({"months": 5}, "professionalisation_months_out_of_range"),
        ({"months": 37}, "professionalisation_months_out_of_range"),
        ({"agreement_minimum": Decimal(-5)}, "agreement_minimum_not_positive"),
        ({"birth_date": date(2010, 1, 1)}, "professionalisation_under_16"),
    ],
)
def test_refusals(kwargs: dict[str, object], code: str) -> None:
    """L6325-1, L6325-2: private employers and EPIC only, from 16; L6325-11: 6 to 36 months."""
    arguments: dict[str, object] = {"birth_date": date(2003, 1, 1), "start": date(2025, 9, 1), "months": 12}
    arguments.update(kwargs)
    with pytest.raises(PayInputError) as error:
        simulate_professionalisation(FIGURES, **arguments)  # type: ignore[arg-type]
    assert error.value.message.code == code


def test_end_of_contract() -> None:
    assert professionalisation_end(date(2026, 1, 31), 6) == date(2026, 7, 30)


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)),
    st.integers(16 * 366, 40 * 365),
    st.integers(6, 36),
    st.booleans(),
)
def test_rate_never_decreases_and_never_below_the_scale(
    start: date, age_days: int, months: int, qualified: bool
) -> None:
    """D6325-16, D6325-18: the percentage only goes up with age, never to the 26-and-over rule after the
    start; at least the scale x SMIC in force."""
    sim = simulate_professionalisation(
        FIGURES, birth_date=start - timedelta(days=age_days), start=start, months=months, qualified=qualified
    )
    percents = [e.percent_of_smic for e in sim.schedule]
    assert percents == sorted(percents)
    senior = FIGURES.professionalisation.senior
    assert senior is not None
    for entry in sim.schedule:
        bracket = FIGURES.professionalisation.bracket_for(entry.bracket_age)
        if sim.contract.age_at_start < senior.min_age:
            assert entry.bracket_min_age < senior.min_age
            bracket = FIGURES.professionalisation.bracket_for(min(entry.bracket_age, senior.min_age - 1))
        scale = bracket.percent_qualified if qualified else bracket.percent
        assert entry.monthly_gross >= percent_of(scale, entry.smic.monthly)


def test_turning_26_during_the_contract_keeps_the_21_25_rate() -> None:
    """D6325-18: the 26-and-over rule is for people aged 26 or more when the contract is concluded;
    extended branch agreements keep the initial terms (born 2000-11-10, from 2026-09-01, qualified)."""
    sim = simulate_professionalisation(
        FIGURES, birth_date=date(2000, 11, 10), start=date(2026, 9, 1), months=12, qualified=True
    )
    assert {entry.percent_of_smic for entry in sim.schedule} == {Decimal(80)}
    assert not any(entry.new_age_bracket for entry in sim.schedule)
    assert _by_label(sim)["2026-12"].age == 26
    assert "professionalisation_26_plus" not in [w.code for w in sim.warnings]
    assert any("D6325-18" in source.reference for source in sim.sources)
    # 26 on the first day: the 26-and-over rule from the start.
    older = simulate_professionalisation(FIGURES, birth_date=date(2000, 9, 1), start=date(2026, 9, 1), months=12)
    assert older.schedule[0].percent_of_smic == Decimal(100)
    assert "professionalisation_26_plus" in [w.code for w in older.warnings]


def test_the_first_month_takes_the_age_on_the_first_day_and_is_prorated() -> None:
    """D6325-15, D6325-16: 21 on 10 September, starting on 15 September: 70 % from the first day; the
    month is due for 16 days out of 30 (pay-rules.md: calendar days)."""
    sim = simulate_professionalisation(FIGURES, birth_date=date(2005, 9, 10), start=date(2026, 9, 15), months=6)
    first = sim.schedule[0]
    assert (first.percent_of_smic, first.age, first.days_covered) == (Decimal(70), 21, 16)
    assert first.due_gross == Decimal("697.02")  # 70 % of 1,867.02 = 1,306.91; x 16 / 30 = 697.0187
    assert sim.schedule[-1].reference_day == date(2027, 3, 14)
    assert sim.total_due == sum(entry.due_gross for entry in sim.schedule)


def _by_label(sim: object) -> dict[str, object]:
    return {entry.label: entry for entry in sim.schedule}  # type: ignore[attr-defined]
