"""Each contract's pay at a glance: the range of the legal scale, or the hourly minimum, read from
the dated legal figures (for the contracts screen, where the four contracts are compared)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.figures import LegalFigures


@dataclass(frozen=True)
class PayGlance:
    """``lowest``/``highest``: percentages of the SMIC the scale goes from and to (apprenticeship,
    professionalisation); ``hourly``: the minimum gratification per hour (internship); all None:
    no legal scale (training contract)."""

    contract: ContractKind
    lowest: Decimal | None = None
    highest: Decimal | None = None
    hourly: Decimal | None = None


def pay_glance(figures: LegalFigures, contract: ContractKind, day: date) -> PayGlance:
    """The pay of ``contract`` in one line's worth of figures, in force on ``day``."""
    if contract is ContractKind.APPRENTICESHIP:
        percents = [percent for bracket in figures.apprenticeship.brackets for percent in bracket.percents]
        return PayGlance(contract, min(percents), max(percents))
    if contract is ContractKind.PROFESSIONALISATION:
        brackets = figures.professionalisation.brackets
        percents = [p for bracket in brackets for p in (bracket.percent, bracket.percent_qualified)]
        return PayGlance(contract, min(percents), max(percents))
    if contract is ContractKind.INTERNSHIP:
        rules = figures.internship
        ceiling = rules.ceiling_for(day.year) or rules.ceilings[0]
        return PayGlance(contract, hourly=rules.hourly_rate(ceiling))
    return PayGlance(contract)
