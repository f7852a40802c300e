"""Estimate of an apprentice's net pay: always labelled an estimate, never a legal figure.

Contracts signed before 1 March 2025: no employee contributions and no CSG/CRDS on the part of the
pay up to 79 % of the SMIC (Code du travail L6243-2 and D6243-5 as they stood). Contracts signed from
1 March 2025: the exemption stops at 50 % of the SMIC and CSG/CRDS are due on the part above (loi de
financement de la sécurité sociale pour 2025; figures from pay-rules.md, article numbers to check).
On the part above, the employee rate is approximated (about 21 % private, 19.8 % public; CSG/CRDS
included in that approximation), as pay-rules.md gives it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kiosk.domain.pay.figures import NetEstimateRules, percent_of, round_cent
from kiosk.domain.pay.messages import PayMessage
from kiosk.domain.pay.schedule import Employer, NetRule, Source


def apprentice_net_rule(
    rules: NetEstimateRules, employer: Employer, signed_on: date
) -> tuple[NetRule, PayMessage, Source]:
    """The net-estimate function for a contract, the note saying it is an estimate, and its source."""
    period = rules.period_for(signed_on)
    rate = period.public_rate_percent if employer is Employer.PUBLIC else period.private_rate_percent

    def net(gross: Decimal, smic_monthly: Decimal) -> Decimal:
        threshold = percent_of(period.exempt_percent_of_smic, smic_monthly)
        above = max(Decimal(0), gross - threshold)
        return round_cent(gross - percent_of(rate, above))

    note = PayMessage.of("net_is_estimate", signed=signed_on, threshold=period.exempt_percent_of_smic, rate=rate)
    source = Source(period.source, effective=period.signed_from, last_checked=rules.last_checked)
    return net, note, source
