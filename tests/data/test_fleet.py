"""A kiosk's link to its fair's server: counts pushed once whatever happens, heartbeats, the fleet
view, every kiosk's counts, and a server of another schema revision (PostgreSQL and SQLite)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update

from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import CatalogueOrigin, read_catalogue_file, replace_catalogue, server_copy_path
from kiosk.data.fleet import FleetLink, aware_utc
from kiosk.data.fleet_tables import FleetKioskRow
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.server_schema import ServerSchemaError
from kiosk.data.snapshot import CatalogueRead
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.fleet import Heartbeat
from kiosk.domain.usage import UsageCount, UsageEvent
from tests.catalogue_helpers import copy_sources, sqlite_url, staff_update
from tests.conftest import SOURCES
from tests.data.test_server_schema import upgraded_by_newer_kiosk

DAY = date(2026, 3, 14)
EVERY = timedelta(minutes=5)


@pytest.fixture(scope="module")
def sources() -> CatalogueRead:
    return read_sources(SOURCES)


@pytest.fixture(params=["postgresql", "sqlite"])
def server(request: pytest.FixtureRequest, tmp_path: Path, sources: CatalogueRead) -> str:
    """A server staff imported a catalogue into (which made its tables)."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "server.sqlite")
    else:
        url = request.getfixturevalue("postgres_url")
    replace_catalogue(url, sources)
    return url


def kiosk_link(url: str, folder: Path, kiosk_id: str) -> tuple[FleetLink, UsageStats]:
    stats = UsageStats(stats_path(folder))
    return FleetLink(url, folder, kiosk_id, stats), stats


def beat(kiosk_id: str, name: str = "", digest: str = "d" * 64, errors: int = 0) -> Heartbeat:
    return Heartbeat(kiosk_id, name, "0.1.0", digest, CatalogueOrigin.SERVER, DAY, errors, EVERY)


def server_totals(url: str) -> dict[tuple[str, str, str, str], int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT kiosk_id, day, event, key, count FROM fleet_usage"))
            return {(k, str(d), e, key): c for k, d, e, key, c in rows}
    finally:
        engine.dispose()


def last_seen_ago(url: str, kiosk_id: str, span: timedelta) -> None:
    """As if the kiosk had sent its last heartbeat ``span`` ago (switched off since)."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            now = aware_utc(connection.scalar(select(func.now())))
            seen = update(FleetKioskRow).where(FleetKioskRow.kiosk_id == kiosk_id).values(last_seen=now - span)
            connection.execute(seen)
    finally:
        engine.dispose()


def test_pushing_twice_or_after_a_lost_answer_never_counts_twice(server: str, tmp_path: Path) -> None:
    link, stats = kiosk_link(server, tmp_path / "a", "a" * 32)
    stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "finder", 3), UsageCount(DAY, UsageEvent.IDLE_RESET, "", 1)])
    try:
        assert link.push_counts() == 2
        assert link.push_counts() == 0  # nothing new: nothing sent
        stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "finder", 2)])
        # The server commits, but its answer is lost: the kiosk does not know the rows arrived.
        noted = stats.mark_pushed
        stats.mark_pushed = lambda server, rows: (_ for _ in ()).throw(OSError("answer lost"))  # type: ignore[method-assign]
        with pytest.raises(OSError):
            link.push_counts()
        stats.mark_pushed = noted  # type: ignore[method-assign]
        assert link.push_counts() == 1  # sent again: the same total, not one more increment
    finally:
        link.close()
    assert server_totals(server) == {
        ("a" * 32, "2026-03-14", "screen", "finder"): 5,
        ("a" * 32, "2026-03-14", "idle_reset", ""): 1,
    }


def test_an_older_push_arriving_late_never_lowers_a_total(server: str, tmp_path: Path) -> None:
    link, stats = kiosk_link(server, tmp_path / "a", "a" * 32)
    stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "home", 4)])
    try:
        link.push_counts()
        stale_copy, _ = kiosk_link(server, tmp_path / "b", "a" * 32)  # the same kiosk, an older file
        stale_copy_stats = UsageStats(stats_path(tmp_path / "b"))
        stale_copy_stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "home", 1)])
        stale_copy.push_counts()
        stale_copy.close()
    finally:
        link.close()
    assert server_totals(server) == {("a" * 32, "2026-03-14", "screen", "home"): 4}


def test_a_new_server_gets_every_count_the_kiosk_ever_recorded(
    server: str, tmp_path: Path, sources: CatalogueRead
) -> None:
    link, stats = kiosk_link(server, tmp_path / "a", "a" * 32)
    stats.add_counts([UsageCount(DAY, UsageEvent.LANGUAGE, "en", 2)])
    link.push_counts()
    link.close()
    new_server = sqlite_url(tmp_path / "new-server.sqlite")
    replace_catalogue(new_server, sources)  # another server (its fleet tables have another id)
    other, _ = kiosk_link(new_server, tmp_path / "a", "a" * 32)
    try:
        assert other.push_counts() == 1
    finally:
        other.close()
    assert server_totals(new_server) == {("a" * 32, "2026-03-14", "language", "en"): 2}


def test_heartbeats_make_the_fleet_view_and_every_kiosks_counts_export(server: str, tmp_path: Path) -> None:
    first, first_stats = kiosk_link(server, tmp_path / "a", "a" * 32)
    second, second_stats = kiosk_link(server, tmp_path / "b", "b" * 32)
    viewer = FleetLink(server, tmp_path / "viewer")
    try:
        first.heartbeat(beat("a" * 32, "Stand A", errors=2))
        second.heartbeat(beat("b" * 32))
        first.heartbeat(beat("a" * 32, "Stand A", digest="e" * 64, errors=3))  # the same kiosk, later
        last_seen_ago(server, "b" * 32, timedelta(hours=1))  # the second kiosk was switched off an hour ago
        entries = viewer.fleet(DAY)
        assert [(e.kiosk.label, e.stale, e.errors_today, e.catalogue_version) for e in entries] == [
            ("bbbbbbbb", True, 0, "d" * 12),
            ("Stand A", False, 3, "e" * 12),
        ]
        assert timedelta(minutes=59) < entries[0].unseen_for < timedelta(minutes=61)
        first_stats.add_counts([UsageCount(DAY, UsageEvent.PROGRAMME, "m1-x", 2)])
        second_stats.add_counts([UsageCount(DAY + timedelta(days=1), UsageEvent.SCREEN, "home", 1)])
        first.push_counts()
        second.push_counts()
        assert viewer.usage() == [
            ("a" * 32, "Stand A", UsageCount(DAY, UsageEvent.PROGRAMME, "m1-x", 2)),
            ("b" * 32, "", UsageCount(DAY + timedelta(days=1), UsageEvent.SCREEN, "home", 1)),
        ]
        assert [kiosk for kiosk, _, _ in viewer.usage(last=DAY)] == ["a" * 32]
        assert [kiosk for kiosk, _, _ in viewer.usage(first=DAY + timedelta(days=1))] == ["b" * 32]
    finally:
        for link in (first, second, viewer):
            link.close()


def test_a_new_catalogue_is_read_checked_and_kept_only_when_the_version_changed(server: str, tmp_path: Path) -> None:
    link = FleetLink(server, tmp_path / "kiosk")
    shown = read_sources(SOURCES).digest
    try:
        assert link.check_catalogue(shown, shown_from_server=True) is None
        assert not server_copy_path(tmp_path / "kiosk").exists()  # nothing new: nothing read or kept
        fallback = link.check_catalogue(shown, shown_from_server=False)  # the server is back after an outage
        assert fallback is not None and fallback.origin is CatalogueOrigin.SERVER
        updated = copy_sources(tmp_path / "updated")
        staff_update(updated)
        new = read_sources(updated)
        replace_catalogue(server, new)
        fresh = link.check_catalogue(shown, shown_from_server=True)
        assert fresh is not None and fresh.digest == new.digest and fresh.fetched is not None
        assert read_catalogue_file(server_copy_path(tmp_path / "kiosk")).digest == new.digest
    finally:
        link.close()


def test_a_server_of_a_newer_kiosk_keeps_the_counts_here_and_says_to_update(server: str, tmp_path: Path) -> None:
    link, stats = kiosk_link(server, tmp_path / "a", "a" * 32)
    stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "home", 1)])
    upgraded_by_newer_kiosk(server, tmp_path)
    try:
        for call in (link.push_counts, lambda: link.heartbeat(beat("a" * 32)), lambda: link.fleet(DAY)):
            with pytest.raises(ServerSchemaError, match="a newer kiosk upgraded it; update this kiosk"):
                call()
    finally:
        link.close()
    assert stats.unpushed("any") == [UsageCount(DAY, UsageEvent.SCREEN, "home", 1)]


def test_an_unreachable_server_is_said_without_its_password(tmp_path: Path, postgres_url: str) -> None:
    url = "postgresql+psycopg://kiosk:s3cret-pw@127.0.0.1:9/none"  # nothing listens on port 9
    link, stats = kiosk_link(url, tmp_path, "a" * 32)
    stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, "home", 1)])
    try:
        with pytest.raises(CatalogueUnavailableError) as refused:
            link.push_counts()
    finally:
        link.close()
    assert "s3cret-pw" not in str(refused.value) and "cannot send the usage counts to" in str(refused.value)
