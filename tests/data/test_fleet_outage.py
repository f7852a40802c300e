"""Ten kiosks push their counts to one server for a few seconds, while the server is stopped (as by
a crash) and started again in the middle: the server's totals equal the sum of what each kiosk
recorded, none lost, none counted twice."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import replace_catalogue
from kiosk.data.fleet import FleetLink
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.usage import UsageCount, UsageEvent
from tests.conftest import SOURCES
from tests.data.test_fleet import server_totals
from tests.postgres import PostgresServer

KIOSKS = 10
SECONDS = 6.0
OUTAGE = (2.0, 4.0)  # stopped after 2 s, started again after 4 s
DAYS = (date(2026, 3, 13), date(2026, 3, 14))
KEYS = (
    (UsageEvent.SCREEN, "finder"),
    (UsageEvent.SCREEN, "home"),
    (UsageEvent.IDLE_RESET, ""),
    (UsageEvent.LANGUAGE, "en"),
)


def test_ten_kiosks_pushing_through_a_server_outage_lose_nothing_and_double_nothing(
    postgres_server: PostgresServer, postgres_url: str, tmp_path: Path
) -> None:
    replace_catalogue(postgres_url, read_sources(SOURCES))
    recorded: dict[str, Counter[tuple[str, str, str]]] = {}
    outcomes: Counter[str] = Counter()
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = time.monotonic()

    def kiosk(number: int) -> None:
        kiosk_id = f"{number:032x}"
        stats = UsageStats(stats_path(tmp_path / kiosk_id))
        link = FleetLink(postgres_url, tmp_path / kiosk_id, kiosk_id, stats)
        mine: Counter[tuple[str, str, str]] = Counter()
        chance = random.Random(number)
        try:
            while time.monotonic() - start < SECONDS:
                visit = [  # a visitor's counts, written to the kiosk's own file first
                    UsageCount(chance.choice(DAYS), *chance.choice(KEYS), chance.randint(1, 3))
                    for _ in range(chance.randint(1, 4))
                ]
                stats.add_counts(visit)
                for row in visit:
                    mine[(str(row.day), row.event.value, row.key)] += row.count
                try:
                    link.push_counts()
                    outcome = "pushed"
                except CatalogueUnavailableError:
                    outcome = "server down"
                with lock:
                    outcomes[outcome] += 1
                time.sleep(chance.uniform(0.01, 0.08))
            deadline = time.monotonic() + 60
            while True:  # the server is back: the last push goes through
                try:
                    link.push_counts()
                    break
                except CatalogueUnavailableError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        except BaseException as error:
            failures.append(error)
        finally:
            link.close()
            recorded[kiosk_id] = mine

    threads = [threading.Thread(target=kiosk, args=(number,)) for number in range(KIOSKS)]
    for thread in threads:
        thread.start()
    time.sleep(OUTAGE[0])
    postgres_server.stop()
    stopped = time.monotonic()
    time.sleep(OUTAGE[1] - OUTAGE[0])
    postgres_server.start()
    restarted = time.monotonic()
    for thread in threads:
        thread.join(timeout=SECONDS + 120)
    print(f"\n{dict(outcomes)}; server down for {restarted - stopped:.1f} s")
    assert not failures, failures
    assert outcomes["pushed"] > KIOSKS and outcomes["server down"] > 0  # both happened (not a timing test)
    expected = {
        (kiosk_id, day, event, key): count
        for kiosk_id, counts in recorded.items()
        for (day, event, key), count in counts.items()
    }
    totals = server_totals(postgres_url)
    lost = {key: expected[key] - totals.get(key, 0) for key in expected if totals.get(key, 0) < expected[key]}
    doubled = {key: totals[key] - expected.get(key, 0) for key in totals if totals[key] > expected.get(key, 0)}
    assert (lost, doubled) == ({}, {})
    assert sum(totals.values()) == sum(sum(counts.values()) for counts in recorded.values())
    assert len({key[0] for key in totals}) == KIOSKS
