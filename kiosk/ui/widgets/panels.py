"""Panels shared by the content screens: a key figure over its caption, a titled block of text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets.touch import WrappedLabel


class FactTile(QFrame):
    """A key figure: a large value over a short caption."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "fact")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(6)
        self.value = WrappedLabel(role="fact_value")
        self.caption = WrappedLabel(role="fact_caption")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_texts(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class Section(QFrame):
    """A titled block of text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "section")
        self.body_layout = QVBoxLayout(self)
        self.body_layout.setContentsMargins(28, 24, 28, 24)
        self.body_layout.setSpacing(12)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = WrappedLabel(role="section_title")
        self.text = WrappedLabel(role="body")
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.text)

    def set_texts(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
