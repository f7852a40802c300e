"""The programme filter shared by the finder screen and the command line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kiosk.domain.catalogue import LEVELS, Programme


@dataclass(frozen=True)
class ProgrammeFilter:
    """Campuses and levels a visitor selected.

    Within a group the choices are alternatives (Aix or Marseille); the groups combine (campus and
    level). An empty group does not filter. Campuses are the catalogue's (its ``campus_ids``): a
    campus no programme is taught on simply matches nothing.
    """

    campuses: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown_levels = self.levels - set(LEVELS)
        if unknown_levels:
            raise ValueError(f"unknown level {sorted(unknown_levels)[0]!r}; expected one of {', '.join(LEVELS)}")

    @property
    def is_empty(self) -> bool:
        return not self.campuses and not self.levels

    def toggled(self, group: str, value: str) -> ProgrammeFilter:
        """A copy with ``value`` added to or removed from ``group`` ("campus" or "level")."""
        if group == "campus":
            return ProgrammeFilter(self.campuses ^ {value}, self.levels)
        if group == "level":
            return ProgrammeFilter(self.campuses, self.levels ^ {value})
        raise ValueError(f"unknown filter group {group!r}; expected campus or level")

    def accepts(self, programme: Programme) -> bool:
        return (not self.campuses or programme.campus in self.campuses) and (
            not self.levels or programme.level in self.levels
        )

    def apply(self, programmes: Iterable[Programme]) -> list[Programme]:
        return [p for p in programmes if self.accepts(p)]

    def matching_positions(self, programmes: Sequence[Programme]) -> list[int]:
        """The positions in ``programmes`` of those accepted, in order (what a list view shows)."""
        if self.is_empty:
            return list(range(len(programmes)))
        accepts = self.accepts
        return [position for position, programme in enumerate(programmes) if accepts(programme)]
