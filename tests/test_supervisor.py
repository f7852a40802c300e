"""``--supervise``: restart the kiosk when it dies, at most N times an hour."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.supervisor import child_command, supervise


def test_the_child_runs_the_same_command_without_supervise() -> None:
    assert child_command(["--supervise", "--lang", "en"]) == [sys.executable, "-m", "kiosk", "--lang", "en"]


def test_a_clean_exit_ends_supervision() -> None:
    runs: list[Sequence[str]] = []
    assert supervise(["--supervise"], run=lambda c: runs.append(c) or 0, sleep=lambda s: None) == 0
    assert len(runs) == 1


def test_a_crash_is_restarted() -> None:
    statuses = iter([1, -11, 0])
    runs: list[int] = []

    def run(command: Sequence[str]) -> int:
        runs.append(1)
        return next(statuses)

    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: 0.0) == 0
    assert len(runs) == 3


def test_gives_up_after_too_many_restarts_in_an_hour() -> None:
    runs: list[int] = []
    now = [0.0]

    def run(command: Sequence[str]) -> int:
        runs.append(1)
        now[0] += 60
        return 3

    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: now[0], max_restarts=5) == 3
    assert len(runs) == 6


def test_restarts_spread_over_the_day_never_give_up() -> None:
    now = [0.0]
    statuses = iter([1] * 20 + [0])

    def run(command: Sequence[str]) -> int:
        now[0] += 1800  # one crash every half hour
        return next(statuses)

    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: now[0], max_restarts=5) == 0
