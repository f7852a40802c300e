"""Helpers of the catalogue tests: copies of the sources to edit, and "the same rows" of a database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text

from tests.conftest import SOURCES

#: A programme with a ranking, the ranking staff change in the tests, and its new value.
RANKED_PROGRAMME = "m2-management-droit-organisations-manifestations-culturelles"
OLD_RANKING, NEW_RANKING = 15, 7
NEW_SMIC_DATE, NEW_SMIC_HOURLY = date(2027, 1, 1), Decimal("12.55")


def copy_sources(target: Path) -> Path:
    """A copy of the bundled sources in ``target`` (created), to edit."""
    target.mkdir(parents=True, exist_ok=True)
    for source in SOURCES.iterdir():
        (target / source.name).write_bytes(source.read_bytes())
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    content = path.read_text(encoding="utf-8")
    assert old in content, f"{old!r} not in {path.name}"
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of ``path`` containing ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path.name}")


def staff_update(sources: Path) -> None:
    """What staff do each year: change a ranking and add the new SMIC (at the end of smic.rates)."""
    programmes = sources / "programmes.yaml"
    content = programmes.read_text(encoding="utf-8")
    start = content.index(f"id: {RANKED_PROGRAMME}\n")
    ranking = content.index(f"ranking: {OLD_RANKING}\n", start)
    programmes.write_text(
        content[:ranking] + f"ranking: {NEW_RANKING}\n" + content[ranking + len(f"ranking: {OLD_RANKING}\n") :],
        encoding="utf-8",
    )
    replace_in(
        sources / "legal.yaml",
        "\napprenticeship:\n",
        f'    - effective: {NEW_SMIC_DATE.isoformat()}\n      hourly: "{NEW_SMIC_HOURLY}"\n'
        '      source: "Décret de décembre 2026 portant relèvement du salaire minimum de croissance"\n'
        "\napprenticeship:\n",
    )


#: The programme :func:`add_campus` moves to the new campus.
TOULON_PROGRAMME = "m2-management-droit-organisations-manifestations-culturelles"


def add_campus(sources: Path, campus_id: str, name: str) -> None:
    """What staff do when a programme opens on a third campus: one campus more in campuses.yaml,
    and the programme's ``campus`` changed in programmes.yaml. No release."""
    replace_in(
        sources / "campuses.yaml",
        "partners:\n",
        f'  - id: {campus_id}\n    name:\n      fr: {name}\n      en: {name}\n    address: ""\npartners:\n',
    )
    programmes = sources / "programmes.yaml"
    content = programmes.read_text(encoding="utf-8")
    start = content.index(f"id: {TOULON_PROGRAMME}\n")
    campus = content.index("    campus: ", start)
    end = content.index("\n", campus)
    programmes.write_text(content[:campus] + f"    campus: {campus_id}" + content[end:], encoding="utf-8")


def value_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a tree of mappings and lists, the root's ``()`` first: where a fuzzer may strike."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += value_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += value_paths(item, (*path, index))
    return found


def served_kiosk(tmp_path: Path, url: str) -> Path:
    """A kiosk's data folder after it read, from the database at ``url``, the staff's yearly update
    (imported there first): it holds the local copy of that catalogue."""
    from kiosk.data.catalogue_store import CatalogueOrigin, import_catalogue, open_catalogue

    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    import_catalogue(sources, url, tmp_path)
    data_dir = tmp_path / "kiosk"
    assert open_catalogue(url, data_dir).origin is CatalogueOrigin.SERVER
    return data_dir


def dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table at ``url``, ordered: what "the same catalogue" means."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            return {
                table: sorted((tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))), key=repr)
                for table in tables
            }
    finally:
        engine.dispose()


def without_digest(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows, but for the digest of the source files (exported files have other comments): the
    schema row and the snapshot's digests."""
    kept = {table: found for table, found in rows.items() if table != "schema_info"}
    kept["catalogue_snapshot"] = [(row[0], row[1], *row[3:]) for row in kept.get("catalogue_snapshot", [])]
    return kept


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
