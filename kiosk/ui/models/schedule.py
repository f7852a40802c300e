"""The month-by-month schedule of a simulation as a table: each month's full-month minimum, the days
the contract covers when it covers only part of the month, and what is due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.domain.catalogue import Lang
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.scenarios import MonthFigure, ScenarioResult
from kiosk.ui.formatting import money, month_year, percent

AnyIndex = QModelIndex | QPersistentModelIndex

CONTRACT_COLUMNS = ("month", "contract_year", "age", "percent", "smic", "gross", "days", "due", "net", "changes")
INTERNSHIP_COLUMNS = ("month", "hours", "rate", "due")


class ScheduleTableModel(QAbstractTableModel):
    """One row per month; the columns depend on the contract (an internship has hours, not %)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._months: tuple[MonthFigure, ...] = ()
        self._columns: tuple[str, ...] = CONTRACT_COLUMNS
        self._lang: Lang = "fr"
        self._agreement_base = False

    def set_result(self, result: ScenarioResult, lang: Lang) -> None:
        self.beginResetModel()
        self._months = result.months
        self._agreement_base = any(month.base_from_agreement for month in result.months)
        self._columns = INTERNSHIP_COLUMNS if result.contract == ContractKind.INTERNSHIP else CONTRACT_COLUMNS
        self._lang = lang
        self.endResetModel()

    def month(self, row: int) -> MonthFigure:
        return self._months[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._months)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._columns)

    def change_text(self, changes: tuple[str, ...]) -> str:
        names = {
            "contract": self.tr("new contract"),
            "year": self.tr("new contract year"),
            "age": self.tr("new age bracket"),
            "smic": self.tr("new SMIC"),
        }
        return ", ".join(names[c] for c in changes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._columns):
            return None
        titles = {
            "month": self.tr("Month"),
            "contract_year": self.tr("Year"),
            "age": self.tr("Age"),
            "percent": self.tr("% of the base") if self._agreement_base else self.tr("% of SMIC"),
            "smic": self.tr("Monthly base") if self._agreement_base else self.tr("Monthly SMIC"),
            "gross": self.tr("Full-month minimum"),
            "days": self.tr("Days"),
            "due": self.tr("Gross due"),
            "net": self.tr("Net (estimate)"),
            "changes": self.tr("What changes"),
            "hours": self.tr("Hours"),
            "rate": self.tr("Hourly rate"),
        }
        return titles[self._columns[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._months):
            return None
        month = self._months[index.row()]
        key = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = key in ("month", "changes")
            return int(
                Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
            )
        if role == Qt.ItemDataRole.FontRole and key == "due":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self._lang
        values: dict[str, Any] = {
            "month": month_year(month.year, month.month, lang),
            "contract_year": month.contract_year,
            "age": month.age,
            "percent": percent(month.percent_of_smic, lang) if month.percent_of_smic is not None else "",
            "smic": money(month.base, lang) if month.base is not None else "",
            "gross": money(month.gross, lang),
            "days": self.tr("%1 of %2").replace("%1", str(month.days_covered)).replace("%2", str(month.days_in_month))
            if month.partial
            else "",
            "due": money(month.due, lang),
            "net": money(month.net_estimate, lang) if month.net_estimate is not None else "",
            "changes": self.change_text(month.changes),
            "hours": f"{month.hours.normalize():f}".replace(".", "," if lang == "fr" else ".")
            if month.hours is not None
            else "",
            "rate": money(month.hourly_rate, lang) if month.hourly_rate is not None else "",
        }
        value = values[key]
        return "" if value is None else str(value)
