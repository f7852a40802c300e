"""Minimum pay of a professionalisation contract (contrat de professionnalisation), month by month.

Rules (Code du travail D6325-15 to D6325-18): under 21, 55 % of the SMIC (65 % when qualified); 21 to
25, 70 % (80 %); from 26, the higher of the SMIC and 85 % of the branch agreement minimum. "Qualified"
means a professional or technological bac, or a vocational diploma of that level or above; a general
bac alone does not count. Who (L6325-1): 16 to 25, and from 26 registered jobseekers and RSA/ASS/AAH
recipients (a warning, not a refusal). Employers: private sector and EPIC only (L6325-1, L6325-2).
Length: 6 to 12 months, up to 36 in the cases set by law or agreement (L6325-11, L6325-12).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.pay.calendar import add_months, age_on
from kiosk.domain.pay.figures import LegalFigures, percent_of
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.schedule import (
    ContractSimulation,
    ContractTerms,
    Employer,
    Rate,
    Source,
    build_schedule,
    parse_employer,
    smic_sources,
)

MIN_MONTHS = 6
USUAL_MAX_MONTHS = 12
MAX_MONTHS = 36
MIN_AGE = 16
SENIOR_AGE = 26


def professionalisation_end(start: date, months: int) -> date:
    """Last day of a contract of ``months`` months."""
    return add_months(start, months) - timedelta(days=1)


def simulate_professionalisation(
    figures: LegalFigures,
    *,
    birth_date: date,
    start: date,
    months: int,
    qualified: bool = False,
    agreement_minimum: Decimal | None = None,
    employer: Employer | str = Employer.PRIVATE,
) -> ContractSimulation:
    """Legal minimum gross pay of each month of a professionalisation contract.

    Raises:
        PayInputError: public employer, under 16 at the start, length outside 6..36 months.
    """
    employer = parse_employer(employer)
    if employer is Employer.PUBLIC:
        raise PayInputError(PayMessage.of("professionalisation_public_employer"))
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise PayInputError(PayMessage.of("professionalisation_months_out_of_range", months=months))
    if agreement_minimum is not None and agreement_minimum <= 0:
        raise PayInputError(PayMessage.of("agreement_minimum_not_positive", amount=agreement_minimum))
    age = age_on(birth_date, start)
    if age < MIN_AGE:
        raise PayInputError(PayMessage.of("professionalisation_under_16", age=age))

    terms = ContractTerms(
        kind="professionalisation",
        birth_date=birth_date,
        start=start,
        end=professionalisation_end(start, months),
        employer=employer,
        age_at_start=age,
        agreement_minimum=agreement_minimum,
        months=months,
        qualified=qualified,
    )
    scale = figures.professionalisation

    def rate_rule(bracket_age: int, contract_year: int, smic_monthly: Decimal) -> Rate:
        bracket = scale.bracket_for(bracket_age)
        percent = bracket.percent_qualified if qualified else bracket.percent
        base, from_agreement = smic_monthly, False
        if bracket.agreement_percent is not None and agreement_minimum is not None:
            share = percent_of(bracket.agreement_percent, agreement_minimum)
            from_agreement = share > smic_monthly
            base = max(smic_monthly, share)
        return Rate(bracket.min_age, percent, base, from_agreement)

    schedule, smic_warnings = build_schedule(figures, terms, rate_rule, None)

    warnings: list[PayMessage] = []
    if age >= SENIOR_AGE:
        warnings.append(PayMessage.of("professionalisation_26_plus"))
    if months > USUAL_MAX_MONTHS:
        warnings.append(PayMessage.of("professionalisation_long_contract", months=months))
    warnings.extend(smic_warnings)
    notes = [PayMessage.of("full_month_minimums")]
    if any(entry.base_from_agreement for entry in schedule):
        notes.append(PayMessage.of("agreement_85_used"))
    sources = (
        *smic_sources(figures, schedule),
        Source(scale.source, effective=scale.effective, last_checked=scale.last_checked),
        Source("Code du travail, art. L6325-1 et L6325-2 (bénéficiaires et employeurs)"),
        Source("Code du travail, art. L6325-11 et L6325-12 (durée)"),
    )
    return ContractSimulation(terms, schedule, tuple(warnings), tuple(notes), sources)
