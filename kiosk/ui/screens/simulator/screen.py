"""The pay simulator: a few taps, the legal minimum now, month by month, and compared.

The screen assembles the input form, the result panel (with the comparison) and the dialogs, and runs
every scenario through :func:`kiosk.domain.pay.scenarios.run_scenario` (once each:
:class:`kiosk.domain.pay.scenarios.ScenarioRuns`). In landscape the inputs are
beside the result; in portrait (a window taller than wide) above it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue, Programme
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import Comparison, Scenario, ScenarioResult, ScenarioRuns
from kiosk.domain.pay.training import training_contract_info
from kiosk.domain.presets import SimulationPreset
from kiosk.domain.summary import figures_date, simulation_summary
from kiosk.ui.delivery import PrintableSummary, SummaryDelivery
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import margins, maximum_width, metrics_of, minimum_size, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.simulator.dialogs import NumericPad, SourcesDialog
from kiosk.ui.screens.simulator.form import BirthDatePicker, InputForm
from kiosk.ui.screens.simulator.result import ResultPanel
from kiosk.ui.widgets.inputs import SegmentedChoice, Stepper
from kiosk.ui.widgets.qr import QrPreparation
from kiosk.ui.widgets.takeaway import TakeawayDialog
from kiosk.ui.widgets.touch import TouchScrollArea, WrappedLabel

#: The contracts of the top chips, in order (the training contract has no scale: it explains why).
CONTRACTS: tuple[ContractKind, ...] = (
    ContractKind.APPRENTICESHIP,
    ContractKind.PROFESSIONALISATION,
    ContractKind.INTERNSHIP,
    ContractKind.TRAINING,
)
#: The width the inputs take beside the result in landscape, in reference pixels (in portrait they take
#: the whole width).
INPUTS_MIN_WIDTH, INPUTS_MAX_WIDTH = 420, 540
#: No maximum width, in reference pixels (far below Qt's largest size at any scale of the metrics).
UNBOUNDED = 100_000


class SimulatorScreen(Screen):
    """Inputs beside (landscape) or above (portrait) the result: figure, chart, table, comparison."""

    result_changed = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        figures: LegalFigures,
        language: LanguageController,
        delivery: SummaryDelivery,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._delivery = delivery
        self._catalogue = catalogue
        self._figures = figures
        self._today = today
        self._result: ScenarioResult | None = None
        self._comparison: Comparison | None = None
        self._code = QrPreparation(self)  # the take-home dialog's code, ready before the tap
        self._sources: SourcesDialog | None = None  # made at the first tap on "sources", then kept

        root = QVBoxLayout(self)
        margins(root, 32, 18, 32, 16)
        spacing(root, 14)
        top = QHBoxLayout()
        spacing(top, 16)
        self.contract_choice = SegmentedChoice(CONTRACTS, "contract", wrap=True)
        top.addWidget(self.contract_choice, 1)
        root.addLayout(top)
        self.preset_label = WrappedLabel(role="tag")
        self.preset_label.setObjectName("preset_label")
        root.addWidget(self.preset_label)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        spacing(self.body, 24)
        root.addLayout(self.body, 1)
        # Each scenario is run once: a tap runs the one shown, the other contracts', the signature's.
        self._runs = ScenarioRuns(figures)
        self.form = InputForm(self._runs, today)
        self.inputs_scroll = TouchScrollArea(self.form)
        self.inputs_scroll.setObjectName("simulator_inputs_scroll")
        self.body.addWidget(self.inputs_scroll)
        self.panel = ResultPanel()
        # The result scrolls on its own when the screen is short (1280x800), the inputs likewise.
        self.result_scroll = TouchScrollArea(self.panel)
        self.result_scroll.setObjectName("simulator_result_scroll")
        self.body.addWidget(self.result_scroll, 1)
        self.result_scroll.viewport().installEventFilter(self)
        self._follow_orientation()

        self.contract_choice.choice_changed.connect(self._on_contract_changed)
        self.form.changed.connect(self._recompute)
        self.form.agreement_requested.connect(self.ask_agreement_minimum)
        self.form.previous_rate_requested.connect(self.ask_previous_rate)
        self.panel.sources_button.clicked.connect(self.show_sources)
        self.panel.takeaway_button.clicked.connect(self.open_takeaway)
        self.retranslate()
        self.reset()

    # --- handles the tests, the sweep and the shell use ---------------------------------------------

    @property
    def view_choice(self) -> SegmentedChoice:
        return self.panel.view_choice

    @property
    def takeaway_button(self) -> QPushButton:
        return self.panel.takeaway_button

    @property
    def sources_button(self) -> QPushButton:
        return self.panel.sources_button

    @property
    def birth(self) -> BirthDatePicker:
        return self.form.birth

    @property
    def months(self) -> Stepper:
        return self.form.months

    @property
    def hours(self) -> Stepper:
        return self.form.hours

    @property
    def employer(self) -> SegmentedChoice:
        return self.form.employer

    @property
    def qualified(self) -> SegmentedChoice:
        return self.form.qualified

    @property
    def result(self) -> ScenarioResult | None:
        return self._result

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def scenario(self) -> Scenario:
        """What the inputs say, as the domain's :class:`Scenario`."""
        return self.form.scenario()

    # --- layout --------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_orientation()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.result_scroll.viewport():
            self.panel.fit(self.result_scroll.viewport().width())
        return super().eventFilter(watched, event)

    @property
    def portrait(self) -> bool:
        return self.height() > self.width()

    def _follow_orientation(self) -> None:
        """Inputs above the result in portrait, beside it in landscape."""
        if self.portrait:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            minimum_size(self.inputs_scroll, width=0)
            maximum_width(self.inputs_scroll, UNBOUNDED)
            self.body.setStretch(0, 2)
            self.body.setStretch(1, 3)
        else:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            # At least the width of the reference design, and of the inputs themselves with their scroll
            # bar (large text, long translations), which may then pass the usual maximum.
            bar = self.inputs_scroll.verticalScrollBar().sizeHint().width()
            content = (self.form.minimumSizeHint().width() + bar) / metrics_of(self).scale
            minimum_size(self.inputs_scroll, width=max(INPUTS_MIN_WIDTH, content))
            maximum_width(self.inputs_scroll, max(INPUTS_MAX_WIDTH, content))
            # Shares rather than the inputs' size hint, which leaves no room for their scroll bar.
            self.body.setStretch(0, 2)
            self.body.setStretch(1, 3)

    # --- dialogs -------------------------------------------------------------------------------------

    def ask_agreement_minimum(self) -> None:
        pad = NumericPad(self.tr("Collective agreement minimum (gross per month)"), self.form.agreement_minimum, self)
        pad.accepted.connect(lambda: self.set_agreement_minimum(pad.value()))
        pad.open()

    def set_agreement_minimum(self, amount: Decimal | None) -> None:
        self.form.agreement_minimum = amount
        self._recompute()

    def ask_previous_rate(self) -> None:
        pad = NumericPad(
            self.tr("Rate of the last year of your previous apprenticeship (% of the SMIC)"),
            self.form.previous_rate,
            self,
            unit="%",
            integer_digits=3,
            clear_text=self.tr("No previous contract"),
        )
        pad.accepted.connect(lambda: self.set_previous_rate(pad.value()))
        pad.open()

    def set_previous_rate(self, rate: Decimal | None) -> None:
        self.form.previous_rate = rate
        self._recompute()

    def source_lines(self) -> list[str]:
        lang = self.lang
        if self.contract_choice.value() == ContractKind.TRAINING:
            return [s.text(lang) for s in training_contract_info().sources]
        result = self._result
        if result is None:
            return []
        lines = [s.text(lang) for s in result.sources] + [n.text(lang) for n in result.notes]
        reason = self.form.preset.reason
        return lines if reason is None else [reason.text(lang), *lines]

    def show_sources(self) -> None:
        title, lines, close = self.tr("Sources of these figures"), self.source_lines(), self.tr("Close")
        dialog = self._sources
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = self._sources = SourcesDialog(title, lines, close, self)
            # A child of the window (it covers it): gone with this screen (a new catalogue's).
            self.destroyed.connect(dialog.deleteLater)
        else:
            dialog.set_lines(title, lines, close)
        dialog.open()

    def _programme(self) -> Programme | None:
        programme_id = self.form.preset.programme_id
        return self._catalogue.programme(programme_id) if programme_id else None

    def takeaway_summary(self) -> str:
        """The QR code's text for the result shown (empty for the training contract: no figure)."""
        result = self._result
        if result is None:
            return ""
        return simulation_summary(
            result,
            self.scenario(),
            self.lang,
            figures_date(self._figures, result),
            self._programme(),
            self._contract_names()[result.contract],
        )

    def open_takeaway(self) -> TakeawayDialog | None:
        """The simulation's QR code (a short text) and its printed page."""
        result = self._result
        if result is None:
            return None
        lang = self.lang
        scenario = self.scenario()
        summary = self.takeaway_summary()
        programme = self._programme()
        contract_name = self._contract_names()[result.contract]
        used = figures_date(self._figures, result)

        def printable() -> PrintableSummary:
            from kiosk.ui.printing import SummaryPages  # Qt's print support, on the first copy

            return SummaryPages(self).simulation(
                result, scenario, summary, lang, self._today(), contract_name, programme, used
            )

        dialog = TakeawayDialog(self.tr("Take this simulation home"), summary, summary, printable, self._delivery, self)
        dialog.open()
        return dialog

    # --- navigation ----------------------------------------------------------------------------------

    def open(self, argument: object = None) -> None:
        """A programme's preset starts the simulator afresh; every opening shows the headline figure."""
        if isinstance(argument, SimulationPreset):
            self.form.reset(argument)
            contract = argument.contract if argument.contract in CONTRACTS else ContractKind.APPRENTICESHIP
            blocker = QSignalBlocker(self.contract_choice)
            self.contract_choice.set_value(contract)
            blocker.unblock()
            self._on_contract_changed(contract)
        self.inputs_scroll.scroll_to_top()
        self.result_scroll.scroll_to_top()

    def reset(self) -> None:
        self.form.reset()
        blocker = QSignalBlocker(self.contract_choice)
        self.contract_choice.set_value(ContractKind.APPRENTICESHIP)
        blocker.unblock()
        self.panel.view_choice.set_value("chart")
        self.inputs_scroll.scroll_to_top()
        self.result_scroll.scroll_to_top()
        self._on_contract_changed(ContractKind.APPRENTICESHIP)

    def title(self) -> str:
        return self.tr("Pay simulator")

    def _on_contract_changed(self, contract: str) -> None:
        self.form.show_contract(contract)
        self._follow_orientation()  # the inputs of another contract may need another width
        self.panel.show_views_of(contract)
        self._recompute()

    # --- computing and showing -----------------------------------------------------------------------

    def _recompute(self, *_args: object) -> None:
        contract = self.contract_choice.value()
        self.form.refresh()
        if contract == ContractKind.TRAINING:
            self._result = None
            self._comparison = None
        else:
            scenario = self.form.scenario()
            self._result = self._runs.run(scenario)
            self._comparison = self._runs.compare(scenario)
        self._show_result()
        self._code.prepare(self.takeaway_summary)
        self.result_changed.emit(self._result)

    def _show_result(self) -> None:
        lang = self.lang
        preset = self.form.preset
        programme = self._programme()
        if programme is not None or preset.programme_id is not None:
            title = programme.title.get(lang) if programme else str(preset.programme_id)
            text = self.tr("Simulation for: %1").replace("%1", title)
            if preset.reason is not None:
                text += " · " + preset.reason.text(lang)
            self.preset_label.setText(text)
        self.preset_label.setVisible(preset.programme_id is not None)
        if self.contract_choice.value() == ContractKind.TRAINING:
            self.panel.show_training(lang)
            return
        assert self._result is not None
        self.panel.show_result(self._result, self._comparison, self._contract_names(), self._today(), lang)
        self.panel.fit(self.result_scroll.viewport().width())

    def _contract_names(self) -> dict[str, str]:
        names = {c.id: c.name.get(self.lang) for c in self._catalogue.contract_types}
        return {contract: names.get(contract, contract) for contract in CONTRACTS}

    def retranslate(self) -> None:
        self.contract_choice.set_texts(
            {
                ContractKind.APPRENTICESHIP: self.tr("Apprenticeship"),
                ContractKind.PROFESSIONALISATION: self.tr("Professionalisation"),
                ContractKind.INTERNSHIP: self.tr("Internship"),
                ContractKind.TRAINING: self.tr("Training contract"),
            }
        )
        self.panel.retranslate()
        self.form.retranslate(self.lang)
        if self._result is not None or self.contract_choice.value() == ContractKind.TRAINING:
            self._show_result()
        self._code.prepare(self.takeaway_summary)
