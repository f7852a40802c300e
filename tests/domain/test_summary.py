"""Take-home summaries: short, in the visitor's language, the schedule as ranges of equal pay."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.catalogue import Catalogue, Programme, Text
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.messages import PayMessage
from kiosk.domain.pay.scenarios import MonthFigure, Scenario, ScenarioResult, run_scenario
from kiosk.domain.summary import (
    ELLIPSIS,
    MAX_SUMMARY_BYTES,
    figures_date,
    fit,
    money,
    pay_lines,
    pay_ranges,
    programme_summary,
    qr_payload,
    simulation_summary,
)

BIRTH = date(2005, 6, 15)
START = date(2026, 9, 1)


def month(year: int, number: int, gross: str) -> MonthFigure:
    return MonthFigure(year=year, month=number, gross=Decimal(gross), due=Decimal(gross))


def test_money_in_each_language() -> None:
    assert money(Decimal("1104.56"), "fr") == "1 104,56 €"
    assert money(Decimal("1104.56"), "en") == "€1,104.56"


def test_equal_consecutive_months_make_one_range() -> None:
    ranges = pay_ranges(
        [month(2026, 9, "802.82"), month(2026, 10, "802.82"), month(2026, 11, "900"), month(2027, 3, "900")]
    )
    assert [(r.label(), r.due, r.months) for r in ranges] == [
        ("09/2026–10/2026", Decimal("802.82"), 2),
        ("11/2026–03/2027", Decimal("900"), 5),
    ]
    assert pay_ranges([month(2026, 9, "1")])[0].label() == "09/2026"
    assert pay_ranges([]) == ()


@given(st.lists(st.sampled_from(["500", "600", "700"]), min_size=1, max_size=36))
def test_ranges_keep_every_month_and_its_pay(amounts: list[str]) -> None:
    months = [month(2026 + (8 + i) // 12, (8 + i) % 12 + 1, a) for i, a in enumerate(amounts)]
    ranges = pay_ranges(months)
    assert sum(r.months for r in ranges) == len(months)
    assert all(a.due != b.due for a, b in itertools.pairwise(ranges))


def test_pay_lines_are_capped_with_an_ellipsis() -> None:
    result = ScenarioResult("internship", tuple(month(2026, m, str(500 + m)) for m in range(1, 13)))
    lines = pay_lines(result, "fr", max_lines=4)
    assert len(lines) == 4 and lines[-1] == ELLIPSIS
    assert lines[0] == "01/2026 : 501,00 €"
    assert pay_lines(result, "en", max_lines=20)[0] == "01/2026: €501.00"


def test_fit_drops_lines_from_the_end_then_cuts_the_first() -> None:
    assert fit(["a", "b"], 10) == "a\nb"
    assert fit(["a" * 6, "b" * 6], 10) == "a" * 6
    cut = fit(["é" * 20], 10)
    assert cut.endswith(ELLIPSIS) and len(cut.encode()) <= 10


def test_apprenticeship_summary(legal: LegalFigures, catalogue: Catalogue) -> None:
    scenario = Scenario("apprenticeship", BIRTH, START, (1, 1), employer="public")
    result = run_scenario(legal, scenario)
    programme = catalogue.programmes[0]
    text = simulation_summary(result, scenario, "fr", date(2026, 1, 1), programme, "Contrat d'apprentissage")
    lines = text.splitlines()
    assert lines[0] == "IMPGT – Simulation de salaire minimum"
    assert programme.title.fr in lines[1]
    assert lines[2] == "Contrat : Contrat d'apprentissage, 2 ans, employeur public, dès le 01/09/2026"
    assert "09/2026–" in text and "Total :" in text
    assert "Chiffres légaux en vigueur le 01/01/2026" in text
    assert "2005" not in text  # the birth date never leaves the kiosk
    assert len(text.encode()) <= MAX_SUMMARY_BYTES


def test_a_partial_month_is_its_own_line_and_the_total_says_so(legal: LegalFigures) -> None:
    """pay-rules.md: the take-home summary shows what is due, a month covered in part prorated by days."""
    scenario = Scenario("apprenticeship", date(2004, 1, 1), date(2026, 9, 15))
    result = run_scenario(legal, scenario)
    text = simulation_summary(result, scenario, "fr", None)
    assert "09/2026 : 527,74 €" in text and "10/2026–08/2027 : 989,52 €" in text and "09/2027 : 461,78 €" in text
    assert "Total : 11 874,24 € brut (mois incomplets au prorata des jours)" in text
    english = simulation_summary(result, scenario, "en", None)
    assert "Total: €11,874.24 gross (part months prorated by days)" in english


def test_english_summary_of_one_year_private(legal: LegalFigures) -> None:
    scenario = Scenario("apprenticeship", BIRTH, START)
    text = simulation_summary(run_scenario(legal, scenario), scenario, "en", None)
    assert "Contract: apprenticeship, 1 year, private employer, from 01/09/2026" in text  # British order
    assert "Legal figures" not in text


def test_professionalisation_refused_says_why(legal: LegalFigures) -> None:
    scenario = Scenario("professionalisation", BIRTH, START, months=1, employer="public")
    result = run_scenario(legal, scenario)
    assert not result.ok
    text = simulation_summary(result, scenario, "en", None)
    assert "Contract: professionalisation, 1 month, public employer" in text
    assert "No figure: " in text


def test_unknown_employer_and_contract_are_left_as_given() -> None:
    scenario = Scenario("other", BIRTH, START, months=12, employer="odd")
    result = ScenarioResult("other", refusal=PayMessage.of("unknown_contract", contract="other"))
    text = simulation_summary(result, scenario, "fr", None)
    assert "Contrat : other, 1 mois, dès le 01/09/2026" in text


def test_internship_summary(legal: LegalFigures) -> None:
    scenario = Scenario("internship", BIRTH, START, internship_end=date(2027, 2, 28))
    result = run_scenario(legal, scenario)
    text = simulation_summary(result, scenario, "fr", figures_date(legal, result))
    assert "Contrat : stage, 6 mois, dès le 01/09/2026" in text
    assert "Gratification minimale par mois :" in text
    short = replace(scenario, internship_end=date(2026, 9, 30), hours_per_day=Decimal(2))
    not_due = run_scenario(legal, short)
    assert not not_due.due
    assert "Gratification non obligatoire" in simulation_summary(not_due, short, "fr", None)


def test_a_long_schedule_is_shortened_but_keeps_the_total_and_date() -> None:
    months = tuple(month(2026 + i // 12, i % 12 + 1, str(1000 + i)) for i in range(36))
    result = ScenarioResult("apprenticeship", months)
    programme_title = Text("T" * 150, "T" * 150)
    programme = Programme("p", "M2", programme_title, "aix", ("initial",), ("work_linked",), Text("", ""))
    scenario = Scenario("apprenticeship", BIRTH, START, (3,))
    text = simulation_summary(result, scenario, "fr", date(2026, 1, 1), programme, "x" * 120)
    assert len(text.encode()) <= MAX_SUMMARY_BYTES
    assert "Total :" in text and "01/01/2026" in text and ELLIPSIS in text


def test_figures_date_is_the_newest_figure_used(legal: LegalFigures) -> None:
    scenario = Scenario("apprenticeship", BIRTH, START)
    result = run_scenario(legal, scenario)
    used = figures_date(legal, result)
    assert used == max(
        r.effective for r in legal.smic.rates if any(r.effective <= date(m.year, m.month, 28) for m in result.months)
    )
    internship = Scenario("internship", BIRTH, START, internship_end=date(2026, 12, 31))
    assert figures_date(legal, run_scenario(legal, internship)) is not None
    assert figures_date(legal, ScenarioResult("apprenticeship")) is None
    ancient = ScenarioResult("apprenticeship", (month(1900, 1, "1"),))
    assert figures_date(legal, ancient) is None
    ancient_internship = ScenarioResult("internship", (month(1900, 1, "1"),))
    assert figures_date(legal, ancient_internship) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_programme_summary(catalogue: Catalogue, lang: str) -> None:
    for programme in catalogue.programmes:
        text = programme_summary(catalogue, programme, lang)  # type: ignore[arg-type]
        assert programme.title.get(lang) in text  # type: ignore[arg-type]
        assert len(text.encode()) <= MAX_SUMMARY_BYTES


def test_programme_summary_with_every_field(catalogue: Catalogue) -> None:
    base = catalogue.programmes[0]
    partner = catalogue.partners[0] if catalogue.partners else None
    full = replace(
        base,
        campus="elsewhere",
        partner=partner.id if partner else None,
        ranking=3,
        web_page="https://example.org/p",
        contact="scol@example.org",
        contract_types=(),
    )
    text = programme_summary(catalogue, full, "en")
    assert "Campus: elsewhere" in text
    assert "Eduniversal ranking: #3" in text and "Web: https://example.org/p" in text
    assert "Contact: scol@example.org" in text and "Contracts:" not in text
    if partner is not None:
        assert f" with {partner.name.en}" in text
    assert qr_payload(full, text) == "https://example.org/p"
    assert qr_payload(base, text) == text
    assert qr_payload(None, text) == text
