"""Panels shared by the content screens: a key figure over its caption, a titled block of text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.metrics import margins, spacing
from kiosk.ui.widgets.touch import WrappedLabel


class FactTile(QFrame):
    """A key figure: a large value over a short caption."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "fact")
        layout = QVBoxLayout(self)
        margins(layout, 20, 18)
        spacing(layout, 6)
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
        margins(self.body_layout, 28, 24)
        spacing(self.body_layout, 12)
        # Not setAlignment(AlignTop): an aligned layout gets only its size hint's height, and a
        # wrapped text longer than that hint would be cut. A stretch at the end keeps it at the top.
        self.heading = WrappedLabel(role="section_title")
        self.text = WrappedLabel(role="body")
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.text)
        self.body_layout.addStretch(1)

    def add_widget(self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> None:
        """Below the text (and what was added before)."""
        index = self.body_layout.count() - 1
        if alignment is None:
            self.body_layout.insertWidget(index, widget)
        else:
            self.body_layout.insertWidget(index, widget, 0, alignment)

    def remove_widget(self, widget: QWidget) -> None:
        self.body_layout.removeWidget(widget)

    def set_texts(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
