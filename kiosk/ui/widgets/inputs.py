"""Touch inputs with no keyboard: steppers, segmented choices, month pickers and a numeric pad."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.metrics import TOUCH_TARGET, fixed_size, margins, minimum_size, spacing
from kiosk.ui.widgets.touch import ChipButton, WrappedLabel, action_button


class Stepper(QWidget):
    """``−  value  +``: a number chosen by taps, between bounds, shown through ``formatter``."""

    value_changed = Signal(int)

    def __init__(
        self,
        minimum: int,
        maximum: int,
        value: int,
        formatter: Callable[[int], str] = str,
        step: int = 1,
        name: str = "stepper",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._minimum, self._maximum, self._step = minimum, maximum, step
        self._value = max(minimum, min(maximum, value))
        self._formatter = formatter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 8)
        self.minus = QPushButton("−")
        self.minus.setObjectName(f"{name}_minus")
        self.plus = QPushButton("+")
        self.plus.setObjectName(f"{name}_plus")
        for button in (self.minus, self.plus):
            button.setProperty("role", "step")
            fixed_size(button, TOUCH_TARGET + 8, TOUCH_TARGET + 8)
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(450)
            button.setAutoRepeatInterval(120)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.display = QLabel()
        self.display.setObjectName(f"{name}_value")
        self.display.setProperty("role", "step_value")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.minus)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.plus)
        self.minus.clicked.connect(lambda: self.setValue(self._value - self._step))
        self.plus.clicked.connect(lambda: self.setValue(self._value + self._step))
        self._refresh()

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(self._minimum, min(self._maximum, value))
        if value != self._value:
            self._value = value
            self._refresh()
            self.value_changed.emit(value)

    def set_formatter(self, formatter: Callable[[int], str]) -> None:
        self._formatter = formatter
        self._refresh()

    def _refresh(self) -> None:
        self.display.setText(self._formatter(self._value))
        self.minus.setEnabled(self._value > self._minimum)
        self.plus.setEnabled(self._value < self._maximum)
        self.minus.setAccessibleName(self.tr("Less: %1").replace("%1", self.display.text()))
        self.plus.setAccessibleName(self.tr("More: %1").replace("%1", self.display.text()))


def month_name(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat).capitalize()


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def from_month_index(index: int, day: int = 1) -> date:
    return date(index // 12, index % 12 + 1, day)


class MonthPicker(Stepper):
    """A month and year in one stepper ("September 2027"), stepping month by month."""

    def __init__(self, first: date, last: date, value: date, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            month_index(first),
            month_index(last),
            month_index(value),
            lambda index: f"{month_name(index % 12 + 1)} {index // 12}",
            name=name,
            parent=parent,
        )

    def selected_date(self) -> date:
        return from_month_index(self.value())

    def set_date(self, value: date) -> None:
        self.setValue(month_index(value))

    def retranslate(self) -> None:
        self._refresh()


class SegmentedChoice(QWidget):
    """Exclusive chips: exactly one option chosen (employer, contract length, yes/no…)."""

    choice_changed = Signal(str)

    def __init__(self, values: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 10)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.chips: dict[str, ChipButton] = {}
        for value in values:
            chip = ChipButton(value)
            chip.setObjectName(f"{name}_{value}")
            self._group.addButton(chip)
            self.chips[value] = chip
            layout.addWidget(chip)
            chip.clicked.connect(lambda _=False, v=value: self.choice_changed.emit(v))
        layout.addStretch(1)
        if values:
            self.chips[values[0]].setChecked(True)

    def value(self) -> str:
        for value, chip in self.chips.items():
            if chip.isChecked():
                return value
        return next(iter(self.chips))

    def set_value(self, value: str) -> None:
        if value in self.chips and not self.chips[value].isChecked():
            self.chips[value].setChecked(True)
            self.choice_changed.emit(value)

    def set_texts(self, texts: dict[str, str]) -> None:
        for value, text in texts.items():
            self.chips[value].setText(text)
            self.chips[value].setAccessibleName(text)


class NumericPad(QDialog):
    """A touch keypad for an amount in euros (no physical keyboard on a kiosk)."""

    def __init__(self, title: str, value: Decimal | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numeric_pad")
        self.setModal(True)
        self.setWindowTitle(title)
        self._text = "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")
        layout = QVBoxLayout(self)
        margins(layout, 28, 24)
        spacing(layout, 14)
        heading = WrappedLabel(title, role="section_title")
        layout.addWidget(heading)
        self.display = QLabel()
        self.display.setObjectName("numeric_pad_display")
        self.display.setProperty("role", "pad_display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        minimum_size(self.display, height=72)
        layout.addWidget(self.display)
        grid = QGridLayout()
        spacing(grid, 10)
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", ",", "0", "⌫"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName(f"pad_key_{'dot' if key == ',' else 'back' if key == '⌫' else key}")
            button.setProperty("role", "pad_key")
            fixed_size(button, 96, 80)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            button.setAccessibleName(self.tr("Delete") if key == "⌫" else key)
            grid.addWidget(button, index // 3, index % 3)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.clear_button = action_button("secondary")
        self.clear_button.setObjectName("pad_clear")
        self.clear_button.setText(self.tr("No amount"))
        self.ok_button = action_button("primary")
        self.ok_button.setObjectName("pad_ok")
        self.ok_button.setText(self.tr("OK"))
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(self._clear_and_accept)
        self.ok_button.clicked.connect(self.accept)
        self._refresh()

    def press(self, key: str) -> None:
        integer, point, decimals = self._text.partition(".")
        if key == "⌫":
            self._text = self._text[:-1]
        elif key == ",":
            if not point:
                self._text = (integer or "0") + "."
        elif point:
            if len(decimals) < 2:
                self._text += key
        elif len(integer) < 6:
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
        self.display.setText(f"{shown} €")
