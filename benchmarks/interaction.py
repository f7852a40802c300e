"""How fast the kiosk answers: its start against a bare window, then every kind of tap, each next to
its target (issue 20), with "met" or "NOT met".

A script, not a test: it prints figures. In one run it

1. spawns the kiosk from the sources (``python -m kiosk``: kiosk mode, offscreen, leaving at its
   first paint with ``KIOSK_BENCH_EXIT_ON_PAINT=1``) and a bare ``QMainWindow`` + ``QLabel`` in
   alternating runs (with two more apps that show where the floor is: that window styled as the
   kiosk, and the kiosk's window and home screen alone, ``benchmarks/home_alone.py``), and times
   each from the spawn to its first paint (one discarded warm-up run
   each compiles their bytecode into a temporary ``PYTHONPYCACHEPREFIX``, as an installed kiosk has it);
2. assembles the kiosk offscreen in this process (:func:`kiosk.app.assemble_kiosk`, 1280x800 by
   default), warms it up (every screen and the take-home dialog opened, both languages and display
   modes once), then times each action from the tap (``QTest.mouseClick``, as the tests tap) until
   the event loop has nothing left to do, paints included. The first openings of the simulator and
   the institute are timed on a new kiosk each, a moment (2 s) after it started; the finder of 10,000
   programmes on a kiosk whose catalogue repeats the real programmes (new ids and titles);
3. reads the CPU time the idle kiosk takes on the attract and home screens.

Targets: the start <= 1.3 x the bare window's (medians); a target of one figure holds for the p95
(19 taps in 20 within it); the other taps: median <= 16 ms (a frame), p95 <= 33 ms (two frames).

Usage: ``.venv/bin/python benchmarks/interaction.py [--samples 25] [--starts 11] [--size 1280x800]
[--idle-seconds 10] [--no-start] [--only TEXT]``. How busy the machine was shows in the bare
window's start, printed beside the kiosk's.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bundle import BARE_WINDOW, START_TARGET, Start, measure_starts  # noqa: E402

FRAME_MS, TWO_FRAMES_MS = 16.0, 33.0
FINDER_PROGRAMMES = 10_000
#: "A moment after it started": the wait before a first opening, in seconds.
STARTED_S = 2.0
VERDICT = {True: "met", False: "NOT met"}


@dataclass(frozen=True)
class Target:
    """Bounds of the median and the p95, in milliseconds (None: not bounded)."""

    median: float | None = None
    p95: float | None = None

    def met(self, times: list[float]) -> bool:
        median, p95 = statistics.median(times), percentile(times, 95)
        return (self.median is None or median <= self.median) and (self.p95 is None or p95 <= self.p95)

    def __str__(self) -> str:
        parts = [f"median <= {self.median:g}"] if self.median is not None else []
        parts += [f"p95 <= {self.p95:g}"] if self.p95 is not None else []
        return ", ".join(parts)


TAP = Target(FRAME_MS, TWO_FRAMES_MS)


def within(ms: float) -> Target:
    return Target(p95=ms)


def percentile(values: list[float], percent: float) -> float:
    """The nearest-rank percentile (the p95 of 25 samples is the 24th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * percent // 100))
    return ordered[int(rank) - 1]


Row = tuple[str, list[float], Target]


def report(row: Row) -> bool:
    name, times, target = row
    met = target.met(times)
    print(
        f"{name:<48} {statistics.median(times):8.1f} {percentile(times, 95):8.1f} {max(times):8.1f}"
        f"   {target!s:<24} {VERDICT[met]}",
        flush=True,
    )
    return met


# --- the start -------------------------------------------------------------------------------------


#: The bare window, plus what any styled PySide window pays before its first paint: the enums of
#: Qt's ``Qt`` namespace (alignments, flags: every screen uses them) and the house style sheet.
STYLED_BARE_WINDOW = BARE_WINDOW.replace(
    "window = QMainWindow()\n",
    "window = QMainWindow()\n"
    "from PySide6.QtCore import Qt\n"
    "label_alignment = Qt.AlignmentFlag.AlignCenter\n"
    "window.setStyleSheet(open(sys.argv[1], encoding='utf-8').read())\n",
)


def measure_start(runs: int) -> dict[str, list[Start]]:
    """The starts (to the first paint, and to the exit) of the kiosk, of the bare window, of the
    bare window with the ``Qt`` namespace and the house style sheet ("styled"), and of the kiosk's
    window and home screen alone (``benchmarks/home_alone.py``)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as temp:
        folder = Path(temp)
        bare, styled = folder / "bare_window.py", folder / "styled_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        styled.write_text(STYLED_BARE_WINDOW, encoding="utf-8")
        data_dir = folder / "data"
        data_dir.mkdir()
        # All compiled once by the warm-up run, as installed (even an empty value means "do not write").
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "kiosk": [sys.executable, "-m", "kiosk"],
            "bare": [sys.executable, str(bare)],
            "styled": [sys.executable, str(styled), str(ROOT / "resources" / "styles" / "kiosk.qss")],
            "home alone": [sys.executable, str(ROOT / "benchmarks" / "home_alone.py")],
        }
        return measure_starts(commands, runs, data_dir, {"PYTHONPYCACHEPREFIX": str(folder / "bytecode")})


# --- taps ------------------------------------------------------------------------------------------


def settle() -> None:
    """Until the event loop has nothing left: posted events (layouts, paints: a few rounds, as each
    may post the next), expired zero-delay timers and deferred deletions."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Stopwatch:
    """What a timed action takes, less the steps of the harness inside it that are not the tap's
    (the flick that brings a button into view first: a visitor scrolls, then taps)."""

    def __init__(self) -> None:
        self.left_out = 0.0

    @contextmanager
    def untimed(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.left_out += time.perf_counter() - started


STOPWATCH = Stopwatch()


def timed(action: Callable[[], object]) -> float:
    settle()
    STOPWATCH.left_out = 0.0
    started = time.perf_counter()
    action()
    settle()
    return 1000 * (time.perf_counter() - started - STOPWATCH.left_out)


def idle(seconds: float) -> None:
    """Let the event loop run, as a kiosk nobody touches."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class Bench:
    """A kiosk assembled offscreen, started, and what a visitor does on it."""

    def __init__(self, size: tuple[int, int], folder: Path, content: Any = None) -> None:
        from kiosk.app import KioskOptions, assemble_kiosk

        self.kiosk = assemble_kiosk(KioskOptions(data_dir=folder).offscreen(size), content=content)
        self.kiosk.start()
        self.window = self.kiosk.window
        self.navigator = self.window.navigator
        self.header = self.window.header
        self._buttons: dict[str, Any] = {}
        settle()

    def close(self) -> None:
        self.kiosk.close()
        settle()

    def tap(self, widget: Any, point: Any = None) -> None:
        from kiosk.ui import touching

        settle()  # (counted: whatever was left before the flick)
        with STOPWATCH.untimed():  # the flick before the tap, and the paints it makes
            touching.bring_into_view(widget)
            settle()
        touching.tap(widget, point)

    def button(self, name: str) -> Any:
        """The button called ``name`` on the topmost dialog, else in the window. Looked up once
        while it lives and shows (the lookup walks the window's widgets: the harness's time, not
        the tap's)."""
        import shiboken6
        from PySide6.QtWidgets import QAbstractButton

        from kiosk.ui.widgets.overlay import open_dialogs

        known = self._buttons.get(name)
        if known is not None and shiboken6.isValid(known) and known.isVisible():
            return known  # shown: on the screen in view, or on a dialog open (each row closes them first)
        dialogs = open_dialogs(self.window)
        button = (dialogs[-1] if dialogs else self.window).findChild(QAbstractButton, name)
        if button is None:
            raise LookupError(f"no button {name!r}")
        self._buttons[name] = button
        return button

    def go(self, screen: str, argument: object = None) -> None:
        self.navigator.go(screen, argument)
        settle()

    def screen(self) -> Any:
        return self.navigator.current_screen

    def warm_up(self) -> None:
        """Every screen and the take-home dialog opened, both languages and display modes once."""
        from kiosk.domain.kinds import ScreenName
        from kiosk.domain.presets import SimulationPreset

        for name in (ScreenName.INSTITUTE, ScreenName.FINDER, ScreenName.CONTRACTS):
            self.go(name)
        self.go(ScreenName.SIMULATOR, SimulationPreset())
        self.go(ScreenName.PROGRAMME, self.kiosk.content.catalogue.programmes[0].id)
        self.tap(self.button("programme_takeaway"))
        settle()
        self.tap(self.button("takeaway_close"))
        for button in (self.header.english_button, self.header.french_button):
            self.tap(button)
        for button in (self.header.large_text_button, self.header.contrast_button) * 2:
            self.tap(button)
        self.navigator.home()
        settle()


class Rows:
    """The rows asked for (``--only``), each timed ``samples`` times on ``bench``."""

    def __init__(self, bench: Bench, samples: int, wanted: Callable[[str], bool]) -> None:
        self.bench = bench
        self.samples = samples
        self.wanted = wanted

    def row(
        self, name: str, target: Target, prepare: Callable[[int], object], action: Callable[[int], object]
    ) -> Iterator[Row]:
        """The timings of ``action(i)``, each after the dialogs are closed and an untimed
        ``prepare(i)``; nothing when the row is not asked for."""
        if not self.wanted(name):
            return
        times = []
        for index in range(self.samples):
            self.bench.kiosk.shell.close_overlays()
            settle()
            prepare(index)
            settle()
            times.append(timed(lambda index=index: action(index)))
        yield name, times, target


def taps(rows: Rows) -> Iterator[Row]:
    """Every row but the first openings and the finder of 10,000."""
    from PySide6.QtCore import QPoint

    from kiosk.domain.kinds import ContractKind, ScreenName
    from kiosk.domain.presets import SimulationPreset
    from kiosk.ui.widgets.qr import qr_matrix

    bench = rows.bench
    header = bench.header
    catalogue = bench.kiosk.content.catalogue
    programmes = catalogue.programmes
    around = (ScreenName.HOME, ScreenName.FINDER, ScreenName.CONTRACTS, ScreenName.SIMULATOR, ScreenName.PROGRAMME)

    def show(screen: str, index: int = 0) -> None:
        if screen == ScreenName.PROGRAMME:
            bench.go(screen, programmes[index % len(programmes)].id)
        elif screen == ScreenName.SIMULATOR:
            bench.go(screen, SimulationPreset())
        else:
            bench.go(screen)

    def tap(name: str) -> Callable[[int], None]:
        return lambda _: bench.tap(bench.button(name))

    for button, mode in ((header.large_text_button, "large text"), (header.contrast_button, "high contrast")):
        for on in (True, False):

            def ready(index: int, button: Any = button, on: bool = on) -> None:
                show(around[index % len(around)], index)
                if button.isChecked() == on:
                    bench.tap(button)

            yield from rows.row(
                f"{mode} {'on' if on else 'off'} (5 screens in turn)",
                within(100),
                ready,
                lambda _, button=button: bench.tap(button),
            )

    def on_programme(index: int) -> None:
        bench.window.accessibility.reset()
        show(ScreenName.PROGRAMME, index)

    def unseen_programme_code(index: int) -> None:
        """A programme whose code was never drawn, read a moment (a visitor reads the page first)."""
        qr_matrix.cache_clear()
        on_programme(index)
        idle(0.5)

    def unseen_simulation_code(_: int) -> None:
        qr_matrix.cache_clear()
        show(ScreenName.SIMULATOR)
        idle(0.5)

    def dialog_open(index: int) -> None:
        on_programme(index)
        bench.tap(bench.button("programme_takeaway"))

    yield from rows.row(
        "take-home: open (programme, new code)", within(40), unseen_programme_code, tap("programme_takeaway")
    )
    yield from rows.row(
        "take-home: open (simulator, new code)", within(40), unseen_simulation_code, tap("simulator_takeaway")
    )
    yield from rows.row("take-home: print a copy (saved as a PDF)", within(60), dialog_open, tap("takeaway_print"))
    yield from rows.row("take-home: close", TAP, dialog_open, tap("takeaway_close"))

    languages = (header.english_button, header.french_button)

    def switch_language(index: int) -> None:
        bench.tap(languages[index % 2])

    for screen in (ScreenName.CONTRACTS, ScreenName.HOME, ScreenName.INSTITUTE, ScreenName.PROGRAMME):
        target = within(33) if screen == ScreenName.CONTRACTS else TAP
        yield from rows.row(f"language switch on {screen}", target, lambda _, s=screen: show(s), switch_language)
    bench.tap(header.french_button)

    for card in ("finder_card", "contracts_card", "institute_card", "simulator_card"):
        yield from rows.row(f"home: {card} (opened before)", TAP, lambda _: bench.navigator.home(), tap(card))
    on_finder = lambda _: show(ScreenName.FINDER)  # noqa: E731
    yield from rows.row("header: back", TAP, on_finder, lambda _: bench.tap(header.back_button))
    yield from rows.row("header: home", TAP, on_finder, lambda _: bench.tap(header.home_button))
    yield from finder_taps(rows, "finder")

    def open_card(index: int) -> None:
        view = bench.screen().list_view
        rect = view.visualRect(view.model().index(index % min(4, view.model().rowCount()), 0))
        bench.tap(view.viewport(), rect.center())

    yield from rows.row("finder: open a programme", TAP, on_finder, open_card)
    on_contracts = lambda _: show(ScreenName.CONTRACTS)  # noqa: E731
    contracts = [contract.id for contract in catalogue.contract_types]
    yield from rows.row(
        "contracts: more about it",
        TAP,
        on_contracts,
        lambda index: bench.tap(bench.button(f"more_{contracts[index % len(contracts)]}")),
    )
    yield from rows.row("contracts: simulate", TAP, on_contracts, tap(f"simulate_{ContractKind.APPRENTICESHIP}"))
    on_a_programme = lambda index: show(ScreenName.PROGRAMME, index)  # noqa: E731
    yield from rows.row("programme: simulate my pay", TAP, on_a_programme, tap("programme_simulate"))
    on_simulator = lambda _: show(ScreenName.SIMULATOR)  # noqa: E731
    others = [kind for kind in ContractKind if kind != SimulationPreset().contract]
    yield from rows.row(
        "simulator: choose a contract",
        TAP,
        on_simulator,
        lambda index: bench.tap(bench.button(f"contract_{others[index % len(others)]}")),
    )
    views = ("table", "compare", "chart")
    yield from rows.row(
        "simulator: switch the view",
        TAP,
        on_simulator,
        lambda index: bench.tap(bench.button(f"view_{views[index % 3]}")),
    )
    yield from rows.row("simulator: a stepper (+)", TAP, on_simulator, tap("birth_year_plus"))
    yield from rows.row("simulator: sources", TAP, on_simulator, tap("sources_button"))
    # In each of its views, each shown first (left to the rows before, the view was whichever the
    # last sample of "switch the view" chose).
    for view in ("chart", "table", "compare"):

        def in_view(_: int, view: str = view) -> None:
            show(ScreenName.SIMULATOR)
            bench.tap(bench.button(f"view_{view}"))

        yield from rows.row(f"language switch on simulator ({view})", TAP, in_view, switch_language)
    bench.tap(header.french_button)

    def attract(_: int) -> None:
        bench.kiosk.shell.reset_for_next_visitor()

    def wake(_: int) -> None:
        bench.tap(bench.window.stack.currentWidget(), QPoint(200, 200))

    yield from rows.row("attract: a touch (home)", TAP, attract, wake)


def finder_taps(rows: Rows, label: str) -> Iterator[Row]:
    """A chip, "clear filters" and a language switch on the finder."""
    from kiosk.domain.kinds import ScreenName

    bench = rows.bench
    bench.go(ScreenName.FINDER)
    finder = bench.screen()
    chips = [*finder.campus_chips, *finder.level_chips]

    def cleared(_: int) -> None:
        bench.go(ScreenName.FINDER)
        finder.clear_filters()

    def one_chip(index: int) -> None:
        cleared(index)
        chips[index % len(chips)].click()

    languages = (bench.header.english_button, bench.header.french_button)
    yield from rows.row(f"{label}: chip tap", TAP, cleared, lambda index: bench.tap(chips[index % len(chips)]))
    yield from rows.row(f"{label}: clear filters", TAP, one_chip, lambda _: bench.tap(bench.button("finder_clear")))
    yield from rows.row(f"{label}: language switch", TAP, cleared, lambda index: bench.tap(languages[index % 2]))
    bench.tap(bench.header.french_button)
    finder.clear_filters()


def first_openings(size: tuple[int, int], folder: Path, samples: int, wanted: Callable[[str], bool]) -> Iterator[Row]:
    """The first opening of a screen: a new kiosk each time, a moment after it started."""
    from kiosk.app import load_content

    content = load_content(None, folder)
    for card, screen in (("simulator_card", "simulator"), ("institute_card", "institute")):
        name = f"first opening of the {screen}"
        if not wanted(name):
            continue
        times = []
        for _ in range(samples):
            bench = Bench(size, folder, content)
            idle(STARTED_S)
            times.append(timed(lambda bench=bench, card=card: bench.tap(bench.button(card))))
            bench.close()
        yield name, times, within(80)


def many_programmes(content: Any, count: int) -> Any:
    """``content`` whose catalogue repeats its programmes (new ids, numbered titles) up to ``count``."""
    catalogue = content.catalogue
    real = catalogue.programmes
    programmes = []
    for index in range(count):
        programme = real[index % len(real)]
        title = dataclasses.replace(
            programme.title, fr=f"{programme.title.fr} ({index})", en=f"{programme.title.en} ({index})"
        )
        programmes.append(
            dataclasses.replace(
                programme, id=f"{programme.id}-{index}", title=title, position=index, continues_from=None
            )
        )
    return dataclasses.replace(content, catalogue=dataclasses.replace(catalogue, programmes=tuple(programmes)))


def idle_cpu(bench: Bench, seconds: float) -> Iterator[tuple[str, float]]:
    """The share of one core the idle kiosk takes on the attract and home screens, in percent."""
    bench.kiosk.shell.reset_for_next_visitor()
    idle(1.5)  # the memory release after a reset
    for name in ("attract", "home"):
        if name == "home":
            bench.navigator.home()
            idle(0.5)
        cpu, wall = time.process_time(), time.perf_counter()
        idle(seconds)
        yield name, 100 * (time.process_time() - cpu) / (time.perf_counter() - wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, default=25, help="timings of each action (default 25, at least 5)")
    parser.add_argument("--starts", type=int, default=11, help="start-up runs of each app (default 11)")
    parser.add_argument("--first-openings", type=int, default=10, help="new kiosks for the first openings (10)")
    parser.add_argument("--size", default="1280x800", help="the offscreen window, WIDTHxHEIGHT (1280x800)")
    parser.add_argument("--idle-seconds", type=float, default=10.0, help="idle CPU reading per screen (10 s)")
    parser.add_argument("--no-start", action="store_true", help="leave the start out")
    parser.add_argument(
        "--only", metavar="TEXT", help='the rows whose name holds TEXT, the start among them ("start"); no idle CPU'
    )
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    size = (width, height)
    samples = max(5, args.samples)
    only = args.only

    def wanted(name: str) -> bool:
        return only is None or only in name

    results: list[bool] = []
    if not args.no_start and wanted("start to first paint"):
        starts = measure_start(max(5, args.starts))
        kiosk, bare = starts["kiosk"], starts["bare"]
        kiosk_paints, bare_paints = [start.paint for start in kiosk], [start.paint for start in bare]
        kiosk_ms, bare_ms = 1000 * statistics.median(kiosk_paints), 1000 * statistics.median(bare_paints)
        ratio = kiosk_ms / bare_ms
        results.append(ratio <= START_TARGET)
        print(
            f"start to first paint, from the sources (medians of {len(kiosk)}): kiosk {kiosk_ms:.0f} ms "
            f"({1000 * min(kiosk_paints):.0f} to {1000 * max(kiosk_paints):.0f}), bare window {bare_ms:.0f} ms "
            f"({1000 * min(bare_paints):.0f} to {1000 * max(bare_paints):.0f}): {ratio:.2f} x "
            f"(target <= {START_TARGET}: {VERDICT[results[-1]]})",
            flush=True,
        )
        print(
            f"  to the exit (the first paint, then the tear-down): kiosk "
            f"{1000 * statistics.median(start.exit for start in kiosk):.0f} ms, bare window "
            f"{1000 * statistics.median(start.exit for start in bare):.0f} ms",
            flush=True,
        )
        styled_ms = 1000 * statistics.median(start.paint for start in starts["styled"])
        print(
            f"  the bare window with Qt's `Qt` namespace and the house style sheet (what any styled PySide "
            f"window pays): {styled_ms:.0f} ms, {styled_ms / bare_ms:.2f} x the bare window; the kiosk is "
            f"{kiosk_ms / styled_ms:.2f} x it",
            flush=True,
        )
        alone_ms = 1000 * statistics.median(start.paint for start in starts["home alone"])
        print(
            f"  the kiosk's window and home screen alone (benchmarks/home_alone.py: no shell, settings, "
            f"usage or filter; the floor of any start that shows them): {alone_ms:.0f} ms, "
            f"{alone_ms / bare_ms:.2f} x the bare window",
            flush=True,
        )

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    from kiosk.app import create_application, load_content
    from kiosk.selftest import HARMLESS_QT_WARNINGS

    def quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform's notice at each window shown: not a figure, kept out of the table.
        if not message.startswith(HARMLESS_QT_WARNINGS):
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    create_application()
    print(f"\n{'action (ms)':<48} {'median':>8} {'p95':>8} {'max':>8}   {'target':<24} verdict", flush=True)
    cpu: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-interaction-") as temp:
        folder = Path(temp)
        for row in first_openings(size, folder, max(3, args.first_openings), wanted):
            results.append(report(row))
        bench = Bench(size, folder)
        bench.warm_up()
        for row in taps(Rows(bench, samples, wanted)):
            results.append(report(row))
        if only is None:
            cpu = list(idle_cpu(bench, args.idle_seconds))
        bench.close()

        label = f"finder of {FINDER_PROGRAMMES:,}"
        if wanted(label):
            big = Bench(size, folder, many_programmes(load_content(None, folder), FINDER_PROGRAMMES))
            big.warm_up()
            for row in finder_taps(Rows(big, samples, wanted), label):
                results.append(report(row))
            big.close()

    for name, share in cpu:
        results.append(share < 0.2)
        print(f"idle CPU on the {name} screen: {share:.3f} % of a core (target < 0.2 %: {VERDICT[results[-1]]})")
    print(f"\n{sum(results)} of {len(results)} targets met: {VERDICT[all(results)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
