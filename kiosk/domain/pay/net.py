"""Estimate of an apprentice's net pay: always labelled an estimate, never a legal figure.

The regime depends on the date the contract was signed (concluded), not the date it starts (BOSS,
update of 3 July 2025). Signed up to 28 February 2025: no employee contributions on the part of the
pay up to 79 % of the SMIC, social contributions only on the part above, no CSG/CRDS at all. Signed
from 1 March 2025: no employee contributions up to 50 % of the SMIC; on the part above, social
contributions and CSG/CRDS (LFSS 2025 art. 22-23, decree 2025-290; Code du travail L6243-2, D6243-5;
Code de la sécurité sociale L136-1-1). The thresholds and rates are dated data (``legal.yaml``).
In a month the contract covers only in part, the exempt part is prorated by calendar days, as the
pay is (BOSS: SMIC x rate x days of employment / days of the month).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kiosk.domain.pay.figures import HUNDRED, NetEstimatePeriod, NetEstimateRules, percent_of, round_cent
from kiosk.domain.pay.messages import PayMessage
from kiosk.domain.pay.schedule import Employer, NetEstimate, NetRule, Source, prorated


def net_estimate(
    period: NetEstimatePeriod, employer: Employer, due: Decimal, smic_monthly: Decimal, days: int, month_days: int
) -> NetEstimate:
    """The exempt part of ``due`` and the net left after the employee contributions of ``period``."""
    threshold = prorated(percent_of(period.exempt_percent_of_smic, smic_monthly), days, month_days)
    above = max(Decimal(0), due - threshold)
    social = percent_of(period.social_percent(employer is Employer.PUBLIC), above)
    csg_crds = round_cent(period.csg_crds_percent * period.csg_crds_base_percent * above / (HUNDRED * HUNDRED))
    return NetEstimate(threshold, due - social - csg_crds)


def apprentice_net_rule(
    rules: NetEstimateRules, employer: Employer, signed_on: date
) -> tuple[NetRule, PayMessage, Source]:
    """The net-estimate function for a contract, the note saying it is an estimate, and its source."""
    period = rules.period_for(signed_on)

    def net(due: Decimal, smic_monthly: Decimal, days: int, month_days: int) -> NetEstimate:
        return net_estimate(period, employer, due, smic_monthly, days, month_days)

    social = period.social_percent(employer is Employer.PUBLIC)
    if period.csg_crds_due:
        note = PayMessage.of(
            "net_is_estimate",
            signed=signed_on,
            threshold=period.exempt_percent_of_smic,
            social=social,
            csg=period.csg_crds_percent,
            base=period.csg_crds_base_percent,
        )
    else:
        note = PayMessage.of(
            "net_is_estimate_no_csg", signed=signed_on, threshold=period.exempt_percent_of_smic, social=social
        )
    source = Source(period.source, effective=period.signed_from, last_checked=rules.last_checked)
    return net, note, source
