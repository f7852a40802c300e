"""Staff access: a hidden long press, a touch PIN pad, and the staff menu.

Nothing here decides whether a PIN is right: :class:`kiosk.ui.shell.shell.KioskShell` checks it
with :mod:`kiosk.settings` and tells the pad what to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.fleet import FleetEntry, TimeUnit, elapsed
from kiosk.settings import CATALOGUE_CHECK, IDLE_DELAY, PIN_MAX_DIGITS, KioskSettings
from kiosk.ui.metrics import gap, margins, spacing, touch_target
from kiosk.ui.widgets.inputs import SegmentedChoice, Stepper
from kiosk.ui.widgets.keypad import KeyPad
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.touch import TouchScrollArea, WrappedLabel, action_button

LONG_PRESS_MS = 3000
#: A finger moves a little while held; more than this is a drag, not a long press.
LONG_PRESS_SLOP = 40


def local_time(moment: datetime) -> QDateTime:
    """``moment`` (aware, or naive in local time) as a local QDateTime, to show by the locale's rules."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


class PageStack(QStackedWidget):
    """Pages one at a time, as tall as the page shown (Qt's stack answers for its tallest page,
    whichever is shown: the staff menu stood as tall as its About page)."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else super().heightForWidth(width)


class LongPressDetector(QObject):
    """Emits ``long_pressed`` when ``target`` is held ``hold_ms`` without moving away.

    Touch reaches widgets as synthesized mouse events, so one filter serves mouse and finger.
    """

    long_pressed = Signal()

    def __init__(self, target: QWidget, hold_ms: int = LONG_PRESS_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.long_pressed)
        self._origin = QPoint()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            self._origin = event.globalPosition().toPoint()
            self._timer.start()
            return True
        if kind == QEvent.Type.MouseMove and self._timer.isActive():
            assert isinstance(event, QMouseEvent)
            if (event.globalPosition().toPoint() - self._origin).manhattanLength() > LONG_PRESS_SLOP:
                self._timer.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.Hide, QEvent.Type.Leave):
            self._timer.stop()
        return False


class RetranslatingOverlay(Overlay):
    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PinPadOverlay(RetranslatingOverlay):
    """Digits shown as dots, a 0–9 pad, Cancel and OK. ``submitted`` carries the PIN typed."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "pin_pad", panel_width=560)
        self._digits = ""
        self._state = "ready"
        self.heading = WrappedLabel(role="overlay_title")
        self.heading.setObjectName("pin_heading")
        self.message = WrappedLabel(role="body")
        self.message.setObjectName("pin_message")
        margins(self.message, 12, 8)  # the same room whether it warns or not
        self.dots = WrappedLabel(role="pin_dots")
        self.dots.setObjectName("pin_dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addWidget(self.message)
        self.panel_layout.addWidget(self.dots)
        self.keypad = KeyPad("pin", extra="C", extra_name="clear")
        self.keypad.pressed.connect(self.press)
        self.keys = self.keypad.keys
        self.panel_layout.addWidget(self.keypad)
        buttons = QHBoxLayout()
        spacing(buttons, 12)
        self.cancel_button = action_button("secondary")
        self.cancel_button.setObjectName("pin_cancel")
        self.ok_button = action_button("primary")
        self.ok_button.setObjectName("pin_ok")
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 1)
        self.panel_layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.ok_button.clicked.connect(self._on_ok)
        self.retranslate()

    # --- what the shell tells the pad ------------------------------------------------------------

    def show_ready(self) -> None:
        self._set_state("ready")

    def show_wrong(self, attempts_left: int) -> None:
        self._attempts_left = attempts_left
        self._set_state("wrong")

    def show_locked(self, seconds: float) -> None:
        self._minutes = max(1, int(-(-seconds // 60)))
        self._set_state("locked")

    def show_no_pin(self) -> None:
        self._set_state("no_pin")

    @property
    def state(self) -> str:
        return self._state

    @property
    def digits(self) -> str:
        return self._digits

    # --- typing ----------------------------------------------------------------------------------

    def press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "C":
            self._digits = ""
        elif len(self._digits) < PIN_MAX_DIGITS:
            self._digits += key
        self._refresh_dots()

    def _on_ok(self) -> None:
        """Submit the digits typed; OK with none is ignored (it is no try, see ``try_pin``)."""
        if not self._digits:
            return
        digits, self._digits = self._digits, ""
        self._refresh_dots()
        self.submitted.emit(digits)

    def _on_cancel(self) -> None:
        self._digits = ""
        self.hide()
        self.cancelled.emit()

    def _set_state(self, state: str) -> None:
        self._state = state
        self._digits = ""
        usable = state in ("ready", "wrong")
        self.keypad.set_keys_enabled(usable)
        self.ok_button.setEnabled(usable)
        self.dots.setVisible(state != "no_pin")
        self.retranslate()

    def _refresh_dots(self) -> None:
        self.dots.setText("●" * len(self._digits) if self._digits else "–")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff access"))
        if self._state == "wrong":
            text = self.tr("Wrong PIN. %n try(ies) left before the pad locks.", "", self._attempts_left)
        elif self._state == "locked":
            text = self.tr("Too many wrong PINs: the pad is locked for %n minute(s).", "", self._minutes)
        elif self._state == "no_pin":
            text = self.tr(
                "No staff PIN is set. On this computer, in the kiosk's folder, run:\n"
                "python -m kiosk admin set-pin\nthen restart the kiosk."
            )
        else:
            text = self.tr("Enter the staff PIN.")
        self.message.setText(text)
        self.message.setProperty("role", "warning" if self._state in ("wrong", "locked") else "body")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.updateGeometry()
        self.keys["C"].setText(self.tr("Clear"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))
        self._refresh_dots()


class StaffMenuOverlay(RetranslatingOverlay):
    """Quit, reload the catalogue, switch mode, settings, about, and with a server the kiosks of the
    fleet. Each choice is a signal."""

    resume_requested = Signal()
    quit_requested = Signal()
    reload_requested = Signal()
    mode_switch_requested = Signal()
    settings_saved = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "staff_menu", panel_width=860)
        self._kiosk_mode = True
        self._settings = KioskSettings()
        self._about_lines: list[str] = []
        self._usage_source: Callable[[], list[tuple[str, int]]] | None = None
        self._usage: list[tuple[str, int]] = []
        self._fleet_source: Callable[[], None] | None = None
        self._fleet: list[FleetEntry] | str | None = None
        self.heading = WrappedLabel(role="overlay_title")
        self.heading.setObjectName("staff_heading")
        self.status = WrappedLabel(role="tag")
        self.status.setObjectName("staff_status")
        self.status.hide()
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addWidget(self.status)
        self.pages = PageStack()
        self.pages.setObjectName("staff_pages")
        self.pages.currentChanged.connect(self._size_to_page)
        self.panel_layout.addWidget(self.pages)
        self.usage_text = WrappedLabel(role="muted")
        self.usage_text.setObjectName("staff_usage")
        self.usage_text.hide()
        self.panel_layout.addWidget(self.usage_text)
        self._build_menu()
        self._build_settings()
        self._build_about()
        self._build_fleet()
        self._size_to_page(self.pages.currentIndex())
        self.retranslate()

    def _build_menu(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        spacing(grid, 12)
        self.resume_button = action_button("primary")
        self.reload_button = action_button("secondary")
        self.mode_button = action_button("secondary")
        self.settings_button = action_button("secondary")
        self.about_button = action_button("secondary")
        self.fleet_button = action_button("secondary")
        self.fleet_button.hide()  # with a server only (set_fleet_source)
        self.quit_button = action_button("danger")
        for index, (button, name) in enumerate(
            (
                (self.resume_button, "staff_resume"),
                (self.reload_button, "staff_reload"),
                (self.mode_button, "staff_mode"),
                (self.settings_button, "staff_settings"),
                (self.about_button, "staff_about"),
                (self.fleet_button, "staff_fleet"),
                (self.quit_button, "staff_quit"),
            )
        ):
            button.setObjectName(name)
            touch_target(button, extra_height=8)
            grid.addWidget(button, index, 0)  # one column: room for long translations
        self.resume_button.clicked.connect(self.resume_requested)
        self.reload_button.clicked.connect(self.reload_requested)
        self.mode_button.clicked.connect(self.mode_switch_requested)
        self.settings_button.clicked.connect(self.show_settings_page)
        self.about_button.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        self.fleet_button.clicked.connect(self.show_fleet_page)
        self.quit_button.clicked.connect(self.quit_requested)
        grid.setRowStretch(7, 1)
        self.pages.addWidget(page)

    def _build_settings(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 10)
        self.idle_caption = WrappedLabel(role="group_label")
        default = KioskSettings().idle_delay
        self.idle_stepper = Stepper(
            IDLE_DELAY.minimum, IDLE_DELAY.maximum, default, step=IDLE_DELAY.step, name="settings_idle"
        )
        self.language_caption = WrappedLabel(role="group_label")
        self.language_choice = SegmentedChoice(("fr", "en"), "settings_language")
        self.language_choice.set_texts({"fr": "Français", "en": "English"})
        self.cursor_caption = WrappedLabel(role="group_label")
        self.cursor_choice = SegmentedChoice(("hidden", "visible"), "settings_cursor")
        self.check_caption = WrappedLabel(role="group_label")
        self.check_stepper = Stepper(
            CATALOGUE_CHECK.minimum,
            CATALOGUE_CHECK.maximum,
            KioskSettings().catalogue_check_minutes,
            step=CATALOGUE_CHECK.step,
            name="settings_catalogue_check",
        )
        for widget in (
            self.idle_caption,
            self.idle_stepper,
            self.language_caption,
            self.language_choice,
            self.cursor_caption,
            self.cursor_choice,
            self.check_caption,
            self.check_stepper,
        ):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        spacing(buttons, 12)
        self.settings_cancel = action_button("secondary")
        self.settings_cancel.setObjectName("settings_cancel")
        self.settings_save = action_button("primary")
        self.settings_save.setObjectName("settings_save")
        buttons.addWidget(self.settings_cancel, 1)
        buttons.addWidget(self.settings_save, 1)
        gap(layout, 6)
        layout.addLayout(buttons)
        self.settings_cancel.clicked.connect(self.show_menu_page)
        self.settings_save.clicked.connect(self._on_save)
        self.pages.addWidget(page)

    def _build_about(self) -> None:
        # The data folder's path is one long word: it breaks at the end of a line.
        self.about_text, self.about_back = self._text_page("about", WrappedLabel(role="body", break_long_words=True))

    def _build_fleet(self) -> None:
        self.fleet_text = WrappedLabel(role="body")
        self.fleet_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fleet_scroll = TouchScrollArea(self.fleet_text)  # ten kiosks and more
        _text, self.fleet_back = self._text_page("fleet", self.fleet_text, self.fleet_scroll)

    def _text_page(
        self, name: str, text: WrappedLabel | None = None, holder: QWidget | None = None
    ) -> tuple[WrappedLabel, QPushButton]:
        """A page of ``text`` (in ``holder``, e.g. a scroll area) over a Back button."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 10)
        text = text or WrappedLabel(role="body")
        text.setObjectName(f"staff_{name}_text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        back = action_button("secondary")
        back.setObjectName(f"{name}_back")
        layout.addWidget(holder or text, 1 if holder else 0)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignRight)
        back.clicked.connect(self.show_menu_page)
        self.pages.addWidget(page)
        return text, back

    # --- what the shell sets ---------------------------------------------------------------------

    def open_menu(self, settings: KioskSettings, kiosk_mode: bool, about_lines: list[str]) -> None:
        self._settings = settings
        self._kiosk_mode = kiosk_mode
        self._about_lines = about_lines
        self._usage = self._usage_source() if self._usage_source is not None else []
        self.status.hide()
        self.show_menu_page()
        self.retranslate()
        self.present()

    def set_usage_source(self, source: Callable[[], list[tuple[str, int]]] | None) -> None:
        """Where today's anonymous usage counts come from ((event, count) pairs, read on opening)."""
        self._usage_source = source

    def set_fleet_source(self, request: Callable[[], None] | None) -> None:
        """With a server: ``request`` asks for the list of kiosks, answered by :meth:`show_fleet`."""
        self._fleet_source = request
        self.fleet_button.setVisible(request is not None)

    def show_fleet_page(self) -> None:
        self._fleet = None  # "reading…" until the server answers
        self.pages.setCurrentIndex(3)
        self.fleet_scroll.scroll_to_top()
        self.retranslate()
        if self._fleet_source is not None:
            self._fleet_source()

    def show_fleet(self, fleet: object) -> None:
        """The kiosks (a list of :class:`FleetEntry`), or why the server could not say (a text)."""
        if isinstance(fleet, str):
            self._fleet = fleet
        elif isinstance(fleet, list):
            self._fleet = [entry for entry in fleet if isinstance(entry, FleetEntry)]
        self.retranslate()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _size_to_page(self, index: int) -> None:
        """The panel as tall as the page shown: a stack is otherwise as tall as its tallest page."""
        for position in range(self.pages.count()):
            page = self.pages.widget(position)
            policy = QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def show_menu_page(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_settings_page(self) -> None:
        self.idle_stepper.setValue(self._settings.idle_delay)
        self.language_choice.set_value(self._settings.default_language)
        self.cursor_choice.set_value("hidden" if self._settings.hide_cursor else "visible")
        self.check_stepper.setValue(self._settings.catalogue_check_minutes)
        self.pages.setCurrentIndex(1)

    def _on_save(self) -> None:
        from dataclasses import replace

        self._settings = replace(
            self._settings,
            idle_delay=self.idle_stepper.value(),
            default_language=self.language_choice.value(),
            hide_cursor=self.cursor_choice.value() == "hidden",
            catalogue_check_minutes=self.check_stepper.value(),
        )
        self.show_menu_page()
        self.settings_saved.emit(self._settings)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff menu"))
        self.resume_button.setText(self.tr("Back to the kiosk"))
        self.reload_button.setText(self.tr("Reload the catalogue"))
        self.mode_button.setText(
            self.tr("Switch to windowed mode") if self._kiosk_mode else self.tr("Switch to kiosk mode")
        )
        self.settings_button.setText(self.tr("Settings"))
        self.about_button.setText(self.tr("About"))
        self.fleet_button.setText(self.tr("Kiosks of the fair"))
        self.quit_button.setText(self.tr("Quit the kiosk"))
        self.idle_caption.setText(self.tr("Start over after this many seconds without a touch"))
        self.idle_stepper.set_formatter(lambda seconds: self.tr("%1 s").replace("%1", str(seconds)))
        self.language_caption.setText(self.tr("Language at start and after each reset"))
        self.cursor_caption.setText(self.tr("Mouse cursor in kiosk mode"))
        self.cursor_choice.set_texts({"hidden": self.tr("Hidden"), "visible": self.tr("Visible")})
        self.check_caption.setText(self.tr("With a server, look for a new catalogue on the attract screen every"))
        self.check_stepper.set_formatter(lambda minutes: self.tr("%n min", "", minutes))
        self.settings_cancel.setText(self.tr("Cancel"))
        self.settings_save.setText(self.tr("Save"))
        self.about_back.setText(self.tr("Back"))
        self.fleet_back.setText(self.tr("Back"))
        self.about_text.setText("\n".join(self._about_lines))
        self.fleet_text.setText(self.fleet_page_text())
        events: dict[str, Callable[[int], str]] = {
            "screen": lambda n: self.tr("%n screen(s) opened", "", n),
            "programme": lambda n: self.tr("%n programme(s) viewed", "", n),
            "filter": lambda n: self.tr("%n filter(s) used", "", n),
            "simulation": lambda n: self.tr("%n simulation(s)", "", n),
            "language": lambda n: self.tr("%n language switch(es)", "", n),
            "idle_reset": lambda n: self.tr("%n idle reset(s)", "", n),
        }
        counts = " · ".join(events[event](count) for event, count in self._usage if event in events)
        self.usage_text.setText(self.tr("Today: %1").replace("%1", counts))
        self.usage_text.setVisible(bool(self._usage))

    # --- the fleet --------------------------------------------------------------------------------

    def fleet_page_text(self) -> str:
        """The kiosks of the fleet as ``fleet status`` lists them, in the interface's language."""
        if self._fleet is None:
            return self.tr("Reading the kiosks from the server…")
        if isinstance(self._fleet, str):
            return self.tr("The list of kiosks could not be read: %1").replace("%1", self._fleet)
        if not self._fleet:
            return self.tr("No kiosk has sent news to the server yet.")
        stale = sum(entry.stale for entry in self._fleet)
        lines = [self.tr("%n kiosk(s) on the server", "", len(self._fleet)) + " · " + self.tr("%n stale", "", stale)]
        lines += [self._fleet_line(entry) for entry in self._fleet]
        return "\n\n".join(lines)

    def _ago(self, entry: FleetEntry) -> str:
        unit, count = elapsed(entry.unseen_for)
        if unit is TimeUnit.DAY:
            return self.tr("%n day(s) ago", "", count)
        if unit is TimeUnit.HOUR:
            return self.tr("%n hour(s) ago", "", count)
        if count:
            return self.tr("%n minute(s) ago", "", count)
        return self.tr("less than a minute ago")

    def _fleet_line(self, entry: FleetEntry) -> str:
        kiosk = entry.kiosk
        seen = QLocale().toString(local_time(entry.last_seen), QLocale.FormatType.ShortFormat)
        state = self.tr("STALE, last seen %1 (%2)") if entry.stale else self.tr("last seen %1 (%2)")
        return " · ".join(
            (
                kiosk.label,
                state.replace("%1", self._ago(entry)).replace("%2", seen),
                self.tr("version %1").replace("%1", kiosk.version),
                self.tr("catalogue %1").replace("%1", entry.catalogue_version),
                self.tr("%n error(s) today", "", entry.errors_today),
            )
        )
