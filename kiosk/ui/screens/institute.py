"""The institute: who we are, since when, what we teach and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import margins, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import ColumnsLayout
from kiosk.ui.widgets.panels import FactTile, Section
from kiosk.ui.widgets.touch import WrappedLabel, action_button


class InstituteScreen(Screen):
    finder_requested = Signal()

    def __init__(self, catalogue: Catalogue, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        content = QWidget()
        content.setObjectName("institute_content")
        layout = QVBoxLayout(content)
        margins(layout, 56, 32, 56, 40)
        spacing(layout, 24)

        self.name = WrappedLabel(role="hero_left")
        self.university = WrappedLabel(role="lead_left")
        layout.addWidget(self.name)
        layout.addWidget(self.university)

        facts_box = QWidget()
        facts = ColumnsLayout(facts_box, min_width=170, counts=(5, 3, 2, 1))
        spacing(facts, 20)
        self.founded_fact = FactTile("fact_founded")
        self.status_fact = FactTile("fact_status")
        self.levels_fact = FactTile("fact_levels")
        self.work_linked_fact = FactTile("fact_work_linked")
        self.campus_fact = FactTile("fact_campuses")
        for tile in (
            self.founded_fact,
            self.status_fact,
            self.levels_fact,
            self.work_linked_fact,
            self.campus_fact,
        ):
            facts.add(tile)
        layout.addWidget(facts_box)

        sections = QWidget()
        grid = ColumnsLayout(sections, min_width=420, counts=(2, 1))
        spacing(grid, 24)
        self.mission = Section("section_mission")
        self.public_management = Section("section_public_management")
        self.teaching = Section("section_teaching")
        self.work_linked = Section("section_work_linked")
        self.finder_button = action_button("primary")
        self.finder_button.setObjectName("institute_finder_button")
        self.work_linked.add_widget(self.finder_button, Qt.AlignmentFlag.AlignLeft)
        for section in (self.mission, self.work_linked, self.public_management, self.teaching):
            grid.add(section)
        layout.addWidget(sections)

        self.contact = Section("section_contact")
        layout.addWidget(self.contact)
        layout.addStretch(1)

        self.scroll_area = self.fill_with_scrolling(content)
        self.finder_button.clicked.connect(self.finder_requested)
        self.retranslate()

    def title(self) -> str:
        return self.tr("The institute")

    def open(self, argument: object = None) -> None:
        self.scroll_area.scroll_to_top()

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()

    def retranslate(self) -> None:
        institute = self._catalogue.institute
        lang = self.lang
        self.name.setText(f"{institute.name.get(lang)} ({institute.acronym})")
        self.university.setText(institute.university.get(lang))
        self.founded_fact.set_texts(str(institute.founded), self.tr("Year the institute was founded"))
        self.status_fact.set_texts(self.tr("UFR"), institute.status.get(lang))
        self.levels_fact.set_texts(self.tr("Bachelor → PhD"), institute.levels.get(lang))
        self.work_linked_fact.set_texts(str(institute.work_linked_since), self.tr("Work-linked training offered since"))
        campuses = " · ".join(c.name.get(lang) for c in self._catalogue.campuses)
        self.campus_fact.set_texts(self.tr("%n campus(es)", "", len(self._catalogue.campuses)), campuses)
        self.mission.set_texts(self.tr("Our mission"), institute.mission.get(lang))
        self.public_management.set_texts(self.tr("What public management means"), institute.public_management.get(lang))
        self.teaching.set_texts(self.tr("How we teach"), institute.teaching.get(lang))
        self.work_linked.set_texts(self.tr("Work-linked training"), institute.work_linked_intro.get(lang))
        self.finder_button.setText(self.tr("See the work-linked programmes  ›"))
        contact_lines = [
            line
            for line in (
                institute.address,
                institute.phone,
                institute.email,
                institute.website,
            )
            if line
        ]
        self.contact.setVisible(bool(contact_lines))
        self.contact.set_texts(self.tr("Contact"), "\n".join(contact_lines))
