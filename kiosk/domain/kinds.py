"""The closed sets of names the kiosk's code branches on: contract kinds, study levels, screens.

String enums, so that a value read from a source file, a database row or the command line compares
equal to its plain text ("apprenticeship" == ContractKind.APPRENTICESHIP) and prints as it. Campuses
and partners are not here: they are catalogue data (``campuses.yaml``), so a new campus needs no release.
"""

from __future__ import annotations

from enum import StrEnum


class ContractKind(StrEnum):
    """The four ways to combine study and work (``contracts.yaml`` describes each)."""

    APPRENTICESHIP = "apprenticeship"
    PROFESSIONALISATION = "professionalisation"
    TRAINING = "training"
    INTERNSHIP = "internship"


#: The contracts with a legal minimum the pay engine computes (the training contract has none).
SIMULATED_CONTRACTS: tuple[ContractKind, ...] = (
    ContractKind.APPRENTICESHIP,
    ContractKind.PROFESSIONALISATION,
    ContractKind.INTERNSHIP,
)


class Level(StrEnum):
    """Years of study the work-linked programmes are offered in."""

    L3 = "L3"
    M1 = "M1"
    M2 = "M2"


class ScreenName(StrEnum):
    """The places a visitor can be: the navigator's screens (also the usage counts' keys)."""

    HOME = "home"
    INSTITUTE = "institute"
    FINDER = "finder"
    PROGRAMME = "programme"
    CONTRACTS = "contracts"
    SIMULATOR = "simulator"
    ATTRACT = "attract"
