"""The typical visitor's pay the attract screen shows: computed by the engine from the catalogue and
the legal figures, for a work-linked M2 after a work-linked M1, 22 at the start (pay-rules.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.kinds import Level
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.typical import TYPICAL_AGE, typical_pay, typical_programme

MDOMC_M2 = "m2-management-droit-organisations-manifestations-culturelles"


def test_the_typical_visitor_is_paid_as_the_second_year_of_the_cycle(catalogue: Catalogue, legal: LegalFigures) -> None:
    """A one-year M2 after the IMPGT's work-linked M1: 2nd year of the cycle (D6222-28-1), 21-25
    bracket: 61 % of the SMIC. SMIC of 1 June 2026: 12.31 €/h, 1,867.02 € a month (pay-rules.md),
    still the latest known for a start on 1 September 2027: 61 % = 1,138.88 €."""
    pay = typical_pay(catalogue, legal, date(2026, 12, 1))
    assert pay is not None
    assert pay.programme.id == MDOMC_M2
    assert (pay.age, pay.start, pay.contract_year) == (TYPICAL_AGE, date(2027, 9, 1), 2)
    assert pay.percent_of_smic == Decimal(61)
    assert pay.monthly_gross == Decimal("1138.88")


def test_the_typical_programme_follows_the_catalogue(catalogue: Catalogue) -> None:
    assert typical_programme(catalogue) == catalogue.programme(MDOMC_M2)
    # No M1 work-linked any more: the first work-linked M2 (paid as a 1st year).
    alone = replace(catalogue, programmes=tuple(p for p in catalogue.programmes if p.level != Level.M1))
    first = typical_programme(alone)
    assert first is not None and first.level == Level.M2 and first.work_linked
    assert first == next(p for p in alone.programmes if p.level == Level.M2 and p.work_linked)
    # No work-linked M2: nothing to show.
    none = replace(catalogue, programmes=tuple(p for p in catalogue.programmes if p.level != Level.M2))
    assert typical_programme(none) is None


def test_no_figure_without_a_programme_or_a_smic(catalogue: Catalogue, legal: LegalFigures) -> None:
    none = replace(catalogue, programmes=tuple(p for p in catalogue.programmes if p.level != Level.M2))
    assert typical_pay(none, legal, date(2026, 12, 1)) is None
    # Before the first SMIC the legal figures know: the engine refuses, the screen shows no figure.
    assert typical_pay(catalogue, legal, date(2000, 1, 1)) is None


def test_a_one_year_m2_alone_is_paid_as_a_first_year(catalogue: Catalogue, legal: LegalFigures) -> None:
    alone = replace(catalogue, programmes=tuple(p for p in catalogue.programmes if p.level != Level.M1))
    pay = typical_pay(alone, legal, date(2026, 12, 1))
    assert pay is not None and pay.contract_year == 1 and pay.percent_of_smic == Decimal(53)
    assert pay.monthly_gross == Decimal("989.52")  # 53 % of 1,867.02 €
