"""Legal figures of the pay simulator: the YAML source, the database tables and their round trip.

``data/catalogue/legal.yaml`` is the human-edited source (staff add a SMIC row each year); the
catalogue builder stores it with :func:`store_legal_figures`; the app and the command line read it
back with :func:`read_legal_figures`. Decimals are stored as text so that they come back exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict
from sqlalchemy import Date, Dialect, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from kiosk.data.models import Base
from kiosk.data.sources import (
    CatalogueSourceError,
    NonEmpty,
    SourceDocument,
    SourceProblem,
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
    private_rate_percent: _Percent
    public_rate_percent: _Percent
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
    if source is None:
        return None
    found = len(problems)
    _check_order(document, source, problems)
    if len(problems) > found:
        return None
    try:
        return _figures(source)
    except ValueError as error:  # a domain invariant the checks above missed: still name the file
        problems.append(document.problem((), str(error)))
        return None


_Ordered = TypeVar("_Ordered", date, int)


def _check_increasing(
    document: SourceDocument,
    path: tuple[str, ...],
    field: str,
    values: Sequence[_Ordered],
    problems: list[SourceProblem],
) -> None:
    for index in range(1, len(values)):
        previous, value = values[index - 1], values[index]
        if value == previous:
            message = f"{value} is given twice; each row needs its own {field}"
        elif value < previous:
            message = f"rows must be in increasing order of {field}: {value} comes after {previous}"
        else:
            continue
        problems.append(document.problem((*path, index, field), message))


def _check_order(document: SourceDocument, source: LegalSource, problems: list[SourceProblem]) -> None:
    """Cross-row checks: dated rows in increasing order, no date given twice, coherent limits."""
    _check_increasing(document, ("smic", "rates"), "effective", [r.effective for r in source.smic.rates], problems)
    _check_increasing(
        document,
        ("apprenticeship", "brackets"),
        "min_age",
        [b.min_age for b in source.apprenticeship.brackets],
        problems,
    )
    _check_increasing(
        document,
        ("professionalisation", "brackets"),
        "min_age",
        [b.min_age for b in source.professionalisation.brackets],
        problems,
    )
    internship = source.internship
    _check_increasing(document, ("internship", "ceilings"), "year", [c.year for c in internship.ceilings], problems)
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
    _check_increasing(
        document,
        ("apprentice_net_estimate", "periods"),
        "signed_from",
        [p.signed_from for p in source.apprentice_net_estimate.periods],
        problems,
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
                    private_rate_percent=p.private_rate_percent,
                    public_rate_percent=p.public_rate_percent,
                    source=p.source,
                )
                for p in net.periods
            ),
            last_checked=net.last_checked,
        ),
    )


# --------------------------------------------------------------------------------------------------
# Database tables


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as its text, so that "19.8" and "10.15" come back exactly."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class LegalDocumentRow(Base):
    """Source, date of effect and last check of one group of figures (smic, apprenticeship...)."""

    __tablename__ = "legal_document"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    effective: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text)
    last_checked: Mapped[date] = mapped_column(Date)


class LegalParameterRow(Base):
    """One whole-number or decimal parameter of a group (internship rate, threshold hours...)."""

    __tablename__ = "legal_parameter"

    document: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Decimal] = mapped_column(ExactDecimal)


class SmicRateRow(Base):
    __tablename__ = "legal_smic_rate"

    effective: Mapped[date] = mapped_column(Date, primary_key=True)
    hourly: Mapped[Decimal] = mapped_column(ExactDecimal)
    source: Mapped[str] = mapped_column(Text)


class ApprenticeshipRateRow(Base):
    __tablename__ = "legal_apprenticeship_rate"

    min_age: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    percent: Mapped[Decimal] = mapped_column(ExactDecimal)


class ProfessionalisationRateRow(Base):
    __tablename__ = "legal_professionalisation_rate"

    min_age: Mapped[int] = mapped_column(Integer, primary_key=True)
    percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    percent_qualified: Mapped[Decimal] = mapped_column(ExactDecimal)
    agreement_percent: Mapped[Decimal | None] = mapped_column(ExactDecimal)


class SocialSecurityCeilingRow(Base):
    __tablename__ = "legal_social_security_ceiling"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    hourly: Mapped[Decimal] = mapped_column(ExactDecimal)
    effective: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text)


class NetEstimatePeriodRow(Base):
    __tablename__ = "legal_apprentice_net_estimate"

    signed_from: Mapped[date] = mapped_column(Date, primary_key=True)
    exempt_percent_of_smic: Mapped[Decimal] = mapped_column(ExactDecimal)
    private_rate_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    public_rate_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    source: Mapped[str] = mapped_column(Text)


_TABLES: Sequence[type[Base]] = (
    LegalDocumentRow,
    LegalParameterRow,
    SmicRateRow,
    ApprenticeshipRateRow,
    ProfessionalisationRateRow,
    SocialSecurityCeilingRow,
    NetEstimatePeriodRow,
)


def store_legal_figures(session: Session, figures: LegalFigures) -> None:
    """Replace the legal figures in the database by ``figures`` (the caller commits)."""
    for table in _TABLES:
        session.execute(delete(table))
    smic, appr, prof, intern, net = (
        figures.smic,
        figures.apprenticeship,
        figures.professionalisation,
        figures.internship,
        figures.net_estimate,
    )
    session.add_all(
        [
            LegalDocumentRow(name="smic", effective=None, source=smic.source, last_checked=smic.last_checked),
            LegalDocumentRow(
                name="apprenticeship",
                effective=appr.effective,
                source=appr.source,
                last_checked=appr.last_checked,
            ),
            LegalDocumentRow(
                name="professionalisation",
                effective=prof.effective,
                source=prof.source,
                last_checked=prof.last_checked,
            ),
            LegalDocumentRow(
                name="internship",
                effective=intern.effective,
                source=intern.source,
                last_checked=intern.last_checked,
            ),
            LegalDocumentRow(name="net_estimate", effective=None, source="", last_checked=net.last_checked),
            LegalParameterRow(
                document="apprenticeship", name="agreement_min_age", value=Decimal(appr.agreement_min_age)
            ),
            LegalParameterRow(document="internship", name="rate_percent", value=intern.rate_percent),
            LegalParameterRow(document="internship", name="threshold_hours", value=Decimal(intern.threshold_hours)),
            LegalParameterRow(document="internship", name="max_hours", value=Decimal(intern.max_hours)),
        ]
    )
    session.add_all(SmicRateRow(effective=r.effective, hourly=r.hourly, source=r.source) for r in smic.rates)
    session.add_all(
        ApprenticeshipRateRow(min_age=bracket.min_age, contract_year=year, percent=percent)
        for bracket in appr.brackets
        for year, percent in enumerate(bracket.percents, start=1)
    )
    session.add_all(
        ProfessionalisationRateRow(
            min_age=b.min_age,
            percent=b.percent,
            percent_qualified=b.percent_qualified,
            agreement_percent=b.agreement_percent,
        )
        for b in prof.brackets
    )
    session.add_all(
        SocialSecurityCeilingRow(year=c.year, hourly=c.hourly, effective=c.effective, source=c.source)
        for c in intern.ceilings
    )
    session.add_all(
        NetEstimatePeriodRow(
            signed_from=p.signed_from,
            exempt_percent_of_smic=p.exempt_percent_of_smic,
            private_rate_percent=p.private_rate_percent,
            public_rate_percent=p.public_rate_percent,
            source=p.source,
        )
        for p in net.periods
    )
    session.flush()


def read_legal_figures(session: Session) -> LegalFigures:
    """The legal figures stored by :func:`store_legal_figures`.

    Raises:
        ValueError: the database holds no legal figures (catalogue not built).
    """
    documents = {row.name: row for row in session.scalars(select(LegalDocumentRow))}
    if not documents:
        raise ValueError("the catalogue database holds no legal figures: rebuild the catalogue")
    parameters = {(row.document, row.name): row.value for row in session.scalars(select(LegalParameterRow))}

    def document(name: str) -> LegalDocumentRow:
        return documents[name]

    def effective(name: str) -> date:
        value = document(name).effective
        if value is None:
            raise ValueError(f"legal figures: {name} has no date of effect")
        return value

    appr_rows = session.scalars(
        select(ApprenticeshipRateRow).order_by(ApprenticeshipRateRow.min_age, ApprenticeshipRateRow.contract_year)
    ).all()
    appr_percents: dict[int, list[Decimal]] = {}
    for appr_row in appr_rows:
        appr_percents.setdefault(appr_row.min_age, []).append(appr_row.percent)
    return LegalFigures(
        smic=SmicTable(
            rates=tuple(
                SmicRate(effective=r.effective, hourly=r.hourly, source=r.source)
                for r in session.scalars(select(SmicRateRow).order_by(SmicRateRow.effective))
            ),
            source=document("smic").source,
            last_checked=document("smic").last_checked,
        ),
        apprenticeship=ApprenticeshipScale(
            effective=effective("apprenticeship"),
            source=document("apprenticeship").source,
            last_checked=document("apprenticeship").last_checked,
            agreement_min_age=int(parameters[("apprenticeship", "agreement_min_age")]),
            brackets=tuple(ApprenticeshipBracket(min_age, (p[0], p[1], p[2])) for min_age, p in appr_percents.items()),
        ),
        professionalisation=ProfessionalisationScale(
            effective=effective("professionalisation"),
            source=document("professionalisation").source,
            last_checked=document("professionalisation").last_checked,
            brackets=tuple(
                ProfessionalisationBracket(
                    min_age=r.min_age,
                    percent=r.percent,
                    percent_qualified=r.percent_qualified,
                    agreement_percent=r.agreement_percent,
                )
                for r in session.scalars(
                    select(ProfessionalisationRateRow).order_by(ProfessionalisationRateRow.min_age)
                )
            ),
        ),
        internship=InternshipRules(
            effective=effective("internship"),
            source=document("internship").source,
            last_checked=document("internship").last_checked,
            rate_percent=parameters[("internship", "rate_percent")],
            threshold_hours=int(parameters[("internship", "threshold_hours")]),
            max_hours=int(parameters[("internship", "max_hours")]),
            ceilings=tuple(
                SocialSecurityCeiling(year=c.year, hourly=c.hourly, effective=c.effective, source=c.source)
                for c in session.scalars(select(SocialSecurityCeilingRow).order_by(SocialSecurityCeilingRow.year))
            ),
        ),
        net_estimate=NetEstimateRules(
            periods=tuple(
                NetEstimatePeriod(
                    signed_from=p.signed_from,
                    exempt_percent_of_smic=p.exempt_percent_of_smic,
                    private_rate_percent=p.private_rate_percent,
                    public_rate_percent=p.public_rate_percent,
                    source=p.source,
                )
                for p in session.scalars(select(NetEstimatePeriodRow).order_by(NetEstimatePeriodRow.signed_from))
            ),
            last_checked=document("net_estimate").last_checked,
        ),
    )
