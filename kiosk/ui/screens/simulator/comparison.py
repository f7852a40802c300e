"""The comparison: the same visitor under each contract, totalled over the same period (and saying which)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Lang
from kiosk.domain.kinds import SIMULATED_CONTRACTS, ContractKind
from kiosk.domain.pay.inputs import employers_note
from kiosk.domain.pay.scenarios import Comparison, ScenarioResult
from kiosk.ui.formatting import long_date, money
from kiosk.ui.metrics import margins, spacing
from kiosk.ui.screens.simulator.reflow import follow_width
from kiosk.ui.widgets.touch import WrappedLabel


def not_due_text(result: ScenarioResult, lang: Lang) -> str:
    """Why no gratification is due, with the legal threshold the rules used (not a number in code)."""
    note = result.note("internship_not_due")
    assert note is not None, "the rules explain every internship with no gratification due"
    return note.text(lang)


class ComparisonColumn(QFrame):
    """One contract in the comparison: its name and note, then its pay per month and its total over
    the common period. Laid out as a row, so that three contracts fit one above the other."""

    def __init__(self, contract: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.setObjectName(f"compare_{contract}")
        self.setProperty("role", "section")
        self.row = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        margins(layout, 22, 16, 22, 16)
        spacing(layout, 18)
        about = QVBoxLayout()
        spacing(about, 4)
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
            spacing(box, 2)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.addWidget(value)
            box.addWidget(caption)
            box.addStretch(1)
            layout.addLayout(box, 2)

    def figures(self) -> tuple[WrappedLabel, ...]:
        return (self.monthly, self.monthly_caption, self.total, self.total_caption)


class ComparisonView(QWidget):
    """Apprenticeship, professionalisation and internship for the visitor of the simulator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = WrappedLabel(role="muted")
        self.intro.setObjectName("comparison_intro")
        layout.addWidget(self.intro)
        columns = QGridLayout()
        spacing(columns, 16)
        self.columns: dict[str, ComparisonColumn] = {c: ComparisonColumn(c) for c in SIMULATED_CONTRACTS}
        for index, column in enumerate(self.columns.values()):
            columns.addWidget(column, index, 0)
        layout.addLayout(columns, 1)

    def fit(self, width: int) -> None:
        """Each contract's figures beside its name when ``width`` pixels hold them, else under it."""
        for column in self.columns.values():
            follow_width(column.row, column, width)

    def show_comparison(self, comparison: Comparison | None, names: Mapping[str, str], lang: Lang) -> None:
        if comparison is None:
            return
        first, last = long_date(comparison.first_day, lang), long_date(comparison.last_day, lang)
        self.intro.setText(
            self.tr(
                "The same person under each contract, minimum gross pay set by law. Totals over the same "
                "period for all: %1 to %2."
            )
            .replace("%1", first)
            .replace("%2", last)
        )
        for result in comparison.results:
            column = self.columns[result.contract]
            column.name.setText(names[result.contract])
            if not result.ok:
                assert result.refusal is not None
                for label in column.figures():
                    label.setVisible(False)
                column.reason.setText(result.refusal.text(lang))
                continue
            for label in column.figures():
                label.setVisible(True)
            column.monthly.setText(self._both(result, lambda r: _monthly(r, comparison), lang))
            column.monthly_caption.setText(self.tr("per month at the start"))
            column.total.setText(self._both(result, comparison.total_over_period, lang))
            column.total_caption.setText(self.tr("%1 to %2").replace("%1", first).replace("%2", last))
            column.reason.setText(self._reason(result, lang))

    def _both(self, result: ScenarioResult, amount: Callable[[ScenarioResult], Decimal], lang: Lang) -> str:
        """The amount of ``result``, and of its alternative (with the diploma) when the question is open."""
        text = money(amount(result), lang)
        if result.alternative is not None:
            text += " / " + money(amount(result.alternative), lang)
        return text

    def _reason(self, result: ScenarioResult, lang: Lang) -> str:
        if result.contract == ContractKind.INTERNSHIP and not result.due:
            return not_due_text(result, lang)
        employers = employers_note(result.contract)
        parts = [] if employers is None else [employers.text(lang)]
        if result.alternative is not None:
            parts.append(self.tr("Without / with the diploma asked about."))
        if result.contract != ContractKind.INTERNSHIP:
            parts.append(self.tr("%1 in all over the whole contract").replace("%1", money(result.total_due, lang)))
        return " ".join(parts)


def _monthly(result: ScenarioResult, comparison: Comparison) -> Decimal:
    month = result.headline_month(comparison.first_day)
    assert month is not None  # a result without refusal has months
    return month.gross
