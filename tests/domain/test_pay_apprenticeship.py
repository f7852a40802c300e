"""Apprenticeship minimum pay (Code du travail D6222-26 to D6222-31, L6222-1, L6222-2, D6222-1)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.pay.apprenticeship import apprenticeship_end, simulate_apprenticeship
from kiosk.domain.pay.figures import percent_of
from kiosk.domain.pay.messages import PayInputError
from kiosk.domain.pay.schedule import Employer

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
    """D6222-31: turning 21 on 2026-03-15 gives the 21-25 rate from 2026-04-01; March shows the real age."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2005, 3, 15), start=date(2025, 9, 1), years=2)
    months = _by_month(sim)
    march, april = months["2026-03"], months["2026-04"]
    assert (march.age, march.bracket_age, march.percent_of_smic, march.monthly_gross) == (  # type: ignore[attr-defined]
        21,
        20,
        Decimal(43),
        Decimal("783.90"),
    )
    assert (april.age, april.bracket_age, april.percent_of_smic, april.monthly_gross) == (  # type: ignore[attr-defined]
        21,
        21,
        Decimal(53),
        Decimal("966.21"),
    )
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
    assert [part.contract_year for part in months["2025-09"].parts] == [1, 2]  # type: ignore[attr-defined]
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
    assert sim.warnings[0].text("en").startswith("From 1 January 2027, ")
    assert "(€12.31/h from 1 June 2026)" in sim.warnings[0].text("en")
    assert sim.warnings[0].text("fr").startswith("À partir du 1er janvier 2027, ")
    assert "(12,31 €/h depuis le 1er juin 2026)" in sim.warnings[0].text("fr")


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
    """D6222-28-1: a contract shorter than its training cycle is paid as having completed the earlier
    part of the cycle (a one-year M2 contract in an M1 + M2 cycle: the 2nd-year rate)."""
    sim = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, shortened_years=1
    )
    assert sim.schedule[0].contract_year == 2
    assert sim.schedule[0].percent_of_smic == Decimal(61)
    assert "shortened_contract" in [n.code for n in sim.notes]
    assert "2e année" in sim.notes[[n.code for n in sim.notes].index("shortened_contract")].text("fr")
    assert any("D6222-28-1" in s.reference for s in sim.sources)


def test_sources_name_the_current_articles() -> None:
    """D6222-34 is now D6222-31 (decree 2020-373); D6222-30 is the +15-point rule, not successive
    contracts (D6222-29); D6222-28 is an extension, not a shorter contract (D6222-28-1)."""
    sim = simulate_apprenticeship(
        FIGURES,
        birth_date=date(2003, 1, 1),
        start=date(2025, 9, 1),
        years=1,
        shortened_years=1,
        previous_rate=Decimal(61),
    )
    references = " ".join(source.reference for source in sim.sources)
    assert "D6222-31" in references and "D6222-26" in references and "D6222-29" in references
    assert "D6222-34" not in references and "D6222-30" not in references
    assert "D6222-28 " not in references and "D6222-28," not in references


def test_public_employer_uses_the_same_scale() -> None:
    """Decree 2020-478 of 24 April 2020: same scale in the public sector."""
    private = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1)
    public = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, employer="public"
    )
    assert [e.monthly_gross for e in public.schedule] == [e.monthly_gross for e in private.schedule]
    assert public.contract.employer is Employer.PUBLIC
    assert any("2020-478" in s.reference for s in public.sources)
    # Net estimate: the public sector's social contributions (10.10 %) and CSG/CRDS (9.7 % of 98.25 %)
    # on the part above 50 % of the SMIC: 954.95 - 900.90 = 54.05; 5.46 + 5.15.
    assert public.schedule[0].net_threshold == Decimal("900.90")
    assert public.schedule[0].net_estimate == Decimal("944.34")
    assert private.schedule[0].net_estimate == Decimal("943.69")


def test_net_estimate_depends_on_the_date_of_signature() -> None:
    """Signed up to 28 February 2025: contributions only above 79 % of the SMIC and no CSG/CRDS at all;
    from 1 March 2025: contributions and CSG/CRDS above 50 % (LFSS 2025 art. 22-23, decree 2025-290,
    Code du travail L6243-2 and D6243-5; BOSS update of 3 July 2025: the date of signature decides)."""
    after = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1)
    first = after.schedule[0]
    # 53 % of 1,801.80 = 954.95; exempt 900.90; 11.31 % of 54.05 = 6.11; 9.7 % x 98.25 % of 54.05 = 5.15.
    assert (first.monthly_gross, first.net_threshold, first.net_estimate) == (
        Decimal("954.95"),
        Decimal("900.90"),
        Decimal("943.69"),
    )
    assert after.contract.signed_on == date(2025, 9, 1), "the signature defaults to the start"
    assert "net_is_estimate" in [n.code for n in after.notes]
    [note] = [n for n in after.notes if n.code == "net_is_estimate"]
    assert "9,7 % de CSG et de CRDS sur 98,25 % de cette part" in note.text("fr")  # the data's figures
    signed_early = simulate_apprenticeship(
        FIGURES, birth_date=date(2003, 1, 1), start=date(2025, 9, 1), years=1, signed_on=date(2025, 2, 15)
    )
    early = signed_early.schedule[0]
    assert (early.net_threshold, early.net_estimate) == (Decimal("1423.42"), Decimal("954.95"))  # 53 % < 79 %
    assert "net_is_estimate_no_csg" in [n.code for n in signed_early.notes]
    assert [e.monthly_gross for e in signed_early.schedule] == [e.monthly_gross for e in after.schedule]
    # 26 and over (100 %): before, 11.31 % of 1,801.80 - 1,423.42 = 42.79 and no CSG/CRDS;
    # after, 11.31 % of 900.90 = 101.89 and 9.7 % x 98.25 % of 900.90 = 85.86.
    older = {"birth_date": date(1998, 1, 1), "start": date(2025, 9, 1), "years": 1}
    before_march = simulate_apprenticeship(FIGURES, signed_on=date(2025, 2, 28), **older)  # type: ignore[arg-type]
    from_march = simulate_apprenticeship(FIGURES, signed_on=date(2025, 3, 1), **older)  # type: ignore[arg-type]
    assert before_march.schedule[0].net_estimate == Decimal("1759.01")
    assert from_march.schedule[0].net_estimate == Decimal("1614.05")


def test_net_exemption_is_prorated_in_a_partial_month() -> None:
    """BOSS: in a month the contract covers in part, the exempt part is SMIC x rate x days / days of the month."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2003, 1, 1), start=date(2026, 9, 15), years=1)
    first = sim.schedule[0]
    # 50 % of 1,867.02 = 933.51, x 16 / 30 = 497.87; due 53 % = 989.52 x 16 / 30 = 527.74.
    assert (first.due_gross, first.net_threshold) == (Decimal("527.74"), Decimal("497.87"))
    above = Decimal("527.74") - Decimal("497.87")
    assert first.net_estimate == Decimal("527.74") - percent_of(Decimal("11.31"), above) - Decimal("2.85")


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
        (date(1989, 9, 1), {"exception": "higher-diploma"}, "apprentice_exception_too_old"),  # 36
        (date(1989, 9, 1), {"exception": "broken-contract"}, "apprentice_exception_too_old"),  # 36
        # 35 at the start but 36 at the signature (D6222-1: the age when the contract is concluded)
        (
            date(1989, 9, 5),
            {"exception": "higher-diploma", "signed_on": date(2025, 9, 5)},
            "apprentice_exception_too_old",
        ),
    ],
)
def test_eligibility_refusals(birth: date, kwargs: dict[str, object], code: str) -> None:
    """L6222-1: 16 to 29 at the start (15 after collège); L6222-2 and D6222-1: exceptions, 35 at most at
    the signature for a higher diploma or after a contract broken for reasons beyond the apprentice."""
    with pytest.raises(PayInputError) as error:
        simulate_apprenticeship(FIGURES, birth_date=birth, start=date(2025, 9, 1), years=1, **kwargs)  # type: ignore[arg-type]
    assert error.value.message.code == code


@pytest.mark.parametrize(
    ("birth", "kwargs"),
    [
        (date(2010, 9, 1), {"after_college": True}),  # 15 after collège
        (date(1995, 9, 2), {}),  # 29
        (date(1990, 9, 2), {"exception": "higher-diploma"}),  # 34
        (date(1990, 9, 1), {"exception": "higher-diploma"}),  # 35: "trente-cinq ans au plus"
        (date(1990, 9, 1), {"exception": "broken-contract"}),  # 35
        (date(1960, 1, 1), {"exception": "business-creation"}),
        (date(1980, 1, 1), {"exception": "top-athlete"}),
        (date(1970, 1, 1), {"exception": "disabled-worker"}),
    ],
)
def test_eligibility_accepted(birth: date, kwargs: dict[str, object]) -> None:
    """L6222-1, L6222-2, D6222-1: the limits, 35 inclusive, and the exceptions without upper limit."""
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=date(2025, 9, 1), years=1, **kwargs)  # type: ignore[arg-type]
    assert len(sim.schedule) == 12
    if "exception" in kwargs:
        assert "exception_used" in [note.code for note in sim.notes]


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
        scale = FIGURES.apprenticeship.bracket_for(entry.bracket_age).percents[entry.contract_year - 1]
        assert entry.monthly_gross >= percent_of(scale, smic.monthly)


@settings(max_examples=60, deadline=None)
@given(people)
def test_rate_never_decreases_as_the_contract_goes_on(person: tuple[date, date, int, Decimal | None]) -> None:
    """D6222-26, D6222-31: age and contract year only move the percentage up."""
    birth, start, years, previous = person
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=start, years=years, previous_rate=previous)
    percents = [entry.percent_of_smic for entry in sim.schedule]
    grosses = [entry.monthly_gross for entry in sim.schedule]
    assert percents == sorted(percents)
    assert grosses == sorted(grosses)


def test_the_age_bracket_of_the_first_month_is_the_age_on_the_first_day() -> None:
    """D6222-26 sets the percentage by age: 18 on 10 September, starting on 15 September, is paid the
    18-20 rate from the first day (pay-rules.md: the CERFA service of the Mission apprentissage does
    the same); each month shows the real age."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2008, 9, 10), start=date(2026, 9, 15), years=1)
    september = sim.schedule[0]
    assert (september.age, september.bracket_age, september.bracket_min_age) == (18, 18, 18)
    assert september.percent_of_smic == Decimal(43)
    assert sim.contract.age_at_start == 18
    # Turning 18 after the start (on the 20th): under 18 in September, the 18-20 rate from 1 October.
    later = simulate_apprenticeship(FIGURES, birth_date=date(2008, 9, 20), start=date(2026, 9, 15), years=1)
    months = _by_month(later)
    assert months["2026-09"].percent_of_smic == Decimal(27)  # type: ignore[attr-defined]
    assert months["2026-09"].age == 18  # type: ignore[attr-defined]  # on 30 September: the real age
    assert months["2026-10"].percent_of_smic == Decimal(43)  # type: ignore[attr-defined]
    assert months["2026-10"].new_age_bracket  # type: ignore[attr-defined]


def test_partial_months_are_prorated_by_calendar_days() -> None:
    """pay-rules.md, conventions: a month covered in part is due its full-month minimum x days / days of
    the month, rounded half-up to the cent; totals add what is due, never whole months not covered."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2004, 1, 1), start=date(2026, 9, 15), years=1)
    first, last = sim.schedule[0], sim.schedule[-1]
    assert len(sim.schedule) == 13
    assert (first.label, first.days_covered, first.days_in_month) == ("2026-09", 16, 30)
    assert (first.monthly_gross, first.due_gross) == (Decimal("989.52"), Decimal("527.74"))
    assert (last.label, last.days_covered, last.reference_day) == ("2027-09", 14, date(2027, 9, 14))
    assert (last.monthly_gross, last.due_gross) == (Decimal("989.52"), Decimal("461.78"))
    assert all(not entry.partial and entry.due_gross == entry.monthly_gross for entry in sim.schedule[1:-1])
    assert sim.total_due == Decimal("11874.24")
    assert sim.notes[0].code == "partial_months_prorated"
    assert "16" in sim.notes[0].text("fr") and "30" in sim.notes[0].text("en")


def test_a_mid_month_anniversary_splits_the_month_at_each_rate() -> None:
    """D6222-26: the 2nd contract year starts on the anniversary; the month is split, each part at its own
    rate and prorated by its days (14 days at 53 %, 16 days at 61 %)."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(2004, 1, 1), start=date(2026, 9, 15), years=2)
    september = _by_month(sim)["2027-09"]
    parts = september.parts  # type: ignore[attr-defined]
    assert [(p.first_day.day, p.last_day.day, p.contract_year, p.percent_of_smic) for p in parts] == [
        (1, 14, 1, Decimal(53)),
        (15, 30, 2, Decimal(61)),
    ]
    assert [p.due_gross for p in parts] == [Decimal("461.78"), Decimal("607.40")]
    assert september.due_gross == Decimal("1069.18")  # type: ignore[attr-defined]
    assert september.monthly_gross == Decimal("1138.88")  # type: ignore[attr-defined]  # in force on the 30th
    assert september.contract_year == 2  # type: ignore[attr-defined]


def test_a_new_year_at_the_same_rate_does_not_split_the_month() -> None:
    """26 and over: 100 % every year (D6222-26), so a mid-month anniversary changes nothing that month."""
    sim = simulate_apprenticeship(FIGURES, birth_date=date(1998, 1, 1), start=date(2025, 9, 15), years=2)
    september = _by_month(sim)["2026-09"]
    assert len(september.parts) == 1  # type: ignore[attr-defined]
    assert september.due_gross == september.monthly_gross  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(people)
def test_what_is_due_adds_up_to_the_days_covered(person: tuple[date, date, int, Decimal | None]) -> None:
    """pay-rules.md: each part is its full-month minimum x its days / days of the month; totals add the dues."""
    birth, start, years, previous = person
    sim = simulate_apprenticeship(FIGURES, birth_date=birth, start=start, years=years, previous_rate=previous)
    assert sum(entry.days_covered for entry in sim.schedule) == (sim.contract.end - start).days + 1
    assert sim.total_due == sum(entry.due_gross for entry in sim.schedule)
    for entry in sim.schedule:
        assert entry.due_gross == sum(part.due_gross for part in entry.parts)
        assert sum(part.days for part in entry.parts) == entry.days_covered
        assert entry.due_gross <= max(part.monthly_gross for part in entry.parts)
        if not entry.partial and len(entry.parts) == 1:
            assert entry.due_gross == entry.monthly_gross
