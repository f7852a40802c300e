"""The programme finder's item model: the programmes the domain filter accepts, one row each."""

from __future__ import annotations

import heapq
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt

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


class ProgrammeListModel(QStringListModel):
    """The programmes :class:`kiosk.domain.filters.ProgrammeFilter` accepts, in catalogue order,
    with their texts in the current language.

    A list view asks its model for an index of every row at each layout: with Python's ``index()``
    or ``rowCount()`` that is 10,000 calls across the C++/Python boundary per tap for a large
    catalogue. So the rows live in Qt's own string list (the ids of the programmes shown): Qt counts
    and indexes them in C++, and Python answers only :meth:`data`, for the cards painted. The
    domain filter runs once per change, over the whole catalogue.
    """

    def __init__(self, catalogue: Catalogue, lang: Lang = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._programmes: tuple[Programme, ...] = catalogue.programmes
        self._lang: Lang = lang
        self._filter = ProgrammeFilter()
        self._shown: list[Programme] = []
        self._longest: dict[tuple[Lang, int], list[str]] = {}
        self._show(list(self._programmes))

    @property
    def programmes(self) -> tuple[Programme, ...]:
        """Every programme of the catalogue, shown or not."""
        return self._programmes

    @property
    def programme_filter(self) -> ProgrammeFilter:
        return self._filter

    def set_programme_filter(self, programme_filter: ProgrammeFilter) -> None:
        if programme_filter != self._filter:
            self._filter = programme_filter
            programmes = self._programmes
            self._show([programmes[position] for position in programme_filter.matching_positions(programmes)])

    def _show(self, programmes: list[Programme]) -> None:
        self._shown = programmes
        self.setStringList([programme.id for programme in programmes])  # resets the model

    def programme_ids(self) -> list[str]:
        """The ids of the programmes shown, in order."""
        return [programme.id for programme in self._shown]

    def longest_titles(self, count: int) -> list[str]:
        """The ``count`` longest titles of the whole catalogue in the current language (the cards
        measure them), found once per language."""
        key = (self._lang, count)
        if key not in self._longest:
            lang = self._lang
            longest = heapq.nlargest(
                count, self._programmes, key=lambda p: len(p.title.en if lang == "en" else p.title.fr)
            )
            self._longest[key] = [programme.title.get(lang) for programme in longest]
        return self._longest[key]

    @property
    def language(self) -> Lang:
        return self._lang

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cards are chosen, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

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
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        programme = self._shown[index.row()]
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
