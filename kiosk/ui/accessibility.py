"""How the kiosk looks on the screen at hand: one scale (:mod:`kiosk.ui.metrics`), large text and
high contrast, applied as the house style sheet to the parts of the kiosk's window.

Large text and high contrast are visitor choices: the kiosk's reset for the next visitor turns them
off (:meth:`AccessibilityController.reset`).

The style sheet goes on each part of the window that is shown on its own, a *scope*: the header
bar, each screen of the stack, each overlay and dialog (the window itself has none). A change of
look (a toggle, another screen size) restyles at once only the scopes shown; the others take the
new look when they are shown next (:meth:`AccessibilityController.refresh`), so that a toggle costs
the screen in view, not the ~400 widgets of every screen built so far.
"""

from __future__ import annotations

from functools import lru_cache

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import QWidget

from kiosk.paths import resources_dir
from kiosk.ui.event_filter import quietly
from kiosk.ui.metrics import Metrics, apply_metrics, apply_own_metrics, scale_style_sheet
from kiosk.ui.widgets.touch import FocusByKeyboard

BASE_SHEET = "kiosk.qss"
HIGH_CONTRAST_SHEET = "high-contrast.qss"
#: The dynamic property of a scope naming the look it was given last.
LOOK_PROPERTY = "kiosk_look"


@lru_cache(maxsize=4)
def _sheet_text(name: str) -> str:
    return (resources_dir() / "styles" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def style_sheet(metrics: Metrics = Metrics(), high_contrast: bool = False) -> str:  # noqa: B008 - frozen
    """The house theme at ``metrics``, with the high-contrast rules after it (later rules win)."""
    names = [BASE_SHEET, HIGH_CONTRAST_SHEET] if high_contrast else [BASE_SHEET]
    return scale_style_sheet("\n".join(_sheet_text(name) for name in names), metrics)


class AccessibilityController(QObject):
    """Owns the display's metrics and modes, and gives them to the scopes of ``window``.

    ``frame``: the widgets of the window around the scopes (the window itself, its central widget,
    the stack), sized at each change but not restyled (they carry no style sheet)."""

    changed = Signal()

    def __init__(self, window: QWidget, frame: tuple[QWidget, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._frame = (window, *frame)
        self._scopes: list[QWidget] = []
        self._size = QSize(1280, 800)
        self._large_text = False
        self._high_contrast = False
        self.metrics = Metrics()
        self._look = ""
        self._sheet = ""
        self._decide()

    @property
    def large_text(self) -> bool:
        return self._large_text

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    @property
    def sheet(self) -> str:
        """The style sheet of the current look (what each scope carries once refreshed)."""
        return self._sheet

    def set_screen_size(self, size: QSize) -> None:
        """The size of the screen the kiosk fills (or of its window, for an offscreen check)."""
        if size != self._size and not size.isEmpty():
            self._size = QSize(size)
            with FocusByKeyboard.changing_quietly():
                self._apply()

    def set_large_text(self, on: bool) -> None:
        self.set_modes(on, self._high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        self.set_modes(self._large_text, on)

    def set_modes(self, large_text: bool, high_contrast: bool) -> None:
        if (large_text, high_contrast) == (self._large_text, self._high_contrast):
            return
        self._large_text, self._high_contrast = large_text, high_contrast
        with FocusByKeyboard.changing_quietly():
            self._apply()
            self.changed.emit()

    def reset(self) -> None:
        """Back to the house theme (the next visitor)."""
        self.set_modes(False, False)

    # --- scopes -----------------------------------------------------------------------------------

    def adopt(self, scope: QWidget, now: bool = True) -> None:
        """``scope`` carries the style sheet from now on: given the current look at once (``now``:
        a screen about to be shown, the header) or when first shown (an overlay)."""
        # Dialogs come and go (each is deleted when closed): the dead ones are dropped here.
        self._scopes = [known for known in self._scopes if shiboken6.isValid(known)]
        if scope not in self._scopes:
            self._scopes.append(scope)
            scope.installEventFilter(self)
        if now:
            self.refresh(scope)

    def refresh(self, scope: QWidget) -> bool:
        """Give ``scope`` the current look if it has an older one (it is about to be shown);
        False if it had it already."""
        if scope.property(LOOK_PROPERTY) == self._look:
            return False
        with quietly():
            scope.setStyleSheet(self._sheet)
        # A widget never shown yet (the header's Back button on the home screen) is polished now:
        # polished later, it took the rules of the look before this one (its font at another scale).
        # (Its Polish event goes to the application's watchers, or, in a change of display mode, the
        # focus policy is given after: FocusByKeyboard.changing_quietly.)
        for widget in scope.findChildren(QWidget):
            widget.ensurePolished()
        with quietly():
            apply_metrics(scope, self.metrics)
        scope.setProperty(LOOK_PROPERTY, self._look)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A scope shown another way than through :meth:`refresh` still takes the current look."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.refresh(watched)
        return False

    def apply(self) -> None:
        """Size the window and give the scopes shown the current look (at start)."""
        self._apply()

    def _decide(self) -> None:
        self.metrics = Metrics.for_size(self._size.width(), self._size.height(), self._large_text)
        self._sheet = style_sheet(self.metrics, self._high_contrast)
        self._look = f"{self.metrics.scale}/{self.metrics.text}/{int(self._high_contrast)}"

    def _apply(self) -> None:
        self._decide()
        with quietly():
            for widget in self._frame:
                apply_own_metrics(widget, self.metrics)
        self._scopes = [scope for scope in self._scopes if shiboken6.isValid(scope)]
        for scope in self._scopes:
            if scope.isVisible():
                self.refresh(scope)


def refresh_look(widget: QWidget) -> None:
    """Give ``widget`` (an overlay about to be shown) the current look of the window it is in, and
    its sizes to what was added to it since (built before it was in the window, at the reference
    scale)."""
    controller = getattr(widget.window(), "accessibility", None)
    if not isinstance(controller, AccessibilityController):
        return
    if not controller.refresh(widget):
        apply_metrics(widget, controller.metrics)


def adopt_look(widget: QWidget) -> None:
    """``widget`` (an overlay of the window) carries the style sheet, given when it is first shown."""
    controller = getattr(widget.window(), "accessibility", None)
    if isinstance(controller, AccessibilityController):
        controller.adopt(widget, now=False)
