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
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QListView,
    QScrollArea,
    QWidget,
)

from kiosk.memory import heap_in_use, release_free_memory, rss_bytes
from kiosk.ui.shell.shell import ATTRACT, KioskShell

#: How many taps deep the sweep follows what a tap opens, from the home screen: home -> finder ->
#: a programme -> its take-home dialog -> print is four.
SWEEP_DEPTH = 4

#: A target of the sweep: ("button", n) is the n-th reachable button, ("row", n) the n-th list item.
Target = tuple[str, int]


@dataclass
class MonkeyReport:
    actions: int
    seed: int
    exceptions: int
    rss_start: int
    rss_baseline: int
    rss_end: int
    counts: dict[str, int]
    heap_baseline: int | None = None
    heap_end: int | None = None
    sweep_taps: int = 0
    swept: list[str] = field(default_factory=list)

    @property
    def growth(self) -> int:
        """Resident size growth from the baseline (after the sweep) to the end, both read between
        two visitors: what a long day would leak."""
        return self.rss_end - self.rss_baseline

    @property
    def heap_growth(self) -> int | None:
        """The C heap's growth over the same span (None where the allocator cannot say)."""
        if self.heap_baseline is None or self.heap_end is None:
            return None
        return self.heap_end - self.heap_baseline

    def as_dict(self) -> dict[str, object]:
        mb = 1024 * 1024
        heap_growth = self.heap_growth
        return {
            "actions": self.actions,
            "seed": self.seed,
            "exceptions": self.exceptions,
            "sweep_taps": self.sweep_taps,
            "swept": list(self.swept),
            "rss_start_mb": round(self.rss_start / mb, 2),
            "rss_baseline_mb": round(self.rss_baseline / mb, 2),
            "rss_end_mb": round(self.rss_end / mb, 2),
            "rss_growth_mb": round(self.growth / mb, 2),
            "heap_baseline_mb": None if self.heap_baseline is None else round(self.heap_baseline / mb, 2),
            "heap_end_mb": None if self.heap_end is None else round(self.heap_end / mb, 2),
            "heap_growth_mb": None if heap_growth is None else round(heap_growth / mb, 2),
            "by_action": dict(sorted(self.counts.items())),
        }


class MonkeyDriver:
    """Sweeps ``shell``'s window (unless ``sweep`` is False), reads the memory, then performs
    ``actions`` random actions, one per event-loop turn, and reads it again."""

    ACTIONS = (
        ("tap_button", 70),
        ("tap_list_item", 8),
        ("scroll", 6),
        ("tap_anywhere", 6),
        ("switch_language", 5),
        ("idle_countdown", 3),
        ("idle_reset", 2),
    )

    def __init__(self, shell: KioskShell, actions: int, seed: int, sweep: bool = True) -> None:
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
        self._done = 0
        self._loop = QEventLoop()
        self._rss_start = 0
        self._baseline: tuple[int, int | None] = (0, None)
        shell.errors.exception_caught.connect(self._on_exception)

    def _on_exception(self, _text: str) -> None:
        self.exceptions += 1

    def run(self) -> MonkeyReport:
        self._rss_start = rss_bytes()
        QTimer.singleShot(0, self._begin)
        self._loop.exec()
        rss_end, heap_end = self._measure_between_visitors()
        rss_baseline, heap_baseline = self._baseline
        return MonkeyReport(
            self.actions,
            self.seed,
            self.exceptions,
            self._rss_start,
            rss_baseline,
            rss_end,
            self.counts,
            heap_baseline,
            heap_end,
            self.sweep_taps,
            self.swept,
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

    def _measure_between_visitors(self) -> tuple[int, int | None]:
        """The resident size and the C heap as the kiosk is between two visitors: an idle reset,
        then the memory release that the shell schedules after it (run here at once)."""
        self.shell.idle.time_out()
        self._settle()
        release_free_memory()
        return rss_bytes(), heap_in_use()

    def _step(self) -> None:
        if self._done >= self.actions:
            self._loop.quit()
            return
        names = [name for name, _ in self.ACTIONS]
        weights = [weight for _, weight in self.ACTIONS]
        action = self.random.choices(names, weights)[0]
        getattr(self, action)()
        self.counts[action] = self.counts.get(action, 0) + 1
        self._done += 1
        QTimer.singleShot(0, self._step)

    # --- the sweep -------------------------------------------------------------------------------

    def sweep(self) -> None:
        """Tap every button and list item a visitor can reach once, from the home screen and the
        attract screen, following what each tap opens (a screen, a dialog, what the dialog opens)
        down to :data:`SWEEP_DEPTH` taps; then both languages, both display modes, the idle
        countdown and a reset. States are visited breadth first, each once, by its shortest path;
        ``swept`` names them (``screen``, ``screen:argument``, ``screen/Dialog``)."""
        seen: set[str] = set()
        queue: deque[tuple[str, list[Target]]] = deque(
            (start, []) for start in (self.shell.navigator.home_screen, ATTRACT)
        )
        while queue:
            start, path = queue.popleft()
            self._replay(start, path)
            state = self._state()
            if state in seen:
                continue
            seen.add(state)
            self.swept.append(state)
            for target in self._targets():
                if self._replay(start, [*path, target]) and self._state() != state and len(path) + 1 < SWEEP_DEPTH:
                    queue.append((start, [*path, target]))
        self.shell.close_overlays()
        self.shell.navigator.home()
        header = self.window.header
        for button in (header.english_button, header.french_button):
            self._sweep_tap(button)
        for button in (header.large_text_button, header.contrast_button):
            self._sweep_tap(button)  # on
            self._sweep_tap(button)  # off
        self.shell.idle.start_countdown()
        self._settle()
        self._sweep_tap(self.shell.countdown.continue_button)
        self.shell.idle.time_out()
        self._settle()

    def _sweep_tap(self, widget: QWidget) -> None:
        self._tap_centre(widget)
        self.sweep_taps += 1
        self._settle()

    def _state(self) -> str:
        navigator = self.shell.navigator
        visit = navigator.history[-1] if navigator.history else None
        name = navigator.current or ""
        if visit is not None and isinstance(visit.argument, str):
            name += f":{visit.argument}"
        surface = self._surface()
        return name if surface is self.window else f"{name}/{type(surface).__name__}"

    def _replay(self, screen: str, path: list[Target]) -> bool:
        """From a fresh visit of ``screen``, tap ``path``'s targets in turn; False when one of them
        is not there any more (an earlier tap changed the screen)."""
        self.shell.close_overlays()
        self._settle()
        self.shell.navigator.go(screen)
        self._settle()
        for kind, number in path:
            if (kind, number) not in self._targets():
                return False
            self._tap_target(kind, number)
            self.sweep_taps += 1
            self._settle()
        return True

    def _sweep_buttons(self) -> list[QAbstractButton]:
        """The buttons a visitor can reach on the topmost surface, scrolling if need be, but the
        header's (language, display modes, back, home: swept apart) and the staff's."""
        surface = self._surface()
        buttons = [b for b in surface.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
        if surface is self.window:
            apart = (self.window.header, self.shell.staff_menu, self.shell.pin_pad)
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
            self._scroll_into_view(button)
            self._tap_centre(button)
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
                self._tap_centre(view.viewport(), rect)
            return

    def _scroll_into_view(self, widget: QWidget) -> None:
        """What a visitor's flick does before a tap: bring ``widget`` into its scroll areas' view."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 0, 0)
                self._settle()
            parent = parent.parentWidget()

    @staticmethod
    def _tap_centre(widget: QWidget, rect: QRect | None = None) -> None:
        point = (rect if rect is not None else widget.rect()).center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    # --- what a visitor can reach ----------------------------------------------------------------

    def _surface(self) -> QWidget:
        """The topmost thing taking touches: a dialog, an overlay, or the window itself."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                return widget
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
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    # --- actions ---------------------------------------------------------------------------------

    def tap_button(self) -> None:
        surface = self._surface()
        buttons = [b for b in surface.findChildren(QAbstractButton) if self._reachable(b)]
        if surface is self.window:
            staff = (self.shell.countdown, self.shell.staff_menu, self.shell.pin_pad)
            buttons = [b for b in buttons if not any(o.isAncestorOf(b) for o in staff)]
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
        areas = [a for a in self._surface().findChildren(QAbstractScrollArea) if self._reachable(a)]
        if areas:
            bar = self.random.choice(areas).verticalScrollBar()
            bar.setValue(self.random.randint(bar.minimum(), bar.maximum()))

    def tap_anywhere(self) -> None:
        """A touch at a random point, delivered to the widget under it (as a finger would)."""
        surface = self._surface()
        point = QPoint(self.random.randrange(max(1, surface.width())), self.random.randrange(max(1, surface.height())))
        target = surface.childAt(point) or surface
        local = target.mapFrom(surface, point)
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)

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
