"""A monkey: random taps on whatever a visitor could touch, language switches and idle resets.

It drives the real window through Qt's test events (the same path as a finger), inside an event
loop so that timers, deferred deletions and overlays behave as in a kiosk. It counts the exceptions
that reach the shell's error recovery and measures the memory (RSS) growth.
"""

from __future__ import annotations

import gc
import os
import random
import resource
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDialog, QListView, QWidget

from kiosk.ui.shell.shell import KioskShell


def rss_bytes() -> int:
    """The resident set size now (``/proc/self/statm``), else the peak one (``getrusage``)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if os.uname().sysname == "Darwin" else peak * 1024


@dataclass
class MonkeyReport:
    actions: int
    seed: int
    exceptions: int
    rss_start: int
    rss_warm: int
    rss_end: int
    counts: dict[str, int]

    @property
    def growth(self) -> int:
        """RSS growth after the warm-up (every screen created once): what a long day would leak."""
        return self.rss_end - self.rss_warm

    def as_dict(self) -> dict[str, object]:
        mb = 1024 * 1024
        return {
            "actions": self.actions,
            "seed": self.seed,
            "exceptions": self.exceptions,
            "rss_start_mb": round(self.rss_start / mb, 2),
            "rss_after_warmup_mb": round(self.rss_warm / mb, 2),
            "rss_end_mb": round(self.rss_end / mb, 2),
            "rss_growth_mb": round(self.growth / mb, 2),
            "rss_growth_from_start_mb": round((self.rss_end - self.rss_start) / mb, 2),
            "by_action": dict(sorted(self.counts.items())),
        }


class MonkeyDriver:
    """Performs ``actions`` random actions on ``shell``'s window, one per event-loop turn."""

    ACTIONS = (
        ("tap_button", 70),
        ("tap_list_item", 8),
        ("scroll", 6),
        ("tap_anywhere", 6),
        ("switch_language", 5),
        ("idle_countdown", 3),
        ("idle_reset", 2),
    )

    def __init__(self, shell: KioskShell, actions: int, seed: int, warmup: int | None = None) -> None:
        self.shell = shell
        self.window = shell.window
        self.actions = actions
        self.seed = seed
        self.random = random.Random(seed)
        self.warmup = warmup if warmup is not None else min(500, actions // 10)
        self.exceptions = 0
        self.counts: dict[str, int] = {}
        self._done = 0
        self._loop = QEventLoop()
        self._rss_start = 0
        self._rss_warm = 0
        shell.errors.exception_caught.connect(self._on_exception)

    def _on_exception(self, _text: str) -> None:
        self.exceptions += 1

    def run(self) -> MonkeyReport:
        self._rss_start = self._measure()
        self._rss_warm = self._rss_start
        QTimer.singleShot(0, self._step)
        self._loop.exec()
        for _ in range(3):  # let the last deferred deletions and timers run
            QApplication.processEvents()
        return MonkeyReport(
            self.actions, self.seed, self.exceptions, self._rss_start, self._rss_warm, self._measure(), self.counts
        )

    @staticmethod
    def _measure() -> int:
        gc.collect()
        return rss_bytes()

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
        if self._done == self.warmup:
            self._rss_warm = self._measure()
        QTimer.singleShot(0, self._step)

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
