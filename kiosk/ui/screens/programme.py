"""A programme's detail: everything the catalogue holds, its neighbours, and the pay simulator."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue, Programme
from kiosk.domain.presets import preset_for_programme
from kiosk.domain.summary import programme_summary, qr_payload
from kiosk.ui.delivery import PrintableSummary, SummaryDelivery
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import apply_metrics, fixed_size, margins, metrics_of, minimum_size, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import ColumnsLayout
from kiosk.ui.widgets.panels import FactTile, Section
from kiosk.ui.widgets.qr import QrPreparation
from kiosk.ui.widgets.takeaway import TakeawayDialog, takeaway_button
from kiosk.ui.widgets.touch import CardButton, WrappedLabel, action_button


class ProgrammeLink(CardButton):
    """A card that opens another programme (the one this continues from, or one that follows)."""

    def __init__(self, programme_id: str, parent: QWidget | None = None) -> None:
        super().__init__("card", parent)
        self.programme_id = programme_id
        self.caption = WrappedLabel(role="group_label")
        self.name = WrappedLabel(role="section_title")
        self.add_label(self.caption)
        self.add_label(self.name)


class ProgrammeScreen(Screen):
    programme_chosen = Signal(str)
    simulation_requested = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        language: LanguageController,
        delivery: SummaryDelivery,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        self._delivery = delivery
        self._programme: Programme | None = None
        self._code = QrPreparation(self)

        content = QWidget()
        layout = QVBoxLayout(content)
        margins(layout, 56, 28, 56, 40)
        spacing(layout, 22)

        # The badge and titles, then the actions: beside them on a wide screen, below on a narrow one.
        heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.heading_layout = heading
        spacing(heading, 24)
        identity = QHBoxLayout()
        spacing(identity, 24)
        self.level_badge = QLabel()
        self.level_badge.setObjectName("programme_level")
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fixed_size(self.level_badge, 96, 96)
        titles = QVBoxLayout()
        self.title_label = WrappedLabel(role="hero_left")
        self.title_label.setObjectName("programme_title")
        self.campus_label = WrappedLabel(role="lead_left")
        titles.addWidget(self.title_label)
        titles.addWidget(self.campus_label)
        identity.addWidget(self.level_badge, 0, Qt.AlignmentFlag.AlignTop)
        identity.addLayout(titles, 1)
        heading.addLayout(identity, 1)
        self.simulate_button = action_button("primary")
        self.simulate_button.setObjectName("programme_simulate")
        minimum_size(self.simulate_button, height=72)
        self.takeaway_button = takeaway_button("programme_takeaway")
        actions = QVBoxLayout()
        spacing(actions, 12)
        actions.addWidget(self.simulate_button)
        actions.addWidget(self.takeaway_button)
        actions.addStretch(1)
        heading.addLayout(actions)
        layout.addLayout(heading)

        facts_box = QWidget()
        facts = ColumnsLayout(facts_box, min_width=220, counts=(4, 3, 2, 1))
        spacing(facts, 20)
        self.rhythm_fact = FactTile("fact_rhythm")
        self.modes_fact = FactTile("fact_modes")
        self.ranking_fact = FactTile("fact_ranking")
        self.contracts_fact = FactTile("fact_contracts")
        for tile in (self.rhythm_fact, self.contracts_fact, self.ranking_fact, self.modes_fact):
            facts.add(tile)
        layout.addWidget(facts_box)

        sections = QWidget()
        grid = ColumnsLayout(sections, min_width=420, counts=(2, 1))
        spacing(grid, 24)
        self.description = Section("section_description")
        self.leads_to = Section("section_leads_to")
        # The programme before this one and those after it: a heading, then cards to open them.
        self.path = Section("section_path")
        self.path_heading = self.path.heading
        self.previous_text = WrappedLabel(role="body")
        self.previous_text.setObjectName("section_previous")
        self.path.add_widget(self.previous_text)
        self.path_links: list[ProgrammeLink] = []
        self.contact = Section("section_programme_contact")
        for section in (self.description, self.path, self.leads_to, self.contact):
            grid.add(section)
        layout.addWidget(sections)
        layout.addStretch(1)

        self.scroll_area = self.fill_with_scrolling(content)
        self.simulate_button.clicked.connect(self._on_simulate)
        self.takeaway_button.clicked.connect(self.open_takeaway)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < metrics_of(self).px(1100)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.heading_layout.direction() != direction:
            self.heading_layout.setDirection(direction)
        super().resizeEvent(event)

    @property
    def programme(self) -> Programme | None:
        return self._programme

    def open(self, argument: object = None) -> None:
        programme = self._catalogue.programme(str(argument)) if argument is not None else None
        if programme is None:
            return
        self._programme = programme
        self._rebuild_links()
        self.retranslate()
        self.scroll_area.scroll_to_top()

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()

    def _rebuild_links(self) -> None:
        for link in self.path_links:
            self.path.remove_widget(link)
            link.deleteLater()
        self.path_links = []
        programme = self._programme
        assert programme is not None
        linked: list[tuple[str, str]] = []
        if programme.continues_from and self._catalogue.programme(programme.continues_from):
            linked.append(("previous", programme.continues_from))
        linked.extend(("next", follower.id) for follower in self._catalogue.followers(programme.id))
        for kind, programme_id in linked:
            link = ProgrammeLink(programme_id)
            link.setObjectName(f"link_{kind}_{programme_id}")
            link.setProperty("kind", kind)
            link.clicked.connect(lambda _=False, pid=programme_id: self.programme_chosen.emit(pid))
            self.path.add_widget(link)
            self.path_links.append(link)
        apply_metrics(self.path, metrics_of(self))

    def _on_simulate(self) -> None:
        if self._programme is not None:
            self.simulation_requested.emit(preset_for_programme(self._catalogue, self._programme))

    def open_takeaway(self) -> TakeawayDialog | None:
        """The programme's QR code (its web page, else a short summary) and a printed page."""
        programme = self._programme
        if programme is None:
            return None
        lang = self.lang
        summary = programme_summary(self._catalogue, programme, lang)

        def printable() -> PrintableSummary:
            from kiosk.ui.printing import SummaryPages  # Qt's print support, on the first copy

            return SummaryPages(self).programme(self._catalogue, programme, summary, lang, date.today())

        dialog = TakeawayDialog(
            self.tr("Take this programme home"),
            summary,
            qr_payload(programme, summary),
            printable,
            self._delivery,
            self,
        )
        dialog.open()
        return dialog

    def title(self) -> str:
        return self.tr("Programme")

    def retranslate(self) -> None:
        programme = self._programme
        self.simulate_button.setText(self.tr("Simulate my pay  ›"))
        self.takeaway_button.setText(self.tr("Take it home (QR, print)"))
        self.takeaway_button.setAccessibleName(self.tr("Take this programme home: QR code or printed copy"))
        if programme is None:
            return
        lang = self.lang
        self._code.prepare(lambda: qr_payload(programme, programme_summary(self._catalogue, programme, lang)))
        self.level_badge.setText(programme.level)
        self.level_badge.setProperty("level", programme.level)
        self.level_badge.style().unpolish(self.level_badge)
        self.level_badge.style().polish(self.level_badge)
        self.title_label.setText(programme.title.get(lang))
        campus = self._catalogue.campus(programme.campus)
        campus_text = self.tr("Campus: %1").replace("%1", campus.name.get(lang) if campus else programme.campus)
        partner = self._catalogue.partner(programme.partner) if programme.partner else None
        if partner is not None:
            campus_text += " · " + self.tr("with %1").replace("%1", partner.name.get(lang))
        self.campus_label.setText(campus_text)

        # Each tile: the value in large, what it is in small. A value the catalogue does not give is left out.
        rhythms = {"standard": self.tr("Standard rhythm"), "work_linked": self.tr("Work-linked")}
        rhythm_caption = self.tr("Rhythm")
        if programme.work_linked_start:
            year, month = programme.work_linked_start.split("-")
            start = QLocale().toString(QDate(int(year), int(month), 1), "MMMM yyyy")
            rhythm_caption = self.tr("Rhythm · work-linked since %1").replace("%1", start)
        self.rhythm_fact.set_texts(" · ".join(rhythms[r] for r in programme.rhythms), rhythm_caption)
        modes = {"initial": self.tr("Initial training"), "continuing": self.tr("Continuing education")}
        self.modes_fact.set_texts(" · ".join(modes[m] for m in programme.modes), self.tr("Open to"))
        self.ranking_fact.setVisible(programme.ranking is not None)
        if programme.ranking is not None:
            self.ranking_fact.set_texts(
                self.tr("#%1").replace("%1", str(programme.ranking)), self.tr("in the Eduniversal ranking")
            )
        names = [c.name.get(lang) for c in self._catalogue.contract_types if c.id in programme.contract_types]
        self.contracts_fact.setVisible(bool(names))
        self.contracts_fact.set_texts(self.tr("%n contract type(s)", "", len(names)), "\n".join(names))

        self.description.set_texts(self.tr("About this programme"), programme.description.get(lang))
        leads_to = programme.leads_to.get(lang)
        self.leads_to.setVisible(bool(leads_to))
        self.leads_to.set_texts(self.tr("What it leads to"), leads_to)

        self.path_heading.setText(self.tr("Your path"))
        previous_title = programme.continues_from_title.get(lang) if programme.continues_from_title else ""
        self.previous_text.setVisible(bool(previous_title))
        self.previous_text.setText(self.tr("Comes after: %1").replace("%1", previous_title))
        for link in self.path_links:
            target = self._catalogue.programme(link.programme_id)
            assert target is not None
            caption = self.tr("Comes after") if link.property("kind") == "previous" else self.tr("Continue with")
            link.caption.setText(caption)
            link.name.setText(f"{target.level} · {target.title.get(lang)}  ›")
            link.set_accessible_text(f"{caption}: {target.title.get(lang)}")
        self.path.setVisible(bool(previous_title) or bool(self.path_links))

        contact_lines = [line for line in (programme.web_page, programme.contact) if line]
        self.contact.setVisible(bool(contact_lines))
        self.contact.set_texts(self.tr("Contact"), "\n".join(contact_lines))
