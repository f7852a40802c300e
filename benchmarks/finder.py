"""Finder benchmark: filter 10,000 programmes and update the count, per filter combination.

Builds a synthetic catalogue of N programmes (default 10,000) in a temporary SQLite file with the
real builder, loads it through the real repository, then for every campus/level combination
applies the filter to the real finder model and reads the count, several times. Prints the median
and worst time per combination, in milliseconds, and the same through the finder screen (chips,
count label, list layout). Target: worst case under 16 ms (one frame) for the model.

    .venv/bin/python benchmarks/finder.py [--programmes 10000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.data.builder import build_catalogue  # noqa: E402
from kiosk.data.repository import CatalogueRepository, read_only_sqlite_engine  # noqa: E402
from kiosk.domain.catalogue import LEVELS  # noqa: E402
from kiosk.domain.filters import ProgrammeFilter  # noqa: E402

CAMPUSES = tuple(c["id"] for c in yaml.safe_load((ROOT / "data/catalogue/campuses.yaml").read_bytes())["campuses"])


def synthetic_sources(directory: Path, count: int, seed: int) -> None:
    """The real sources, with programmes.yaml replaced by ``count`` generated programmes."""
    for source in (ROOT / "data" / "catalogue").glob("*.yaml"):
        shutil.copy(source, directory / source.name)
    rng = random.Random(seed)
    programmes = []
    for index in range(count):
        level = rng.choice(LEVELS).value
        programmes.append(
            {
                "id": f"programme-{index:05d}",
                "level": level,
                "title": {"fr": f"Formation {index} ({level})", "en": f"Programme {index} ({level})"},
                "campus": rng.choice(CAMPUSES),
                "modes": ["initial", "continuing"],
                "rhythms": rng.choice([["work_linked"], ["standard", "work_linked"]]),
                "ranking": rng.choice([None, None, None, rng.randint(1, 30)]),
                "description": {"fr": "Description de la formation.", "en": "Description of the programme."},
                "contract_types": ["apprenticeship", "internship"],
            }
        )
    with (directory / "programmes.yaml").open("w", encoding="utf-8") as handle:
        yaml.safe_dump({"programmes": programmes}, handle, allow_unicode=True, sort_keys=False)


def combinations() -> list[ProgrammeFilter]:
    def subsets(values: tuple[str, ...]) -> list[frozenset[str]]:
        return [frozenset(c) for size in range(len(values) + 1) for c in itertools.combinations(values, size)]

    return [ProgrammeFilter(c, lvl) for c in subsets(CAMPUSES) for lvl in subsets(LEVELS)]


def label(selection: ProgrammeFilter) -> str:
    campuses = "+".join(sorted(selection.campuses)) or "any campus"
    levels = "+".join(sorted(selection.levels)) or "any level"
    return f"{campuses:<16} {levels:<12}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from kiosk.app import apply_theme
    from kiosk.paths import translations_dir
    from kiosk.ui.i18n import LanguageController
    from kiosk.ui.models.programmes import ProgrammeListModel
    from kiosk.ui.screens.finder import FinderScreen

    app = QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as temporary:
        sources = Path(temporary) / "sources"
        sources.mkdir()
        synthetic_sources(sources, args.programmes, args.seed)
        database = Path(temporary) / "catalogue.sqlite"
        started = time.perf_counter()
        build_catalogue(sources, database)
        built = time.perf_counter()
        engine = read_only_sqlite_engine(database)
        catalogue = CatalogueRepository(engine).load()
        loaded = time.perf_counter()
        engine.dispose()
    print(
        f"catalogue: {len(catalogue.programmes)} programmes; build {1000 * (built - started):.0f} ms, "
        f"load {1000 * (loaded - built):.0f} ms"
    )

    model = ProgrammeListModel(catalogue, "fr")
    other = ProgrammeFilter(frozenset({"aix"}), frozenset({"L3"}))

    def time_model(selection: ProgrammeFilter) -> float:
        model.set_programme_filter(other if selection != other else ProgrammeFilter())
        start = time.perf_counter()
        model.set_programme_filter(selection)
        count = model.rowCount()
        elapsed = time.perf_counter() - start
        assert count == len(selection.apply(catalogue.programmes))
        return 1000 * elapsed

    language = LanguageController(translations_dir())
    language.set_language("fr")
    screen = FinderScreen(catalogue, language)
    screen.resize(1280, 700)
    screen.show()
    app.processEvents()

    def time_screen(selection: ProgrammeFilter) -> float:
        """One tap: every chip of ``selection`` but the last is already on; time the last tap."""
        chips = [c for c in screen.campus_chips if c.value in selection.campuses]
        chips += [c for c in screen.level_chips if c.value in selection.levels]
        screen.clear_filters()
        for chip in chips[:-1]:
            chip.setChecked(True)
        app.processEvents()
        start = time.perf_counter()
        if chips:
            chips[-1].setChecked(True)
        else:
            screen.clear_filters()
        app.processEvents()  # the count label and the list relayout and paint the visible cards
        elapsed = time.perf_counter() - start
        assert screen.model.rowCount() == len(selection.apply(catalogue.programmes))
        return 1000 * elapsed

    print(
        f"\n{'filter':<30} {'rows':>6}  {'model median':>12} {'model worst':>11}"
        f"   {'screen median':>13} {'screen worst':>12}"
    )
    worst_model = worst_screen = 0.0
    for selection in combinations():
        model_times = [time_model(selection) for _ in range(args.repeat)]
        screen_times = [time_screen(selection) for _ in range(max(3, args.repeat // 3))]
        worst_model = max(worst_model, max(model_times))
        worst_screen = max(worst_screen, max(screen_times))
        rows = len(selection.apply(catalogue.programmes))
        print(
            f"{label(selection):<30} {rows:>6}  {statistics.median(model_times):>10.2f}ms {max(model_times):>9.2f}ms"
            f"   {statistics.median(screen_times):>11.2f}ms {max(screen_times):>10.2f}ms"
        )
    print(
        f"\nworst, model (filter + count): {worst_model:.2f} ms  (target < 16 ms: "
        f"{'met' if worst_model < 16 else 'NOT met'})"
    )
    print(f"worst, screen (one chip tap: filter, count label, list layout and paint): {worst_screen:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
