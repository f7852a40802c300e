"""Item models of the programme finder: the programmes, and a proxy calling the domain filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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

    @property
    def programmes(self) -> tuple[Programme, ...]:
        return self._programmes

    def titles(self) -> list[str]:
        """Every title in the current language (the cards measure the longest)."""
        lang = self._lang
        return [programme.title.get(lang) for programme in self._programmes]

    def programme_at(self, row: int) -> Programme:
        return self._programmes[row]

    @property
    def language(self) -> Lang:
        return self._lang

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        if self._programmes:
            self.dataChanged.emit(self.index(0), self.index(len(self._programmes) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._programmes)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({int(role): QByteArray(role.name.lower().encode()) for role in ProgrammeRole})
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


class ProgrammeFilterProxy(QAbstractProxyModel):
    """The programmes that :class:`kiosk.domain.filters.ProgrammeFilter` accepts, as a proxy model.

    A :class:`QSortFilterProxyModel` asks Python about each row in turn (10,000 calls across the
    C++/Python boundary for a large catalogue); this proxy asks the domain filter once for all the
    matching positions, then maps rows through that list.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ProgrammeFilter()
        self._rows: list[int] = []
        self._proxy_row_of: dict[int, int] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, ProgrammeListModel):
            raise TypeError("ProgrammeFilterProxy filters a ProgrammeListModel")
        previous = self.sourceModel()
        if previous is not None:
            previous.dataChanged.disconnect(self._on_source_data_changed)
            previous.modelReset.disconnect(self._refilter)
        super().setSourceModel(model)
        model.dataChanged.connect(self._on_source_data_changed)
        model.modelReset.connect(self._refilter)
        self._refilter()

    def _programmes(self) -> ProgrammeListModel | None:
        model = self.sourceModel()
        return model if isinstance(model, ProgrammeListModel) else None

    @property
    def programme_filter(self) -> ProgrammeFilter:
        return self._filter

    def set_programme_filter(self, programme_filter: ProgrammeFilter) -> None:
        if programme_filter != self._filter:
            self._filter = programme_filter
            self._refilter()

    def _refilter(self) -> None:
        source = self._programmes()
        self.beginResetModel()
        self._rows = self._filter.matching_positions(source.programmes) if source is not None else []
        self._proxy_row_of = None
        self.endResetModel()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), roles)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else 1

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return source.index(self._rows[proxy_index.row()], 0)

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if self._proxy_row_of is None:  # built on first use: a filter change must stay cheap
            self._proxy_row_of = {source_row: row for row, source_row in enumerate(self._rows)}
        if not source_index.isValid() or source_index.row() not in self._proxy_row_of:
            return QModelIndex()
        return self.index(self._proxy_row_of[source_index.row()], 0)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return source.data(source.index(self._rows[index.row()], 0), role)

    def programme_ids(self) -> list[str]:
        source = self._programmes()
        if source is None:
            return []
        return [source.programme_at(row).id for row in self._rows]
