"""How a programme presets the pay simulator: which contract, how many contracts, which cycle year.

The contract-years rule (Code du travail D6222-28-1, L6222-7-1) read from the catalogue, in one
place for the screen and the command line:

- an M1 followed in the catalogue by a work-linked M2: two one-year contracts, the second one
  continuing the training cycle, so that the M2 year is paid at the 2nd-year rate. Two contracts
  rather than one of two years, because M1 and M2 are often signed separately (another employer for
  the M2, or an M2 contract after a validated M1); a single two-year contract pays the same rate in
  its second year (the contract year changes on the anniversary), and the visitor can choose 2 years;
- an M2 whose ``continues_from`` M1 is work-linked in the catalogue: one year, paid as the 2nd year
  of the cycle, because a one-year M2 contract is shorter than the M1 + M2 cycle;
- any other programme: one year, from the 1st year of its cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.catalogue import Catalogue, Programme
from kiosk.domain.kinds import ContractKind, Level
from kiosk.domain.pay.messages import PayMessage


@dataclass(frozen=True)
class SimulationPreset:
    """What the simulator starts from.

    ``contract_years`` lists the successive contracts, in years; the first starts in year
    ``shortened_years + 1`` of its training cycle. ``reason`` says why, when the programme sets more
    than the plain one year from the first year.
    """

    contract: str = ContractKind.APPRENTICESHIP
    programme_id: str | None = None
    level: str | None = None
    contract_years: tuple[int, ...] = (1,)
    shortened_years: int = 0
    reason: PayMessage | None = None

    @property
    def total_years(self) -> int:
        return sum(self.contract_years)

    def contracts_for(self, total_years: int) -> tuple[int, ...]:
        """The successive contracts of a visitor who chose ``total_years`` in all: the programme's own
        contracts when they add up to it, otherwise one contract of that length."""
        return self.contract_years if total_years == self.total_years else (total_years,)


@dataclass(frozen=True)
class ContractYears:
    """The successive contracts of a programme's apprenticeship and the cycle year it starts in."""

    contract_years: tuple[int, ...] = (1,)
    shortened_years: int = 0
    reason: PayMessage | None = None


def contract_years_for(catalogue: Catalogue, programme: Programme) -> ContractYears:
    """The contract-years rule of the module docstring, for ``programme``."""
    if programme.level == Level.M1 and any(
        follower.level == Level.M2 and follower.work_linked for follower in catalogue.followers(programme.id)
    ):
        return ContractYears((1, 1), 0, PayMessage.of("preset_m1_then_m2"))
    previous = catalogue.programme(programme.continues_from) if programme.continues_from else None
    if programme.level == Level.M2 and previous is not None and previous.level == Level.M1 and previous.work_linked:
        return ContractYears((1,), 1, PayMessage.of("preset_m2_second_year"))
    return ContractYears()


def preset_for_programme(
    catalogue: Catalogue, programme: Programme, contract: str = ContractKind.APPRENTICESHIP
) -> SimulationPreset:
    """The simulator's starting point for ``programme`` (see :func:`contract_years_for`)."""
    years = contract_years_for(catalogue, programme)
    return SimulationPreset(
        contract=contract,
        programme_id=programme.id,
        level=programme.level,
        contract_years=years.contract_years,
        shortened_years=years.shortened_years,
        reason=years.reason,
    )
