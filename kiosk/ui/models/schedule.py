"""The month-by-month schedule of a simulation as a table: each month's full-month minimum, the days
the contract covers when it covers only part of the month, and what is due."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.domain.catalogue import Lang
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.scenarios import MonthFigure, ScenarioResult
from kiosk.ui.formatting import money, month_year, percent

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

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
        self._cells: dict[tuple[int, int], str] = {}
        self._titles: dict[str, str] | None = None  # the column titles, in the language of the result
        self._bold: QFont | None = None

    def set_result(self, result: ScenarioResult, lang: Lang) -> None:
        agreement_base = any(month.base_from_agreement for month in result.months)
        columns = INTERNSHIP_COLUMNS if result.contract == ContractKind.INTERNSHIP else CONTRACT_COLUMNS
        if (result.months, columns, agreement_base) == (self._months, self._columns, self._agreement_base):
            if lang != self._lang:
                self._relabel(lang)
            return
        self.beginResetModel()
        self._months = result.months
        self._agreement_base = agreement_base
        self._columns = columns
        self._lang = lang
        self._cells = {}
        self._titles = None
        self.endResetModel()

    def _relabel(self, lang: Lang) -> None:
        """The same months in another language: every text changes, not the rows. Said as a change
        of the header and of every cell, not a reset (a view lays itself out again after a reset,
        on a zero timer: after the window's paint, which then paints it a second time)."""
        self._lang = lang
        self._cells = {}
        self._titles = None
        columns = len(self._columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._months:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._months) - 1, columns - 1))

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
        titles = self._titles
        if titles is None:  # once per result and language: a header's layout asks for them all many times
            titles = self._titles = self._column_titles()
        return titles[self._columns[section]]

    def _column_titles(self) -> dict[str, str]:
        return {
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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._months):
            return None
        key = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if key in ("month", "changes") else _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.is_bold(index.column()):
            if self._bold is None:
                from PySide6.QtGui import QFont

                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell_text(index.row(), index.column())

    def cell_text(self, row: int, column: int) -> str:
        """The text of a cell (worked out once per result)."""
        cell = (row, column)
        text = self._cells.get(cell)
        if text is None:
            text = self._cells[cell] = self._text(self._months[row], self._columns[column])
        return text

    def is_bold(self, column: int) -> bool:
        """Whether the cells of ``column`` are in bold (what is due)."""
        return self._columns[column] == "due"

    def _text(self, month: MonthFigure, key: str) -> str:
        """The text of one cell: the view asks for each cell many times (sizes, paint), so each is
        worked out once per result, and only that cell (not the month's whole row)."""
        lang = self._lang
        if key == "month":
            return month_year(month.year, month.month, lang)
        if key == "contract_year":
            return _plain(month.contract_year)
        if key == "age":
            return _plain(month.age)
        if key == "percent":
            return percent(month.percent_of_smic, lang) if month.percent_of_smic is not None else ""
        if key == "smic":
            return money(month.base, lang) if month.base is not None else ""
        if key == "gross":
            return money(month.gross, lang)
        if key == "days":
            if not month.partial:
                return ""
            return self.tr("%1 of %2").replace("%1", str(month.days_covered)).replace("%2", str(month.days_in_month))
        if key == "due":
            return money(month.due, lang)
        if key == "net":
            return money(month.net_estimate, lang) if month.net_estimate is not None else ""
        if key == "changes":
            return self.change_text(month.changes)
        if key == "hours":
            return (
                "" if month.hours is None else f"{month.hours.normalize():f}".replace(".", "," if lang == "fr" else ".")
            )
        return money(month.hourly_rate, lang) if month.hourly_rate is not None else ""  # "rate"


def _plain(value: object) -> str:
    return "" if value is None else str(value)


_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_RIGHT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
