"""``--supervise``: restart the kiosk when it dies, at most N times an hour; pass a stop on to it."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from kiosk.supervisor import ChildExit, StopRequest, child_command, death_reason, run_child, supervise

ROOT = Path(__file__).resolve().parent.parent


def ran(statuses: list[int]) -> tuple[list[int], Callable[[Sequence[str], StopRequest], ChildExit]]:
    runs: list[int] = []
    pending = iter(statuses)

    def run(command: Sequence[str], stop: StopRequest) -> ChildExit:
        runs.append(1)
        return ChildExit(next(pending))

    return runs, run


def test_the_child_runs_the_same_command_without_supervise() -> None:
    assert child_command(["--supervise", "--lang", "en"]) == [sys.executable, "-m", "kiosk", "--lang", "en"]


def test_a_clean_exit_ends_supervision() -> None:
    runs, run = ran([0])
    assert supervise(["--supervise"], run=run, sleep=lambda s: None) == 0
    assert len(runs) == 1


def test_a_crash_is_restarted() -> None:
    runs, run = ran([1, -11, 0])
    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: 0.0) == 0
    assert len(runs) == 3


def test_gives_up_after_too_many_restarts_in_an_hour() -> None:
    runs: list[int] = []
    now = [0.0]

    def run(command: Sequence[str], stop: StopRequest) -> ChildExit:
        runs.append(1)
        now[0] += 60
        return ChildExit(3)

    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: now[0], max_restarts=5) == 3
    assert len(runs) == 6


def test_restarts_spread_over_the_day_never_give_up() -> None:
    now = [0.0]
    statuses = iter([1] * 20 + [0])

    def run(command: Sequence[str], stop: StopRequest) -> ChildExit:
        now[0] += 1800  # one crash every half hour
        return ChildExit(next(statuses))

    assert supervise([], run=run, sleep=lambda s: None, clock=lambda: now[0], max_restarts=5) == 0


def test_a_stop_asked_during_the_pause_prevents_the_restart() -> None:
    stop = StopRequest()
    runs: list[int] = []

    def run(command: Sequence[str], _stop: StopRequest) -> ChildExit:
        runs.append(1)
        return ChildExit(1)

    assert supervise([], run=run, sleep=lambda s: stop.ask(signal.SIGTERM), stop=stop) == 0
    assert runs == [1]


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_the_reason_of_a_death_is_logged_with_the_last_error_lines(caplog: pytest.LogCaptureFixture) -> None:
    crash = python(
        "import sys\n"
        "for n in range(30): print(f'line {n}', file=sys.stderr)\n"
        "print('ValueError: cannot convert float NaN to integer', file=sys.stderr)\n"
        "sys.exit(3)"
    )
    statuses = iter([crash, python("pass")])
    with caplog.at_level(logging.INFO, logger="kiosk.supervisor"):
        status = supervise([], run=lambda _c, stop: run_child(next(statuses), stop), sleep=lambda s: None)
    assert status == 0
    [death] = [r.getMessage() for r in caplog.records if "died" in r.getMessage()]
    assert death.startswith("supervisor: the kiosk died with status 3; the last lines of its error output:")
    assert "    ValueError: cannot convert float NaN to integer" in death
    assert "line 29" in death and "line 10" not in death  # the last lines only


def test_a_kill_is_named() -> None:
    assert death_reason(ChildExit(-9)).startswith("signal 9 (SIGKILL); it wrote nothing")


SUPERVISED_SLEEPER = """
import os, signal, sys, time
from kiosk import supervisor
supervisor.STOP_GRACE_SECONDS = 2
child = [sys.executable, "-c", '''
import os, signal, sys, time
if sys.argv[1] == "stubborn":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
print(os.getpid(), flush=True)
time.sleep(120)
''', sys.argv[1]]
sys.exit(supervisor.supervise([], run=lambda _c, stop: supervisor.run_child(child, stop)))
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie is not running
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")
@pytest.mark.parametrize(
    ("stop", "kind", "within"),
    [(signal.SIGTERM, "obedient", 5), (signal.SIGINT, "obedient", 5), (signal.SIGTERM, "stubborn", 8)],
)
def test_a_stop_goes_on_to_the_kiosk_and_the_supervisor_waits_for_it(
    stop: signal.Signals, kind: str, within: float
) -> None:
    supervisor = subprocess.Popen(
        [sys.executable, "-c", SUPERVISED_SLEEPER, kind], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert supervisor.stdout is not None
        child_pid = int(supervisor.stdout.readline())
        assert alive(child_pid)
        started = time.monotonic()
        supervisor.send_signal(stop)
        assert supervisor.wait(timeout=within) == 0
        assert time.monotonic() - started < within
        deadline = time.monotonic() + 2
        while alive(child_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(child_pid), "the kiosk outlived its supervisor"
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


def kiosk_environment(data_dir: Path, **extra: str) -> dict[str, str]:
    environment = {**os.environ, "KIOSK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", **extra}
    environment.pop("KIOSK_DB_URL", None)
    return environment


def test_bad_settings_no_longer_make_a_crash_loop(tmp_path: Path) -> None:
    """The issue: NaN in settings.json crashed each start, and --supervise gave up after five."""
    (tmp_path / "settings.json").write_text(json.dumps({"idle_delay": "x"}).replace('"x"', "NaN"))
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--supervise", "--windowed"],
        env=kiosk_environment(tmp_path, KIOSK_BENCH_EXIT_ON_PAINT="1"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert log.count("supervisor: starting") == 1 and "the kiosk exited cleanly" in log
    assert "idle_delay: expected" in log and "died" not in log


@pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")
def test_stopping_a_supervised_kiosk_leaves_no_kiosk_running(tmp_path: Path) -> None:
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--supervise", "--windowed"],
        env=kiosk_environment(tmp_path),
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    log_file = tmp_path / "logs" / "kiosk.log"
    try:
        deadline = time.monotonic() + 60
        child_pid = None
        while child_pid is None and time.monotonic() < deadline:
            time.sleep(0.2)
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            if "the kiosk runs as process" in text:
                child_pid = int(text.split("the kiosk runs as process ")[1].split()[0])
        assert child_pid is not None and alive(child_pid)
        time.sleep(2)  # the kiosk's window is up
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=15) == 0
        assert not alive(child_pid)
        assert "stopped by signal 15" in log_file.read_text(encoding="utf-8")
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
