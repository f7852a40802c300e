"""The contract years of a programme (Code du travail D6222-28-1, L6222-7-1), one rule for the screen
and the command line."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.kinds import ContractKind, Level
from kiosk.domain.presets import SimulationPreset, contract_years_for, preset_for_programme

MDOMC_M1 = "m1-management-droit-organisations-manifestations-culturelles"
MDOMC_M2 = "m2-management-droit-organisations-manifestations-culturelles"
MESS_M1 = "m1-management-etablissements-sanitaires-sociaux"
MESS_M2 = "m2-management-etablissements-sanitaires-sociaux"


def _programme(catalogue: Catalogue, programme_id: str):  # type: ignore[no-untyped-def]
    programme = catalogue.programme(programme_id)
    assert programme is not None
    return programme


@pytest.mark.parametrize("m1", [MDOMC_M1, MESS_M1])
def test_an_m1_followed_by_a_work_linked_m2_gives_two_contracts(catalogue: Catalogue, m1: str) -> None:
    """pay-rules.md: an M1 followed by an M2 gives the 2nd-year rate in the M2 year, one contract of two
    years or two contracts; the kiosk chains two, the second continuing the cycle (D6222-28-1)."""
    preset = preset_for_programme(catalogue, _programme(catalogue, m1))
    assert (preset.contract_years, preset.shortened_years, preset.total_years) == ((1, 1), 0, 2)
    assert preset.level == Level.M1 and preset.contract == ContractKind.APPRENTICESHIP
    assert preset.reason is not None and "D6222-28-1" in preset.reason.text("fr")


@pytest.mark.parametrize("m2", [MDOMC_M2, MESS_M2])
def test_an_m2_after_a_work_linked_m1_is_paid_as_the_second_year(catalogue: Catalogue, m2: str) -> None:
    """D6222-28-1 (a one-year M2 contract is shorter than the work-linked M1 + M2 cycle: paid as its
    2nd year; DREETS Centre-Val de Loire, Q&A of 21/11/2022)."""
    preset = preset_for_programme(catalogue, _programme(catalogue, m2))
    assert (preset.contract_years, preset.shortened_years) == ((1,), 1)
    assert preset.reason is not None
    assert "D6222-28-1" in preset.reason.text("en") and "year 2" in preset.reason.text("en")


def test_any_other_programme_is_one_year_from_the_first_year(catalogue: Catalogue) -> None:
    """pay-rules.md: an M2 whose work-linked cycle is the M2 year alone (its M1 is not in the catalogue)
    equals its cycle: 1st-year rate; so is the L3."""
    for programme in catalogue.programmes:
        if programme.id in (MDOMC_M1, MDOMC_M2, MESS_M1, MESS_M2):
            continue
        years = contract_years_for(catalogue, programme)
        assert (years.contract_years, years.shortened_years, years.reason) == ((1,), 0, None), programme.id
    assert SimulationPreset().programme_id is None and SimulationPreset().total_years == 1


def test_the_rule_reads_the_catalogue_not_the_titles(catalogue: Catalogue) -> None:
    """The M1 and its M2 count only when the catalogue says the M2 (or the M1) is work-linked."""
    m1, m2 = _programme(catalogue, MESS_M1), _programme(catalogue, MESS_M2)
    standard_m2 = replace(m2, rhythms=("standard",))
    standard_m1 = replace(m1, rhythms=("standard",))
    without_work_linked_m2 = replace(
        catalogue, programmes=tuple(standard_m2 if p.id == MESS_M2 else p for p in catalogue.programmes)
    )
    assert contract_years_for(without_work_linked_m2, m1).contract_years == (1,)
    without_work_linked_m1 = replace(
        catalogue, programmes=tuple(standard_m1 if p.id == MESS_M1 else p for p in catalogue.programmes)
    )
    assert contract_years_for(without_work_linked_m1, m2).shortened_years == 0
    unknown_m1 = replace(m2, continues_from="not-in-the-catalogue")
    assert contract_years_for(catalogue, unknown_m1).shortened_years == 0


def test_the_visitor_keeps_the_programmes_contracts_only_for_their_length(catalogue: Catalogue) -> None:
    preset = preset_for_programme(catalogue, _programme(catalogue, MESS_M1))
    assert preset.contracts_for(2) == (1, 1)
    assert preset.contracts_for(3) == (3,) and preset.contracts_for(1) == (1,)
