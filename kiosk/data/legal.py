"""Legal figures of the pay simulator: the YAML source, the database tables and their round trip.

``data/catalogue/legal.yaml`` is the human-edited source (staff add a SMIC row each year); the
catalogue builder stores it with :func:`store_legal_figures`; the app and the command line read it
back with :func:`read_legal_figures`. Decimals are stored as text so that they come back exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Date, Dialect, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from kiosk.data.models import Base
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
# YAML source


class _Field:
    """A position in the YAML document, to name the file and the field in error messages."""

    def __init__(self, path: Path, name: str, value: object) -> None:
        self.path = path
        self.name = name
        self.value = value

    def error(self, expected: str) -> ValueError:
        return ValueError(f"{self.path}: field {self.name!r}: expected {expected}, got {self.value!r}")

    def child(self, key: str) -> _Field:
        mapping = self.mapping()
        if key not in mapping:
            return _Field(self.path, f"{self.name}.{key}" if self.name else key, _MISSING)
        return _Field(self.path, f"{self.name}.{key}" if self.name else key, mapping[key])

    def optional(self, key: str) -> _Field | None:
        field = self.child(key)
        return None if field.value is _MISSING or field.value is None else field

    def mapping(self) -> Mapping[str, Any]:
        if not isinstance(self.value, Mapping):
            raise self.error("a mapping")
        return self.value

    def items(self) -> list[_Field]:
        if not isinstance(self.value, list) or not self.value:
            raise self.error("a non-empty list")
        return [_Field(self.path, f"{self.name}[{index}]", item) for index, item in enumerate(self.value)]

    def text(self) -> str:
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.error("a non-empty text")
        return self.value.strip()

    def date(self) -> date:
        if not isinstance(self.value, date):
            raise self.error("a date YYYY-MM-DD")
        return self.value

    def integer(self) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.error("a whole number")
        return self.value

    def decimal(self) -> Decimal:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error("a decimal number")
        try:
            # A float's repr is the shortest text that reads back as it, so 12.31 gives Decimal("12.31").
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise self.error("a decimal number") from None
        if not number.is_finite() or number < 0:
            raise self.error("a positive decimal number")
        return number


_MISSING = object()


def load_legal_yaml(path: Path) -> LegalFigures:
    """Parse ``legal.yaml`` into domain figures.

    Raises:
        ValueError: the file is not valid YAML or a field is missing or malformed; the message names
            the file and the field.
    """
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: not valid YAML: {error}") from error
    root = _Field(path, "", document)
    try:
        return _figures(root)
    except ValueError as error:  # domain checks (order of dates...) do not know the file
        if str(error).startswith(str(path)):
            raise
        raise ValueError(f"{path}: {error}") from error


def _figures(root: _Field) -> LegalFigures:
    smic = root.child("smic")
    apprenticeship = root.child("apprenticeship")
    professionalisation = root.child("professionalisation")
    internship = root.child("internship")
    net = root.child("apprentice_net_estimate")
    return LegalFigures(
        smic=SmicTable(
            rates=tuple(
                SmicRate(
                    effective=row.child("effective").date(),
                    hourly=row.child("hourly").decimal(),
                    source=row.child("source").text(),
                )
                for row in smic.child("rates").items()
            ),
            source=smic.child("source").text(),
            last_checked=smic.child("last_checked").date(),
        ),
        apprenticeship=ApprenticeshipScale(
            effective=apprenticeship.child("effective").date(),
            source=apprenticeship.child("source").text(),
            last_checked=apprenticeship.child("last_checked").date(),
            agreement_min_age=apprenticeship.child("agreement_min_age").integer(),
            brackets=tuple(_apprenticeship_bracket(row) for row in apprenticeship.child("brackets").items()),
        ),
        professionalisation=ProfessionalisationScale(
            effective=professionalisation.child("effective").date(),
            source=professionalisation.child("source").text(),
            last_checked=professionalisation.child("last_checked").date(),
            brackets=tuple(
                ProfessionalisationBracket(
                    min_age=row.child("min_age").integer(),
                    percent=row.child("percent").decimal(),
                    percent_qualified=row.child("percent_qualified").decimal(),
                    agreement_percent=_optional_decimal(row, "agreement_percent"),
                )
                for row in professionalisation.child("brackets").items()
            ),
        ),
        internship=InternshipRules(
            effective=internship.child("effective").date(),
            source=internship.child("source").text(),
            last_checked=internship.child("last_checked").date(),
            rate_percent=internship.child("rate_percent").decimal(),
            threshold_hours=internship.child("threshold_hours").integer(),
            max_hours=internship.child("max_hours").integer(),
            ceilings=tuple(
                SocialSecurityCeiling(
                    year=row.child("year").integer(),
                    hourly=row.child("hourly").decimal(),
                    effective=row.child("effective").date(),
                    source=row.child("source").text(),
                )
                for row in internship.child("ceilings").items()
            ),
        ),
        net_estimate=NetEstimateRules(
            periods=tuple(
                NetEstimatePeriod(
                    signed_from=row.child("signed_from").date(),
                    exempt_percent_of_smic=row.child("exempt_percent_of_smic").decimal(),
                    private_rate_percent=row.child("private_rate_percent").decimal(),
                    public_rate_percent=row.child("public_rate_percent").decimal(),
                    source=row.child("source").text(),
                )
                for row in net.child("periods").items()
            ),
            last_checked=net.child("last_checked").date(),
        ),
    )


def _apprenticeship_bracket(row: _Field) -> ApprenticeshipBracket:
    percents_field = row.child("percents")
    percents = tuple(item.decimal() for item in percents_field.items())
    if len(percents) != 3:
        raise percents_field.error("three percentages (contract years 1, 2 and 3)")
    return ApprenticeshipBracket(row.child("min_age").integer(), (percents[0], percents[1], percents[2]))


def _optional_decimal(row: _Field, key: str) -> Decimal | None:
    field = row.optional(key)
    return None if field is None else field.decimal()


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
