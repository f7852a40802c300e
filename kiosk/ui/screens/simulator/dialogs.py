"""The simulator's dialogs: the sources of the figures, and a touch pad for an amount or a rate."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.ui.metrics import minimum_size, spacing
from kiosk.ui.widgets.keypad import DELETE, KeyPad
from kiosk.ui.widgets.overlay import OverlayDialog
from kiosk.ui.widgets.touch import WrappedLabel, action_button


class SourcesDialog(OverlayDialog):
    """Where each figure comes from, and since when it applies. Kept by its screen: each opening
    gives it the lines of the figures shown (:meth:`set_lines`), without building and styling a new
    dialog at each tap."""

    def __init__(self, title: str, lines: list[str], close_text: str, parent: QWidget) -> None:
        super().__init__(parent, "sources_dialog", panel_width=900, kept=True)
        self._title = WrappedLabel(role="section_title")
        self.panel_layout.addWidget(self._title)
        self._line_labels: list[WrappedLabel] = []
        self.close_button = action_button("primary")
        self.close_button.setObjectName("sources_close")
        self.close_button.clicked.connect(self.accept)
        self.default_button = self.close_button
        self.panel_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lines: list[str] = []
        self.set_lines(title, lines, close_text)

    def set_lines(self, title: str, lines: list[str], close_text: str) -> None:
        """The texts of the next opening (a label per line, the ones not needed hidden)."""
        self._title.setText(title)
        while len(self._line_labels) < len(lines):
            label = WrappedLabel(role="body")
            self.panel_layout.insertWidget(1 + len(self._line_labels), label)
            self._line_labels.append(label)
        for index, label in enumerate(self._line_labels):
            shown = index < len(lines)
            if shown:
                label.setText(f"• {lines[index]}")
            label.setVisible(shown)
        self.close_button.setText(close_text)
        self.lines = list(lines)
        self.scroll_to_top()  # kept: it opens at its title, not where the last visitor left it


class NumericPad(OverlayDialog):
    """A touch keypad for a number (no physical keyboard on a kiosk): an amount in euros, or a rate in %.

    ``unit`` is shown after the number; ``integer_digits`` bounds what can be typed (the rules refuse,
    with a sentence, a value they do not accept). The kiosk's one keypad layout (1-2-3 on top).
    """

    def __init__(
        self,
        title: str,
        value: Decimal | None,
        parent: QWidget,
        unit: str = "€",
        integer_digits: int = 6,
        clear_text: str = "",
    ) -> None:
        super().__init__(parent, "numeric_pad", panel_width=560)
        self._unit = unit
        self._integer_digits = integer_digits
        self._text = "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")
        layout = self.panel_layout
        heading = WrappedLabel(title, role="section_title")
        layout.addWidget(heading)
        self.display = QLabel()
        self.display.setObjectName("numeric_pad_display")
        self.display.setProperty("role", "pad_display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        minimum_size(self.display, height=72)
        layout.addWidget(self.display)
        self.keypad = KeyPad("pad", extra=",", extra_name="dot")
        self.keypad.keys[DELETE].setAccessibleName(self.tr("Delete"))
        self.keypad.pressed.connect(self.press)
        layout.addWidget(self.keypad)
        buttons = QHBoxLayout()
        spacing(buttons, 12)
        self.clear_button = action_button("secondary")
        self.clear_button.setObjectName("pad_clear")
        self.clear_button.setText(clear_text or self.tr("No amount"))
        self.ok_button = action_button("primary")
        self.ok_button.setObjectName("pad_ok")
        self.ok_button.setText(self.tr("OK"))
        self.default_button = self.ok_button
        buttons.addWidget(self.clear_button, 1)
        buttons.addWidget(self.ok_button, 1)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(self._clear_and_accept)
        self.ok_button.clicked.connect(self.accept)
        self._refresh()

    def press(self, key: str) -> None:
        integer, point, decimals = self._text.partition(".")
        if key == DELETE:
            self._text = self._text[:-1]
        elif key == ",":
            if not point:
                self._text = (integer or "0") + "."
        elif point:
            if len(decimals) < 2:
                self._text += key
        elif len(integer) < self._integer_digits:
            self._text = key if integer == "0" else self._text + key
        self._refresh()

    def _clear_and_accept(self) -> None:
        self._text = ""
        self.accept()

    def value(self) -> Decimal | None:
        if not self._text or self._text == ".":
            return None
        try:
            amount = Decimal(self._text)
        except InvalidOperation:  # pragma: no cover - the keys only build valid numbers
            return None
        return amount if amount > 0 else None

    def _refresh(self) -> None:
        shown = self._text.replace(".", ",") if self._text else "—"
        self.display.setText(f"{shown} {self._unit}")
