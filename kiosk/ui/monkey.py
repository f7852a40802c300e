"""A monkey: random taps on whatever a visitor could touch, language switches and idle resets.

It drives the real window through Qt's test events (the same path as a finger), inside an event
loop so that timers, deferred deletions and overlays behave as in a kiosk. It counts the exceptions
that reach the shell's error recovery and measures the memory growth.

Before the random actions, a sweep taps every button and list item of every screen, and of the
dialogs they open, once: what is loaded or cached on first use (the printing libraries, fonts,
the screens themselves) is paid before the baseline, so that the growth measured afterwards is what
a long day of visitors would accumulate. Memory is read between two visitors: after an idle
reset, once the kiosk has handed its freed memory back (:func:`kiosk.memory.release_free_memory`).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QListView,
    QWidget,
)

from kiosk.domain.kinds import ScreenName
from kiosk.memory import heap_in_use, rss_bytes
from kiosk.ui import touching
from kiosk.ui.shell.shell import KioskShell
from kiosk.ui.sweep import Sweep
from kiosk.ui.widgets.overlay import open_dialogs

#: The longest wait for the shell's memory release after a reset (it comes after about a second).
RELEASE_WAIT_MS = 10_000

#: A target of the sweep: ("button", n) is the n-th reachable button, ("row", n) the n-th list item.
Target = tuple[str, int]


@dataclass(frozen=True)
class Reading:
    """The memory at one moment: resident size, C heap in use (None where the allocator cannot
    say), and the blocks of Python's own allocator (small objects, which the C heap does not see)."""

    rss: int
    heap: int | None
    python_blocks: int


@dataclass
class MonkeyReport:
    actions: int
    seed: int
    exceptions: int
    rss_start: int
    baseline: Reading
    end: Reading
    counts: dict[str, int]
    sweep_taps: int = 0
    swept: list[str] = field(default_factory=list)
    #: Readings taken along the random actions: (actions done, reading), the trend of a long day.
    samples: list[tuple[int, Reading]] = field(default_factory=list)
    #: What each random action touched and where it left the visitor: the same seed, the same trace.
    trace: list[str] = field(default_factory=list)

    @property
    def growth(self) -> int:
        """Resident size growth from the baseline (after the sweep) to the end, both read between
        two visitors: what a long day would leak."""
        return self.end.rss - self.baseline.rss

    @property
    def heap_growth(self) -> int | None:
        """The C heap's growth over the same span (None where the allocator cannot say)."""
        if self.baseline.heap is None or self.end.heap is None:
            return None
        return self.end.heap - self.baseline.heap

    def as_dict(self) -> dict[str, object]:
        mb = 1024 * 1024

        def megabytes(value: int | None) -> float | None:
            return None if value is None else round(value / mb, 2)

        return {
            "actions": self.actions,
            "seed": self.seed,
            "exceptions": self.exceptions,
            "sweep_taps": self.sweep_taps,
            "swept": list(self.swept),
            "rss_start_mb": megabytes(self.rss_start),
            "rss_baseline_mb": megabytes(self.baseline.rss),
            "rss_end_mb": megabytes(self.end.rss),
            "rss_growth_mb": megabytes(self.growth),
            "heap_baseline_mb": megabytes(self.baseline.heap),
            "heap_end_mb": megabytes(self.end.heap),
            "heap_growth_mb": megabytes(self.heap_growth),
            "python_blocks_growth": self.end.python_blocks - self.baseline.python_blocks,
            "samples": [
                {"after": done, "rss_mb": megabytes(reading.rss), "heap_mb": megabytes(reading.heap)}
                for done, reading in self.samples
            ],
            "by_action": dict(sorted(self.counts.items())),
        }


class MonkeyDriver:
    """Sweeps ``shell``'s window (unless ``sweep`` is False), reads the memory, then performs
    ``actions`` random actions, one per event-loop turn, and reads it again; with ``samples`` N,
    also N - 1 times in between, evenly spaced (each reading is an idle reset and a release)."""

    ACTIONS = (
        ("tap_button", 70),
        ("tap_list_item", 8),
        ("scroll", 6),
        ("tap_anywhere", 6),
        ("switch_language", 5),
        ("idle_countdown", 3),
        ("idle_reset", 2),
    )

    def __init__(self, shell: KioskShell, actions: int, seed: int, sweep: bool = True, samples: int = 0) -> None:
        self.shell = shell
        self.window = shell.window
        self.actions = actions
        self.seed = seed
        self.sweep_first = sweep
        self.random = random.Random(seed)
        self.exceptions = 0
        self.counts: dict[str, int] = {}
        self.sweep_taps = 0
        self.swept: list[str] = []
        self.samples: list[tuple[int, Reading]] = []
        self.trace: list[str] = []
        self._sample_points = {actions * k // samples for k in range(1, samples)} - {0} if samples > 1 else set()
        self._done = 0
        self._loop = QEventLoop()
        self._rss_start = 0
        self._baseline = Reading(0, None, 0)
        shell.errors.exception_caught.connect(self._on_exception)

    def _on_exception(self, _text: str) -> None:
        self.exceptions += 1

    def run(self) -> MonkeyReport:
        self._rss_start = rss_bytes()
        QTimer.singleShot(0, self._begin)
        self._loop.exec()
        end = self._measure_between_visitors()
        return MonkeyReport(
            self.actions,
            self.seed,
            self.exceptions,
            self._rss_start,
            self._baseline,
            end,
            self.counts,
            self.sweep_taps,
            self.swept,
            self.samples,
            self.trace,
        )

    def _begin(self) -> None:
        if self.sweep_first:
            self.sweep()
        self._baseline = self._measure_between_visitors()
        QTimer.singleShot(0, self._step)

    @staticmethod
    def _settle() -> None:
        """Let what a tap started finish: posted events, then the deferred deletions."""
        for _ in range(2):
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _measure_between_visitors(self) -> Reading:
        """The memory as the kiosk is between two visitors: after an idle reset and the memory
        release the shell does a moment later (waited for, not done here)."""
        self.shell.idle.time_out()
        waiting = QEventLoop()
        self.shell.memory_released.connect(waiting.quit)
        QTimer.singleShot(RELEASE_WAIT_MS, waiting.quit)
        waiting.exec()
        self.shell.memory_released.disconnect(waiting.quit)
        self._settle()
        return Reading(rss_bytes(), heap_in_use(), sys.getallocatedblocks())

    def _step(self) -> None:
        if self._done >= self.actions:
            self._loop.quit()
            return
        names = [name for name, _ in self.ACTIONS]
        weights = [weight for _, weight in self.ACTIONS]
        action = self.random.choices(names, weights)[0]
        getattr(self, action)()
        self.trace.append(f"{action} -> {self._where()}")
        self.counts[action] = self.counts.get(action, 0) + 1
        self._done += 1
        if self._done in self._sample_points:
            self.samples.append((self._done, self._measure_between_visitors()))
        QTimer.singleShot(0, self._step)

    # --- the sweep -------------------------------------------------------------------------------

    def sweep(self) -> None:
        """Every state of :mod:`kiosk.ui.sweep` (the one list the self-test and the layout check
        go through), and in each, every button and list item a visitor can reach, tapped once from
        a fresh entry of the state; then the header (both languages, both display modes, back,
        home), the idle countdown and a reset. ``swept`` names the states."""
        sweep = Sweep(self.shell, self.shell.catalogue)
        for state in sweep.states():
            sweep.enter(state)
            self.swept.append(state.name)
            for target in self._targets():
                sweep.enter(state)
                if target in self._targets():
                    self._tap_target(*target)
                    self.sweep_taps += 1
                    self._settle()
        sweep.fresh_visit()
        self._sweep_header()
        self.shell.idle.start_countdown()
        self._settle()
        self._sweep_tap(self.shell.countdown.continue_button)
        self.shell.idle.time_out()
        self._settle()

    def _sweep_header(self) -> None:
        self._fresh_visit(self.shell.navigator.home_screen)
        header = self.window.header
        for button in (header.english_button, header.french_button):
            self._sweep_tap(button)
        for button in (header.large_text_button, header.contrast_button):
            self._sweep_tap(button)  # on
            self._sweep_tap(button)  # off
        navigator = self.shell.navigator
        elsewhere = next(name for name in navigator.names() if name not in (navigator.home_screen, ScreenName.ATTRACT))
        for button in (header.back_button, header.home_button):
            navigator.go(elsewhere)
            self._settle()
            self._sweep_tap(button)

    def _sweep_tap(self, widget: QWidget) -> None:
        touching.tap(widget)
        self.sweep_taps += 1
        self._settle()

    def _where(self) -> str:
        """The screen shown (with its programme) and the dialog or overlay on top, if any."""
        navigator = self.shell.navigator
        visit = navigator.history[-1] if navigator.history else None
        name = navigator.current or ""
        if visit is not None and isinstance(visit.argument, str):
            name += f":{visit.argument}"
        surface = self._surface()
        return name if surface is self.window else f"{name}/{type(surface).__name__}"

    def _fresh_visit(self, screen: str) -> None:
        """A new visitor on ``screen``: dialogs and overlays closed, every screen's inputs reset."""
        self.shell.close_overlays()
        self._settle()
        self.shell.navigator.reset()
        self.shell.navigator.go(screen)
        self._settle()

    def _sweep_buttons(self) -> list[QAbstractButton]:
        """The buttons a visitor can reach on the topmost surface, scrolling if need be, but the
        header's (language, display modes, back, home: swept apart) and the staff's."""
        return self._buttons(in_view=False, apart=(self.window.header, self.shell.staff_menu, self.shell.pin_pad))

    def _buttons(self, in_view: bool, apart: tuple[QWidget, ...]) -> list[QAbstractButton]:
        """The enabled buttons shown on the topmost surface (``in_view``: not scrolled out of
        sight), but those inside ``apart`` when that surface is the window."""
        surface = self._surface()
        buttons = [
            b
            for b in surface.findChildren(QAbstractButton)
            if (self._reachable(b) if in_view else b.isVisible() and b.isEnabled())
        ]
        if surface is self.window:
            buttons = [b for b in buttons if not any(o.isAncestorOf(b) for o in apart)]
        return buttons

    def _sweep_views(self) -> list[QListView]:
        return [v for v in self._surface().findChildren(QListView) if self._reachable(v) and v.model() is not None]

    def _targets(self) -> list[Target]:
        targets: list[Target] = [("button", n) for n in range(len(self._sweep_buttons()))]
        rows = sum(view.model().rowCount() for view in self._sweep_views())
        targets.extend(("row", n) for n in range(rows))
        return targets

    def _tap_target(self, kind: str, number: int) -> None:
        if kind == "button":
            button = self._sweep_buttons()[number]
            touching.bring_into_view(button)
            self._settle()
            touching.tap(button)
            return
        for view in self._sweep_views():
            model = view.model()
            if number >= model.rowCount():
                number -= model.rowCount()
                continue
            index = model.index(number, 0)
            view.scrollTo(index)
            rect = view.visualRect(index).intersected(view.viewport().rect())
            if not rect.isEmpty():
                touching.tap_rect(view.viewport(), rect)
            return

    # --- what a visitor can reach ----------------------------------------------------------------

    def _surface(self) -> QWidget:
        """The topmost thing taking touches: a dialog, an overlay, or the window itself."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            return modal
        dialogs = open_dialogs(self.window)
        if dialogs:
            return dialogs[-1]
        overlays = [o for o in (self.shell.countdown, self.shell.staff_menu, self.shell.pin_pad) if o.isVisible()]
        return overlays[0] if overlays else self.window

    @staticmethod
    def _reachable(widget: QWidget) -> bool:
        return widget.isVisible() and widget.isEnabled() and not widget.visibleRegion().isEmpty()

    def _tap(self, widget: QWidget, rect: QRect | None = None) -> None:
        area = rect if rect is not None else widget.visibleRegion().boundingRect()
        point = QPoint(
            self.random.randint(area.left() + 2, max(area.left() + 2, area.right() - 2)),
            self.random.randint(area.top() + 2, max(area.top() + 2, area.bottom() - 2)),
        )
        finger = self.random.random() < 0.5  # a visitor's finger, or a staff member's mouse
        self.trace.append(f"{'touch' if finger else 'tap'} {widget.objectName() or type(widget).__name__}")
        touching.tap(widget, point, finger=finger, hold_ms=0)

    # --- actions ---------------------------------------------------------------------------------

    def tap_button(self) -> None:
        buttons = self._buttons(in_view=True, apart=(self.shell.countdown, self.shell.staff_menu, self.shell.pin_pad))
        if buttons:
            self._tap(self.random.choice(buttons))
        else:
            self.tap_anywhere()

    def tap_list_item(self) -> None:
        views = [v for v in self._surface().findChildren(QListView) if self._reachable(v)]
        if not views:
            self.tap_button()
            return
        view = self.random.choice(views)
        model = view.model()
        if model is None or model.rowCount() == 0:
            return
        index = model.index(self.random.randrange(model.rowCount()), 0)
        view.scrollTo(index)
        rect = view.visualRect(index).intersected(view.viewport().rect())
        if not rect.isEmpty():
            self._tap(view.viewport(), rect)

    def scroll(self) -> None:
        """A flick up or down on something that scrolls, with a finger."""
        areas = [a for a in self._surface().findChildren(QAbstractScrollArea) if self._reachable(a)]
        if areas:
            viewport = self.random.choice(areas).viewport()
            x = self.random.randint(10, max(10, viewport.width() - 10))
            top, bottom = QPoint(x, 10), QPoint(x, max(11, viewport.height() - 10))
            start, end = (bottom, top) if self.random.random() < 0.5 else (top, bottom)
            area = viewport.parentWidget()
            self.trace.append(f"flick {area.objectName() if area is not None else ''}")
            touching.flick(viewport, start, end, steps=4, settle_ms=0)

    def tap_anywhere(self) -> None:
        """A touch at a random point, delivered to the widget under it (as a finger would)."""
        surface = self._surface()
        point = QPoint(self.random.randrange(max(1, surface.width())), self.random.randrange(max(1, surface.height())))
        target = surface.childAt(point) or surface
        local = target.mapFrom(surface, point)
        self.trace.append(f"touch {target.objectName() or type(target).__name__} at {point.x()},{point.y()}")
        touching.tap(target, local, finger=True, hold_ms=0)

    def switch_language(self) -> None:
        header = self.window.header
        button = header.english_button if self.shell.language.language == "fr" else header.french_button
        if self._reachable(button) and self._surface() is self.window:
            self._tap(button)
        else:
            self.shell.language.toggle()

    def idle_countdown(self) -> None:
        self.shell.idle.start_countdown()

    def idle_reset(self) -> None:
        self.shell.idle.time_out()
