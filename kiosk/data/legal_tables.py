"""Database tables of the legal pay figures and their exact round trip.

The catalogue builder stores the figures read from ``legal.yaml`` (:mod:`kiosk.data.legal`) with
:func:`store_legal_figures`; the app and the command line read them back with
:func:`read_legal_figures`. Decimals are stored as text so that they come back exactly. Kept apart
from the YAML checks so that the kiosk's start-up does not import the validation library.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

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
    """One dated rule of the apprentice's net estimate (by date of signature of the contract)."""

    __tablename__ = "legal_apprentice_net_estimate"

    signed_from: Mapped[date] = mapped_column(Date, primary_key=True)
    exempt_percent_of_smic: Mapped[Decimal] = mapped_column(ExactDecimal)
    social_private_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    social_public_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    csg_crds_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
    csg_crds_base_percent: Mapped[Decimal] = mapped_column(ExactDecimal)
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
            social_private_percent=p.social_private_percent,
            social_public_percent=p.social_public_percent,
            csg_crds_percent=p.csg_crds_percent,
            csg_crds_base_percent=p.csg_crds_base_percent,
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
                    social_private_percent=p.social_private_percent,
                    social_public_percent=p.social_public_percent,
                    csg_crds_percent=p.csg_crds_percent,
                    csg_crds_base_percent=p.csg_crds_base_percent,
                    source=p.source,
                )
                for p in session.scalars(select(NetEstimatePeriodRow).order_by(NetEstimatePeriodRow.signed_from))
            ),
            last_checked=document("net_estimate").last_checked,
        ),
    )
