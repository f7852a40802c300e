"""Apprenticeship minimum pay (Code du travail D6222-26 to D6222-34, L6222-1, L6222-2)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.pay import Employer, PayInputError, simulate_apprenticeship
from kiosk.domain.pay.apprenticeship import apprenticeship_end
from kiosk.domain.pay.figures import percent_of

FIGURES = load_legal_yaml(Path(__file__).parents[2] / "data" / "catalogue" / "legal.yaml")


def _by_month(sim: object) -> dict[str, object]:
    return {entry.label: entry for entry in sim.schedule}  # type: ignore[attr-defined]


def test_scale_by_age_and_contract_year() -> None:
    """D6222-26: under 18: 27/39/55 %; 18-20: 43/51/67 %; 21-25: 53/61/78 %; 26+: 100 %."""
    expected = {
        16: ("27", "39", "55"),
        18: ("43", "51", "67"),
        21: ("53", "61", "78"),
        26: ("100", "100", "100"),
    }
    for min_age, percents in expected.items():
        bracket = FIGURES.apprenticeship.bracket_for(min_age)
        assert bracket.percents == tuple(Decimal(p) for p in percents)


def test_birthday_moves_the_bracket_on_the_first_of_the_next_month() -> None:
    """D6222-34: turning 21 on 2026-03-15 gives the 21-25 rate from 2026-04-01."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2005, 3, 15), start=date(2025, 9, 1), years=2)
    months = _by_month(sim)
    march, april = months["2026-03"], months["2026-04"]
    assert (march.age, march.percent_of_smic, march.monthly_gross) == (20, Decimal(43), Decimal("783.90"))  # type: ignore[attr-defined]
    assert (april.age, april.percent_of_smic, april.monthly_gross) == (21, Decimal(53), Decimal("966.21"))  # type: ignore[attr-defined]
    assert april.new_age_bracket and not march.new_age_bracket  # type: ignore[attr-defined]
    assert len(sim.schedule) == 24
    assert sim.contract.end == date(2027, 8, 31)


def test_contract_year_changes_on_the_anniversary() -> None:
    """D6222-26: year 2 from the first anniversary of the start; a month gives its last day's year."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2008, 1, 10), start=date(2024, 9, 15), years=2)
    months = _by_month(sim)
    assert months["2025-08"].contract_year == 1  # type: ignore[attr-defined]
    assert months["2025-09"].contract_year == 2  # type: ignore[attr-defined]
    assert months["2025-09"].new_contract_year  # type: ignore[attr-defined]
    assert sim.schedule[-1].label == "2026-09"
    assert sim.schedule[-1].reference_day == date(2026, 9, 14)
    # Under 18 until 2026-01-10: 39 % in year 2, 51 % from February 2026 (18-20, year 2).
    assert months["2026-01"].percent_of_smic == Decimal(39)  # type: ignore[attr-defined]
    assert months["2026-02"].percent_of_smic == Decimal(51)  # type: ignore[attr-defined]


def test_new_smic_of_june_2026_applies_from_june() -> None:
    """Order of 22 May 2026: 12.31 €/h from 2026-06-01 (1,867.02 € a month)."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2000, 1, 1), start=date(2026, 1, 1), years=1)
    months = _by_month(sim)
    assert months["2026-05"].smic_monthly == Decimal("1823.03")  # type: ignore[attr-defined]
    assert months["2026-06"].smic_monthly == Decimal("1867.02")  # type: ignore[attr-defined]
    assert months["2026-06"].new_smic and not months["2026-05"].new_smic  # type: ignore[attr-defined]
    assert months["2026-06"].monthly_gross == Decimal("1867.02")  # type: ignore[attr-defined]  # 26+: 100 %
    assert sim.warnings == ()


def test_months_after_the_known_smic_keep_the_latest_and_warn() -> None:
    """L3231-5: the SMIC is revalued every 1 January; later values are not known yet."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2006, 5, 1), start=date(2026, 9, 1), years=1)
    months = _by_month(sim)
    assert not months["2026-12"].smic_extrapolated  # type: ignore[attr-defined]
    assert months["2027-01"].smic_extrapolated  # type: ignore[attr-defined]
    assert months["2027-01"].smic.hourly == Decimal("12.31")  # type: ignore[attr-defined]
    assert [w.code for w in sim.warnings] == ["smic_extrapolated"]
    assert "2027-01-01" in sim.warnings[0].text("en")
    assert "01/01/2027" in sim.warnings[0].text("fr")


def test_start_before_known_figures_is_refused() -> None:
    with pytest.raises(PayInputError) as error:
        simulate_apprenticeship(FIGURES, birth_date=date(2000, 1, 1), start=date(2019, 9, 1), years=1)
    assert error.value.message.code == "figures_unknown_before"


def test_successive_contract_keeps_the_previous_rate() -> None:
    """D6222-29: a new contract (e.g. M2 after M1) pays at least the last rate, unless the scale is higher."""
    sim = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, previous_rate=Decimal(61)
    )
    assert {entry.percent_of_smic for entry in sim.schedule} == {Decimal(61)}
    assert sim.schedule[0].monthly_gross == percent_of(Decimal(61), Decimal("1801.80"))
    assert "previous_rate_used" in [n.code for n in sim.notes]
    assert any("D6222-29" in s.reference for s in sim.sources)
    lower = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, previous_rate=Decimal(40)
    )
    assert lower.schedule[0].percent_of_smic == Decimal(53)


def test_agreement_minimum_is_the_base_from_21_when_higher() -> None:
    """D6222-26: from 21, the percentage applies to the agreement minimum when it beats the SMIC."""
    over_26 = simulate_apprenticeship(
        FIGURES,
        birth_date=date(1990, 1, 1),
        start=date(2025, 9, 1),
        years=1,
        agreement_minimum=Decimal("2100.00"),
        exception="disabled-worker",
    )
    assert over_26.schedule[0].base == Decimal("2100.00")
    assert over_26.schedule[0].monthly_gross == Decimal("2100.00")
    assert over_26.schedule[0].base_from_agreement
    codes = [n.code for n in over_26.notes]
    assert "agreement_minimum_used" in codes and "exception_used" in codes
    young = simulate_apprenticeship(
        FIGURES, birth_date=date(2008, 1, 1), start=date(2025, 9, 1), years=1, agreement_minimum=Decimal(2100)
    )
    assert young.schedule[0].base == Decimal("1801.80")  # under 21: always the SMIC
    low = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, agreement_minimum=Decimal(1000)
    )
    assert low.schedule[0].base == Decimal("1801.80")
    assert "agreement_minimum_used" not in [n.code for n in low.notes]


def test_shortened_contract_starts_at_a_later_year() -> None:
    """D6222-28, D6222-28-1: the apprentice is treated as having completed the years removed."""
    sim = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, shortened_years=1
    )
    assert sim.schedule[0].contract_year == 2
    assert sim.schedule[0].percent_of_smic == Decimal(61)
    assert "shortened_contract" in [n.code for n in sim.notes]


def test_public_employer_uses_the_same_scale() -> None:
    """Decree 2020-478 of 24 April 2020: same scale in the public sector."""
    private = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1)
    public = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, employer="public"
    )
    assert [e.monthly_gross for e in public.schedule] == [e.monthly_gross for e in private.schedule]
    assert public.contract.employer is Employer.PUBLIC
    assert any("2020-478" in s.reference for s in public.sources)
    # Net estimate uses the public rate (19.8 %) on the part above 50 % of the SMIC.
    gross, smic = public.schedule[0].monthly_gross, public.schedule[0].smic_monthly
    above = gross - percent_of(Decimal(50), smic)
    assert public.schedule[0].net_estimate == gross - percent_of(Decimal("19.8"), above)


def test_net_estimate_before_and_from_march_2025() -> None:
    """LFSS 2025: exemption up to 79 % of the SMIC before 2025-03-01, 50 % from then (an estimate)."""
    before = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 2, 1), years=1)
    assert all(e.net_estimate == e.monthly_gross for e in before.schedule)  # 53 % < 79 %
    after = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1)
    first = after.schedule[0]
    # 53 % of 1,801.80 = 954.95; threshold 900.90; 21 % of 54.05 = 11.35.
    assert (first.monthly_gross, first.net_estimate) == (Decimal("954.95"), Decimal("943.60"))
    assert "net_is_estimate" in [n.code for n in after.notes]
    signed_early = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, signed_on=date(2025, 2, 15)
    )
    assert signed_early.schedule[0].net_estimate == Decimal("954.95")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"years": 0}, "apprentice_years_out_of_range"),
        ({"years": 4}, "apprentice_years_out_of_range"),
        ({"shortened_years": 3}, "shortened_out_of_range"),
        ({"shortened_years": -1}, "shortened_out_of_range"),
        ({"years": 3, "shortened_years": 1}, "apprentice_cycle_too_long"),
        ({"previous_rate": Decimal(101)}, "previous_rate_out_of_range"),
        ({"previous_rate": Decimal(-1)}, "previous_rate_out_of_range"),
        ({"agreement_minimum": Decimal(0)}, "agreement_minimum_not_positive"),
        ({"exception": "astronaut"}, "unknown_exception"),
        ({"employer": "ngo"}, "unknown_employer"),
    ],
)
def test_impossible_contracts_are_refused(kwargs: dict[str, object], code: str) -> None:
    """L6222-7-1: 1 to 3 years offered; rates and amounts must make sense."""
    arguments: dict[str, object] = {"birth_date": date(2003, 1, 1), "start": date(2025, 9, 1), "years": 1}
    arguments.update(kwargs)
    with pytest.raises(PayInputError) as error:
        simulate_apprenticeship(FIGURES, **arguments)  # type: ignore[arg-type]
    assert error.value.message.code == code
    assert error.value.text("fr") and error.value.text("en")


@pytest.mark.parametrize(
    ("birth", "kwargs", "code"),
    [
        (date(2011, 9, 2), {}, "apprentice_under_15"),  # 13
        (date(2010, 9, 2), {"after_college": True}, "apprentice_under_15"),  # 14
        (date(2010, 9, 1), {}, "apprentice_15_needs_college"),  # 15
        (date(1995, 9, 1), {}, "apprentice_too_old"),  # 30
        (date(1990, 9, 1), {"exception": "higher-diploma"}, "apprentice_higher_diploma_too_old"),  # 35
    ],
)
def test_eligibility_refusals(birth: date, kwargs: dict[str, object], code: str) -> None:
    """L6222-1: 16 to 29 at the start (15 after collège); L6222-2: exceptions, higher diploma below 35."""
    with pytest.raises(PayInputError) as error:
        simulate_apprenticeship(FIGURES, birth_date=birth, start=date(2025, 9, 1), years=1, **kwargs)  # type: ignore[arg-type]
    assert error.value.message.code == code


@pytest.mark.parametrize(
    ("birth", "kwargs"),
    [
        (date(2010, 9, 1), {"after_college": True}),  # 15 after collège
        (date(1995, 9, 2), {}),  # 29
        (date(1990, 9, 2), {"exception": "higher-diploma"}),  # 34
        (date(1960, 1, 1), {"exception": "business-creation"}),
        (date(1980, 1, 1), {"exception": "top-athlete"}),
    ],
)
def test_eligibility_accepted(birth: date, kwargs: dict[str, object]) -> None:
    """L6222-1 and L6222-2: the limits and the exceptions without upper limit."""
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=date(2025, 9, 1), years=1, **kwargs)  # type: ignore[arg-type]
    assert len(sim.schedule) == 12


def test_end_is_the_day_before_the_last_anniversary() -> None:
    assert apprenticeship_end(date(2025, 9, 1), 3) == date(2028, 8, 31)
    assert apprenticeship_end(date(2024, 2, 29), 1) == date(2025, 2, 27)


people = st.builds(
    lambda start, age_days, years, previous: (start - timedelta(days=age_days), start, years, previous),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)),
    st.integers(16 * 366, 29 * 365),
    st.integers(1, 3),
    st.one_of(st.none(), st.decimals(min_value=0, max_value=100, places=0)),
)


@settings(max_examples=60, deadline=None)
@given(people)
def test_pay_never_below_the_brackets_percentage_of_the_smic(
    person: tuple[date, date, int, Decimal | None],
) -> None:
    """D6222-26: each month at least the bracket's percentage of the SMIC in force that month."""
    birth, start, years, previous = person
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=start, years=years, previous_rate=previous)
    for entry in sim.schedule:
        smic = FIGURES.smic.in_force(entry.reference_day)
        assert smic is not None and entry.smic == smic
        scale = FIGURES.apprenticeship.bracket_for(entry.age).percents[entry.contract_year - 1]
        assert entry.monthly_gross >= percent_of(scale, smic.monthly)


@settings(max_examples=60, deadline=None)
@given(people)
def test_rate_never_decreases_as_the_contract_goes_on(person: tuple[date, date, int, Decimal | None]) -> None:
    """D6222-26, D6222-34: age and contract year only move the percentage up."""
    birth, start, years, previous = person
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=start, years=years, previous_rate=previous)
    percents = [entry.percent_of_smic for entry in sim.schedule]
    grosses = [entry.monthly_gross for entry in sim.schedule]
    assert percents == sorted(percents)
    assert grosses == sorted(grosses)
