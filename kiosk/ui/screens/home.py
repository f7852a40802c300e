"""Home: four large choices for a visitor who has just walked up, the pay simulator among them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import gap, margins, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import ColumnsLayout
from kiosk.ui.widgets.touch import CardButton, WrappedLabel


class HomeScreen(Screen):
    institute_requested = Signal()
    finder_requested = Signal()
    contracts_requested = Signal()
    simulator_requested = Signal()

    def __init__(self, catalogue: Catalogue, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        content = QWidget()
        layout = QVBoxLayout(content)
        margins(layout, 56, 32, 56, 40)
        spacing(layout, 16)

        self.welcome = WrappedLabel(role="hero")
        self.subtitle = WrappedLabel(role="lead")
        for label in (self.welcome, self.subtitle):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.welcome)
        layout.addWidget(self.subtitle)
        gap(layout, 24)

        cards = QWidget()
        self.cards_layout = ColumnsLayout(cards, min_width=280, counts=(4, 2, 1))
        spacing(self.cards_layout, 24)
        self.institute_card, self.institute_title, self.institute_text = self._card("institute_card")
        self.finder_card, self.finder_title, self.finder_text = self._card("finder_card")
        self.contracts_card, self.contracts_title, self.contracts_text = self._card("contracts_card")
        self.simulator_card, self.simulator_title, self.simulator_text = self._card("simulator_card", "home_card_pay")
        for card in (self.finder_card, self.simulator_card, self.contracts_card, self.institute_card):
            self.cards_layout.add(card)
        layout.addWidget(cards)
        gap(layout, 16)
        self.hint = WrappedLabel(role="muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.fill_with_scrolling(content)

        self.institute_card.clicked.connect(self.institute_requested)
        self.finder_card.clicked.connect(self.finder_requested)
        self.contracts_card.clicked.connect(self.contracts_requested)
        self.simulator_card.clicked.connect(self.simulator_requested)
        self.retranslate()

    def _card(self, name: str, role: str = "home_card") -> tuple[CardButton, WrappedLabel, WrappedLabel]:
        card = CardButton(role)
        card.setObjectName(name)
        title = card.add_label(WrappedLabel(role="card_title"))
        text = card.add_label(WrappedLabel(role="card_text"))
        card.add_stretch()
        assert isinstance(title, WrappedLabel) and isinstance(text, WrappedLabel)
        return card, title, text

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        institute = self._catalogue.institute
        self.welcome.setText(self.tr("Welcome to the %1").replace("%1", institute.acronym))
        self.subtitle.setText(f"{institute.name.get(self.lang)} · {institute.university.get(self.lang)}")
        texts = (
            (
                self.finder_card,
                self.finder_title,
                self.finder_text,
                self.tr("Find a work-linked programme"),
                self.tr("Choose a campus and a level: see the programmes you can follow while working."),
            ),
            (
                self.simulator_card,
                self.simulator_title,
                self.simulator_text,
                self.tr("Simulate my pay"),
                self.tr("Your age, your start date: the minimum pay the law guarantees, month by month."),
            ),
            (
                self.contracts_card,
                self.contracts_title,
                self.contracts_text,
                self.tr("Contracts and pay"),
                self.tr("The four ways to combine study and work, side by side."),
            ),
            (
                self.institute_card,
                self.institute_title,
                self.institute_text,
                self.tr("The institute"),
                self.tr("Our history since %1, our mission and the studies we offer, from Bachelor to PhD.").replace(
                    "%1", str(institute.founded)
                ),
            ),
        )
        for card, title, text, title_text, body in texts:
            title.setText(title_text)
            text.setText(body)
            card.set_accessible_text(title_text, body)
        self.hint.setText(self.tr("Touch a card to begin. Switch between French and English at the top right."))
