"""Fixtures of the command-line tests: a PostgreSQL server, and no trace of the real data location."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets an empty application data location and no ``KIOSK_DB_URL`` from outside."""
    data_dir = tmp_path_factory.mktemp("app-data")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("KIOSK_DB_URL", raising=False)
    yield data_dir
