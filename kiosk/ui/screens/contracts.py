"""The four contract types side by side, each with a button to simulate its pay."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue, ContractType, Lang, Text
from kiosk.domain.presets import SimulationPreset
from kiosk.ui.i18n import LanguageController
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.panels import Section
from kiosk.ui.widgets.touch import WrappedLabel, action_button

WIDE = 1600


def _bullets(texts: tuple[Text, ...], lang: Lang) -> str:
    return "\n".join(f"• {text.get(lang)}" for text in texts)


class ContractColumn(QFrame):
    """One contract type: every fact the catalogue holds about it, then "simulate"."""

    def __init__(self, contract: ContractType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.setObjectName(f"contract_{contract.id}")
        self.setProperty("role", "section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(8)
        self.name = WrappedLabel(role="section_title")
        layout.addWidget(self.name)
        self.employer_tags = WrappedLabel(role="tag")
        layout.addWidget(self.employer_tags)
        self.rows: list[tuple[WrappedLabel, WrappedLabel]] = []
        for _ in range(6):
            heading = WrappedLabel(role="group_label")
            text = WrappedLabel(role="body")
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(text)
            self.rows.append((heading, text))
        layout.addStretch(1)
        self.simulate_button = action_button("primary")
        self.simulate_button.setObjectName(f"simulate_{contract.id}")
        layout.addSpacing(10)
        layout.addWidget(self.simulate_button)


class ContractsScreen(Screen):
    simulation_requested = Signal(object)

    def __init__(self, catalogue: Catalogue, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 24, 40, 40)
        layout.setSpacing(22)
        self.intro = WrappedLabel(role="lead_left")
        layout.addWidget(self.intro)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(20)
        self.columns = [ContractColumn(contract) for contract in catalogue.contract_types]
        for column in self.columns:
            column.simulate_button.clicked.connect(
                lambda _=False, cid=column.contract.id: self.simulation_requested.emit(SimulationPreset(contract=cid))
            )
        self._columns_per_row = 0
        self._place_columns(4)
        layout.addLayout(self.grid)
        advantages = QHBoxLayout()
        advantages.setSpacing(20)
        self.student_section = Section("section_student_advantages")
        self.employer_section = Section("section_employer_advantages")
        advantages.addWidget(self.student_section, 1)
        advantages.addWidget(self.employer_section, 1)
        layout.addLayout(advantages)
        layout.addStretch(1)
        self.scroll_area = self.fill_with_scrolling(content)
        self.retranslate()

    def _place_columns(self, per_row: int) -> None:
        if per_row == self._columns_per_row:
            return
        self._columns_per_row = per_row
        for column in self.columns:
            self.grid.removeWidget(column)
        for index, column in enumerate(self.columns):
            self.grid.addWidget(column, index // per_row, index % per_row)
        for col in range(4):
            self.grid.setColumnStretch(col, 1 if col < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_columns(4 if event.size().width() >= WIDE else 2)
        super().resizeEvent(event)

    def open(self, argument: object = None) -> None:
        self.scroll_area.scroll_to_top()

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()

    def title(self) -> str:
        return self.tr("Contracts and pay")

    def retranslate(self) -> None:
        lang = self.lang
        self.intro.setText(
            self.tr(
                "Four ways to combine study and work at the IMPGT. Compare them, then simulate the "
                "minimum pay the law guarantees."
            )
        )
        employer_names = {"public": self.tr("Public employer"), "private": self.tr("Private employer")}
        for column in self.columns:
            contract = column.contract
            column.name.setText(contract.name.get(lang))
            column.employer_tags.setText(" · ".join(employer_names[e] for e in contract.employers))
            rows = (
                (self.tr("Status"), contract.status.get(lang)),
                (self.tr("Who can sign"), contract.who_may_sign.get(lang)),
                (self.tr("Pay"), contract.pay_basis.get(lang)),
                (self.tr("Training costs"), contract.training_costs.get(lang)),
                (self.tr("For the student"), _bullets(contract.student_advantages, lang)),
                (self.tr("For the employer"), _bullets(contract.employer_advantages, lang)),
            )
            for (heading, text), (heading_text, body) in zip(column.rows, rows, strict=True):
                heading.setText(heading_text)
                text.setText(body)
                heading.setVisible(bool(body))
                text.setVisible(bool(body))
            if contract.simulation == "none":
                column.simulate_button.setText(self.tr("How pay works  ›"))
            else:
                column.simulate_button.setText(self.tr("Simulate the pay  ›"))
            column.simulate_button.setAccessibleName(
                f"{column.simulate_button.text().rstrip(' ›')}: {contract.name.get(lang)}"
            )
        self.student_section.set_texts(
            self.tr("Why work-linked training: for the student"),
            _bullets(self._catalogue.student_advantages, lang),
        )
        self.employer_section.set_texts(
            self.tr("Why work-linked training: for the employer"),
            _bullets(self._catalogue.employer_advantages, lang),
        )
