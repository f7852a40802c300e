"""Catalogue entities: the institute, campuses, programmes and contract types.

Plain frozen dataclasses: :func:`kiosk.domain.checks.catalogue_from_data` builds them from checked
data (the sources, a database, the start-up snapshot); the UI and the command line read them. Every
visitor text exists in French and English (:class:`Text`). Campuses and partners are catalogue data
(``campuses.yaml``): no campus is named in the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from kiosk.domain.kinds import SIMULATED_CONTRACTS, ContractKind, Level

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")
DEFAULT_LANGUAGE: Lang = "fr"


#: French puts a (narrow, no-break) space before ; : ! ? and inside « »: a line never starts with them.
_SPACE_BEFORE = re.compile(r" +(?=[;:!?»])")
_SPACE_AFTER = re.compile(r"(?<=«) +")
NARROW_NO_BREAK_SPACE = "\u202f"


def french_typography(text: str) -> str:
    """``text`` with the spaces French typography ties to its punctuation made unbreakable."""
    return _SPACE_AFTER.sub(NARROW_NO_BREAK_SPACE, _SPACE_BEFORE.sub(NARROW_NO_BREAK_SPACE, text))


def language_or_default(value: object) -> Lang:
    """``value`` when it names a language of the kiosk, else the default (French): for settings,
    options and buttons, where anything else must not stop the kiosk."""
    return "en" if value == "en" else DEFAULT_LANGUAGE


LEVELS: tuple[Level, ...] = tuple(Level)
MODES: tuple[str, ...] = ("initial", "continuing")
RHYTHMS: tuple[str, ...] = ("standard", "work_linked")
EMPLOYERS: tuple[str, ...] = ("public", "private")
#: What the simulator runs for a contract type: its pay engine, or none (the training contract).
SIMULATIONS: tuple[str, ...] = (*(kind.value for kind in SIMULATED_CONTRACTS), "none")


@dataclass(frozen=True)
class Text:
    """A visitor text in both languages."""

    fr: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else french_typography(self.fr)


EMPTY_TEXT = Text("", "")


@dataclass(frozen=True)
class Institute:
    acronym: str
    name: Text
    university: Text
    founded: int
    status: Text
    levels: Text
    mission: Text
    public_management: Text
    teaching: Text
    work_linked_since: int
    work_linked_intro: Text
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class Campus:
    id: str
    name: Text
    address: str = ""


@dataclass(frozen=True)
class Partner:
    id: str
    name: Text
    campus: str


@dataclass(frozen=True)
class Programme:
    id: str
    level: Level
    title: Text
    campus: str
    modes: tuple[str, ...]
    rhythms: tuple[str, ...]
    description: Text
    position: int = 0
    partner: str | None = None
    work_linked_start: str | None = None
    ranking: int | None = None
    continues_from: str | None = None
    continues_from_title: Text | None = None
    leads_to: Text = EMPTY_TEXT
    contract_types: tuple[ContractKind, ...] = ()
    web_page: str = ""
    contact: str = ""

    @property
    def work_linked(self) -> bool:
        return "work_linked" in self.rhythms


@dataclass(frozen=True)
class ContractType:
    id: ContractKind
    name: Text
    status: Text
    who_may_sign: Text
    employers: tuple[str, ...]
    pay_basis: Text
    training_costs: Text
    student_advantages: tuple[Text, ...]
    employer_advantages: tuple[Text, ...]
    simulation: str
    position: int = 0
    contact: str = ""


@dataclass(frozen=True)
class Catalogue:
    """The whole visitor-facing catalogue, as read from its sources or from the database."""

    institute: Institute
    campuses: tuple[Campus, ...]
    partners: tuple[Partner, ...]
    programmes: tuple[Programme, ...]
    contract_types: tuple[ContractType, ...]
    student_advantages: tuple[Text, ...] = field(default=())
    employer_advantages: tuple[Text, ...] = field(default=())

    def programme(self, programme_id: str) -> Programme | None:
        return next((p for p in self.programmes if p.id == programme_id), None)

    @property
    def campus_ids(self) -> tuple[str, ...]:
        """The campuses' ids, in the catalogue's order (the finder's chips, ``programmes --campus``)."""
        return tuple(campus.id for campus in self.campuses)

    def campus(self, campus_id: str) -> Campus | None:
        return next((c for c in self.campuses if c.id == campus_id), None)

    def partner(self, partner_id: str) -> Partner | None:
        return next((p for p in self.partners if p.id == partner_id), None)

    def contract_type(self, contract_id: str) -> ContractType | None:
        return next((c for c in self.contract_types if c.id == contract_id), None)

    def followers(self, programme_id: str) -> tuple[Programme, ...]:
        """The programmes that continue from ``programme_id`` (an M1's M2, for example)."""
        return tuple(p for p in self.programmes if p.continues_from == programme_id)
