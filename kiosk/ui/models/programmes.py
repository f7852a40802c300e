"""Item models of the programme finder: the programmes, and a proxy calling the domain filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kiosk.domain.catalogue import Catalogue, Lang, Programme
from kiosk.domain.filters import ProgrammeFilter

AnyIndex = QModelIndex | QPersistentModelIndex


class ProgrammeRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Level = Qt.ItemDataRole.UserRole + 2
    Title = Qt.ItemDataRole.UserRole + 3
    Campus = Qt.ItemDataRole.UserRole + 4
    Rhythm = Qt.ItemDataRole.UserRole + 5
    Ranking = Qt.ItemDataRole.UserRole + 6
    Programme = Qt.ItemDataRole.UserRole + 7


class ProgrammeListModel(QAbstractListModel):
    """The catalogue's programmes, one row each, with texts in the current language."""

    def __init__(self, catalogue: Catalogue, lang: Lang = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._programmes: tuple[Programme, ...] = catalogue.programmes
        self._lang: Lang = lang

    def programme_at(self, row: int) -> Programme:
        return self._programmes[row]

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        if self._programmes:
            self.dataChanged.emit(self.index(0), self.index(len(self._programmes) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._programmes)

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({int(role): role.name.lower().encode() for role in ProgrammeRole})
        return names

    def campus_text(self, programme: Programme) -> str:
        campus = self._catalogue.campus(programme.campus)
        text = campus.name.get(self._lang) if campus else programme.campus
        partner = self._catalogue.partner(programme.partner) if programme.partner else None
        if partner is not None:
            text = self.tr("%1 (with %2)").replace("%1", text).replace("%2", partner.name.get(self._lang))
        return text

    def rhythm_text(self, programme: Programme) -> str:
        if programme.rhythms == ("work_linked",):
            text = self.tr("Work-linked")
        elif "work_linked" in programme.rhythms:
            text = self.tr("Standard or work-linked")
        else:
            text = self.tr("Standard rhythm")
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._programmes):
            return None
        programme = self._programmes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ProgrammeRole.Title):
            return programme.title.get(self._lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                programme.title.get(self._lang),
                self.campus_text(programme),
                self.rhythm_text(programme),
            ]
            if programme.ranking is not None:
                parts.append(self.tr("Eduniversal ranking: %1").replace("%1", str(programme.ranking)))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return programme.description.get(self._lang)
        if role == ProgrammeRole.Id:
            return programme.id
        if role == ProgrammeRole.Level:
            return programme.level
        if role == ProgrammeRole.Campus:
            return self.campus_text(programme)
        if role == ProgrammeRole.Rhythm:
            return self.rhythm_text(programme)
        if role == ProgrammeRole.Ranking:
            return programme.ranking
        if role == ProgrammeRole.Programme:
            return programme
        return None


class ProgrammeFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that :class:`kiosk.domain.filters.ProgrammeFilter` accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ProgrammeFilter()
        self._programmes: ProgrammeListModel | None = None

    def setSourceModel(self, model: Any) -> None:
        self._programmes = model if isinstance(model, ProgrammeListModel) else None
        super().setSourceModel(model)

    @property
    def programme_filter(self) -> ProgrammeFilter:
        return self._filter

    def set_programme_filter(self, programme_filter: ProgrammeFilter) -> None:
        if programme_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = programme_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._programmes is None:
            return True
        return self._filter.accepts(self._programmes.programme_at(source_row))

    def programme_ids(self) -> list[str]:
        return [str(self.index(row, 0).data(ProgrammeRole.Id)) for row in range(self.rowCount())]
