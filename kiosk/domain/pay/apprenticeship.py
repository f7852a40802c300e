"""Minimum pay of an apprenticeship contract (contrat d'apprentissage), month by month.

Rules: scale D6222-26 (age bracket x contract year, % of the SMIC or, from 21, of the agreement
minimum when higher), the bracket of the first month set by the age on the first day of the contract;
new bracket from the 1st of the month after the 18th, 21st or 26th birthday (D6222-31, numbered
D6222-34 before decree 2020-373); a contract shorter than its training cycle is paid as having
completed the earlier part of the cycle (D6222-28-1); a new contract after one that led to its
diploma pays at least the previous contract's last rate unless the age scale gives more (D6222-29,
same or other employer); eligibility 16 to 29 at the start, 15 after collège, with exceptions
lifting the upper limit (L6222-1, L6222-2; 35 inclusive at the signature for a higher diploma or
after a contract broken for reasons beyond the apprentice's control, D6222-1); public employers use
the same scale since decree 2020-478. The limits are :data:`kiosk.domain.pay.inputs.APPRENTICESHIP`.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import add_years, age_on
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.inputs import APPRENTICESHIP
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
    partial_months_note,
    smic_sources,
)

LIMITS = APPRENTICESHIP


def apprenticeship_end(start: date, years: int) -> date:
    """Last day of a contract of ``years`` years: the day before the last anniversary."""
    return add_years(start, years) - timedelta(days=1)


def _check_terms(
    years: int,
    shortened_years: int,
    previous_rate: Decimal | None,
    agreement_minimum: Decimal | None,
    exception: str | None,
) -> None:
    if years not in LIMITS.years:
        raise PayInputError(
            PayMessage.of(
                "apprentice_years_out_of_range", years=years, minimum=LIMITS.years.minimum, maximum=LIMITS.years.maximum
            )
        )
    if shortened_years + 1 not in LIMITS.cycle_year:
        raise PayInputError(
            PayMessage.of("shortened_out_of_range", shortened=shortened_years, maximum=LIMITS.cycle_years - 1)
        )
    if years not in LIMITS.lengths_from(shortened_years + 1):
        raise PayInputError(
            PayMessage.of(
                "apprentice_cycle_too_long", shortened=shortened_years, years=years, maximum=LIMITS.cycle_years
            )
        )
    lowest, highest = LIMITS.previous_rate_percent
    if previous_rate is not None and not lowest <= previous_rate <= highest:
        raise PayInputError(PayMessage.of("previous_rate_out_of_range", rate=previous_rate))
    if agreement_minimum is not None and agreement_minimum <= 0:
        raise PayInputError(PayMessage.of("agreement_minimum_not_positive", amount=agreement_minimum))
    if exception is not None and exception not in LIMITS.exceptions:
        raise PayInputError(PayMessage.of("unknown_exception", kind=exception))


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
    its diploma; ``shortened_years`` the years of the training cycle done before this contract (it
    starts in year ``shortened_years + 1``); ``signed_on`` (default: ``start``) is the date the
    contract was signed: it chooses the contributions rule of the net estimate and is the day of the
    35-year limit of the exceptions that have one.

    Raises:
        PayInputError: the person is not eligible or the contract is impossible.
    """
    employer = parse_employer(employer)
    _check_terms(years, shortened_years, previous_rate, agreement_minimum, exception)
    signed = signed_on or start
    age = age_on(birth_date, start)
    notes: list[PayMessage] = []
    _check_eligibility(age, age_on(birth_date, signed), exception, after_college, notes)

    terms = ContractTerms(
        kind=ContractKind.APPRENTICESHIP,
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

    notes.insert(0, partial_months_note(schedule))
    if shortened_years:
        notes.append(PayMessage.of("shortened_contract", year=shortened_years + 1))
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
        Source("Code du travail, art. D6222-26 (tranche d'âge selon l'âge au premier jour du contrat)"),
        Source("Code du travail, art. D6222-31 (changement de tranche d'âge le 1er du mois suivant l'anniversaire)"),
        Source("Code du travail, art. L6222-1, L6222-2 et D6222-1 (conditions d'âge et exceptions)"),
        Source("Code du travail, art. L6222-7-1 (durée du contrat)"),
    ]
    if shortened_years:
        sources.append(Source("Code du travail, art. D6222-28-1 (contrat plus court que le cycle de formation)"))
    if previous_rate is not None:
        sources.append(Source("Code du travail, art. D6222-29 (contrats successifs)"))
    if employer is Employer.PUBLIC:
        sources.append(Source("Décret n° 2020-478 du 24 avril 2020 (apprentis du secteur public)"))
    sources.append(net_source)
    return ContractSimulation(terms, schedule, warnings, tuple(notes), tuple(sources))


def _check_eligibility(
    age: int, age_at_signature: int, exception: str | None, after_college: bool, notes: list[PayMessage]
) -> None:
    if age < LIMITS.min_age_after_college:
        raise PayInputError(PayMessage.of("apprentice_under_15", age=age, minimum=LIMITS.min_age_after_college))
    if age < LIMITS.min_age and not after_college:
        raise PayInputError(PayMessage.of("apprentice_15_needs_college", age=age))
    if LIMITS.needs_exception(age):
        if exception is None:
            raise PayInputError(
                PayMessage.of("apprentice_too_old", age=age, maximum=LIMITS.max_age, capped=LIMITS.capped_exception_age)
            )
        oldest = LIMITS.exception_max_age(exception)
        if oldest is not None and age_at_signature > oldest:
            raise PayInputError(
                PayMessage.of("apprentice_exception_too_old", kind=exception, age=age_at_signature, maximum=oldest)
            )
        notes.append(PayMessage.of("exception_used", kind=exception))
