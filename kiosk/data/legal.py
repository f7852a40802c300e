"""Legal figures of the pay simulator: the YAML source staff edit, checked and read.

``data/catalogue/legal.yaml`` is the human-edited source (staff add a SMIC row each year). The
database side (tables, store and read back) is :mod:`kiosk.data.legal_tables`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

from kiosk.data.sources import (
    CatalogueSourceError,
    NonEmpty,
    SourceDocument,
    SourceProblem,
    check_row_order,
    read_source_document,
    validate_source,
)
from kiosk.domain.pay.figures import (
    ApprenticeshipBracket,
    ApprenticeshipScale,
    InternshipRules,
    LegalFigures,
    NetEstimatePeriod,
    NetEstimateRules,
    ProfessionalisationBracket,
    ProfessionalisationScale,
    SmicRate,
    SmicTable,
    SocialSecurityCeiling,
)

# --------------------------------------------------------------------------------------------------
# YAML source: a pydantic schema, so that problems carry file, line and field like the other sources


def _decimal(value: object) -> Decimal:
    """An exact decimal from a quoted text ("12.31") or a YAML number (a float's repr reads back as it)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError('expected a decimal number such as "12.31"')
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError('expected a decimal number such as "12.31"') from None
    if not number.is_finite():
        raise ValueError("expected a finite decimal number")
    return number


_Amount = Annotated[Decimal, BeforeValidator(_decimal), Field(gt=0)]
_Percent = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0, le=100)]
_Day = Annotated[date, Strict()]
_Age = Annotated[int, Strict(), Field(ge=0, le=120)]
_Hours = Annotated[int, Strict(), Field(gt=0)]
_Year = Annotated[int, Strict(), Field(ge=1900, le=2100)]


class _LegalSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Documented(_LegalSchema):
    source: NonEmpty
    last_checked: _Day


class SmicRateSource(_LegalSchema):
    effective: _Day
    hourly: _Amount
    source: NonEmpty


class SmicSource(_Documented):
    rates: list[SmicRateSource] = Field(min_length=1)


class ApprenticeshipBracketSource(_LegalSchema):
    min_age: _Age
    percents: list[_Percent] = Field(min_length=3, max_length=3)


class ApprenticeshipSource(_Documented):
    effective: _Day
    agreement_min_age: _Age
    brackets: list[ApprenticeshipBracketSource] = Field(min_length=1)


class ProfessionalisationBracketSource(_LegalSchema):
    min_age: _Age
    percent: _Percent
    percent_qualified: _Percent
    agreement_percent: _Percent | None = None


class ProfessionalisationSource(_Documented):
    effective: _Day
    brackets: list[ProfessionalisationBracketSource] = Field(min_length=1)


class CeilingSource(_LegalSchema):
    year: _Year
    hourly: _Amount
    effective: _Day
    source: NonEmpty


class InternshipSource(_Documented):
    effective: _Day
    rate_percent: _Percent
    threshold_hours: _Hours
    max_hours: _Hours
    ceilings: list[CeilingSource] = Field(min_length=1)


class NetEstimatePeriodSource(_LegalSchema):
    signed_from: _Day
    exempt_percent_of_smic: _Percent
    social_private_percent: _Percent
    social_public_percent: _Percent
    csg_crds_percent: _Percent
    csg_crds_base_percent: _Percent
    source: NonEmpty


class NetEstimateSource(_LegalSchema):
    last_checked: _Day
    periods: list[NetEstimatePeriodSource] = Field(min_length=1)


class LegalSource(_LegalSchema):
    smic: SmicSource
    apprenticeship: ApprenticeshipSource
    professionalisation: ProfessionalisationSource
    internship: InternshipSource
    apprentice_net_estimate: NetEstimateSource


class LegalSourceError(CatalogueSourceError):
    """``legal.yaml`` holds problems; the message names the file's path and each field."""

    def __init__(self, path: Path, problems: list[SourceProblem]) -> None:
        super().__init__(problems)
        self.args = ("\n".join(f"{path}:{p.line}: field {p.field!r}: {p.message}" for p in problems),)

    def __str__(self) -> str:
        return str(self.args[0])


def load_legal_yaml(path: Path) -> LegalFigures:
    """Parse ``legal.yaml`` into domain figures.

    Raises:
        LegalSourceError: (a ``ValueError``) the file is not valid YAML, or fields are missing,
            malformed or out of order; every problem names the file, the line and the field.
    """
    problems: list[SourceProblem] = []
    figures = read_legal_source(path, problems)
    if figures is None:
        raise LegalSourceError(path, problems)
    return figures


def read_legal_source(path: Path, problems: list[SourceProblem]) -> LegalFigures | None:
    """The figures of ``legal.yaml``, or None after adding every problem found to ``problems``."""
    document = read_source_document(path, problems)
    if document is None:
        return None
    source = validate_source(document, LegalSource, problems)
    found = len(problems)
    check_row_order(document, _ORDERED_ROWS, problems)  # on the raw rows: listed with the field problems
    if source is None:
        return None
    _check_limits(document, source, problems)
    if len(problems) > found:
        return None
    try:
        return _figures(source)
    except ValueError as error:  # a domain invariant the checks above missed: still name the file
        problems.append(document.problem((), str(error)))
        return None


#: The dated or aged rows, each list in increasing order of its field, no value given twice.
_ORDERED_ROWS = (
    (("smic", "rates"), "effective"),
    (("apprenticeship", "brackets"), "min_age"),
    (("professionalisation", "brackets"), "min_age"),
    (("internship", "ceilings"), "year"),
    (("apprentice_net_estimate", "periods"), "signed_from"),
)


def _check_limits(document: SourceDocument, source: LegalSource, problems: list[SourceProblem]) -> None:
    """Cross-field checks: each ceiling takes effect in its year, coherent hour limits."""
    internship = source.internship
    for index, ceiling in enumerate(internship.ceilings):
        if ceiling.effective.year != ceiling.year:
            problems.append(
                document.problem(
                    ("internship", "ceilings", index, "effective"),
                    f"the ceiling of {ceiling.year} takes effect in {ceiling.year}, not on {ceiling.effective}",
                )
            )
    if internship.max_hours < internship.threshold_hours:
        problems.append(
            document.problem(
                ("internship", "max_hours"),
                f"max_hours ({internship.max_hours}) is below threshold_hours ({internship.threshold_hours})",
            )
        )


def _figures(source: LegalSource) -> LegalFigures:
    smic, apprenticeship, professionalisation = source.smic, source.apprenticeship, source.professionalisation
    internship, net = source.internship, source.apprentice_net_estimate
    return LegalFigures(
        smic=SmicTable(
            rates=tuple(SmicRate(effective=r.effective, hourly=r.hourly, source=r.source) for r in smic.rates),
            source=smic.source,
            last_checked=smic.last_checked,
        ),
        apprenticeship=ApprenticeshipScale(
            effective=apprenticeship.effective,
            source=apprenticeship.source,
            last_checked=apprenticeship.last_checked,
            agreement_min_age=apprenticeship.agreement_min_age,
            brackets=tuple(
                ApprenticeshipBracket(b.min_age, (b.percents[0], b.percents[1], b.percents[2]))
                for b in apprenticeship.brackets
            ),
        ),
        professionalisation=ProfessionalisationScale(
            effective=professionalisation.effective,
            source=professionalisation.source,
            last_checked=professionalisation.last_checked,
            brackets=tuple(
                ProfessionalisationBracket(
                    min_age=b.min_age,
                    percent=b.percent,
                    percent_qualified=b.percent_qualified,
                    agreement_percent=b.agreement_percent,
                )
                for b in professionalisation.brackets
            ),
        ),
        internship=InternshipRules(
            effective=internship.effective,
            source=internship.source,
            last_checked=internship.last_checked,
            rate_percent=internship.rate_percent,
            threshold_hours=internship.threshold_hours,
            max_hours=internship.max_hours,
            ceilings=tuple(
                SocialSecurityCeiling(year=c.year, hourly=c.hourly, effective=c.effective, source=c.source)
                for c in internship.ceilings
            ),
        ),
        net_estimate=NetEstimateRules(
            periods=tuple(
                NetEstimatePeriod(
                    signed_from=p.signed_from,
                    exempt_percent_of_smic=p.exempt_percent_of_smic,
                    social_private_percent=p.social_private_percent,
                    social_public_percent=p.social_public_percent,
                    csg_crds_percent=p.csg_crds_percent,
                    csg_crds_base_percent=p.csg_crds_base_percent,
                    source=p.source,
                )
                for p in net.periods
            ),
            last_checked=net.last_checked,
        ),
    )
