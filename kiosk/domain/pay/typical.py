"""The pay of the visitor a kiosk meets most: a student entering a work-linked Master 2 of the
catalogue, 22 years old when the contract starts next September, on an apprenticeship contract.

The attract screen shows it to draw people in; it is computed by the engine from the legal figures
in force and the programme's own contract years (an M2 that follows a work-linked M1 is paid as the
2nd year of the cycle, D6222-28-1), never written down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kiosk.domain.catalogue import Catalogue, Programme
from kiosk.domain.kinds import ContractKind, Level
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.inputs import DEFAULT_BIRTH_MONTH, default_start
from kiosk.domain.pay.scenarios import Scenario, run_scenario
from kiosk.domain.presets import contract_years_for

#: The age of the visitor a kiosk meets most, at the start of the contract (a one-year M2 after a
#: bachelor's degree and an M1).
TYPICAL_AGE = 22


@dataclass(frozen=True)
class TypicalPay:
    """``monthly_gross``: the minimum gross pay of the first full month, ``percent_of_smic`` its
    share of the SMIC (or of the agreement minimum), for ``programme`` at ``age``, from ``start``."""

    programme: Programme
    age: int
    start: date
    monthly_gross: Decimal
    percent_of_smic: Decimal | None
    contract_year: int | None


def typical_programme(catalogue: Catalogue) -> Programme | None:
    """The first work-linked M2 of the catalogue that follows a work-linked M1 (the visitor's most
    common path), else the first work-linked M2, else None."""
    masters = [p for p in catalogue.programmes if p.level == Level.M2 and p.work_linked]
    following = [p for p in masters if contract_years_for(catalogue, p).shortened_years]
    chosen = following or masters
    return chosen[0] if chosen else None


def typical_pay(catalogue: Catalogue, figures: LegalFigures, today: date) -> TypicalPay | None:
    """The typical visitor's pay (see the module), or None when the catalogue has no work-linked M2
    or the legal figures give no figure for that start."""
    programme = typical_programme(catalogue)
    if programme is None:
        return None
    years = contract_years_for(catalogue, programme)
    start = default_start(today)
    scenario = Scenario(
        contract=ContractKind.APPRENTICESHIP,
        birth_date=date(start.year - TYPICAL_AGE, DEFAULT_BIRTH_MONTH, 15),
        start=start,
        contract_years=years.contract_years,
        shortened_years=years.shortened_years,
    )
    result = run_scenario(figures, scenario)
    month = result.headline_month(start) if result.ok else None
    if month is None:
        return None
    return TypicalPay(programme, TYPICAL_AGE, start, month.gross, month.percent_of_smic, month.contract_year)
