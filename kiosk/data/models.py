"""SQLAlchemy 2 models of the catalogue database, and the one mapping between rows and the
catalogue's plain data (:mod:`kiosk.domain.checks`).

Visitor texts are stored as a pair of columns (``*_fr``, ``*_en``): each table names its texts once
in ``bilingual``, which makes the columns here, and which :func:`row_values` (the builder) and
:func:`row_data` (the repository) follow; every other field of the data is the attribute of its name
(a reference keeps its ``*_id`` column name). Short lists (modes, rhythms, advantages) are JSON. The
legal pay figures have their own tables in :mod:`kiosk.data.legal_tables`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, ClassVar

from sqlalchemy import JSON, Connection, ForeignKey, Integer, MetaData, String, Text, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.data.schema import SCHEMA_VERSION
from kiosk.domain.catalogue import LANGUAGES

__all__ = ["SCHEMA_VERSION", "Base", "row_data", "row_values"]


class TextColumns(Enum):
    """How a visitor text is stored when the catalogue has none (an optional text)."""

    REQUIRED = "required"
    """Always there: two NOT NULL columns."""
    BLANK_WHEN_ABSENT = "blank"
    """Optional, stored as two empty texts when absent."""
    NULL_WHEN_ABSENT = "null"
    """Optional, stored as two NULLs when absent."""


class Base(DeclarativeBase):
    """Declarative base shared by every catalogue table.

    ``bilingual`` (text name -> :class:`TextColumns`) adds the ``<name>_fr``/``<name>_en`` columns;
    ``not_data`` names the attributes that are no field of the data (such as the order).
    """

    bilingual: ClassVar[Mapping[str, TextColumns]] = {}
    not_data: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        for name, stored in cls.__dict__.get("bilingual", {}).items():
            for lang in LANGUAGES:
                setattr(cls, f"{name}_{lang}", mapped_column(Text, nullable=stored is TextColumns.NULL_WHEN_ABSENT))
        super().__init_subclass__(**kwargs)


def row_values(row_type: type[Base], item: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of a ``row_type`` row holding the data ``item`` (a campus, a programme...)."""
    values: dict[str, Any] = {}
    for key, value in item.items():
        stored = row_type.bilingual.get(key)
        if stored is None:
            values[key] = value
            continue
        if value is None:
            blank = "" if stored is TextColumns.BLANK_WHEN_ABSENT else None
            value = dict.fromkeys(LANGUAGES, blank)
        for lang in LANGUAGES:
            values[f"{key}_{lang}"] = value[lang]
    return values


def row_data(row: Base) -> dict[str, Any]:
    """The plain data a row holds, as :func:`kiosk.domain.checks.catalogue_from_data` reads it."""
    row_type = type(row)
    attributes = {attribute.key for attribute in inspect(row_type).column_attrs}
    data: dict[str, Any] = {}
    for name, stored in row_type.bilingual.items():
        text = {lang: getattr(row, f"{name}_{lang}") for lang in LANGUAGES}
        attributes -= {f"{name}_{lang}" for lang in LANGUAGES}
        absent = all(value is None for value in text.values()) or (
            stored is TextColumns.BLANK_WHEN_ABSENT and all(value == "" for value in text.values())
        )
        data[name] = None if absent and stored is not TextColumns.REQUIRED else text
    for attribute in sorted(attributes - set(row_type.not_data)):
        data[attribute] = getattr(row, attribute)
    return data


class SchemaInfo(Base):
    """One row: the schema version and a digest of the sources the catalogue was built from."""

    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    sources_digest: Mapped[str] = mapped_column(String(64))


class CatalogueSnapshot(Base):
    """One row: the whole catalogue and legal figures as compact JSON, written with the tables in
    the same transaction, so that the kiosk's start can read it with ``sqlite3`` alone
    (:mod:`kiosk.data.snapshot`). ``sources_digest`` must equal :class:`SchemaInfo`'s, else the
    snapshot is stale (an older kiosk rewrote the tables) and the tables are read instead."""

    __tablename__ = "catalogue_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    format: Mapped[int] = mapped_column(Integer)
    sources_digest: Mapped[str] = mapped_column(String(64))
    content_digest: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)


class InstituteRow(Base):
    __tablename__ = "institute"
    bilingual: ClassVar[Mapping[str, TextColumns]] = dict.fromkeys(
        (
            "name",
            "university",
            "status",
            "levels",
            "mission",
            "public_management",
            "teaching",
            "work_linked_intro",
        ),
        TextColumns.REQUIRED,
    )
    not_data: ClassVar[tuple[str, ...]] = ("id",)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acronym: Mapped[str] = mapped_column(String(20))
    founded: Mapped[int] = mapped_column(Integer)
    work_linked_since: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    # The advantages of work-linked training as a whole (the catalogue's, kept on its one institute row).
    student_advantages: Mapped[list[Any]] = mapped_column(JSON)
    employer_advantages: Mapped[list[Any]] = mapped_column(JSON)


class CampusRow(Base):
    __tablename__ = "campus"
    bilingual: ClassVar[Mapping[str, TextColumns]] = {"name": TextColumns.REQUIRED}
    not_data: ClassVar[tuple[str, ...]] = ("position",)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(Text, default="")


class PartnerRow(Base):
    __tablename__ = "partner"
    bilingual: ClassVar[Mapping[str, TextColumns]] = {"name": TextColumns.REQUIRED}
    not_data: ClassVar[tuple[str, ...]] = ("position",)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    campus: Mapped[str] = mapped_column("campus_id", ForeignKey("campus.id"))


class ContractTypeRow(Base):
    __tablename__ = "contract_type"
    bilingual: ClassVar[Mapping[str, TextColumns]] = dict.fromkeys(
        ("name", "status", "who_may_sign", "pay_basis", "training_costs"), TextColumns.REQUIRED
    )
    not_data: ClassVar[tuple[str, ...]] = ("position",)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    employers: Mapped[list[Any]] = mapped_column(JSON)
    student_advantages: Mapped[list[Any]] = mapped_column(JSON)
    employer_advantages: Mapped[list[Any]] = mapped_column(JSON)
    simulation: Mapped[str] = mapped_column(String(40))
    contact: Mapped[str] = mapped_column(Text, default="")


class ProgrammeRow(Base):
    __tablename__ = "programme"
    bilingual: ClassVar[Mapping[str, TextColumns]] = {
        "title": TextColumns.REQUIRED,
        "continues_from_title": TextColumns.NULL_WHEN_ABSENT,
        "description": TextColumns.REQUIRED,
        "leads_to": TextColumns.BLANK_WHEN_ABSENT,
    }
    not_data: ClassVar[tuple[str, ...]] = ("position",)

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(String(4), index=True)
    campus: Mapped[str] = mapped_column("campus_id", ForeignKey("campus.id"), index=True)
    partner: Mapped[str | None] = mapped_column("partner_id", ForeignKey("partner.id"))
    modes: Mapped[list[Any]] = mapped_column(JSON)
    rhythms: Mapped[list[Any]] = mapped_column(JSON)
    work_linked_start: Mapped[str | None] = mapped_column(String(7))
    ranking: Mapped[int | None] = mapped_column(Integer)
    continues_from: Mapped[str | None] = mapped_column("continues_from_id", String(120))
    contract_types: Mapped[list[Any]] = mapped_column(JSON)
    web_page: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")


def _snapshot_follows_the_tables(metadata: MetaData, connection: Connection, **_kw: Any) -> None:
    """In an SQLite file, any later change to a table (an edit by hand, an older kiosk's import)
    marks the snapshot stale, so that it can never show other rows than the tables'. The builder
    writes the snapshot row last, after the tables."""
    if connection.dialect.name != "sqlite":
        return
    snapshot = CatalogueSnapshot.__tablename__
    for table in metadata.sorted_tables:
        if table.name == snapshot:
            continue
        for change in ("INSERT", "UPDATE", "DELETE"):
            connection.exec_driver_sql(
                f'CREATE TRIGGER IF NOT EXISTS "stale_snapshot_{table.name}_{change.lower()}" '
                f'AFTER {change} ON "{table.name}" '
                f"BEGIN UPDATE {snapshot} SET sources_digest = 'stale: ' || sources_digest; END"
            )


event.listen(Base.metadata, "after_create", _snapshot_follows_the_tables)
