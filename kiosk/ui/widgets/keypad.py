"""The one touch keypad of the kiosk (staff PIN, amounts and rates of the simulator): a telephone's
layout, 1-2-3 on top, then 4-5-6, 7-8-9, and a last row of one extra key, 0 and delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.metrics import minimum_size, spacing

#: The delete key.
DELETE = "⌫"

#: Rows of keys; ``None`` is the place of the extra key (clear, decimal comma).
_ROWS: tuple[tuple[str | None, ...], ...] = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), (None, "0", DELETE))


class KeyPad(QWidget):
    """Twelve finger-sized keys; ``pressed`` carries the key (``extra`` for the extra key, ``⌫``).
    Keys are named ``{prefix}_key_{digit}``, ``{prefix}_key_back`` and ``{prefix}_key_{extra_name}``."""

    pressed = Signal(str)

    def __init__(self, prefix: str, extra: str, extra_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        spacing(grid, 10)
        self.keys: dict[str, QPushButton] = {}
        for row, keys in enumerate(_ROWS):
            for column, slot in enumerate(keys):
                key = extra if slot is None else slot
                name = extra_name if slot is None else "back" if key == DELETE else key
                button = QPushButton(key)
                button.setObjectName(f"{prefix}_key_{name}")
                button.setProperty("role", "pad_key")
                minimum_size(button, 96, 72)
                button.clicked.connect(lambda _=False, k=key: self.pressed.emit(k))
                grid.addWidget(button, row, column)
                self.keys[key] = button

    def set_keys_enabled(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)
