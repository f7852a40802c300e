"""The kiosk's window: a header bar (back, home, title, language) above the screen stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import language_or_default
from kiosk.domain.kinds import ScreenName
from kiosk.ui.accessibility import AccessibilityController
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import (
    TOUCH_TARGET,
    Metrics,
    margins,
    metrics_of,
    minimum_size,
    spacing,
    touch_target,
)
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.touch import action_button


class HeaderBar(QWidget):
    """Back and home on the left, the screen's title in the middle, FR/EN on the right; on a
    narrow window (a portrait totem) the title goes on a line of its own below the buttons."""

    def __init__(self, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._language = language
        self._compact = False
        outer = QVBoxLayout(self)
        margins(outer, 24, 12)
        spacing(outer, 8)
        layout = QHBoxLayout()
        spacing(layout, 16)
        outer.addLayout(layout)
        self._row = layout
        self._outer = outer

        self.back_button = action_button("nav")
        self.back_button.setObjectName("back_button")
        self.home_button = action_button("nav")
        self.home_button.setObjectName("home_button")
        self.brand = QLabel()
        self.brand.setObjectName("brand")
        self.title = QLabel()
        self.title.setObjectName("header_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A long title in large text wraps instead of widening the window past the screen.
        self.title.setWordWrap(True)
        minimum_size(self.title, 120)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.large_text_button = self._display_button("large_text_button", "Aa")
        self.contrast_button = self._display_button("contrast_button", "◐")
        self.french_button = self._language_button("fr", "FR")
        self.english_button = self._language_button("en", "EN")
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.french_button)
        group.addButton(self.english_button)

        layout.addWidget(self.back_button)
        layout.addWidget(self.home_button)
        layout.addWidget(self.brand)
        layout.addWidget(self.title, 1)
        self._spacer = QWidget()
        self._spacer.hide()
        layout.addWidget(self._spacer, 1)
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.contrast_button)
        layout.addWidget(self.french_button)
        layout.addWidget(self.english_button)
        language.language_changed.connect(self._sync_language)
        self._sync_language(language.language)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.place_title(event.size().width())
        super().resizeEvent(event)

    def _needed_width(self) -> int:
        parts: list[QWidget] = [self.back_button, self.home_button, self.brand, self.large_text_button]
        parts += [self.contrast_button, self.french_button, self.english_button]
        needed = sum(part.sizeHint().expandedTo(part.minimumSize()).width() for part in parts if part.isVisibleTo(self))
        return needed + self._row.spacing() * 8 + metrics_of(self).px(48)

    def place_title(self, width: int | None = None) -> None:
        """The title beside the buttons when at least a third of the bar is left for it, else on a
        line of its own; where even the buttons do not fit, Back and Home show their signs alone."""
        width = self.width() if width is None else width
        self._compact = False
        self._label_navigation()
        if self._needed_width() > width:
            self._compact = True
            self._label_navigation()
        below = width - self._needed_width() < width // 3
        if below == (self._outer.indexOf(self.title) >= 0):
            return
        if below:
            self._row.removeWidget(self.title)
            self._outer.addWidget(self.title)
        else:
            self._outer.removeWidget(self.title)
            self._row.insertWidget(3, self.title, 1)
        self._spacer.setVisible(below)

    def _language_button(self, lang: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"language_{lang}")
        button.setProperty("role", "language")
        button.setCheckable(True)
        touch_target(button, TOUCH_TARGET + 16)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self._language.set_language(language_or_default(lang)))
        return button

    def _display_button(self, name: str, text: str) -> QPushButton:
        """A toggle of the display (large text, high contrast): always visible, finger-sized."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("role", "language")
        button.setCheckable(True)
        touch_target(button, TOUCH_TARGET + 16)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _sync_language(self, lang: str) -> None:
        self.french_button.setChecked(lang == "fr")
        self.english_button.setChecked(lang == "en")

    def _label_navigation(self) -> None:
        self.back_button.setText("‹" if self._compact else self.tr("‹  Back"))
        self.home_button.setText("⌂" if self._compact else self.tr("Home"))

    def retranslate(self) -> None:
        self._label_navigation()
        self.back_button.setAccessibleName(self.tr("Back"))
        self.home_button.setAccessibleName(self.tr("Home"))
        self.brand.setText("IMPGT")
        self.french_button.setAccessibleName(self.tr("Français"))
        self.english_button.setAccessibleName(self.tr("English"))
        self.large_text_button.setAccessibleName(self.tr("Large text"))
        self.large_text_button.setToolTip(self.tr("Large text"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.contrast_button.setToolTip(self.tr("High contrast"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KioskWindow(QMainWindow):
    """The main window. :mod:`kiosk.app` registers the screens and wires their intents."""

    def __init__(self, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_window")
        self.language = language
        central = QWidget()
        central.setObjectName("central")
        # The window itself holds the focus at start: no control shows a focus frame until Tab.
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 0)
        self.header = HeaderBar(language)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigator = Navigator(self.stack, parent=self)
        self.accessibility = AccessibilityController(self, (central, self.stack))
        self.accessibility.adopt(self.header)
        self.navigator.screen_created.connect(self.accessibility.adopt)
        self.navigator.showing.connect(self._prepare)
        self.header.large_text_button.toggled.connect(self.accessibility.set_large_text)
        self.header.contrast_button.toggled.connect(self.accessibility.set_high_contrast)
        self.accessibility.changed.connect(self._sync_display_buttons)
        self.navigator.arriving.connect(self._arrange_for)
        self.header.back_button.clicked.connect(self.navigator.back)
        self.header.home_button.clicked.connect(self.navigator.home)
        self.retranslate()

    @property
    def high_contrast(self) -> bool:
        """For what the kiosk paints itself (:func:`kiosk.ui.colours.colours_of`)."""
        return self.accessibility.high_contrast

    @property
    def metrics(self) -> Metrics:
        """The scale of everything in this window (:func:`kiosk.ui.metrics.metrics_of`)."""
        return self.accessibility.metrics

    def _sync_display_buttons(self) -> None:
        for button, on in (
            (self.header.large_text_button, self.accessibility.large_text),
            (self.header.contrast_button, self.accessibility.high_contrast),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def _prepare(self, screen: Screen) -> None:
        """A screen about to be shown catches up with the look and the language of the kiosk."""
        self.accessibility.refresh(screen)
        screen.catch_up()

    def _arrange_for(self, name: str, screen: Screen) -> None:
        """The header of screen ``name``, arranged before the screen shows: its buttons, and its
        title beside them or below (which makes the header taller). Arranged after, the screen
        was laid out twice, at the room the last screen left it, then at its own."""
        # The attract screen is the whole screen: a poster, nothing to press but the screen itself.
        if name != ScreenName.ATTRACT:
            self.accessibility.refresh(self.header)
        self.header.setVisible(name != ScreenName.ATTRACT)
        at_home = name in (ScreenName.HOME, ScreenName.ATTRACT)
        self.header.back_button.setVisible(not at_home)
        self.header.home_button.setVisible(not at_home)
        self.header.place_title()
        self.header.title.setText(screen.title())

    def _update_title(self) -> None:
        screen = self.navigator.current_screen
        self.header.title.setText(screen.title() if screen is not None else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("IMPGT – guidance kiosk"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
