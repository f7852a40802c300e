"""The simulator's result: the headline figure, then the chart, the table or the comparison."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Lang
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.scenarios import Comparison, MonthFigure, ScenarioResult
from kiosk.domain.pay.training import training_contract_info
from kiosk.ui.formatting import long_date, money, month_year, percent, short_month
from kiosk.ui.metrics import margins, spacing
from kiosk.ui.models.schedule import ScheduleTableModel
from kiosk.ui.screens.simulator.comparison import ComparisonView, not_due_text
from kiosk.ui.screens.simulator.reflow import follow_width
from kiosk.ui.widgets.inputs import SegmentedChoice
from kiosk.ui.widgets.schedule_chart import ScheduleChart
from kiosk.ui.widgets.takeaway import takeaway_button
from kiosk.ui.widgets.touch import TouchScrollArea, WrappedLabel, action_button, make_kinetic

VIEWS = ("chart", "table", "compare")
#: How many measurements the table keeps before it starts again (the texts of a few schedules).
MEASURED_TEXTS = 4000


class ScheduleTable(QTableView):
    """The month-by-month table, its rows and columns as large as their contents.

    Sized when it is shown, and when its schedule, font or style changes while it is shown: a
    header resizing to its contents measures every cell at each change, and the table is hidden
    behind the chart at most taps of the simulator (and behind other screens at each toggle)."""

    def __init__(self, model: ScheduleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("schedule_table")
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        make_kinetic(self.viewport())
        self._fitted = False
        # Measured once per text in this font and style (a language switch comes back to the texts
        # of the other language, a new visitor to those of the last ones): the width of each cell's
        # text, the size Qt gives the widest cell of a column, and the size of each column's title.
        self._advances: dict[tuple[str, bool], int] = {}
        self._cell_sizes: dict[tuple[str, bool], QSize] = {}
        self._title_widths: dict[str, int] = {}
        model.modelReset.connect(self._schedule_changed)
        model.headerDataChanged.connect(self._schedule_changed)  # relabelled: another language

    def _schedule_changed(self, *_: object) -> None:
        self._fitted = False
        if self.isVisible():
            self.fit()

    def fit(self) -> None:
        """Columns as wide and rows as high as their contents, once per schedule, font and style:
        the sizes of Qt's ``resizeColumnsToContents`` and ``resizeRowsToContents``, which ask the
        model for every role of every cell (2,000 calls into Python for a two-year contract). Here
        the widest text of each column is found from the texts, and only its cell is measured."""
        self._fitted = True
        model = self._model
        rows = model.rowCount()
        grid = 1 if self.showGrid() else 0
        header = self.horizontalHeader()
        if len(self._advances) + len(self._cell_sizes) + len(self._title_widths) > MEASURED_TEXTS:
            self._forget_sizes()
        advances, cell_sizes, title_widths = self._advances, self._cell_sizes, self._title_widths
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        height = 0
        widths = []
        for column in range(model.columnCount()):
            in_bold = model.is_bold(column)
            metrics = bold if in_bold else plain
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = title_widths.get(title, -1)
            if width < 0:
                width = title_widths[title] = header.sectionSizeHint(column)
            if rows:
                texts = [model.cell_text(row, column) for row in range(rows)]
                for text in texts:
                    if (text, in_bold) not in advances:
                        advances[text, in_bold] = metrics.horizontalAdvance(text)
                widest = max(range(rows), key=lambda row: advances[texts[row], in_bold])
                hint = cell_sizes.get((texts[widest], in_bold))
                if hint is None:
                    hint = cell_sizes[texts[widest], in_bold] = self.sizeHintForIndex(model.index(widest, column))
                width = max(width, hint.width() + grid)
                height = max(height, hint.height() + grid)
            widths.append(width)
        rows_header = self.verticalHeader()
        if rows:
            height = max(height, rows_header.sectionSizeHint(0))
        # Set with the headers quiet: each section resized tells the table, which then lays out and
        # repaints its columns on a zero timer, after the window's paint (the table painted twice).
        with QSignalBlocker(header), QSignalBlocker(rows_header):
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
            for row in range(rows):
                self.setRowHeight(row, height)
        # Laid out now, for these sizes: the layout a new schedule or new texts asked for (Qt
        # delays it to the table's next paint, where it asked for a second paint).
        self.doItemsLayout()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self.fit()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fitted = False
            self._forget_sizes()
            if self.isVisible():
                QTimer.singleShot(0, self._refit)

    def _forget_sizes(self) -> None:
        self._advances.clear()
        self._cell_sizes.clear()
        self._title_widths.clear()

    def _refit(self) -> None:
        if not self._fitted and self.isVisible():
            self.fit()


class ResultPanel(QFrame):
    """The figure of the month at the start, what it is made of, and the views of the whole contract."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        margins(layout, 26, 18, 26, 18)
        spacing(layout, 10)
        self.headline = headline = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        figure_box = QVBoxLayout()
        spacing(figure_box, 2)
        self.figure_caption = WrappedLabel(role="group_label")
        self.figure_caption.setObjectName("figure_caption")
        self.figure_label = WrappedLabel(role="big_figure")
        self.figure_label.setObjectName("figure_monthly")
        self.figure_detail = WrappedLabel(role="lead_left")
        self.figure_detail.setObjectName("figure_detail")
        self.net_label = WrappedLabel(role="muted")
        self.net_label.setObjectName("figure_net")
        self.prorata_label = WrappedLabel(role="muted")
        self.prorata_label.setObjectName("figure_prorata")
        for widget in (self.figure_caption, self.figure_label, self.figure_detail, self.net_label, self.prorata_label):
            figure_box.addWidget(widget)
        headline.addLayout(figure_box, 1)
        self.sources_button = action_button("secondary")
        self.sources_button.setObjectName("sources_button")
        self.takeaway_button = takeaway_button("simulator_takeaway")
        buttons = QVBoxLayout()
        spacing(buttons, 10)
        buttons.addWidget(self.takeaway_button)
        buttons.addWidget(self.sources_button)
        buttons.addStretch(1)
        headline.addLayout(buttons)
        layout.addLayout(headline)
        self.message_label = WrappedLabel(role="warning")
        self.message_label.setObjectName("simulator_message")
        layout.addWidget(self.message_label)

        self.view_choice = SegmentedChoice(VIEWS, "view", wrap=True)
        layout.addWidget(self.view_choice)
        self.views = QStackedWidget()
        self.chart = ScheduleChart()
        self.table_model = ScheduleTableModel(self)
        self.table = ScheduleTable(self.table_model)
        self.comparison = ComparisonView()
        self.training_text = WrappedLabel(role="body")
        self.training_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.training_text.setObjectName("training_text")
        training = TouchScrollArea(self.training_text)
        for page in (self.chart, self.table, self.comparison, training):
            self.views.addWidget(page)
        layout.addWidget(self.views, 1)
        self.view_choice.choice_changed.connect(self._show_view)
        self._training = False
        self._room = -1

    def fit(self, width: int) -> None:
        """Lay the panel out for ``width`` pixels of room (the width its scroll area shows): the buttons
        beside the figure, or under it when the room is narrow (portrait, large text), likewise the
        comparison's figures beside or under each contract's name. Done again whenever the
        panel's contents change (a longer figure, a language, large text) in the same room."""
        self._room = width
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        inner = width - margins.left() - margins.right()
        follow_width(self.headline, self, inner)
        self.comparison.fit(inner)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._room >= 0:
            self.fit(self._room)  # a direction already right is left alone: no loop of requests
        return handled

    # --- views -------------------------------------------------------------------------------------

    def _show_view(self, view: str) -> None:
        if not self._training:
            self._set_page(VIEWS.index(view))

    def _set_page(self, index: int) -> None:
        """Show page ``index``; hidden pages must not make the result taller than the shown one."""
        for position in range(self.views.count()):
            policy = QSizePolicy.Policy.Expanding if position == index else QSizePolicy.Policy.Ignored
            page = self.views.widget(position)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.views.setCurrentIndex(index)
        self.views.updateGeometry()

    def show_views_of(self, contract: str) -> None:
        """The training contract has no schedule: its explanation replaces the views."""
        self._training = contract == ContractKind.TRAINING
        self.view_choice.setVisible(not self._training)
        if self._training:
            self._set_page(self.views.count() - 1)
        else:
            self._show_view(self.view_choice.value())

    # --- what shows --------------------------------------------------------------------------------

    def show_training(self, lang: Lang) -> None:
        info = training_contract_info()
        self.takeaway_button.setVisible(False)
        self.figure_caption.setText(self.tr("Training contract"))
        self.figure_label.setText(self.tr("No legal scale"))
        self.figure_detail.setText(info.summary_text(lang))
        self.net_label.setText("")
        self.prorata_label.setVisible(False)
        self.message_label.setVisible(False)
        self.training_text.setText("\n\n".join(f"• {t}" for t in info.depends_on_texts(lang)))

    def show_result(
        self,
        result: ScenarioResult,
        comparison: Comparison | None,
        names: Mapping[str, str],
        today: date,
        lang: Lang,
    ) -> None:
        self.takeaway_button.setVisible(True)
        if result.ok:
            self._show_figure(result, today, lang)
        else:
            assert result.refusal is not None
            self.figure_caption.setText(self.tr("No figure for these answers"))
            self.figure_label.setText("—")
            self.figure_detail.setText(result.refusal.text(lang))
            self.net_label.setText(self.tr("Change your answers to see a figure."))
            self.prorata_label.setVisible(False)
        self.view_choice.setVisible(result.ok)
        self.views.setVisible(result.ok)
        messages = list(dict.fromkeys(w.text(lang) for w in result.warnings))
        self.message_label.setText("\n".join(messages))
        self.message_label.setVisible(bool(messages))
        self.table_model.set_result(result, lang)
        self.chart.set_schedule(
            result.months,
            lambda amount: money(amount, lang, cents=False),
            lambda m: short_month(m.year, m.month),
            self.table_model.change_text,
        )
        self.comparison.show_comparison(comparison, names, lang)

    def _show_figure(self, result: ScenarioResult, today: date, lang: Lang) -> None:
        if result.contract == ContractKind.INTERNSHIP:
            self._show_internship(result, today, lang)
            return
        month = result.headline_month(today)
        assert month is not None and month.percent_of_smic is not None and month.smic_monthly is not None
        started = (month.year, month.month) == (today.year, today.month)
        self.figure_caption.setText(
            self.tr("Minimum gross pay this month")
            if started
            else self.tr("Minimum gross pay per month at the start (%1)").replace(
                "%1", month_year(month.year, month.month, lang)
            )
        )
        if month.base_from_agreement and month.base is not None:
            # The base is the collective agreement minimum (or 85 % of it), not the SMIC: say so,
            # so that the figures shown multiply to the pay shown.
            rate = self.tr("%1 of %2, the base set by the collective agreement minimum").replace(
                "%2", money(month.base, lang)
            )
        else:
            rate = self.tr("%1 of the monthly SMIC (%2)").replace("%2", money(month.smic_monthly, lang))
        rate = rate.replace("%1", percent(month.percent_of_smic, lang))
        first, last = result.contracts[0].start, result.contracts[-1].end
        total = (
            self.tr("%1 in all from %2 to %3")
            .replace("%1", money(result.total_due, lang))
            .replace("%2", long_date(first, lang))
            .replace("%3", long_date(last, lang))
        )
        alternative = result.alternative.headline_month(today) if result.alternative is not None else None
        if alternative is not None:
            assert result.alternative is not None and alternative.percent_of_smic is not None
            self.figure_label.setText(
                self.tr("%1 or %2")
                .replace("%1", money(month.gross, lang))
                .replace("%2", money(alternative.gross, lang))
            )
            self.figure_detail.setText(
                self.tr("%1 (%2) without the diploma asked about, %3 (%4) with it: answer the question about it.")
                .replace("%1", money(month.gross, lang))
                .replace("%2", percent(month.percent_of_smic, lang))
                .replace("%3", money(alternative.gross, lang))
                .replace("%4", percent(alternative.percent_of_smic, lang))
            )
        else:
            self.figure_label.setText(money(month.gross, lang))
            self.figure_detail.setText(f"{rate} · {total}")
        if month.net_estimate is not None:
            self.net_label.setText(
                self.tr("About %1 net per month (estimate, not a legal figure)").replace(
                    "%1", money(month.net_estimate, lang)
                )
            )
        else:
            self.net_label.setText(self.tr("Net pay: the employee's social contributions come off this gross amount."))
        self._show_prorata(result, lang)

    def _show_prorata(self, result: ScenarioResult, lang: Lang) -> None:
        """The one line on how a month the contract covers in part is counted."""
        partial = next((m for m in result.months if m.partial), None)
        self.prorata_label.setVisible(partial is not None)
        if partial is None:
            return
        self.prorata_label.setText(
            self.tr(
                "A month the contract covers in part is counted by calendar days (%1: %2 out of %n days); "
                "an employer may use another lawful method.",
                "",
                partial.days_in_month,
            )
            .replace("%1", month_year(partial.year, partial.month, lang))
            .replace("%2", str(partial.days_covered))
        )

    def _show_internship(self, result: ScenarioResult, today: date, lang: Lang) -> None:
        month = result.month_on(today)
        self.prorata_label.setVisible(False)
        if not result.due or month is None:
            self.figure_caption.setText(self.tr("Internship gratification"))
            self.figure_label.setText(money(Decimal(0), lang))
            self.figure_detail.setText(not_due_text(result, lang))
            self.net_label.setText("")
            return
        first: MonthFigure = result.months[0]
        self.figure_caption.setText(
            self.tr("Minimum gratification in %1").replace("%1", month_year(month.year, month.month, lang))
        )
        self.figure_label.setText(money(month.gross, lang))
        self.figure_detail.setText(
            self.tr("%1 per hour of presence · %2 in all over the internship")
            .replace("%1", money(first.hourly_rate or Decimal(0), lang))
            .replace("%2", money(result.total_due, lang))
        )
        net = result.note("internship_net_equals_gross")
        self.net_label.setText("" if net is None else net.text(lang))

    def retranslate(self) -> None:
        self.takeaway_button.setText(self.tr("Take it home"))
        self.takeaway_button.setAccessibleName(self.tr("Take this simulation home: QR code or printed copy"))
        self.table.setAccessibleName(self.tr("Minimum pay, month by month"))
        self.view_choice.set_texts(
            {
                "chart": self.tr("Chart"),
                "table": self.tr("Month by month"),
                "compare": self.tr("Compare contracts"),
            }
        )
        self.sources_button.setText(self.tr("ℹ  Sources"))
        self.sources_button.setAccessibleName(self.tr("Sources of these figures"))
