"""Touch inputs with no keyboard: steppers, segmented choices and month pickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.metrics import TOUCH_TARGET, fixed_size, spacing
from kiosk.ui.widgets.columns import FlowLayout
from kiosk.ui.widgets.touch import ChipButton


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

    def set_range(self, minimum: int, maximum: int) -> None:
        """New bounds (the days of the month shown); the value moves inside them, silently."""
        self._minimum, self._maximum = minimum, maximum
        self._value = max(minimum, min(maximum, self._value))
        self._refresh()

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
    """Exclusive chips: exactly one option chosen (employer, contract length, yes/no…). With ``wrap``
    the chips go on as many lines as the width needs (a long translation or large text adds a line)."""

    choice_changed = Signal(str)

    def __init__(self, values: Sequence[str], name: str, parent: QWidget | None = None, wrap: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout: QHBoxLayout | FlowLayout = FlowLayout(self) if wrap else QHBoxLayout(self)
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
            if isinstance(layout, FlowLayout):
                layout.add(chip)
            else:
                layout.addWidget(chip)
            chip.clicked.connect(lambda _=False, v=value: self.choice_changed.emit(v))
        if isinstance(layout, QHBoxLayout):
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
