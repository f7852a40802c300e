"""The four contract types compared at a glance: who, pay, employer, who pays for the training,
each with its "simulate" button in view; the rest behind "More about it"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue, ContractType, Lang, Text
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.glance import pay_glance
from kiosk.domain.presets import SimulationPreset
from kiosk.ui.formatting import money, percent
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import gap, margins, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import ColumnsLayout
from kiosk.ui.widgets.panels import Section
from kiosk.ui.widgets.touch import WrappedLabel, action_button


def _bullets(texts: tuple[Text, ...], lang: Lang) -> str:
    return "\n".join(f"• {text.get(lang)}" for text in texts)


class ContractColumn(QFrame):
    """One contract type: its name and employers, "simulate", four facts, and the rest on demand."""

    def __init__(self, contract: ContractType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.setObjectName(f"contract_{contract.id}")
        self.setProperty("role", "section")
        layout = QVBoxLayout(self)
        margins(layout, 18, 20)
        spacing(layout, 6)
        self.name = WrappedLabel(role="section_title")
        layout.addWidget(self.name)
        self.employer_tags = WrappedLabel(role="tag")
        layout.addWidget(self.employer_tags)
        gap(layout, 6)
        self.simulate_button = action_button("primary")
        self.simulate_button.setObjectName(f"simulate_{contract.id}")
        layout.addWidget(self.simulate_button)
        self.facts: list[tuple[WrappedLabel, WrappedLabel]] = []
        for _ in range(3):  # who, pay, training costs
            heading = WrappedLabel(role="group_label")
            text = WrappedLabel(role="body")
            gap(layout, 6)
            layout.addWidget(heading)
            layout.addWidget(text)
            self.facts.append((heading, text))
        self.more_button = action_button("secondary")
        self.more_button.setObjectName(f"more_{contract.id}")
        self.more_button.setCheckable(True)
        gap(layout, 8)
        layout.addWidget(self.more_button)
        self.details = WrappedLabel(role="body")
        self.details.setObjectName(f"details_{contract.id}")
        self.details.hide()
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.more_button.toggled.connect(self.details.setVisible)

    def collapse(self) -> None:
        self.more_button.setChecked(False)


class ContractsScreen(Screen):
    simulation_requested = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        figures: LegalFigures,
        language: LanguageController,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        self._figures = figures
        self._today = today
        content = QWidget()
        layout = QVBoxLayout(content)
        margins(layout, 40, 24, 40, 40)
        spacing(layout, 20)
        self.intro = WrappedLabel(role="lead_left")
        layout.addWidget(self.intro)
        cards = QWidget()
        self.grid = ColumnsLayout(cards, min_width=260, counts=(4, 2, 1))
        spacing(self.grid, 18)
        self.columns = [ContractColumn(contract) for contract in catalogue.contract_types]
        for column in self.columns:
            self.grid.add(column)
            column.simulate_button.clicked.connect(
                lambda _=False, cid=column.contract.id: self.simulation_requested.emit(SimulationPreset(contract=cid))
            )
        layout.addWidget(cards)
        advantages_box = QWidget()
        advantages = ColumnsLayout(advantages_box, min_width=420, counts=(2, 1))
        spacing(advantages, 20)
        self.student_section = Section("section_student_advantages")
        self.employer_section = Section("section_employer_advantages")
        advantages.add(self.student_section)
        advantages.add(self.employer_section)
        layout.addWidget(advantages_box)
        layout.addStretch(1)
        self.scroll_area = self.fill_with_scrolling(content)
        self.retranslate()

    def open(self, argument: object = None) -> None:
        self.scroll_area.scroll_to_top()

    def reset(self) -> None:
        for column in self.columns:
            column.collapse()
        self.scroll_area.scroll_to_top()

    def title(self) -> str:
        return self.tr("Contracts and pay")

    def _pay_text(self, contract: ContractType) -> str:
        """The minimum pay in one line, from the legal figures in force today."""
        try:
            kind = ContractKind(contract.id)
        except ValueError:
            return contract.pay_basis.get(self.lang)
        glance = pay_glance(self._figures, kind, self._today())
        lang = self.lang
        if glance.hourly is not None:
            return self.tr("%1 per hour of presence, due beyond two months").replace("%1", money(glance.hourly, lang))
        if glance.lowest is not None and glance.highest is not None:
            return (
                self.tr("%1 to %2 of the SMIC, by age and year")
                .replace("%1", percent(glance.lowest, lang))
                .replace("%2", percent(glance.highest, lang))
            )
        return contract.pay_basis.get(lang)

    def retranslate(self) -> None:
        lang = self.lang
        self.intro.setText(
            self.tr(
                "Four ways to combine study and work at the IMPGT, side by side. Tap one to simulate "
                "the minimum pay the law guarantees."
            )
        )
        employer_names = {"public": self.tr("Public employer"), "private": self.tr("Private employer")}
        for column in self.columns:
            contract = column.contract
            column.name.setText(contract.name.get(lang))
            column.employer_tags.setText(" · ".join(employer_names[e] for e in contract.employers))
            facts = (
                (self.tr("Who can sign"), contract.who_may_sign.get(lang)),
                (self.tr("Minimum pay"), self._pay_text(contract)),
                (self.tr("Training costs"), contract.training_costs.get(lang)),
            )
            for (heading, text), (heading_text, body) in zip(column.facts, facts, strict=True):
                heading.setText(heading_text)
                text.setText(body)
            details = [contract.status.get(lang)]
            if contract.pay_basis.get(lang):
                details.append(contract.pay_basis.get(lang))
            for caption, items in (
                (self.tr("For the student"), contract.student_advantages),
                (self.tr("For the employer"), contract.employer_advantages),
            ):
                if items:
                    details.append(f"{caption}\n{_bullets(items, lang)}")
            column.details.setText("\n\n".join(details))
            column.more_button.setText(self.tr("More about it"))
            column.more_button.setAccessibleName(f"{self.tr('More about it')}: {contract.name.get(lang)}")
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
