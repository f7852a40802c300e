"""Scenarios: what the simulator screen asks of the pay rules (chained contracts, comparison)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.data.legal import load_legal_yaml
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay import simulate_apprenticeship
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import (
    MonthFigure,
    Scenario,
    ScenarioResult,
    comparable_scenarios,
    compare,
    run_scenario,
)
from kiosk.domain.presets import SimulationPreset, preset_for_programme

FIGURES = load_legal_yaml(Path(__file__).resolve().parents[2] / "data" / "catalogue" / "legal.yaml")


@pytest.fixture
def figures() -> LegalFigures:
    return FIGURES


def test_one_apprenticeship_contract_matches_the_engine(figures: LegalFigures) -> None:
    scenario = Scenario("apprenticeship", date(2005, 6, 15), date(2025, 9, 1), (2,))
    result = run_scenario(figures, scenario)
    engine = simulate_apprenticeship(figures, birth_date=date(2005, 6, 15), start=date(2025, 9, 1), years=2)
    assert result.ok and result.due
    assert [m.gross for m in result.months] == [e.monthly_gross for e in engine.schedule]
    assert [m.percent_of_smic for m in result.months] == [e.percent_of_smic for e in engine.schedule]
    assert result.total_gross == sum(e.monthly_gross for e in engine.schedule)
    assert result.sources == engine.sources


def test_successive_contracts_keep_at_least_the_last_rate(figures: LegalFigures) -> None:
    """D6222-29 (successive contracts, e.g. M1 then M2): at least the last rate of the previous contract."""
    result = run_scenario(figures, Scenario("apprenticeship", date(2005, 1, 10), date(2025, 9, 1), (1, 1)))
    assert len(result.months) == 24
    second = result.months[12]
    assert second.contract_index == 1 and "contract" in second.changes
    assert second.percent_of_smic is not None and result.months[11].percent_of_smic is not None
    assert second.percent_of_smic >= result.months[11].percent_of_smic
    assert len(result.sources) == len(set(result.sources))


def test_successive_contracts_warn_once_about_an_unknown_smic(figures: LegalFigures) -> None:
    """After the latest known SMIC, each contract would warn; the earliest warning says it for both."""
    result = run_scenario(figures, Scenario("apprenticeship", date(2006, 3, 15), date(2027, 9, 1), (1, 1)))
    codes = [warning.code for warning in result.warnings]
    assert len(codes) == len(set(codes)) == 1
    assert "2027" in result.warnings[0].text("en")


def test_a_refusal_is_a_sentence_not_an_empty_result(figures: LegalFigures) -> None:
    """L6222-1: 30 or more without an exception gets a clear message and no figure."""
    result = run_scenario(figures, Scenario("apprenticeship", date(1990, 1, 1), date(2026, 9, 1)))
    assert not result.ok and result.months == ()
    assert result.refusal is not None and result.refusal.code == "apprentice_too_old"
    assert "36" in result.refusal.text("en") and "36" in result.refusal.text("fr")
    public = run_scenario(
        figures, Scenario("professionalisation", date(2004, 1, 1), date(2026, 9, 1), employer="public")
    )
    assert public.refusal is not None and public.refusal.text("fr")


def test_unknown_contract_is_refused(figures: LegalFigures) -> None:
    result = run_scenario(figures, Scenario("training", date(2004, 1, 1), date(2026, 9, 1)))
    assert result.refusal is not None and result.refusal.text("en")


def test_internship_result_and_gratification(figures: LegalFigures) -> None:
    """D124-8: due from the 309th hour; each month at the rate of its year."""
    scenario = Scenario(
        "internship", date(2004, 1, 1), date(2026, 2, 2), internship_end=date(2026, 6, 30), hours_per_day=Decimal(7)
    )
    result = run_scenario(figures, scenario)
    assert result.ok and result.due
    assert all(m.hourly_rate == Decimal("4.50") for m in result.months)
    assert result.total_gross == sum(m.gross for m in result.months)
    assert scenario.length_months == 5
    short = run_scenario(figures, Scenario("internship", date(2004, 1, 1), date(2026, 2, 2)))
    assert not short.due and short.total_gross == 0


def test_lengths_months_and_averages() -> None:
    assert Scenario("apprenticeship", date(2004, 1, 1), date(2026, 9, 1), (1, 1)).length_months == 24
    assert Scenario("professionalisation", date(2004, 1, 1), date(2026, 9, 1), months=18).length_months == 18
    assert Scenario("internship", date(2004, 1, 1), date(2026, 9, 1)).length_months == 1
    empty = ScenarioResult("internship")
    assert empty.first_month is None and empty.month_on(date(2026, 1, 1)) is None
    months = (MonthFigure(2026, 9, Decimal("100.00")), MonthFigure(2026, 10, Decimal("200.01")))
    result = ScenarioResult("apprenticeship", months)
    assert result.month_on(date(2026, 10, 15)) == months[1]
    assert result.month_on(date(2025, 1, 1)) == months[0]
    assert months[0].label == "2026-09"


def test_comparison_runs_the_same_person_under_each_contract(figures: LegalFigures) -> None:
    scenario = Scenario("apprenticeship", date(2004, 3, 1), date(2026, 9, 1), (1, 1))
    results = compare(figures, scenario)
    assert [r.contract for r in results] == ["apprenticeship", "professionalisation", "internship"]
    apprenticeship, professionalisation, internship = results
    assert len(apprenticeship.months) == 24 and len(professionalisation.months) == 24
    assert len(internship.months) == 6, "an internship lasts at most six months (L124-5)"
    from_internship = comparable_scenarios(
        Scenario("internship", date(2004, 3, 1), date(2026, 9, 1), internship_end=date(2027, 8, 31))
    )
    assert from_internship[0].contract_years == (1,)
    assert from_internship[1].months == 12
    assert from_internship[2].internship_end == date(2027, 8, 31)


def test_the_comparison_internship_lasts_six_months_from_any_start_day(figures: LegalFigures) -> None:
    """L124-5: six months at most; from the 15th it ends on the 14th, six months later."""
    *_, internship = comparable_scenarios(Scenario("apprenticeship", date(2004, 3, 1), date(2026, 9, 15)))
    assert internship.internship_end == date(2027, 3, 14)


def test_months_carry_the_base_of_the_minimum(figures: LegalFigures) -> None:
    """D6222-26: from 21 the base is the higher of the SMIC and the agreement minimum."""
    scenario = Scenario("apprenticeship", date(2003, 1, 1), date(2026, 9, 1), agreement_minimum=Decimal(2500))
    first = run_scenario(figures, scenario).months[0]
    assert first.base == Decimal(2500) and first.base_from_agreement
    assert first.gross == (first.base * first.percent_of_smic / 100).quantize(Decimal("0.01"))


def test_presets_follow_the_programme(catalogue: Catalogue) -> None:
    m1 = catalogue.programme("m1-management-etablissements-sanitaires-sociaux")
    m2 = catalogue.programme("m2-management-etablissements-sanitaires-sociaux")
    assert m1 is not None and m2 is not None
    preset = preset_for_programme(catalogue, m1)
    assert preset.contract_years == (1, 1) and preset.total_years == 2 and preset.level == "M1"
    assert preset_for_programme(catalogue, m2).contract_years == (1,)
    assert SimulationPreset().programme_id is None
    assert m1.work_linked and m2.work_linked
