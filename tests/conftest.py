"""Shared fixtures. Qt runs offscreen: set before any Qt import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.data.repository import CatalogueRepository, read_only_sqlite_engine
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import bundled_catalogue_path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "catalogue"


@pytest.fixture(scope="session")
def repository() -> Iterator[CatalogueRepository]:
    engine = read_only_sqlite_engine(bundled_catalogue_path())
    yield CatalogueRepository(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def catalogue(repository: CatalogueRepository) -> Catalogue:
    return repository.load()


@pytest.fixture(scope="session")
def legal(repository: CatalogueRepository) -> LegalFigures:
    return repository.legal_figures()
