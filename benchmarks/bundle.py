"""Bundle size and cold start of the frozen kiosk against a bare PySide6 window frozen the same way.

A script, not a test: it prints figures. In one run it builds the kiosk (``python -m kiosk build``,
one folder) and a bare window (a QMainWindow with a QLabel, written to a temporary folder) with the
same PyInstaller options (``build_spec/freeze_options.py``: excludes, Qt files left out, strip, EXE
flags), then measures

- the size of each bundle on disk (allocated blocks, and the sum of file sizes);
- the cold start to the first painted window: the wall time from spawning the process to the first
  paint event of its main window, which each app reports (and then leaves) with
  ``KIOSK_BENCH_EXIT_ON_PAINT=1``, offscreen; the time to its exit is printed beside it. "Cold" is
  a new process each time; the files stay in the OS cache (one discarded warm-up run each). Runs
  alternate between the two apps so that background load hits both.

Usage: ``.venv/bin/python benchmarks/bundle.py [--runs 7] [--no-build]``. Targets (issue 8): kiosk
start <= 1.3 x bare, kiosk bundle <= 1.5 x bare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
KIOSK_EXECUTABLE = ROOT / "dist" / "impgt-kiosk" / f"impgt-kiosk{EXE_SUFFIX}"
START_TARGET = 1.3
SIZE_TARGET = 1.5

BARE_WINDOW = """\
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("IMPGT"))
window.resize(1280, 800)
if os.environ.get("KIOSK_BENCH_EXIT_ON_PAINT") == "1":
    window.installEventFilter(QuitOnFirstPaint(window))
window.show()
sys.exit(app.exec())
"""

BARE_SPEC = """\
import sys

sys.path.insert(0, {options_dir!r})
from freeze_options import COLLECT_OPTIONS, EXCLUDES, EXE_OPTIONS, slim

a = Analysis([{script!r}], excludes=EXCLUDES)
a.binaries = slim(a.binaries)
a.datas = slim(a.datas)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], name="bare-window", exclude_binaries=True, **EXE_OPTIONS)
coll = COLLECT(exe, a.binaries, a.datas, name="bare-window", **COLLECT_OPTIONS)
"""


def build_kiosk() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kiosk", "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def build_bare(folder: Path) -> tuple[Path, float]:
    script = folder / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    spec = folder / "bare-window.spec"
    spec.write_text(BARE_SPEC.format(options_dir=str(ROOT / "build_spec"), script=str(script)), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            str(spec),
        ],
        cwd=folder,
        check=True,
    )
    return folder / "dist" / "bare-window" / f"bare-window{EXE_SUFFIX}", time.perf_counter() - started


def bundle_size(folder: Path) -> tuple[int, int]:
    """(bytes allocated on disk, sum of file sizes) of every file under ``folder``."""
    on_disk = apparent = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            status = path.stat()
            apparent += status.st_size
            on_disk += getattr(status, "st_blocks", (status.st_size + 511) // 512) * 512
    return on_disk, apparent


@dataclass(frozen=True)
class Start:
    """One start, in seconds from the spawn: to the first paint (the instant the app prints with
    ``KIOSK_BENCH_EXIT_ON_PAINT=1``, on the clock of :func:`time.monotonic`, which every process of
    the machine shares) and to the exit (after the first paint, the app's tear-down and Python's)."""

    paint: float
    exit: float


def start_once(command: list[str], env: dict[str, str]) -> Start:
    started = time.monotonic()
    finished = subprocess.run(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True, timeout=120, text=True
    )
    exited = time.monotonic()
    painted = [line.split()[1] for line in finished.stdout.splitlines() if line.startswith("first-paint ")]
    if not painted:
        raise RuntimeError(f"{command[0]} exited without saying it painted: {finished.stdout[-500:]!r}")
    return Start(float(painted[-1]) - started, exited - started)


def measure_starts(
    commands: dict[str, list[str]], runs: int, data_dir: Path, environment: dict[str, str] | None = None
) -> dict[str, list[Start]]:
    """Each command's starts, ``runs`` times, alternating between the commands (after one discarded
    warm-up run each), offscreen, with ``environment`` added."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_EXIT_ON_PAINT="1", KIOSK_DATA_DIR=str(data_dir))
    env.update(environment or {})
    for command in commands.values():
        start_once(command, env)
    times: dict[str, list[Start]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(start_once(command, env))
    return times


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each app (default 7, at least 5)")
    parser.add_argument("--no-build", action="store_true", help="measure the kiosk already in dist/impgt-kiosk/")
    args = parser.parse_args()
    runs = max(5, args.runs)

    if not args.no_build:
        print(f"kiosk build: {build_kiosk():.1f} s", flush=True)
    if not KIOSK_EXECUTABLE.is_file():
        print(f"no kiosk at {KIOSK_EXECUTABLE}: run `python -m kiosk build` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temp:
        folder = Path(temp)
        bare_executable, bare_seconds = build_bare(folder)
        print(f"bare window build: {bare_seconds:.1f} s", flush=True)
        executables = {"kiosk": KIOSK_EXECUTABLE, "bare": bare_executable}
        sizes = {name: bundle_size(executable.parent) for name, executable in executables.items()}
        data_dir = folder / "data"
        data_dir.mkdir()
        times = measure_starts({name: [str(path)] for name, path in executables.items()}, runs, data_dir)

    medians = {name: statistics.median(start.paint for start in values) for name, values in times.items()}
    size_ratio = sizes["kiosk"][0] / sizes["bare"][0]
    start_ratio = medians["kiosk"] / medians["bare"]
    print()
    print(
        f"{'':8} {'on disk':>12} {'file sizes':>12} {'to 1st paint':>13}"
        f" {'min':>8} {'max':>8} {'to exit':>10}  (n={runs})"
    )
    for name in executables:
        on_disk, apparent = sizes[name]
        paints = [start.paint for start in times[name]]
        exits = statistics.median(start.exit for start in times[name])
        print(
            f"{name:8} {mib(on_disk):>12} {mib(apparent):>12} {medians[name] * 1000:>10.0f} ms"
            f" {min(paints) * 1000:>5.0f} ms {max(paints) * 1000:>5.0f} ms {exits * 1000:>7.0f} ms"
        )
    print()
    verdict = {True: "met", False: "NOT met"}
    print(f"size ratio  kiosk/bare: {size_ratio:.2f}  (target <= {SIZE_TARGET}: {verdict[size_ratio <= SIZE_TARGET]})")
    print(
        f"start ratio kiosk/bare (to the first paint): {start_ratio:.2f}"
        f"  (target <= {START_TARGET}: {verdict[start_ratio <= START_TARGET]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
