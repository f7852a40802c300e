"""SQLAlchemy 2 models of the catalogue database.

Visitor texts are stored as a pair of columns (``*_fr``, ``*_en``); short lists (modes, rhythms,
advantages) as JSON. The legal pay figures have their own tables in :mod:`kiosk.data.legal`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    """Declarative base shared by every catalogue table."""


class SchemaInfo(Base):
    """One row: the schema version and a digest of the sources the catalogue was built from."""

    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    sources_digest: Mapped[str] = mapped_column(String(64))


class InstituteRow(Base):
    __tablename__ = "institute"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acronym: Mapped[str] = mapped_column(String(20))
    name_fr: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    university_fr: Mapped[str] = mapped_column(Text)
    university_en: Mapped[str] = mapped_column(Text)
    founded: Mapped[int] = mapped_column(Integer)
    status_fr: Mapped[str] = mapped_column(Text)
    status_en: Mapped[str] = mapped_column(Text)
    levels_fr: Mapped[str] = mapped_column(Text)
    levels_en: Mapped[str] = mapped_column(Text)
    mission_fr: Mapped[str] = mapped_column(Text)
    mission_en: Mapped[str] = mapped_column(Text)
    public_management_fr: Mapped[str] = mapped_column(Text)
    public_management_en: Mapped[str] = mapped_column(Text)
    teaching_fr: Mapped[str] = mapped_column(Text)
    teaching_en: Mapped[str] = mapped_column(Text)
    work_linked_since: Mapped[int] = mapped_column(Integer)
    work_linked_intro_fr: Mapped[str] = mapped_column(Text)
    work_linked_intro_en: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    student_advantages: Mapped[list[Any]] = mapped_column(JSON)
    employer_advantages: Mapped[list[Any]] = mapped_column(JSON)


class CampusRow(Base):
    __tablename__ = "campus"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name_fr: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")


class PartnerRow(Base):
    __tablename__ = "partner"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name_fr: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    campus_id: Mapped[str] = mapped_column(ForeignKey("campus.id"))


class ContractTypeRow(Base):
    __tablename__ = "contract_type"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name_fr: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    status_fr: Mapped[str] = mapped_column(Text)
    status_en: Mapped[str] = mapped_column(Text)
    who_may_sign_fr: Mapped[str] = mapped_column(Text)
    who_may_sign_en: Mapped[str] = mapped_column(Text)
    employers: Mapped[list[Any]] = mapped_column(JSON)
    pay_basis_fr: Mapped[str] = mapped_column(Text)
    pay_basis_en: Mapped[str] = mapped_column(Text)
    training_costs_fr: Mapped[str] = mapped_column(Text)
    training_costs_en: Mapped[str] = mapped_column(Text)
    student_advantages: Mapped[list[Any]] = mapped_column(JSON)
    employer_advantages: Mapped[list[Any]] = mapped_column(JSON)
    simulation: Mapped[str] = mapped_column(String(40))
    contact: Mapped[str] = mapped_column(Text, default="")


class ProgrammeRow(Base):
    __tablename__ = "programme"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(String(4), index=True)
    campus_id: Mapped[str] = mapped_column(ForeignKey("campus.id"), index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partner.id"))
    title_fr: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    modes: Mapped[list[Any]] = mapped_column(JSON)
    rhythms: Mapped[list[Any]] = mapped_column(JSON)
    work_linked_start: Mapped[str | None] = mapped_column(String(7))
    ranking: Mapped[int | None] = mapped_column(Integer)
    continues_from_id: Mapped[str | None] = mapped_column(String(120))
    continues_from_title_fr: Mapped[str | None] = mapped_column(Text)
    continues_from_title_en: Mapped[str | None] = mapped_column(Text)
    description_fr: Mapped[str] = mapped_column(Text)
    description_en: Mapped[str] = mapped_column(Text)
    leads_to_fr: Mapped[str] = mapped_column(Text)
    leads_to_en: Mapped[str] = mapped_column(Text)
    contract_types: Mapped[list[Any]] = mapped_column(JSON)
    web_page: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
