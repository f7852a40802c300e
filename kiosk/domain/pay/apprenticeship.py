"""Minimum pay of an apprenticeship contract (contrat d'apprentissage), month by month.

Rules: scale D6222-26 (age bracket x contract year, % of the SMIC or, from 21, of the agreement
minimum when higher); new bracket from the 1st of the month after the birthday (D6222-34); a contract
shortened after earlier training starts at a later contract year (D6222-28, D6222-28-1); a new
contract after one that led to the diploma pays at least the previous contract's last rate unless the
age scale gives more (D6222-29, same or other employer); eligibility 16 to 29 at the start, 15 after
collège, with exceptions lifting the upper limit (L6222-1, L6222-2); public employers use the same
scale since decree 2020-478.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.pay.calendar import add_years, age_on
from kiosk.domain.pay.figures import HUNDRED, LegalFigures
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.net import apprentice_net_rule
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

MIN_YEARS = 1
MAX_YEARS = 3
MAX_CONTRACT_YEAR = 3

# L6222-1: 16 to 29 at the start; 15 after finishing collège.
MIN_AGE = 16
MIN_AGE_AFTER_COLLEGE = 15
MAX_AGE = 29
# L6222-2: no upper limit for these; up to 35 excluded for a new contract towards a higher diploma.
EXCEPTION_KINDS = ("disabled-worker", "business-creation", "top-athlete", "higher-diploma")
HIGHER_DIPLOMA_MAX_AGE = 34


def apprenticeship_end(start: date, years: int) -> date:
    """Last day of a contract of ``years`` years: the day before the last anniversary."""
    return add_years(start, years) - timedelta(days=1)


def simulate_apprenticeship(
    figures: LegalFigures,
    *,
    birth_date: date,
    start: date,
    years: int,
    employer: Employer | str = Employer.PRIVATE,
    agreement_minimum: Decimal | None = None,
    previous_rate: Decimal | None = None,
    exception: str | None = None,
    after_college: bool = False,
    shortened_years: int = 0,
    signed_on: date | None = None,
) -> ContractSimulation:
    """Legal minimum gross pay of each month of an apprenticeship contract.

    ``previous_rate`` is the percentage of the SMIC of the last year of a previous contract that led to
    its diploma; ``shortened_years`` the contract years treated as already completed; ``signed_on``
    (default: ``start``) chooses the contributions rule of the net estimate.

    Raises:
        PayInputError: the person is not eligible or the contract is impossible.
    """
    employer = parse_employer(employer)
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise PayInputError(PayMessage.of("apprentice_years_out_of_range", years=years))
    if not 0 <= shortened_years < MAX_CONTRACT_YEAR:
        raise PayInputError(PayMessage.of("shortened_out_of_range", shortened=shortened_years))
    if shortened_years + years > MAX_CONTRACT_YEAR:
        raise PayInputError(PayMessage.of("apprentice_cycle_too_long", shortened=shortened_years, years=years))
    if previous_rate is not None and not 0 <= previous_rate <= HUNDRED:
        raise PayInputError(PayMessage.of("previous_rate_out_of_range", rate=previous_rate))
    if agreement_minimum is not None and agreement_minimum <= 0:
        raise PayInputError(PayMessage.of("agreement_minimum_not_positive", amount=agreement_minimum))
    if exception is not None and exception not in EXCEPTION_KINDS:
        raise PayInputError(PayMessage.of("unknown_exception", kind=exception))

    age = age_on(birth_date, start)
    notes: list[PayMessage] = [PayMessage.of("full_month_minimums")]
    _check_eligibility(age, exception, after_college, notes)

    signed = signed_on or start
    terms = ContractTerms(
        kind="apprenticeship",
        birth_date=birth_date,
        start=start,
        end=apprenticeship_end(start, years),
        employer=employer,
        age_at_start=age,
        agreement_minimum=agreement_minimum,
        years=years,
        previous_rate=previous_rate,
        exception=exception,
        after_college=after_college,
        shortened_years=shortened_years,
        signed_on=signed,
    )
    scale = figures.apprenticeship

    def rate_rule(bracket_age: int, contract_year: int, smic_monthly: Decimal) -> Rate:
        bracket = scale.bracket_for(bracket_age)
        percent = bracket.percents[contract_year - 1]
        if previous_rate is not None:
            percent = max(percent, previous_rate)
        base, from_agreement = smic_monthly, False
        if bracket_age >= scale.agreement_min_age and agreement_minimum is not None:
            from_agreement = agreement_minimum > smic_monthly
            base = max(smic_monthly, agreement_minimum)
        return Rate(bracket.min_age, percent, base, from_agreement)

    net_rule, net_note, net_source = apprentice_net_rule(figures.net_estimate, employer, signed)
    schedule, warnings = build_schedule(figures, terms, rate_rule, net_rule)

    if shortened_years:
        notes.append(PayMessage.of("shortened_contract", shortened=shortened_years))
    if previous_rate is not None:
        notes.append(PayMessage.of("previous_rate_used", rate=previous_rate))
    if any(entry.base_from_agreement for entry in schedule):
        notes.append(PayMessage.of("agreement_minimum_used", amount=agreement_minimum or Decimal(0)))
    if employer is Employer.PUBLIC:
        notes.append(PayMessage.of("public_employer_same_scale"))
    notes.append(net_note)

    sources = [
        *smic_sources(figures, schedule),
        Source(scale.source, effective=scale.effective, last_checked=scale.last_checked),
        Source("Code du travail, art. D6222-34 (changement de tranche d'âge le 1er du mois suivant)"),
        Source("Code du travail, art. L6222-1 et L6222-2 (conditions d'âge et exceptions)"),
        Source("Code du travail, art. L6222-7-1 (durée du contrat)"),
    ]
    if shortened_years:
        sources.append(Source("Code du travail, art. D6222-28 et D6222-28-1 (durée réduite)"))
    if previous_rate is not None:
        sources.append(Source("Code du travail, art. D6222-29 (contrats successifs)"))
    if employer is Employer.PUBLIC:
        sources.append(Source("Décret n° 2020-478 du 24 avril 2020 (apprentis du secteur public)"))
    sources.append(net_source)
    return ContractSimulation(terms, schedule, warnings, tuple(notes), tuple(sources))


def _check_eligibility(age: int, exception: str | None, after_college: bool, notes: list[PayMessage]) -> None:
    if age < MIN_AGE_AFTER_COLLEGE:
        raise PayInputError(PayMessage.of("apprentice_under_15", age=age))
    if age < MIN_AGE and not after_college:
        raise PayInputError(PayMessage.of("apprentice_15_needs_college"))
    if age > MAX_AGE:
        if exception is None:
            raise PayInputError(PayMessage.of("apprentice_too_old", age=age))
        if exception == "higher-diploma" and age > HIGHER_DIPLOMA_MAX_AGE:
            raise PayInputError(PayMessage.of("apprentice_higher_diploma_too_old", age=age))
        notes.append(PayMessage.of("exception_used", kind=exception))
