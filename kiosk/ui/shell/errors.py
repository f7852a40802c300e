"""Never stays broken: an exception in a screen is logged and the visitor is brought home.

PySide6 hands the exceptions raised in slots and in overridden Qt methods to ``sys.excepthook``;
:class:`ErrorRecovery` replaces it while the kiosk runs. The recovery is queued, not run inside the
hook: the exception may come from the middle of a paint or a layout.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.accessibility import adopt_look, refresh_look
from kiosk.ui.metrics import metrics_of
from kiosk.ui.widgets.touch import WrappedLabel

log = logging.getLogger("kiosk.errors")

#: This many exceptions within :data:`STORM_SECONDS` (the 20th in a minute): the kiosk exits
#: (status 70) so that the supervisor starts a fresh one, rather than flashing the apology all day.
STORM_LIMIT = 20
STORM_SECONDS = 60.0
STORM_EXIT_STATUS = 70

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorRecovery(QObject):
    """Installs itself as ``sys.excepthook``: logs with the traceback, then calls ``recover``."""

    exception_caught = Signal(str)

    def __init__(
        self,
        recover: Callable[[], None],
        on_storm: Callable[[], None] | None = None,
        storm_limit: int | None = STORM_LIMIT,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._recover = recover
        self._on_storm = on_storm
        self._storm_limit = storm_limit
        self._clock = clock
        self._recent: deque[float] = deque()
        self._previous_hook = sys.excepthook
        self._installed = False
        self._recovering = False
        self._pending = False
        self.count = 0

    def install(self) -> None:
        if not self._installed:
            self._previous_hook = sys.excepthook
            sys.excepthook = self._hook
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            if sys.excepthook == self._hook:
                sys.excepthook = self._previous_hook
            self._installed = False

    def _hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # The previous hook still runs (a traceback on stderr; under pytest-qt, a failed test).
        self._previous_hook(exc_type, exc, tb)
        if not issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self.handle((exc_type, exc, tb))

    def handle(self, info: ExcInfo) -> None:
        self.count += 1
        log.error("unhandled exception in the kiosk: %s", info[1], exc_info=info)
        self.exception_caught.emit(f"{info[0].__name__}: {info[1]}")
        now = self._clock()
        self._recent.append(now)
        while self._recent and now - self._recent[0] > STORM_SECONDS:
            self._recent.popleft()
        if self._storm_limit is not None and len(self._recent) >= self._storm_limit and self._on_storm is not None:
            log.critical(
                "%d exceptions in %d s: exiting so that a fresh kiosk starts", len(self._recent), STORM_SECONDS
            )
            self._on_storm()
            return
        if not self._recovering and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._run_recovery)

    def _run_recovery(self) -> None:
        self._pending = False
        self._recovering = True
        try:
            self._recover()
        except Exception as error:  # the recovery itself failed: log it, never loop
            log.exception("the recovery after an exception failed: %s", error)
        finally:
            self._recovering = False


class ApologyBanner(WrappedLabel):
    """ "Sorry, something went wrong…", across the top of the window for a few seconds."""

    def __init__(self, parent: QWidget, visible_ms: int = 6000) -> None:
        super().__init__("", "apology", parent)
        self.setObjectName("apology_banner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(visible_ms)
        self._timer.timeout.connect(self.hide)
        self._host = parent
        parent.installEventFilter(self)
        self.hide()
        adopt_look(self)
        self.retranslate()

    def present(self) -> None:
        refresh_look(self)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        parent = self._host
        metrics = metrics_of(parent)
        width = min(parent.width() - metrics.px(48), metrics.px(900))
        self.setFixedWidth(width)
        self.ensurePolished()
        self.setFixedHeight(max(self.heightForWidth(width), self.sizeHint().height()))
        self.move((parent.width() - width) // 2, metrics.px(96))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def retranslate(self) -> None:
        self.setText(self.tr("Sorry, something went wrong. We brought you back to the home screen."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
