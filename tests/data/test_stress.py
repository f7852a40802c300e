"""Imports and reads of one shared catalogue in parallel, for a few seconds: no read ever mixes two
imports (the issue measured one torn read in five before reads were one transaction)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import (
    CatalogueOrigin,
    open_catalogue,
    read_catalogue_at,
    read_catalogue_file,
    replace_catalogue,
    server_copy_path,
)
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.snapshot import CatalogueRead
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from tests.catalogue_helpers import NEW_RANKING, OLD_RANKING, RANKED_PROGRAMME, copy_sources, sqlite_url, staff_update
from tests.conftest import SOURCES

SECONDS = 3.0
READERS = 2


def version_of(
    catalogue: Catalogue, legal: LegalFigures, digest: str | None, versions: dict[str, CatalogueRead]
) -> str:
    """ "old" or "new" when the catalogue, its legal figures and its digest (if known) are all of one
    import; else "torn"."""
    programme = catalogue.programme(RANKED_PROGRAMME)
    assert programme is not None
    ranking = {OLD_RANKING: "old", NEW_RANKING: "new"}.get(programme.ranking or 0, "?")
    smic = "new" if legal.smic.latest == versions["new"].legal.smic.latest else "old"
    if digest is not None and digest != versions[smic].digest:
        return "torn"
    return ranking if ranking == smic else "torn"


def read_version(read: CatalogueRead, versions: dict[str, CatalogueRead]) -> str:
    return version_of(read.catalogue, read.legal, read.digest, versions)


@pytest.fixture
def versions(tmp_path: Path) -> dict[str, CatalogueRead]:
    updated = copy_sources(tmp_path / "updated")
    staff_update(updated)  # another ranking, one more SMIC: another digest
    return {"old": read_sources(SOURCES), "new": read_sources(updated)}


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_parallel_imports_and_reads_never_tear(
    request: pytest.FixtureRequest, tmp_path: Path, versions: dict[str, CatalogueRead], backend: str
) -> None:
    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else sqlite_url(tmp_path / "shared.sqlite")
    replace_catalogue(url, versions["old"])
    deadline = time.monotonic() + SECONDS
    outcomes: Counter[str] = Counter()
    failures: list[BaseException] = []
    lock = threading.Lock()

    def count(outcome: str) -> None:
        with lock:
            outcomes[outcome] += 1

    def importer() -> None:
        turn = 0
        while time.monotonic() < deadline:
            turn += 1
            try:
                replace_catalogue(url, versions["new" if turn % 2 else "old"])
                count("import")
            except CatalogueUnavailableError as error:  # a lock wait too long: said, never torn
                count(f"import refused: {str(error)[:60]}")

    def reader(kiosk: int) -> None:
        data_dir = tmp_path / f"kiosk-{kiosk}"
        while time.monotonic() < deadline:
            try:
                count(read_version(read_catalogue_at(url), versions))
                loaded = open_catalogue(url, data_dir)  # what a kiosk shows, and the local copy it keeps
                if loaded.origin is CatalogueOrigin.SERVER:
                    count("kiosk " + version_of(loaded.catalogue, loaded.legal, None, versions))
            except CatalogueUnavailableError as error:
                count(f"read refused: {str(error)[:60]}")
            except BaseException as error:
                failures.append(error)
                return

    threads = [threading.Thread(target=importer)] + [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SECONDS + 60)
    print(f"\n{backend}: {dict(outcomes)}")
    assert not failures, failures
    assert outcomes["torn"] == 0 and outcomes["kiosk torn"] == 0
    # Something happened on both sides (how much depends on the machine's load: not a timing test).
    assert outcomes["import"] >= 2 and outcomes["old"] + outcomes["new"] >= 2
    for kiosk in range(READERS):  # the local copy each kiosk kept is one whole catalogue
        copy = server_copy_path(tmp_path / f"kiosk-{kiosk}")
        assert read_version(read_catalogue_file(copy), versions) in ("old", "new")
