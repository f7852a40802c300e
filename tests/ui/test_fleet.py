"""A kiosk of a fleet, assembled as the real one on a real PostgreSQL server: new catalogues between
visitors without a tap, counts pushed after each visitor and at exit, the staff menu's fleet page in
French and English, and a server that a newer kiosk upgraded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, KioskOptions, assemble_kiosk
from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import CatalogueOrigin, read_catalogue_file, replace_catalogue, server_copy_path
from kiosk.data.fleet import FleetLink
from kiosk.data.snapshot import CatalogueRead
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.fleet import Heartbeat, catalogue_version
from kiosk.domain.kinds import ScreenName
from kiosk.ui.screens.programme import ProgrammeScreen
from tests.catalogue_helpers import NEW_RANKING, RANKED_PROGRAMME, copy_sources, staff_update
from tests.conftest import SOURCES
from tests.data.test_fleet import last_seen_ago, server_totals
from tests.data.test_server_schema import upgraded_by_newer_kiosk
from tests.postgres import postgres_server, postgres_url
from tests.ui.conftest import TEST_TIMINGS
from tests.ui.helpers import plain, tap

__all__ = ["postgres_server", "postgres_url"]

CHECK_MS = 150
TODAY = date.today()


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CatalogueRead]:
    updated = copy_sources(tmp_path_factory.mktemp("updated"))
    staff_update(updated)
    return {"old": read_sources(SOURCES), "new": read_sources(updated)}


@pytest.fixture
def server(postgres_url: str, versions: dict[str, CatalogueRead]) -> str:
    """A fair's server, its catalogue imported by staff."""
    replace_catalogue(postgres_url, versions["old"])
    return postgres_url


@pytest.fixture
def fleet_kiosk(qtbot: QtBot, themed_app: QApplication, test_options: KioskOptions, server: str) -> Iterator[Any]:
    """Assembles a kiosk of the fleet (its catalogue read from ``server``), shown and started."""
    kiosks: list[Kiosk] = []

    def make(**overrides: Any) -> Kiosk:
        options = replace(
            test_options,
            db_url=server,
            timings=replace(TEST_TIMINGS, catalogue_check_ms=CHECK_MS),
            **overrides,
        )
        kiosk = assemble_kiosk(options, exit_application=lambda status: None)
        kiosks.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        kiosk.start()
        return kiosk

    yield make
    for kiosk in kiosks:
        kiosk.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shown_version(kiosk: Kiosk) -> str:
    """The version the staff menu says is shown."""
    lines = [line for line in kiosk.shell.about_lines() if "Version du catalogue affichée" in line]
    return plain(lines[0]).rsplit(" ", 1)[-1]


def ranking_shown(kiosk: Kiosk) -> int | None:
    """The ranking the programme's page shows (of the catalogue the screens were built with)."""
    kiosk.window.navigator.go(ScreenName.PROGRAMME, RANKED_PROGRAMME)
    screen = kiosk.window.navigator.current_screen
    assert isinstance(screen, ProgrammeScreen) and screen.programme is not None
    return screen.programme.ranking


def test_a_new_catalogue_is_shown_on_the_attract_screen_without_a_tap(
    qtbot: QtBot, fleet_kiosk: Any, server: str, versions: dict[str, CatalogueRead]
) -> None:
    kiosk = fleet_kiosk()
    assert kiosk.content.origin == CatalogueOrigin.SERVER and shown_version(kiosk) == catalogue_version(
        versions["old"].digest
    )
    kiosk.shell.reset_for_next_visitor()  # the visitor left
    replace_catalogue(server, versions["new"])  # staff import, elsewhere
    qtbot.waitUntil(lambda: shown_version(kiosk) == catalogue_version(versions["new"].digest), timeout=10_000)
    assert kiosk.window.navigator.current == ScreenName.ATTRACT  # still waiting for the next visitor
    about = [plain(line) for line in kiosk.shell.about_lines()]
    assert any(line.startswith(f"Version {catalogue_version(versions['new'].digest)} du catalogue") for line in about)
    assert read_catalogue_file(server_copy_path(kiosk.options.data_dir)).digest == versions["new"].digest
    tap(qtbot, kiosk.window)  # the next visitor
    assert kiosk.window.navigator.current == ScreenName.HOME and ranking_shown(kiosk) == NEW_RANKING
    viewer = FleetLink(server, kiosk.options.data_dir)  # and the fleet view says so
    try:
        qtbot.waitUntil(
            lambda: [e.catalogue_version for e in viewer.fleet(TODAY)] == [catalogue_version(versions["new"].digest)],
            timeout=10_000,
        )
    finally:
        viewer.close()


def test_during_a_visit_the_server_is_not_asked_and_a_new_catalogue_waits_for_the_next_visitor(
    qtbot: QtBot, fleet_kiosk: Any, server: str, versions: dict[str, CatalogueRead]
) -> None:
    kiosk = fleet_kiosk()
    old = catalogue_version(versions["old"].digest)
    replace_catalogue(server, versions["new"])
    qtbot.wait(CHECK_MS * 4)  # a visitor on the home screen: no look at the server
    assert kiosk.fleet is not None and kiosk.fleet.checked_at is None and shown_version(kiosk) == old
    kiosk.fleet.check_now()  # a look that began just before the visitor touched the screen
    qtbot.waitUntil(lambda: kiosk.fleet is not None and kiosk.fleet.checked_at is not None, timeout=10_000)
    QApplication.processEvents()
    assert shown_version(kiosk) == old and kiosk.window.navigator.current == ScreenName.HOME
    kiosk.shell.idle.time_out()  # the visitor left
    assert shown_version(kiosk) == catalogue_version(versions["new"].digest)
    assert kiosk.window.navigator.current == ScreenName.ATTRACT


def test_counts_reach_the_server_after_each_visitor_and_at_exit(qtbot: QtBot, fleet_kiosk: Any, server: str) -> None:
    kiosk = fleet_kiosk()
    kiosk_id = kiosk.store.settings.kiosk_id
    assert len(kiosk_id) == 32  # made once, kept in the settings
    tap(qtbot, kiosk.window.navigator.current_screen.finder_card)  # type: ignore[union-attr]
    kiosk.shell.idle.time_out()  # the visitor left: counts written here, then pushed
    expected = {(kiosk_id, str(TODAY), "screen", "finder"): 1, (kiosk_id, str(TODAY), "idle_reset", ""): 1}
    qtbot.waitUntil(lambda: server_totals(server) == expected, timeout=10_000)
    tap(qtbot, kiosk.window)  # the next visitor: home
    kiosk.stop()  # the kiosk quits
    assert server_totals(server)[(kiosk_id, str(TODAY), "screen", "home")] == 1
    assert any("Compteurs d'usage envoyés au serveur" in plain(line) for line in kiosk.shell.about_lines())


def test_a_kiosk_nobody_visits_still_says_it_is_alive(qtbot: QtBot, fleet_kiosk: Any, server: str) -> None:
    kiosk = fleet_kiosk()
    kiosk.shell.reset_for_next_visitor()  # on the attract screen from now on
    viewer = FleetLink(server, kiosk.options.data_dir)
    try:
        qtbot.waitUntil(lambda: len(viewer.fleet(TODAY)) == 1, timeout=10_000)
        first = viewer.fleet(TODAY)[0].last_seen
        qtbot.waitUntil(lambda: viewer.fleet(TODAY)[0].last_seen > first, timeout=10_000)
    finally:
        viewer.close()
    assert kiosk.window.navigator.current == ScreenName.ATTRACT


def other_kiosks(server: str, folder: Path) -> None:
    """Two more kiosks of the fair: one in touch, one switched off an hour ago."""
    for kiosk_id, name, errors in (("b" * 32, "Entrée", 2), ("c" * 32, "Stand C", 1)):
        link = FleetLink(server, folder, kiosk_id, UsageStats(stats_path(folder / kiosk_id)))
        try:
            link.heartbeat(
                Heartbeat(
                    kiosk_id, name, "0.1.0", "e" * 64, CatalogueOrigin.SERVER, TODAY, errors, timedelta(minutes=5)
                )
            )
        finally:
            link.close()
    last_seen_ago(server, "c" * 32, timedelta(hours=1))


def test_the_staff_menu_lists_the_kiosks_stale_first_in_french_and_english(
    qtbot: QtBot, fleet_kiosk: Any, server: str, tmp_path: Path
) -> None:
    kiosk = fleet_kiosk()
    kiosk.store.update(replace(kiosk.store.settings, kiosk_name="Stand A"))  # as ``admin set-name`` does
    kiosk.shell.idle.time_out()  # the next heartbeat, between two visitors, carries it
    other_kiosks(server, tmp_path)
    menu = kiosk.shell.staff_menu
    kiosk.shell.open_staff_menu()
    tap(qtbot, menu.fleet_button)
    qtbot.waitUntil(lambda: "Stand A" in menu.fleet_text.text(), timeout=10_000)
    lines = plain(menu.fleet_text.text()).split("\n\n")
    assert lines[0] == "3 bornes sur le serveur · 1 sans nouvelles"
    assert lines[1].startswith("Stand C · SANS NOUVELLES, vue pour la dernière fois il y a 1 heure (")
    assert lines[1].endswith("· 1 erreur aujourd'hui")
    assert lines[2].startswith("Entrée · vue pour la dernière fois il y a moins d'une minute")
    assert lines[2].endswith("· 2 erreurs aujourd'hui") and "· catalogue eeeeeeeeeeee ·" in lines[2]
    assert lines[3].startswith("Stand A · ")
    kiosk.language.set_language("en")
    tap(qtbot, menu.fleet_back)
    tap(qtbot, menu.fleet_button)
    qtbot.waitUntil(lambda: "Reading" not in menu.fleet_text.text(), timeout=10_000)
    lines = menu.fleet_text.text().split("\n\n")
    assert lines[0] == "3 kiosks on the server · 1 stale"
    assert lines[1].startswith("Stand C · STALE, last seen 1 hour ago (") and lines[1].endswith("1 error today")
    assert "/" in lines[1]  # British English dates: day/month/year
    assert lines[2].endswith("2 errors today")


def test_a_server_of_a_newer_kiosk_gets_the_message_not_a_crash(
    qtbot: QtBot, fleet_kiosk: Any, server: str, tmp_path: Path
) -> None:
    upgraded_by_newer_kiosk(server, tmp_path)
    kiosk = fleet_kiosk()
    assert kiosk.content.origin == CatalogueOrigin.SERVER  # its catalogue still reads
    tap(qtbot, kiosk.window.navigator.current_screen.finder_card)  # type: ignore[union-attr]
    kiosk.shell.idle.time_out()
    assert kiosk.fleet is not None
    qtbot.waitUntil(lambda: bool(kiosk.fleet and kiosk.fleet.push_problem), timeout=10_000)
    about = " ".join(plain(line) for line in kiosk.shell.about_lines())
    assert "Les compteurs d'usage attendent sur cet ordinateur" in about
    assert "schema revision 9999" in about and "a newer kiosk upgraded it" in about
    kiosk.shell.open_staff_menu()
    tap(qtbot, kiosk.shell.staff_menu.fleet_button)
    qtbot.waitUntil(lambda: "a newer kiosk upgraded it" in kiosk.shell.staff_menu.fleet_text.text(), timeout=10_000)
    assert UsageStats(stats_path(kiosk.options.data_dir)).unpushed("any")  # kept here, none lost
