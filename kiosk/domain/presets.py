"""How a programme presets the pay simulator: which contract, how many successive yearly contracts."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.catalogue import Catalogue, Programme


@dataclass(frozen=True)
class SimulationPreset:
    """What the simulator starts from.

    ``contract_years`` lists the successive contracts, in years: an M1 followed by its M2 is two
    one-year contracts, the second one paid at least the last rate of the first.
    """

    contract: str = "apprenticeship"
    programme_id: str | None = None
    level: str | None = None
    contract_years: tuple[int, ...] = (1,)

    @property
    def total_years(self) -> int:
        return sum(self.contract_years)


def preset_for_programme(
    catalogue: Catalogue, programme: Programme, contract: str = "apprenticeship"
) -> SimulationPreset:
    """One year of study is one year of contract; an M1 that leads to an M2 adds the M2's year."""
    years: tuple[int, ...] = (1,)
    if programme.level == "M1" and catalogue.followers(programme.id):
        years = (1, 1)
    return SimulationPreset(contract=contract, programme_id=programme.id, level=programme.level, contract_years=years)
