"""The pay simulator: a few taps, the legal minimum now, month by month, and compared."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue, Lang
from kiosk.domain.pay.calendar import add_months, age_on
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import Scenario, ScenarioResult, compare, run_scenario
from kiosk.domain.pay.training import training_contract_info
from kiosk.domain.presets import SimulationPreset
from kiosk.domain.summary import figures_date, simulation_summary
from kiosk.ui.formatting import long_date, money, month_year, percent, short_month
from kiosk.ui.i18n import LanguageController
from kiosk.ui.models.schedule import ScheduleTableModel
from kiosk.ui.printing import PrintableSummary, SummaryDelivery, SummaryPages
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.inputs import MonthPicker, NumericPad, SegmentedChoice, Stepper
from kiosk.ui.widgets.schedule_chart import ScheduleChart
from kiosk.ui.widgets.takeaway import TakeawayDialog, takeaway_button
from kiosk.ui.widgets.touch import TouchScrollArea, WrappedLabel, action_button, make_kinetic

CONTRACTS = ("apprenticeship", "professionalisation", "internship", "training")


def default_start(today: date) -> date:
    """The next September: when most work-linked contracts begin."""
    return date(today.year if today.month < 9 else today.year + 1, 9, 1)


def internship_default_end(start: date) -> date:
    """Six months, the longest internship in one host per academic year (L124-5)."""
    return add_months(start, 6) - timedelta(days=1)


def _not_due_text(result: ScenarioResult, lang: Lang) -> str:
    """Why no gratification is due, with the legal threshold the rules used (not a number in code)."""
    note = result.note("internship_not_due")
    assert note is not None, "the rules explain every internship with no gratification due"
    return note.text(lang)


class InputRow(QWidget):
    """A caption above an input."""

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"row_{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = WrappedLabel(role="group_label")
        layout.addWidget(self.caption)
        layout.addWidget(field)
        self.field = field


class SourcesDialog(QDialog):
    """Where each figure comes from, and since when it applies."""

    def __init__(self, title: str, lines: list[str], close_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_dialog")
        self.setModal(True)
        self.setWindowTitle(title)
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(WrappedLabel(title, role="section_title"))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for line in lines:
            body_layout.addWidget(WrappedLabel(f"• {line}", role="body"))
        body_layout.addStretch(1)
        scroll = TouchScrollArea(body)
        scroll.setMinimumHeight(360)
        layout.addWidget(scroll, 1)
        self.close_button = action_button("primary")
        self.close_button.setObjectName("sources_close")
        self.close_button.setText(close_text)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lines = lines


class ComparisonColumn(QFrame):
    """One contract in the comparison: its name and note, then its first month and its total.

    Laid out as a row, so that three contracts fit one above the other on a 1280-pixel screen.
    """

    def __init__(self, contract: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.setObjectName(f"compare_{contract}")
        self.setProperty("role", "section")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(18)
        about = QVBoxLayout()
        about.setSpacing(4)
        self.name = WrappedLabel(role="compare_title")
        self.reason = WrappedLabel(role="fact_caption")
        self.reason.setObjectName(f"compare_{contract}_reason")
        about.addWidget(self.name)
        about.addWidget(self.reason)
        about.addStretch(1)
        layout.addLayout(about, 3)
        self.monthly = WrappedLabel(role="compare_value")
        self.monthly.setObjectName(f"compare_{contract}_monthly")
        self.monthly_caption = WrappedLabel(role="fact_caption")
        self.total = WrappedLabel(role="compare_value")
        self.total.setObjectName(f"compare_{contract}_total")
        self.total_caption = WrappedLabel(role="fact_caption")
        for value, caption in ((self.monthly, self.monthly_caption), (self.total, self.total_caption)):
            box = QVBoxLayout()
            box.setSpacing(2)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.addWidget(value)
            box.addWidget(caption)
            box.addStretch(1)
            layout.addLayout(box, 2)


class SimulatorScreen(Screen):
    """Inputs on the left (touch only), the result on the right: figure, chart, table, comparison."""

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
        self._preset = SimulationPreset()
        self._result: ScenarioResult | None = None
        self._comparison: tuple[ScenarioResult, ...] = ()
        self._agreement_minimum: Decimal | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 18, 32, 16)
        root.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.contract_choice = SegmentedChoice(CONTRACTS, "contract")
        top.addWidget(self.contract_choice, 1)
        root.addLayout(top)
        self.preset_label = WrappedLabel(role="tag")
        self.preset_label.setObjectName("preset_label")
        root.addWidget(self.preset_label)

        body = QHBoxLayout()
        body.setSpacing(24)
        root.addLayout(body, 1)

        # --- inputs ---
        inputs = QWidget()
        inputs.setObjectName("simulator_inputs")
        self.inputs_layout = QVBoxLayout(inputs)
        self.inputs_layout.setContentsMargins(0, 0, 12, 0)
        self.inputs_layout.setSpacing(16)
        self._build_inputs()
        self.inputs_layout.addStretch(1)
        self.inputs_scroll = TouchScrollArea(inputs)
        self.inputs_scroll.setMinimumWidth(420)
        self.inputs_scroll.setMaximumWidth(540)
        body.addWidget(self.inputs_scroll)

        # --- result ---
        result = QFrame()
        result.setProperty("role", "panel")
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(26, 18, 26, 18)
        result_layout.setSpacing(10)
        headline = QHBoxLayout()
        figure_box = QVBoxLayout()
        figure_box.setSpacing(2)
        self.figure_caption = WrappedLabel(role="group_label")
        self.figure_caption.setObjectName("figure_caption")
        self.figure_label = WrappedLabel(role="big_figure")
        self.figure_label.setObjectName("figure_monthly")
        self.figure_detail = WrappedLabel(role="lead_left")
        self.figure_detail.setObjectName("figure_detail")
        self.net_label = WrappedLabel(role="muted")
        self.net_label.setObjectName("figure_net")
        for widget in (self.figure_caption, self.figure_label, self.figure_detail, self.net_label):
            figure_box.addWidget(widget)
        headline.addLayout(figure_box, 1)
        self.sources_button = action_button("secondary")
        self.sources_button.setObjectName("sources_button")
        self.takeaway_button = takeaway_button("simulator_takeaway")
        headline_buttons = QVBoxLayout()
        headline_buttons.setSpacing(10)
        headline_buttons.addWidget(self.takeaway_button)
        headline_buttons.addWidget(self.sources_button)
        headline_buttons.addStretch(1)
        headline.addLayout(headline_buttons)
        result_layout.addLayout(headline)
        self.message_label = WrappedLabel(role="warning")
        self.message_label.setObjectName("simulator_message")
        result_layout.addWidget(self.message_label)

        self.view_choice = SegmentedChoice(("chart", "table", "compare"), "view")
        result_layout.addWidget(self.view_choice)
        self.views = QStackedWidget()
        self.chart = ScheduleChart()
        self.table_model = ScheduleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("schedule_table")
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        make_kinetic(self.table.viewport())
        comparison = QWidget()
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.setContentsMargins(0, 0, 0, 0)
        self.comparison_intro = WrappedLabel(role="muted")
        comparison_layout.addWidget(self.comparison_intro)
        columns = QGridLayout()
        columns.setSpacing(16)
        self.comparison_columns = {
            contract: ComparisonColumn(contract) for contract in ("apprenticeship", "professionalisation", "internship")
        }
        for index, column in enumerate(self.comparison_columns.values()):
            columns.addWidget(column, index, 0)
        comparison_layout.addLayout(columns, 1)
        self.training_text = WrappedLabel(role="body")
        self.training_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.training_text.setObjectName("training_text")
        training = TouchScrollArea(self.training_text)
        for page in (self.chart, self.table, comparison, training):
            self.views.addWidget(page)
        result_layout.addWidget(self.views, 1)
        # The result scrolls on its own when the screen is short (1280x800), the inputs likewise.
        self.result_scroll = TouchScrollArea(result)
        body.addWidget(self.result_scroll, 1)

        self.contract_choice.choice_changed.connect(self._on_contract_changed)
        self.view_choice.choice_changed.connect(self._show_view)
        self.sources_button.clicked.connect(self.show_sources)
        self.takeaway_button.clicked.connect(self.open_takeaway)
        self.retranslate()
        self.reset()

    # --- inputs ----------------------------------------------------------------------------------

    def _build_inputs(self) -> None:
        today = self._today()
        start = default_start(today)
        self.birth = MonthPicker(
            date(today.year - 40, 1, 1), date(today.year - 14, 12, 1), date(today.year - 21, 6, 1), "birth"
        )
        self.birth_day = Stepper(1, 31, 15, name="birth_day")
        self.start = MonthPicker(date(2020, 1, 1), date(today.year + 3, 12, 1), start, "start")
        self.years = SegmentedChoice(("1", "2", "3"), "years")
        self.months = Stepper(6, 36, 12, name="months")
        self.employer = SegmentedChoice(("private", "public"), "employer")
        self.qualified = SegmentedChoice(("no", "yes"), "qualified")
        self.agreement_button = action_button("secondary")
        self.agreement_button.setObjectName("agreement_button")
        self.exception = SegmentedChoice(
            ("none", "disabled-worker", "business-creation", "top-athlete", "higher-diploma"), "exception"
        )
        self.exception.layout().setDirection(QVBoxLayout.Direction.TopToBottom)  # type: ignore[union-attr]
        self.internship_start_day = Stepper(1, 31, 1, name="internship_start_day")
        self.internship_end = MonthPicker(
            date(2020, 1, 1), date(today.year + 4, 12, 1), internship_default_end(start), "internship_end"
        )
        self.internship_end_day = Stepper(1, 31, 28, name="internship_end_day")
        self.hours = Stepper(2, 20, 14, formatter=lambda v: f"{v / 2:g} h", name="hours")
        self.days = Stepper(1, 5, 5, name="days")

        self.rows: dict[str, InputRow] = {}
        for name, field in (
            ("birth", self.birth),
            ("birth_day", self.birth_day),
            ("start", self.start),
            ("internship_start_day", self.internship_start_day),
            ("years", self.years),
            ("months", self.months),
            ("internship_end", self.internship_end),
            ("internship_end_day", self.internship_end_day),
            ("hours", self.hours),
            ("days", self.days),
            ("employer", self.employer),
            ("qualified", self.qualified),
            ("agreement", self.agreement_button),
            ("exception", self.exception),
        ):
            row = InputRow(field, name)
            self.rows[name] = row
            self.inputs_layout.addWidget(row)

        for stepper in self._steppers():
            stepper.value_changed.connect(self._recompute)
        for choice in self._choices():
            choice.choice_changed.connect(self._recompute)
        self.agreement_button.clicked.connect(self.ask_agreement_minimum)

    def _steppers(self) -> tuple[Stepper, ...]:
        return (
            self.birth,
            self.birth_day,
            self.start,
            self.months,
            self.internship_start_day,
            self.internship_end,
            self.internship_end_day,
            self.hours,
            self.days,
        )

    def _choices(self) -> tuple[SegmentedChoice, ...]:
        return (self.years, self.employer, self.qualified, self.exception)

    def _defaults(self) -> None:
        today = self._today()
        start = default_start(today)
        # Set every input without recomputing after each one; the caller recomputes once.
        blockers = [QSignalBlocker(widget) for widget in (*self._steppers(), *self._choices())]
        self.birth.set_date(date(today.year - 21, 6, 1))
        self.birth_day.setValue(15)
        self.start.set_date(start)
        self.years.set_value("1")
        self.months.setValue(12)
        self.employer.set_value("private")
        self.qualified.set_value("no")
        self.exception.set_value("none")
        self.internship_start_day.setValue(1)
        end = internship_default_end(start)
        self.internship_end.set_date(end)
        self.internship_end_day.setValue(end.day)
        self.hours.setValue(14)
        self.days.setValue(5)
        for blocker in blockers:
            blocker.unblock()
        self._agreement_minimum = None

    def ask_agreement_minimum(self) -> None:
        # open(), not exec(): a nested event loop would hold the kiosk's idle reset and error recovery.
        pad = NumericPad(self.tr("Collective agreement minimum (gross per month)"), self._agreement_minimum, self)
        pad.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pad.accepted.connect(lambda: self.set_agreement_minimum(pad.value()))
        pad.open()

    def set_agreement_minimum(self, amount: Decimal | None) -> None:
        self._agreement_minimum = amount
        self._recompute()

    @staticmethod
    def _clamped_day(year: int, month: int, day: int) -> date:
        for candidate in (day, 30, 29, 28):
            try:
                return date(year, month, min(day, candidate))
            except ValueError:
                continue
        raise AssertionError("unreachable")  # pragma: no cover

    def scenario(self) -> Scenario:
        """What the inputs say, as the domain's :class:`Scenario`."""
        contract = self.contract_choice.value()
        birth_month = self.birth.selected_date()
        birth = self._clamped_day(birth_month.year, birth_month.month, self.birth_day.value())
        start = self.start.selected_date()
        years: tuple[int, ...] = (int(self.years.value()),)
        if self._preset.programme_id is not None and len(self._preset.contract_years) > 1:
            years = self._preset.contract_years if self.years.value() == str(self._preset.total_years) else years
        internship_start = self._clamped_day(start.year, start.month, self.internship_start_day.value())
        end_month = self.internship_end.selected_date()
        internship_end = self._clamped_day(end_month.year, end_month.month, self.internship_end_day.value())
        exception = self.exception.value()
        return Scenario(
            contract=contract,
            birth_date=birth,
            start=internship_start if contract == "internship" else start,
            contract_years=years,
            months=self.months.value(),
            employer=self.employer.value(),
            qualified=self.qualified.value() == "yes",
            agreement_minimum=self._agreement_minimum,
            exception=None if exception == "none" else exception,
            internship_end=internship_end,
            hours_per_day=Decimal(self.hours.value()) / 2,
            days_per_week=self.days.value(),
        )

    # --- navigation ------------------------------------------------------------------------------

    def open(self, argument: object = None) -> None:
        if isinstance(argument, SimulationPreset):
            self._defaults()
            self._preset = argument
            contract = argument.contract if argument.contract in CONTRACTS else "apprenticeship"
            self.years.blockSignals(True)
            self.years.set_value(str(min(3, argument.total_years)))
            self.years.blockSignals(False)
            self.contract_choice.blockSignals(True)
            self.contract_choice.set_value(contract)
            self.contract_choice.blockSignals(False)
            self._on_contract_changed(contract)
        self.inputs_scroll.scroll_to_top()

    def reset(self) -> None:
        self._preset = SimulationPreset()
        self._defaults()
        self.contract_choice.blockSignals(True)
        self.contract_choice.set_value("apprenticeship")
        self.contract_choice.blockSignals(False)
        self.view_choice.set_value("chart")
        self.inputs_scroll.scroll_to_top()
        self._on_contract_changed("apprenticeship")

    def title(self) -> str:
        return self.tr("Pay simulator")

    @property
    def result(self) -> ScenarioResult | None:
        return self._result

    @property
    def comparison(self) -> tuple[ScenarioResult, ...]:
        return self._comparison

    def _show_internship_days(self, scenario: Scenario) -> None:
        """The day steppers show the whole date they set ("1 September 2027"), not a bare number."""
        lang = self.lang
        start, end = scenario.start, scenario.internship_end or scenario.start
        self.internship_start_day.set_formatter(
            lambda day: long_date(self._clamped_day(start.year, start.month, day), lang)
        )
        self.internship_end_day.set_formatter(lambda day: long_date(self._clamped_day(end.year, end.month, day), lang))

    def _on_contract_changed(self, contract: str) -> None:
        self.rows["start"].caption.setText(
            self.tr("Start of the internship") if contract == "internship" else self.tr("Start of the contract")
        )
        visible = {
            "apprenticeship": {"birth", "start", "years", "employer", "agreement"},
            "professionalisation": {"birth", "start", "months", "employer", "qualified", "agreement"},
            "internship": {
                "start",
                "internship_start_day",
                "internship_end",
                "internship_end_day",
                "hours",
                "days",
            },
            "training": set(),
        }[contract]
        for name, row in self.rows.items():
            if name not in ("birth_day", "exception"):
                row.setVisible(name in visible)
        self.view_choice.setVisible(contract != "training")
        if contract == "training":
            self._set_page(3)
        else:
            self._show_view(self.view_choice.value())
        self._recompute()

    def _show_view(self, view: str) -> None:
        if self.contract_choice.value() != "training":
            self._set_page({"chart": 0, "table": 1, "compare": 2}[view])

    def _set_page(self, index: int) -> None:
        """Show page ``index``; hidden pages must not make the result taller than the shown one."""
        for position in range(self.views.count()):
            policy = QSizePolicy.Policy.Expanding if position == index else QSizePolicy.Policy.Ignored
            page = self.views.widget(position)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.views.setCurrentIndex(index)
        self.views.updateGeometry()

    # --- computing and showing -------------------------------------------------------------------

    def _recompute(self, *_args: object) -> None:
        contract = self.contract_choice.value()
        scenario = self.scenario()
        self._show_internship_days(scenario)
        age_at_start = age_on(scenario.birth_date, scenario.start)
        self.rows["exception"].setVisible(contract == "apprenticeship" and age_at_start >= 30)
        self.rows["birth_day"].setVisible(
            contract in ("apprenticeship", "professionalisation") and scenario.birth_date.month == scenario.start.month
        )
        if contract == "training":
            self._result = None
            self._comparison = ()
        else:
            self._result = run_scenario(self._figures, scenario)
            self._comparison = compare(self._figures, scenario).results
        self._show_result()
        self.result_changed.emit(self._result)

    def _show_result(self) -> None:
        lang = self.lang
        contract = self.contract_choice.value()
        self.takeaway_button.setVisible(contract != "training")
        self.agreement_button.setText(
            money(self._agreement_minimum, lang)
            if self._agreement_minimum is not None
            else self.tr("None (tap to enter)")
        )
        if self._preset.programme_id is not None:
            programme = self._catalogue.programme(self._preset.programme_id)
            title = programme.title.get(lang) if programme else self._preset.programme_id
            text = self.tr("Simulation for: %1").replace("%1", title)
            if len(self._preset.contract_years) > 1:
                text += " · " + self.tr(
                    "%n successive one-year contracts (M1 then M2)", "", len(self._preset.contract_years)
                )
            self.preset_label.setText(text)
        self.preset_label.setVisible(self._preset.programme_id is not None)

        if contract == "training":
            info = training_contract_info()
            self.figure_caption.setText(self.tr("Training contract"))
            self.figure_label.setText(self.tr("No legal scale"))
            self.figure_detail.setText(info.summary_text(lang))
            self.net_label.setText("")
            self.message_label.setVisible(False)
            self.training_text.setText("\n\n".join(f"• {t}" for t in info.depends_on_texts(lang)))
            return

        result = self._result
        assert result is not None
        messages: list[str] = []
        if not result.ok:
            assert result.refusal is not None
            self.figure_caption.setText(self.tr("No figure for these answers"))
            self.figure_label.setText("—")
            self.figure_detail.setText(result.refusal.text(lang))
            self.net_label.setText(self.tr("Change your answers on the left to see a figure."))
        else:
            self._show_figure(result)
        self.view_choice.setVisible(result.ok)
        self.views.setVisible(result.ok)
        messages.extend(w.text(lang) for w in result.warnings)
        self.message_label.setText("\n".join(dict.fromkeys(messages)))
        self.message_label.setVisible(bool(messages))
        self.table_model.set_result(result, lang)
        self.chart.set_schedule(
            result.months,
            lambda amount: money(amount, lang, cents=False),
            lambda m: short_month(m.year, m.month),
            self.table_model.change_text,
        )
        self._show_comparison()

    def _show_figure(self, result: ScenarioResult) -> None:
        lang = self.lang
        today = self._today()
        month = result.month_on(today)
        assert month is not None or result.contract == "internship"
        if result.contract == "internship":
            if not result.due or month is None:
                self.figure_caption.setText(self.tr("Internship gratification"))
                self.figure_label.setText(money(Decimal(0), lang))
                self.figure_detail.setText(_not_due_text(result, lang))
                self.net_label.setText("")
                return
            first = result.months[0]
            self.figure_caption.setText(
                self.tr("Minimum gratification in %1").replace("%1", month_year(month.year, month.month, lang))
            )
            self.figure_label.setText(money(month.gross, lang))
            self.figure_detail.setText(
                self.tr("%1 per hour of presence · %2 in all over the internship")
                .replace("%1", money(first.hourly_rate or Decimal(0), lang))
                .replace("%2", money(result.total_due, lang))
            )
            self.net_label.setText(self.tr("Net = gross: no contributions up to the legal minimum."))
            return
        assert month is not None
        started = (month.year, month.month) == (today.year, today.month)
        caption = (
            self.tr("Minimum gross pay this month")
            if started
            else self.tr("Minimum gross pay per month at the start (%1)").replace(
                "%1", month_year(month.year, month.month, lang)
            )
        )
        self.figure_caption.setText(caption)
        self.figure_label.setText(money(month.gross, lang))
        assert month.percent_of_smic is not None and month.smic_monthly is not None
        if month.base_from_agreement and month.base is not None:
            # The base is the collective agreement minimum (or 85 % of it), not the SMIC: say so,
            # so that the figures shown multiply to the pay shown.
            detail = self.tr(
                "%1 of %2, the base set by the collective agreement minimum · %3 in all over %n month(s)",
                "",
                len(result.months),
            ).replace("%2", money(month.base, lang))
        else:
            detail = self.tr(
                "%1 of the monthly SMIC (%2) · %3 in all over %n month(s)", "", len(result.months)
            ).replace("%2", money(month.smic_monthly, lang))
        self.figure_detail.setText(
            detail.replace("%1", percent(month.percent_of_smic, lang)).replace("%3", money(result.total_due, lang))
        )
        if month.net_estimate is not None:
            self.net_label.setText(
                self.tr("About %1 net per month (estimate, not a legal figure)").replace(
                    "%1", money(month.net_estimate, lang)
                )
            )
        else:
            self.net_label.setText(self.tr("Net pay: the employee's social contributions come off this gross amount."))

    def _show_comparison(self) -> None:
        lang = self.lang
        names = self._contract_names()
        for result in self._comparison:
            column = self.comparison_columns[result.contract]
            column.name.setText(names[result.contract])
            if not result.ok:
                assert result.refusal is not None
                for label in (column.monthly, column.monthly_caption, column.total, column.total_caption):
                    label.setVisible(False)
                column.reason.setText(result.refusal.text(lang))
                column.reason.setVisible(True)
                continue
            for label in (column.monthly, column.monthly_caption, column.total, column.total_caption):
                label.setVisible(True)
            first = result.first_month
            column.monthly.setText(money(first.gross if first else Decimal(0), lang))
            column.monthly_caption.setText(self.tr("first month"))
            column.total.setText(money(result.total_due, lang))
            column.total_caption.setText(self.tr("in all over %n month(s)", "", len(result.months)))
            if result.contract == "internship":
                column.reason.setText(
                    self.tr("An internship lasts 6 months at most per year in one host.")
                    if result.due
                    else _not_due_text(result, lang)
                )
            elif result.contract == "professionalisation":
                column.reason.setText(self.tr("Private employers only."))
            else:
                column.reason.setText(self.tr("Public or private employer."))
            column.reason.setVisible(True)

    def _contract_names(self) -> dict[str, str]:
        names: dict[str, str] = {c.id: c.name.get(self.lang) for c in self._catalogue.contract_types}
        return {contract: names.get(contract, contract) for contract in CONTRACTS}

    def source_lines(self) -> list[str]:
        lang = self.lang
        if self.contract_choice.value() == "training":
            return [s.text(lang) for s in training_contract_info().sources]
        result = self._result
        if result is None:
            return []
        return [s.text(lang) for s in result.sources] + [n.text(lang) for n in result.notes]

    def show_sources(self) -> None:
        dialog = SourcesDialog(self.tr("Sources of these figures"), self.source_lines(), self.tr("Close"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def takeaway_summary(self) -> str:
        """The QR code's text for the result shown (empty for the training contract: no figure)."""
        result = self._result
        if result is None:
            return ""
        programme = self._catalogue.programme(self._preset.programme_id) if self._preset.programme_id else None
        return simulation_summary(
            result,
            self.scenario(),
            self.lang,
            figures_date(self._figures, result),
            programme,
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
        programme = self._catalogue.programme(self._preset.programme_id) if self._preset.programme_id else None
        contract_name = self._contract_names()[result.contract]
        used = figures_date(self._figures, result)

        def printable() -> PrintableSummary:
            return SummaryPages(self).simulation(
                result, scenario, summary, lang, self._today(), contract_name, programme, used
            )

        dialog = TakeawayDialog(self.tr("Take this simulation home"), summary, summary, printable, self._delivery, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        lang = self.lang
        self.takeaway_button.setText(self.tr("Take it home"))
        self.takeaway_button.setAccessibleName(self.tr("Take this simulation home: QR code or printed copy"))
        self.table.setAccessibleName(self.tr("Minimum pay, month by month"))
        self.contract_choice.set_texts(
            {
                "apprenticeship": self.tr("Apprenticeship"),
                "professionalisation": self.tr("Professionalisation"),
                "internship": self.tr("Internship"),
                "training": self.tr("Training contract"),
            }
        )
        self.view_choice.set_texts(
            {
                "chart": self.tr("Chart"),
                "table": self.tr("Month by month"),
                "compare": self.tr("Compare contracts"),
            }
        )
        self.employer.set_texts({"private": self.tr("Private"), "public": self.tr("Public")})
        self.qualified.set_texts({"no": self.tr("No"), "yes": self.tr("Yes")})
        self.years.set_texts({"1": self.tr("1 year"), "2": self.tr("2 years"), "3": self.tr("3 years")})
        self.exception.set_texts(
            {
                "none": self.tr("None of these"),
                "disabled-worker": self.tr("Recognised disabled worker"),
                "business-creation": self.tr("Business creation or takeover"),
                "top-athlete": self.tr("Top-level athlete"),
                "higher-diploma": self.tr("New contract for a higher diploma"),
            }
        )
        captions = {
            "birth": self.tr("Month and year of birth"),
            "birth_day": self.tr("Day of birth (the birthday falls in the starting month)"),
            "start": (
                self.tr("Start of the internship")
                if self.contract_choice.value() == "internship"
                else self.tr("Start of the contract")
            ),
            "internship_start_day": self.tr("First day of the internship"),
            "years": self.tr("Length of the contract"),
            "months": self.tr("Length of the contract (months)"),
            "internship_end": self.tr("End of the internship"),
            "internship_end_day": self.tr("Last day of the internship"),
            "hours": self.tr("Hours per day"),
            "days": self.tr("Days per week"),
            "employer": self.tr("Employer"),
            "qualified": self.tr(
                "Do you hold a professional or technological bac, or a vocational diploma of that level or higher?"
            ),
            "agreement": self.tr("Collective agreement minimum (optional)"),
            "exception": self.tr("From 30, apprenticeship needs one of these situations"),
        }
        for name, row in self.rows.items():
            row.caption.setText(captions[name])
        self.months.set_formatter(lambda v: self.tr("%n month(s)", "", v))
        self.days.set_formatter(lambda v: self.tr("%n day(s)", "", v))
        for picker in (self.birth, self.start, self.internship_end):
            picker.set_formatter(lambda index: month_year(index // 12, index % 12 + 1, lang))
        self.sources_button.setText(self.tr("ℹ  Sources"))
        self.sources_button.setAccessibleName(self.tr("Sources of these figures"))
        self.comparison_intro.setText(
            self.tr("The same person, starting on the same date, under each contract. Minimum gross pay set by law.")
        )
        if self._result is not None or self.contract_choice.value() == "training":
            self._show_result()
