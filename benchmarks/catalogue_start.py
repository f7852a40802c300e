"""The catalogue read at the kiosk's start: the old path (SQLAlchemy's ORM on the tables) against the
new one (``kiosk.app.load_content``: the snapshot with ``sqlite3``), side by side in one run.

Each sample is a fresh interpreter, as at a real start, so that importing SQLAlchemy counts; the
two paths alternate, so that a busy machine slows both alike. The kiosk's own modules (Qt
included) are imported before the clock starts: only the catalogue read is timed. Prints figures;
run with ``.venv/bin/python benchmarks/catalogue_start.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = """
import sys, time
from pathlib import Path
import kiosk.app  # Qt and the kiosk's window: not what is timed
from kiosk.app import load_content
data_dir = Path(sys.argv[2])
started = time.perf_counter()  # from here: the catalogue modules' imports and the read
if sys.argv[1] == "old":
    # What load_content did before: the ORM read of the same file (SQLAlchemy imported here).
    from kiosk.data import catalogue_store
    path = catalogue_store.imported_catalogue_path(data_dir)
    path = path if path.is_file() else catalogue_store.bundled_catalogue_path()
    read = catalogue_store.read_catalogue_tables(path)
    programmes = len(read.catalogue.programmes)
else:
    programmes = len(load_content(None, data_dir).catalogue.programmes)
elapsed = time.perf_counter() - started
loaded = [name for name in ("sqlalchemy", "pydantic", "yaml") if name in sys.modules]
print(f"{elapsed * 1000:.2f} {programmes} {','.join(loaded) or '-'}")
"""


def sample(path: str, data_dir: Path) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, "-c", SAMPLE, path, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    milliseconds, _programmes, modules = done.stdout.split()
    return float(milliseconds), modules


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="samples of each path and catalogue (default 15)")
    args = parser.parse_args()

    from kiosk.data.catalogue_store import import_catalogue
    from kiosk.paths import catalogue_sources_dir

    with tempfile.TemporaryDirectory() as temporary:
        bundled_only = Path(temporary) / "bundled"
        bundled_only.mkdir()
        imported = Path(temporary) / "imported"
        import_catalogue(catalogue_sources_dir(), None, imported)
        print(f"catalogue read at start, {args.runs} fresh interpreters per row (ms; median / p95 / max)")
        print(f"{'catalogue':<10} {'path':<28} {'median':>8} {'p95':>8} {'max':>8}  modules loaded")
        for label, data_dir in (("bundled", bundled_only), ("imported", imported)):
            times: dict[str, list[float]] = {"old": [], "new": []}
            modules: dict[str, str] = {}
            for _ in range(args.runs):
                for path in ("old", "new"):
                    elapsed, loaded = sample(path, data_dir)
                    times[path].append(elapsed)
                    modules[path] = loaded
            for path, name in (("old", "old: ORM on the tables"), ("new", "new: load_content, snapshot")):
                values = times[path]
                print(
                    f"{label:<10} {name:<28} {statistics.median(values):8.1f} {percentile(values, 0.95):8.1f} "
                    f"{max(values):8.1f}  {modules[path]}"
                )
            ratio = statistics.median(times["old"]) / statistics.median(times["new"])
            print(f"{label:<10} {'new path is':<28} {ratio:8.1f}x faster (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
