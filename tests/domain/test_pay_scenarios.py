"""Scenarios: the one entry of the screen, the CLI and the self-test (chained contracts, comparison)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.kinds import SIMULATED_CONTRACTS, ContractKind
from kiosk.domain.pay.apprenticeship import simulate_apprenticeship
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import (
    MonthFigure,
    Scenario,
    ScenarioResult,
    ScenarioRuns,
    comparable_scenarios,
    compare,
    default_scenario,
    run_scenario,
    signature_choices,
)

FIGURES = load_legal_yaml(Path(__file__).resolve().parents[2] / "data" / "catalogue" / "legal.yaml")
APPRENTICESHIP, PROFESSIONALISATION, INTERNSHIP = (
    ContractKind.APPRENTICESHIP,
    ContractKind.PROFESSIONALISATION,
    ContractKind.INTERNSHIP,
)


@pytest.fixture
def figures() -> LegalFigures:
    return FIGURES


def test_one_apprenticeship_contract_matches_the_engine(figures: LegalFigures) -> None:
    scenario = Scenario(APPRENTICESHIP, date(2005, 6, 15), date(2025, 9, 1), (2,))
    result = run_scenario(figures, scenario)
    engine = simulate_apprenticeship(figures, birth_date=date(2005, 6, 15), start=date(2025, 9, 1), years=2)
    assert result.ok and result.due
    assert [m.gross for m in result.months] == [e.monthly_gross for e in engine.schedule]
    assert [m.due for m in result.months] == [e.due_gross for e in engine.schedule]
    assert [m.percent_of_smic for m in result.months] == [e.percent_of_smic for e in engine.schedule]
    assert result.total_due == engine.total_due
    assert result.sources == engine.sources
    assert result.contracts == (engine.contract,)


def test_successive_contracts_continue_the_cycle_and_keep_at_least_the_last_rate(figures: LegalFigures) -> None:
    """D6222-28-1: the M2 contract after the M1 is paid as year 2 of the cycle; D6222-29: at least the
    last rate of the previous contract."""
    result = run_scenario(figures, Scenario(APPRENTICESHIP, date(2004, 1, 10), date(2025, 9, 1), (1, 1)))
    assert len(result.months) == 24
    last_of_first, second = result.months[11], result.months[12]
    assert second.contract_index == 1 and "contract" in second.changes
    assert (last_of_first.contract_year, second.contract_year) == (1, 2)
    assert (last_of_first.percent_of_smic, second.percent_of_smic) == (Decimal(53), Decimal(61))
    assert [terms.shortened_years for terms in result.contracts] == [0, 1]
    assert result.contracts[1].previous_rate == Decimal(53)
    assert len(result.sources) == len(set(result.sources))
    # Started in the 2nd year of a 3-year cycle, the contract after is paid as year 3.
    later = run_scenario(figures, Scenario(APPRENTICESHIP, date(2004, 1, 10), date(2025, 9, 1), (1, 1), 1))
    assert (later.months[0].contract_year, later.months[12].contract_year) == (2, 3)
    assert later.months[12].percent_of_smic == Decimal(78)


def test_successive_contracts_sign_the_first_on_the_date_given(figures: LegalFigures) -> None:
    """BOSS of 3 July 2025: the date of signature of each contract chooses its contribution rules."""
    scenario = Scenario(APPRENTICESHIP, date(2004, 1, 10), date(2025, 9, 1), (1, 1), signed_on=date(2025, 2, 1))
    result = run_scenario(figures, scenario)
    assert [terms.signed_on for terms in result.contracts] == [date(2025, 2, 1), date(2026, 9, 1)]
    assert result.months[0].net_estimate == result.months[0].due  # old rules, 53 % < 79 %
    assert result.months[12].net_estimate is not None and result.months[12].net_estimate < result.months[12].due


def test_previous_rate_of_another_contract(figures: LegalFigures) -> None:
    """D6222-29: after a contract that led to its diploma, at least its last rate (here 67 %)."""
    result = run_scenario(
        figures, Scenario(APPRENTICESHIP, date(2004, 1, 10), date(2026, 9, 1), previous_rate=Decimal(67))
    )
    assert {m.percent_of_smic for m in result.months} == {Decimal(67)}
    assert result.note("previous_rate_used") is not None


def test_successive_contracts_warn_once_about_an_unknown_smic(figures: LegalFigures) -> None:
    """After the latest known SMIC, each contract would warn; the earliest warning says it for both."""
    result = run_scenario(figures, Scenario(APPRENTICESHIP, date(2006, 3, 15), date(2027, 9, 1), (1, 1)))
    codes = [warning.code for warning in result.warnings]
    assert len(codes) == len(set(codes)) == 1
    assert "2027" in result.warnings[0].text("en")


def test_a_refusal_is_a_sentence_not_an_empty_result(figures: LegalFigures) -> None:
    """L6222-1: 30 or more without an exception gets a clear message and no figure."""
    result = run_scenario(figures, Scenario(APPRENTICESHIP, date(1990, 1, 1), date(2026, 9, 1)))
    assert not result.ok and result.months == ()
    assert result.refusal is not None and result.refusal.code == "apprentice_too_old"
    assert "36" in result.refusal.text("en") and "36" in result.refusal.text("fr")
    assert "35 ans inclus" in result.refusal.text("fr")  # the age of the capped exceptions (inputs.py)
    public = run_scenario(figures, Scenario(PROFESSIONALISATION, date(2004, 1, 1), date(2026, 9, 1), employer="public"))
    assert public.refusal is not None and public.refusal.text("fr")


def test_unknown_contract_is_refused(figures: LegalFigures) -> None:
    result = run_scenario(figures, Scenario(ContractKind.TRAINING, date(2004, 1, 1), date(2026, 9, 1)))
    assert result.refusal is not None and result.refusal.text("en")


def test_an_unanswered_diploma_question_gives_both_minimums(figures: LegalFigures) -> None:
    """D6325-15: 70 % without a professional or technological bac, 80 % with one (21-25): the kiosk does
    not pick the lower figure unseen."""
    result = run_scenario(figures, Scenario(PROFESSIONALISATION, date(2004, 1, 1), date(2026, 9, 1), qualified=None))
    assert result.alternative is not None
    assert result.months[0].percent_of_smic == Decimal(70)
    assert result.alternative.months[0].percent_of_smic == Decimal(80)
    assert result.note("qualification_unknown") is not None
    answered = run_scenario(figures, Scenario(PROFESSIONALISATION, date(2004, 1, 1), date(2026, 9, 1)))
    assert answered.alternative is None and answered.note("qualification_unknown") is None


def test_internship_result_and_gratification(figures: LegalFigures) -> None:
    """D124-8: due from the 309th hour; each month at the rate of its year."""
    scenario = Scenario(
        INTERNSHIP, date(2004, 1, 1), date(2026, 2, 2), internship_end=date(2026, 6, 30), hours_per_day=Decimal(7)
    )
    result = run_scenario(figures, scenario)
    assert result.ok and result.due and result.internship is not None
    assert all(m.hourly_rate == Decimal("4.50") for m in result.months)
    assert result.total_due == sum(m.due for m in result.months) == result.internship.total_gross
    assert scenario.length_months == 5
    assert result.total_between(date(2026, 2, 2), date(2026, 6, 30)) == result.total_due
    short = run_scenario(figures, Scenario(INTERNSHIP, date(2004, 1, 1), date(2026, 2, 2)))
    assert not short.due and short.total_due == 0


def test_lengths_months_and_lookups() -> None:
    assert Scenario(APPRENTICESHIP, date(2004, 1, 1), date(2026, 9, 1), (1, 1)).length_months == 24
    assert Scenario(APPRENTICESHIP, date(2004, 1, 1), date(2026, 9, 15), (1,)).end == date(2027, 9, 14)
    assert Scenario(PROFESSIONALISATION, date(2004, 1, 1), date(2026, 9, 1), months=18).length_months == 18
    assert Scenario(INTERNSHIP, date(2004, 1, 1), date(2026, 9, 1)).length_months == 1
    empty = ScenarioResult(INTERNSHIP)
    assert empty.first_month is None and empty.month_on(date(2026, 1, 1)) is None
    months = (
        MonthFigure(2026, 9, Decimal("100.00"), Decimal("100.00")),
        MonthFigure(2026, 10, *[Decimal("200.01")] * 2),
    )
    result = ScenarioResult(APPRENTICESHIP, months)
    assert result.month_on(date(2026, 10, 15)) == months[1]
    assert result.month_on(date(2025, 1, 1)) == months[0]
    assert months[0].label == "2026-09" and not result.has_partial_month
    assert months[0].days_covered == 30


def test_what_is_due_between_two_days_counts_calendar_days(figures: LegalFigures) -> None:
    """pay-rules.md: a part of a month is its full-month minimum x its days / the days of the month."""
    result = run_scenario(figures, Scenario(APPRENTICESHIP, date(2004, 1, 1), date(2026, 9, 15), (2,)))
    september_2027 = result.months[12]
    assert september_2027.label == "2027-09" and len(september_2027.parts) == 2
    assert september_2027.due_between(date(2027, 9, 1), date(2027, 9, 30)) == september_2027.due
    assert september_2027.due_between(date(2027, 9, 1), date(2027, 9, 14)) == Decimal("461.78")
    assert september_2027.due_between(date(2027, 9, 10), date(2027, 9, 20)) == (
        Decimal("164.92") + Decimal("227.78")  # 989.52 x 5 / 30 and 1,138.88 x 6 / 30
    )
    assert september_2027.due_between(date(2027, 10, 1), date(2027, 10, 31)) == 0
    assert result.has_partial_month and result.months[0].partial


def test_comparison_runs_the_same_person_over_the_same_period(figures: LegalFigures) -> None:
    """An internship lasts 6 months at most (L124-5): the comparison totals every contract over the
    period they all cover, and says which."""
    scenario = Scenario(APPRENTICESHIP, date(2004, 3, 1), date(2026, 9, 1), (1, 1))
    comparison = compare(figures, scenario)
    assert [r.contract for r in comparison.results] == list(SIMULATED_CONTRACTS)
    apprenticeship, professionalisation, internship = comparison.results
    assert len(apprenticeship.months) == 24 and len(professionalisation.months) == 24
    assert len(internship.months) == 6, "an internship lasts at most six months (L124-5)"
    assert (comparison.first_day, comparison.last_day) == (date(2026, 9, 1), date(2027, 2, 28))
    assert comparison.total_over_period(apprenticeship) == sum(m.due for m in apprenticeship.months[:6])
    assert comparison.total_over_period(internship) == internship.total_due
    from_internship = comparable_scenarios(
        Scenario(INTERNSHIP, date(2004, 3, 1), date(2026, 9, 1), internship_end=date(2027, 8, 31))
    )
    assert from_internship[0].contract_years == (1,)
    assert from_internship[1].months == 12
    assert from_internship[2].internship_end == date(2027, 8, 31)


def test_the_comparison_period_ends_on_the_earliest_end_from_any_start_day(figures: LegalFigures) -> None:
    """L124-5: six months at most; from the 15th it ends on the 14th, six months later."""
    *_, internship = comparable_scenarios(Scenario(APPRENTICESHIP, date(2004, 3, 1), date(2026, 9, 15)))
    assert internship.internship_end == date(2027, 3, 14)
    comparison = compare(figures, Scenario(APPRENTICESHIP, date(2004, 3, 1), date(2026, 9, 15)))
    assert comparison.last_day == date(2027, 3, 14)
    first = comparison.results[0]
    # 16/30 of September, five whole months, 14/31 of March.
    assert comparison.total_over_period(first) == sum(m.due for m in first.months[:6]) + Decimal("446.88")


def test_months_carry_the_base_of_the_minimum(figures: LegalFigures) -> None:
    """D6222-26: from 21 the base is the higher of the SMIC and the agreement minimum."""
    scenario = Scenario(APPRENTICESHIP, date(2003, 1, 1), date(2026, 9, 1), agreement_minimum=Decimal(2500))
    first = run_scenario(figures, scenario).months[0]
    assert first.base == Decimal(2500) and first.base_from_agreement
    assert first.percent_of_smic is not None
    assert first.gross == (first.base * first.percent_of_smic / 100).quantize(Decimal("0.01"))


def test_the_date_of_signature_is_asked_only_where_it_changes_the_net(figures: LegalFigures) -> None:
    """BOSS of 3 July 2025: the rules depend on the date of signature. A contract starting after
    1 March 2025 may have been signed before: worth asking only when the net estimates differ."""
    adult = Scenario(APPRENTICESHIP, date(2004, 1, 1), date(2026, 9, 1))
    choices = signature_choices(figures, adult)
    assert [c.signed_on for c in choices] == [date(2025, 2, 28), None]  # None: signed by the first day
    assert choices == signature_choices(figures, replace(adult, start=date(2026, 9, 15)))
    assert choices[0].label.text("fr") == "Signé avant le 1er mars 2025"
    assert choices[1].label.text("en") == "Signed on or after 1 March 2025"
    # 27 % of the SMIC (under 18, one year) is below 50 %: no contribution under either rule.
    assert signature_choices(figures, Scenario(APPRENTICESHIP, date(2010, 1, 1), date(2026, 9, 1))) == ()
    # A contract starting before 1 March 2025 was signed under the old rules only.
    assert signature_choices(figures, replace(adult, start=date(2025, 1, 6))) == ()
    assert signature_choices(figures, replace(adult, contract=PROFESSIONALISATION)) == ()


@pytest.mark.parametrize("contract", SIMULATED_CONTRACTS)
def test_the_default_scenario_has_a_figure(figures: LegalFigures, contract: ContractKind) -> None:
    """What the simulator and the self-test start from: a 21-year-old from the next September."""
    scenario = default_scenario(contract, date(2026, 6, 1))
    assert scenario.start == date(2026, 9, 1) and scenario.birth_date == date(2005, 6, 15)
    result = run_scenario(figures, scenario)
    assert result.ok and result.total_due > 0
    assert (scenario.qualified is None) == (contract == PROFESSIONALISATION)
    assert default_scenario(contract, date(2026, 10, 1)).start == date(2027, 9, 1)


def test_the_headline_month_is_one_the_contract_covers_in_full(figures: LegalFigures) -> None:
    """A month covered in part is due less than the monthly pay: the headline takes the next full month."""
    result = run_scenario(figures, Scenario(APPRENTICESHIP, date(2004, 1, 1), date(2026, 9, 15)))
    assert result.month_on(date(2026, 6, 1)) == result.months[0]
    assert result.headline_month(date(2026, 6, 1)) == result.months[1]
    assert result.headline_month(date(2027, 1, 10)) == result.months[4]
    short = run_scenario(
        figures, Scenario(INTERNSHIP, date(2004, 1, 1), date(2026, 9, 15), internship_end=date(2026, 9, 30))
    )
    assert short.headline_month(date(2026, 9, 1)) == short.months[0]
    assert ScenarioResult(INTERNSHIP).headline_month(date(2026, 9, 1)) is None
    partial_only = ScenarioResult(
        APPRENTICESHIP, (MonthFigure(2026, 9, Decimal(1), Decimal(1), date(2026, 9, 15), date(2026, 9, 30)),)
    )
    assert partial_only.headline_month(date(2026, 9, 1)) == partial_only.months[0]


@settings(max_examples=40, deadline=None)
@given(
    contract=st.sampled_from(SIMULATED_CONTRACTS),
    birth_year=st.integers(1995, 2011),
    start_month=st.integers(1, 12),
    start_year=st.integers(2024, 2028),
    years=st.integers(1, 3),
)
def test_runs_kept_give_what_a_run_gives(
    contract: ContractKind, birth_year: int, start_month: int, start_year: int, years: int
) -> None:
    """The simulator's memo of runs (issue 20): each result, comparison and signature question is the
    one the functions give, whether the scenario was run before or not."""
    runs = ScenarioRuns(FIGURES, size=4)
    scenario = Scenario(contract, date(birth_year, 6, 15), date(start_year, start_month, 1), contract_years=(years,))
    for _ in range(2):  # first run, then from the memo
        assert runs.run(scenario) == run_scenario(FIGURES, scenario)
        assert runs.compare(scenario) == compare(FIGURES, scenario)
        assert runs.signature_choices(scenario) == signature_choices(FIGURES, scenario)


def test_runs_keep_the_latest_scenarios_only() -> None:
    runs = ScenarioRuns(FIGURES, size=2)
    scenarios = [Scenario(APPRENTICESHIP, date(2005, 6, 15), date(2026, 9, 1), contract_years=(n,)) for n in (1, 2, 3)]
    first = runs.run(scenarios[0])
    assert runs.run(scenarios[0]) is first  # kept
    runs.run(scenarios[1])
    runs.run(scenarios[0])  # used again: now the latest
    runs.run(scenarios[2])  # the oldest, scenarios[1], goes
    assert runs.run(scenarios[0]) is first
    second = runs.run(scenarios[1])  # run again
    assert second == run_scenario(FIGURES, scenarios[1]) and second is not first
