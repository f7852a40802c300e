"""Minimum pay of a professionalisation contract (contrat de professionnalisation), month by month.

Rules (Code du travail D6325-15 to D6325-18): under 21, 55 % of the SMIC (65 % when qualified); 21 to
25, 70 % (80 %), from the 1st of the month after the 21st birthday (D6325-16); 26 and over, the higher
of the SMIC and 85 % of the branch agreement minimum, for a trainee aged 26 or more when the contract
is concluded (D6325-18): a 26th birthday during the contract changes nothing (extended branch
agreements keep the initial terms). "Qualified" means a professional or technological bac, or a
vocational diploma of that level or above; a general bac alone does not count. Who (L6325-1): 16 to
25, and from 26 registered jobseekers and RSA/ASS/AAH recipients (a warning, not a refusal).
Employers: private sector and EPIC only (L6325-1, L6325-2). Length: 6 to 12 months, up to 36 in the
cases set by law or agreement (L6325-11, L6325-12). Limits: :data:`kiosk.domain.pay.inputs.PROFESSIONALISATION`.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import add_months, age_on
from kiosk.domain.pay.figures import LegalFigures, percent_of
from kiosk.domain.pay.inputs import PROFESSIONALISATION
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.schedule import (
    ContractSimulation,
    ContractTerms,
    Employer,
    Rate,
    Source,
    build_schedule,
    parse_employer,
    partial_months_note,
    smic_sources,
)

LIMITS = PROFESSIONALISATION


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
    if months not in LIMITS.months:
        raise PayInputError(
            PayMessage.of(
                "professionalisation_months_out_of_range",
                months=months,
                minimum=LIMITS.months.minimum,
                maximum=LIMITS.months.maximum,
            )
        )
    if agreement_minimum is not None and agreement_minimum <= 0:
        raise PayInputError(PayMessage.of("agreement_minimum_not_positive", amount=agreement_minimum))
    age = age_on(birth_date, start)
    if age < LIMITS.min_age:
        raise PayInputError(PayMessage.of("professionalisation_under_16", age=age, minimum=LIMITS.min_age))

    terms = ContractTerms(
        kind=ContractKind.PROFESSIONALISATION,
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
    senior = scale.senior
    # Below the senior bracket's age at the start, a birthday never reaches it (D6325-18).
    oldest_bracket_age = None if senior is None or age >= senior.min_age else senior.min_age - 1

    def rate_rule(bracket_age: int, contract_year: int, smic_monthly: Decimal) -> Rate:
        if oldest_bracket_age is not None:
            bracket_age = min(bracket_age, oldest_bracket_age)
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
    if age >= LIMITS.jobseekers_from_age:
        warnings.append(PayMessage.of("professionalisation_26_plus", age=LIMITS.jobseekers_from_age))
    if months > LIMITS.usual_max_months:
        warnings.append(
            PayMessage.of(
                "professionalisation_long_contract",
                months=months,
                usual=LIMITS.usual_max_months,
                maximum=LIMITS.months.maximum,
            )
        )
    warnings.extend(smic_warnings)
    notes = [partial_months_note(schedule)]
    if any(entry.base_from_agreement for entry in schedule):
        notes.append(PayMessage.of("agreement_85_used"))
    sources = (
        *smic_sources(figures, schedule),
        Source(scale.source, effective=scale.effective, last_checked=scale.last_checked),
        Source("Code du travail, art. D6325-16 (changement de tranche d'âge le 1er du mois suivant l'anniversaire)"),
        Source("Code du travail, art. D6325-18 (26 ans et plus à la conclusion du contrat)"),
        Source("Code du travail, art. L6325-1 et L6325-2 (bénéficiaires et employeurs)"),
        Source("Code du travail, art. L6325-11 et L6325-12 (durée)"),
    )
    return ContractSimulation(terms, schedule, tuple(warnings), tuple(notes), sources)
