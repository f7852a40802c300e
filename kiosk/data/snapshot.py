"""The start-up snapshot: the whole catalogue and legal figures as one compact JSON text, in the
catalogue database itself, read with the standard library's ``sqlite3`` (no SQLAlchemy, pydantic
or PyYAML to import before the first screen).

The builder and the importer write it in the same transaction as the tables
(:func:`kiosk.data.builder.write_catalogue`), with the sources' digest. It is only a faster way to
read the same catalogue: the digest of the tables and of the snapshot must match (else it is stale,
e.g. an older kiosk rewrote the tables), its own digest must match its text (else it is damaged),
and its catalogue passes the same checks as the tables' (:mod:`kiosk.domain.checks`). Otherwise
:class:`SnapshotUnusable` says why, and the caller reads the tables.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.data.schema import SCHEMA_VERSION
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.checks import CatalogueCheckError, catalogue_from_data, problems_summary
from kiosk.domain.pay.figures import LegalFigures

SNAPSHOT_FORMAT = 1


class SnapshotUnusable(Exception):
    """The snapshot is missing, stale or damaged: read the tables instead (the message says why)."""


@dataclass(frozen=True)
class CatalogueRead:
    """A whole catalogue, as read from its sources, or from a database in one transaction: its
    entities, legal figures and the digest of its sources (equal digests, equal catalogues)."""

    catalogue: Catalogue
    legal: LegalFigures
    digest: str


# --- Legal figures as plain data: every field of the domain's dataclasses, by their type hints ------


def encode(value: Any) -> Any:
    """``value`` (dataclasses, tuples, dates, decimals...) as JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, date | Decimal):
        return str(value)
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(kind: Any, value: Any) -> Any:
    """The value of type ``kind`` that :func:`encode` wrote as ``value``.

    Raises:
        ValueError: ``value`` is not of that shape.
    """
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        return None if value is None else decode(options[0], value)
    if origin is tuple:
        arguments = typing.get_args(kind)
        if not isinstance(value, list):
            raise ValueError(f"expected a list, found {type(value).__name__}")
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(decode(arguments[0], item) for item in value)
        if len(arguments) != len(value):
            raise ValueError(f"expected {len(arguments)} items, found {len(value)}")
        return tuple(decode(argument, item) for argument, item in zip(arguments, value, strict=True))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ValueError(f"expected the fields of {kind.__name__}")
        hints = _hints(kind)
        return kind(**{field.name: decode(hints[field.name], value[field.name]) for field in dataclasses.fields(kind)})
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal:
        try:
            return Decimal(value)
        except (InvalidOperation, TypeError):
            raise ValueError(f"expected a decimal number, found {value!r}") from None
    if kind in (int, str, bool) and type(value) is kind:
        return value
    raise ValueError(f"expected {getattr(kind, '__name__', kind)}, found {value!r}")


# --- The snapshot row ------------------------------------------------------------------------------


def snapshot_fields(catalogue_data: dict[str, Any], legal: LegalFigures, digest: str) -> dict[str, Any]:
    """The columns of the snapshot row of a catalogue (its plain data), its legal figures and digest."""
    content = json.dumps(
        {"catalogue": catalogue_data, "legal": encode(legal)}, ensure_ascii=False, separators=(",", ":")
    )
    return {
        "format": SNAPSHOT_FORMAT,
        "sources_digest": digest,
        "content_digest": hashlib.sha256(content.encode("utf-8")).hexdigest(),
        "content": content,
    }


def read_snapshot(path: Path) -> CatalogueRead:
    """The catalogue of the SQLite file ``path``, read from its snapshot in one read-only transaction.

    Raises:
        SnapshotUnusable: no snapshot (a database of an older kiosk), a stale or damaged one, or a
            file that cannot be read: the message says which.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise SnapshotUnusable(f"cannot open {path}: {error}") from None
    try:
        connection.execute("BEGIN")  # the schema row and the snapshot from the same state of the file
        schema = connection.execute("SELECT schema_version, sources_digest FROM schema_info WHERE id = 1").fetchone()
        row = connection.execute(
            "SELECT format, sources_digest, content_digest, content FROM catalogue_snapshot WHERE id = 1"
        ).fetchone()
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        raise SnapshotUnusable(f"no readable snapshot ({error})") from None
    finally:
        connection.close()
    if schema is None or row is None:
        raise SnapshotUnusable("no snapshot row")
    version, digest = schema
    snapshot_format, snapshot_digest, content_digest, content = row
    if version != SCHEMA_VERSION or snapshot_format != SNAPSHOT_FORMAT:
        raise SnapshotUnusable(f"schema version {version}, snapshot format {snapshot_format}")
    if snapshot_digest != digest:
        raise SnapshotUnusable("stale: the tables were written from other sources than the snapshot")
    if not isinstance(content, str) or hashlib.sha256(content.encode("utf-8")).hexdigest() != content_digest:
        raise SnapshotUnusable("damaged: its text does not match its digest")
    try:
        document = json.loads(content)
        catalogue = catalogue_from_data(document["catalogue"])
        legal = decode(LegalFigures, document["legal"])
    except CatalogueCheckError as error:
        raise SnapshotUnusable(f"refused by the catalogue's checks: {problems_summary(error.problems)}") from None
    except (ValueError, KeyError, TypeError) as error:  # TypeError: a dataclass with fields missing
        raise SnapshotUnusable(f"damaged: {error}") from None
    return CatalogueRead(catalogue, legal, digest)
