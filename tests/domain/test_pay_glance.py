"""The contracts screen's pay at a glance, from the legal figures (pay-rules.md: D6222-26,
D6325-15 to D6325-18, D124-8)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.glance import PayGlance, pay_glance


def test_each_contract_at_a_glance(legal: LegalFigures) -> None:
    day = date(2026, 12, 1)
    assert pay_glance(legal, ContractKind.APPRENTICESHIP, day) == PayGlance(
        ContractKind.APPRENTICESHIP, Decimal(27), Decimal(100)
    )
    assert pay_glance(legal, ContractKind.PROFESSIONALISATION, day) == PayGlance(
        ContractKind.PROFESSIONALISATION, Decimal(55), Decimal(100)
    )
    # 15 % of the 2026 hourly ceiling of 30 € (service-public.fr F20559).
    assert pay_glance(legal, ContractKind.INTERNSHIP, day).hourly == Decimal("4.50")
    assert pay_glance(legal, ContractKind.INTERNSHIP, date(2019, 5, 1)).hourly == Decimal("3.90")  # earliest known
    assert pay_glance(legal, ContractKind.TRAINING, day) == PayGlance(ContractKind.TRAINING)
