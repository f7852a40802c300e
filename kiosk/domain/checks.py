"""The rules a catalogue obeys, in one place, whatever it is read from.

The YAML sources staff edit, the tables of a catalogue database and the start-up snapshot all come
to the same plain data (:func:`catalogue_data` writes it): mappings, lists, texts and numbers shaped
like the entities of :mod:`kiosk.domain.catalogue`. :func:`catalogue_from_data` checks every value
of it (types, closed sets of names, ranges, formats, references between parts) and returns the
entities, or raises :class:`CatalogueCheckError` listing every problem at once, each at its path
(``programmes[3].level``), so that the sources can name a file and a line, and a database read
can refuse a catalogue that the sources' check would have refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.domain.catalogue import (
    EMPLOYERS,
    LEVELS,
    MODES,
    RHYTHMS,
    SIMULATIONS,
    Campus,
    Catalogue,
    ContractType,
    Institute,
    Partner,
    Programme,
    Text,
)
from kiosk.domain.kinds import ContractKind, Level

DataPath = tuple[str | int, ...]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
FIRST_YEAR, LAST_YEAR = 1900, 2100
MAX_RANKING = 1000


def field_name(path: DataPath) -> str:
    """``("programmes", 1, "level")`` -> ``programmes[1].level``; a key staff mistyped shows as typed."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(part):
            text += f"[{part!r}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


@dataclass(frozen=True)
class CatalogueProblem:
    """One value the rules refuse, at its path in the catalogue's data."""

    path: DataPath
    message: str

    def __str__(self) -> str:
        return f"{field_name(self.path)}: {self.message}"


class CatalogueCheckError(ValueError):
    """The catalogue's data breaks the rules; ``problems`` lists every one."""

    def __init__(self, problems: list[CatalogueProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def one_of(values: Iterable[str]) -> str:
    """``'L3', 'M1' or 'M2'``: the accepted values, for a message."""
    quoted = [repr(str(value)) for value in values]
    if not quoted:
        return "(none defined)"
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _found(value: object) -> str:
    if isinstance(value, dict | list | tuple):
        return ""
    text = repr(value)
    return f" (found {text if len(text) <= 80 else text[:77] + '...'})"


_T = TypeVar("_T")


class _Missing:
    """A required field that is not there: already a problem, so its value is not checked too."""


_MISSING: Any = _Missing()


class _Checker:
    """Reads plain data value by value, noting each problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[CatalogueProblem] = []

    def problem(self, path: DataPath, message: str) -> None:
        self.problems.append(CatalogueProblem(path, message))

    def fields(
        self, value: object, path: DataPath, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        """``value`` as a mapping with these keys; missing and unknown keys are problems (a missing
        one reads as a value that no reader checks again)."""
        if not isinstance(value, dict):
            self.problem(path, f"should be a mapping of fields{_found(value)}")
            return None
        required = tuple(required)
        known = {*required, *optional}
        found = dict(value)
        for key in required:
            if key not in value:
                self.problem((*path, key), "required field is missing")
                found[key] = _MISSING
        for key in value:
            if key not in known:
                self.problem((*path, str(key)), "unknown field (check its spelling)")
        return found

    def items(self, value: object, path: DataPath, *, required: bool = False) -> list[Any]:
        """A list (an absent optional one is empty); ``required``: it must hold at least one item."""
        if value is _MISSING or (value is None and not required):
            return []
        if not isinstance(value, list | tuple):
            self.problem(path, f"should be a list{_found(value)}")
            return []
        if required and not value:
            self.problem(path, "should have at least 1 item")
        return list(value)

    def string(self, value: object, path: DataPath, *, required: bool = False) -> str | None:
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self.problem(path, f"should be a text{_found(value)}")
            return None
        if required and not value.strip():
            self.problem(path, "should not be empty")
            return None
        return value.strip() if required else value

    def pattern(self, value: object, path: DataPath, pattern: re.Pattern[str], expected: str) -> str | None:
        text = self.string(value, path)
        if text is not None and not pattern.fullmatch(text):
            self.problem(path, f"should match the pattern {expected}{_found(value)}")
            return None
        return text

    def slug(self, value: object, path: DataPath) -> str | None:
        text = self.string(value, path)
        if text is not None and not _SLUG.fullmatch(text):
            self.problem(
                path, f"should be lowercase letters and digits joined by hyphens, such as m2-droit{_found(value)}"
            )
            return None
        return text

    def whole(self, value: object, path: DataPath, low: int, high: int) -> int | None:
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path, f"should be a whole number{_found(value)}")
            return None
        if value < low:
            self.problem(path, f"should be greater than or equal to {low}{_found(value)}")
            return None
        if value > high:
            self.problem(path, f"should be less than or equal to {high}{_found(value)}")
            return None
        return value

    def choice(self, value: object, path: DataPath, accepted: Iterable[str], what: str = "") -> str | None:
        accepted = tuple(accepted)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or value not in accepted:
            self.problem(path, f"expected one of {what}{one_of(accepted)}{_found(value)}")
            return None
        return value

    def text(self, value: object, path: DataPath) -> Text | None:
        if value is _MISSING:
            return None
        found = self.fields(value, path, ("fr", "en"))
        if found is None:
            return None
        french = self.string(found["fr"], (*path, "fr"), required=True)
        english = self.string(found["en"], (*path, "en"), required=True)
        return Text(french, english) if french is not None and english is not None else None

    def texts(self, value: object, path: DataPath) -> tuple[Text, ...]:
        return _kept(self.text(item, (*path, index)) for index, item in enumerate(self.items(value, path)))

    @staticmethod
    def optional(value: object, read: Callable[[object], _T | None]) -> _T | None:
        """None for an absent value (or one ``read`` refused, which it noted), else what it read."""
        return None if value is None else read(value)

    def unique(self, ids: list[tuple[int, str | None]], path: DataPath) -> None:
        seen: set[str] = set()
        for index, item_id in ids:
            if item_id in seen:
                self.problem((*path, index, "id"), f"duplicate id {item_id!r}; each id must be unique")
            if item_id is not None:
                seen.add(item_id)


def _kept(values: Iterable[_T | None]) -> tuple[_T, ...]:
    return tuple(value for value in values if value is not None)


_INSTITUTE_TEXTS = ("name", "university", "status", "levels", "mission", "public_management", "teaching")
_INSTITUTE_CONTACTS = ("address", "phone", "email", "website")
_CONTRACT_TEXTS = ("name", "status", "who_may_sign", "pay_basis", "training_costs")


def _institute(check: _Checker, value: object) -> Institute | None:
    path: DataPath = ("institute",)
    before = len(check.problems)
    found = check.fields(
        value,
        path,
        ("acronym", *_INSTITUTE_TEXTS, "founded", "work_linked_since", "work_linked_intro"),
        _INSTITUTE_CONTACTS,
    )
    if found is None:
        return None
    acronym = check.string(found["acronym"], (*path, "acronym"), required=True)
    texts = [check.text(found[name], (*path, name)) for name in (*_INSTITUTE_TEXTS, "work_linked_intro")]
    founded = check.whole(found["founded"], (*path, "founded"), FIRST_YEAR, LAST_YEAR)
    since = check.whole(found["work_linked_since"], (*path, "work_linked_since"), FIRST_YEAR, LAST_YEAR)
    address, phone, email, website = (check.string(found.get(n, ""), (*path, n)) for n in _INSTITUTE_CONTACTS)
    if len(check.problems) > before:
        return None
    name, university, status, levels, mission, public_management, teaching, intro = _kept(texts)
    assert acronym and founded and since and address is not None and phone is not None
    assert email is not None and website is not None
    return Institute(
        acronym=acronym,
        name=name,
        university=university,
        founded=founded,
        status=status,
        levels=levels,
        mission=mission,
        public_management=public_management,
        teaching=teaching,
        work_linked_since=since,
        work_linked_intro=intro,
        address=address,
        phone=phone,
        email=email,
        website=website,
    )


def _campus(check: _Checker, value: object, path: DataPath) -> Campus | None:
    found = check.fields(value, path, ("id", "name"), ("address",))
    if found is None:
        return None
    campus_id = check.slug(found["id"], (*path, "id"))
    name = check.text(found["name"], (*path, "name"))
    address = check.string(found.get("address", ""), (*path, "address"))
    if campus_id is None or name is None or address is None:
        return None
    return Campus(campus_id, name, address)


def _partner(check: _Checker, value: object, path: DataPath, campuses: tuple[str, ...] | None) -> Partner | None:
    found = check.fields(value, path, ("id", "name", "campus"))
    if found is None:
        return None
    partner_id = check.slug(found["id"], (*path, "id"))
    name = check.text(found["name"], (*path, "name"))
    campus = _reference(check, found["campus"], (*path, "campus"), campuses, "the campuses ")
    if partner_id is None or name is None or campus is None:
        return None
    return Partner(partner_id, name, campus)


def _reference(
    check: _Checker, value: object, path: DataPath, defined: tuple[str, ...] | None, what: str
) -> str | None:
    """An id that must name one of ``defined`` (None: their part is broken, only the format is checked)."""
    if defined is None:
        return check.slug(value, path)
    return check.choice(value, path, defined, what)


_PROGRAMME_REQUIRED = ("id", "level", "title", "campus", "modes", "rhythms", "description")
_PROGRAMME_OPTIONAL = (
    "partner",
    "work_linked_start",
    "ranking",
    "continues_from",
    "continues_from_title",
    "leads_to",
    "contract_types",
    "web_page",
    "contact",
)


@dataclass(frozen=True)
class _Known:
    """The ids the programmes may refer to (None: that part is broken, references not checked)."""

    campuses: tuple[str, ...] | None
    partners: tuple[str, ...] | None
    contracts: tuple[str, ...] | None
    programmes: tuple[str, ...]


def _programme(check: _Checker, value: object, path: DataPath, position: int, known: _Known) -> Programme | None:
    before = len(check.problems)
    found = check.fields(value, path, _PROGRAMME_REQUIRED, _PROGRAMME_OPTIONAL)
    if found is None:
        return None

    def at(name: str) -> DataPath:
        return (*path, name)

    programme_id = check.slug(found["id"], at("id"))
    level = check.choice(found["level"], at("level"), LEVELS)
    title = check.text(found["title"], at("title"))
    campus = _reference(check, found["campus"], at("campus"), known.campuses, "the campuses ")
    partner = check.optional(
        found.get("partner"), lambda v: _reference(check, v, at("partner"), known.partners, "the partners ")
    )
    modes = _names(check, found["modes"], at("modes"), MODES)
    rhythms = _names(check, found["rhythms"], at("rhythms"), RHYTHMS)
    start = check.optional(
        found.get("work_linked_start"), lambda v: check.pattern(v, at("work_linked_start"), _MONTH, "YYYY-MM")
    )
    ranking = check.optional(found.get("ranking"), lambda v: check.whole(v, at("ranking"), 1, MAX_RANKING))
    continues_from = check.optional(found.get("continues_from"), lambda v: check.slug(v, at("continues_from")))
    continues_title = check.optional(
        found.get("continues_from_title"), lambda v: check.text(v, at("continues_from_title"))
    )
    description = check.text(found["description"], at("description"))
    leads_to = check.optional(found.get("leads_to"), lambda v: check.text(v, at("leads_to")))
    contract_types = _kept(
        _contract_reference(check, c, (*at("contract_types"), i), known.contracts)
        for i, c in enumerate(check.items(found.get("contract_types"), at("contract_types")))
    )
    web_page = check.string(found.get("web_page", ""), at("web_page"))
    contact = check.string(found.get("contact", ""), at("contact"))
    if continues_from is not None:
        if continues_from not in known.programmes:
            check.problem(at("continues_from"), f"no programme has the id {continues_from!r}")
        elif continues_from == programme_id:
            check.problem(at("continues_from"), "a programme cannot continue from itself")
        if continues_title is not None:
            check.problem(at("continues_from_title"), "give continues_from or continues_from_title, not both")
    if start is not None and rhythms and "work_linked" not in rhythms:
        check.problem(at("work_linked_start"), "only a programme with the work_linked rhythm has a work-linked start")
    if len(check.problems) > before:
        return None
    assert programme_id and level and title and campus and description and web_page is not None and contact is not None
    return Programme(
        id=programme_id,
        level=Level(level),
        title=title,
        campus=campus,
        modes=modes,
        rhythms=rhythms,
        description=description,
        position=position,
        partner=partner,
        work_linked_start=start,
        ranking=ranking,
        continues_from=continues_from,
        continues_from_title=continues_title,
        leads_to=leads_to or Text("", ""),
        contract_types=tuple(ContractKind(c) for c in contract_types),
        web_page=web_page,
        contact=contact,
    )


def _names(check: _Checker, value: object, path: DataPath, accepted: tuple[str, ...]) -> tuple[str, ...]:
    """A non-empty list of names out of ``accepted`` (modes, rhythms, employers)."""
    return _kept(
        check.choice(item, (*path, i), accepted) for i, item in enumerate(check.items(value, path, required=True))
    )


def _contract_reference(check: _Checker, value: object, path: DataPath, defined: tuple[str, ...] | None) -> str | None:
    kind = check.choice(value, path, [kind.value for kind in ContractKind])
    if kind is not None and defined is not None and kind not in defined:
        check.problem(path, f"contract type {kind!r} is not among this catalogue's: expected one of {one_of(defined)}")
        return None
    return kind


def _contract(check: _Checker, value: object, path: DataPath, position: int) -> ContractType | None:
    before = len(check.problems)
    found = check.fields(
        value,
        path,
        ("id", *_CONTRACT_TEXTS, "employers", "simulation"),
        ("student_advantages", "employer_advantages", "contact"),
    )
    if found is None:
        return None
    contract_id = check.choice(found["id"], (*path, "id"), [kind.value for kind in ContractKind])
    texts = {name: check.text(found[name], (*path, name)) for name in _CONTRACT_TEXTS}
    employers = _names(check, found["employers"], (*path, "employers"), EMPLOYERS)
    student = check.texts(found.get("student_advantages"), (*path, "student_advantages"))
    employer = check.texts(found.get("employer_advantages"), (*path, "employer_advantages"))
    simulation = check.choice(found["simulation"], (*path, "simulation"), SIMULATIONS)
    contact = check.string(found.get("contact", ""), (*path, "contact"))
    if len(check.problems) > before:
        return None
    name, status, who_may_sign, pay_basis, training_costs = (texts[name] for name in _CONTRACT_TEXTS)
    assert contract_id and simulation and contact is not None
    assert name and status and who_may_sign and pay_basis and training_costs
    return ContractType(
        id=ContractKind(contract_id),
        name=name,
        status=status,
        who_may_sign=who_may_sign,
        employers=employers,
        pay_basis=pay_basis,
        training_costs=training_costs,
        student_advantages=student,
        employer_advantages=employer,
        simulation=simulation,
        position=position,
        contact=contact,
    )


def _id_list(items: list[Any]) -> list[tuple[int, str | None]]:
    """Each item's position and id (None when it has no text id), for the duplicate check."""
    return [
        (i, item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None)
        for i, item in enumerate(items)
    ]


def _ids(items: list[Any]) -> tuple[str, ...]:
    return tuple(str(item["id"]) for item in items if isinstance(item, dict) and isinstance(item.get("id"), str))


_TOP_REQUIRED = ("institute", "campuses", "programmes", "contract_types")
_TOP_OPTIONAL = ("partners", "student_advantages", "employer_advantages")


def check_catalogue_data(data: object, unknown: Iterable[str] = ()) -> tuple[Catalogue | None, list[CatalogueProblem]]:
    """The catalogue ``data`` describes and every problem found in it (the catalogue only if none).

    ``unknown``: parts whose source could not be read (a broken file): what refers to them is not
    checked against them, so that one broken file does not make a problem of every reference.
    """
    unknown = set(unknown)
    check = _Checker()
    found = check.fields(data, (), _TOP_REQUIRED, _TOP_OPTIONAL)
    if found is None:
        return None, check.problems
    institute = _institute(check, found["institute"])
    before_campuses = len(check.problems)
    campus_items = check.items(found["campuses"], ("campuses",), required=True)
    campuses = tuple(_campus(check, item, ("campuses", i)) for i, item in enumerate(campus_items))
    check.unique(_id_list(campus_items), ("campuses",))
    campus_ids = _ids(campus_items) if len(check.problems) == before_campuses and "campuses" not in unknown else None
    partner_items = check.items(found.get("partners"), ("partners",))
    partners = tuple(_partner(check, item, ("partners", i), campus_ids) for i, item in enumerate(partner_items))
    contract_items = check.items(found["contract_types"], ("contract_types",), required=True)
    contracts = tuple(_contract(check, item, ("contract_types", i), i) for i, item in enumerate(contract_items))
    programme_items = check.items(found["programmes"], ("programmes",), required=True)
    known = _Known(
        campuses=campus_ids,
        partners=_ids(partner_items) if None not in partners and "partners" not in unknown else None,
        contracts=_ids(contract_items) if None not in contracts and contract_items else None,
        programmes=_ids(programme_items),
    )
    programmes = tuple(_programme(check, item, ("programmes", i), i, known) for i, item in enumerate(programme_items))
    for key, items in (
        ("partners", partner_items),
        ("programmes", programme_items),
        ("contract_types", contract_items),
    ):
        check.unique(_id_list(items), (key,))
    student = check.texts(found.get("student_advantages"), ("student_advantages",))
    employer = check.texts(found.get("employer_advantages"), ("employer_advantages",))
    if check.problems:
        return None, check.problems
    assert institute is not None
    return (
        Catalogue(
            institute=institute,
            campuses=_kept(campuses),
            partners=_kept(partners),
            programmes=_kept(programmes),
            contract_types=_kept(contracts),
            student_advantages=student,
            employer_advantages=employer,
        ),
        [],
    )


def catalogue_from_data(data: object) -> Catalogue:
    """The catalogue ``data`` describes.

    Raises:
        CatalogueCheckError: listing every problem, each at its path in ``data``.
    """
    catalogue, problems = check_catalogue_data(data)
    if catalogue is None:
        raise CatalogueCheckError(problems)
    return catalogue


def _text_data(text: Text) -> dict[str, str]:
    return {"fr": text.fr, "en": text.en}


def catalogue_data(catalogue: Catalogue) -> dict[str, Any]:
    """The plain data of ``catalogue`` (JSON-ready): what :func:`catalogue_from_data` reads back."""
    institute = catalogue.institute
    return {
        "institute": {
            "acronym": institute.acronym,
            **{name: _text_data(getattr(institute, name)) for name in (*_INSTITUTE_TEXTS, "work_linked_intro")},
            "founded": institute.founded,
            "work_linked_since": institute.work_linked_since,
            **{name: getattr(institute, name) for name in _INSTITUTE_CONTACTS},
        },
        "campuses": [{"id": c.id, "name": _text_data(c.name), "address": c.address} for c in catalogue.campuses],
        "partners": [{"id": p.id, "name": _text_data(p.name), "campus": p.campus} for p in catalogue.partners],
        "programmes": [_programme_data(p) for p in sorted(catalogue.programmes, key=lambda p: p.position)],
        "contract_types": [_contract_data(c) for c in sorted(catalogue.contract_types, key=lambda c: c.position)],
        "student_advantages": [_text_data(t) for t in catalogue.student_advantages],
        "employer_advantages": [_text_data(t) for t in catalogue.employer_advantages],
    }


def _programme_data(programme: Programme) -> dict[str, Any]:
    leads_to = programme.leads_to
    continues_title = programme.continues_from_title
    return {
        "id": programme.id,
        "level": str(programme.level),
        "title": _text_data(programme.title),
        "campus": programme.campus,
        "partner": programme.partner,
        "modes": list(programme.modes),
        "rhythms": list(programme.rhythms),
        "work_linked_start": programme.work_linked_start,
        "ranking": programme.ranking,
        "continues_from": programme.continues_from,
        "continues_from_title": _text_data(continues_title) if continues_title is not None else None,
        "description": _text_data(programme.description),
        "leads_to": _text_data(leads_to) if leads_to.fr or leads_to.en else None,
        "contract_types": [str(kind) for kind in programme.contract_types],
        "web_page": programme.web_page,
        "contact": programme.contact,
    }


def _contract_data(contract: ContractType) -> dict[str, Any]:
    return {
        "id": str(contract.id),
        **{name: _text_data(getattr(contract, name)) for name in _CONTRACT_TEXTS},
        "employers": list(contract.employers),
        "student_advantages": [_text_data(t) for t in contract.student_advantages],
        "employer_advantages": [_text_data(t) for t in contract.employer_advantages],
        "simulation": contract.simulation,
        "contact": contract.contact,
    }


def problems_summary(problems: list[CatalogueProblem], limit: int = 3) -> str:
    """The first problems on one line, and how many more: for a status line and ``catalogue status``."""
    shown = "; ".join(str(problem) for problem in problems[:limit])
    more = len(problems) - limit
    return shown + (f" (and {more} more)" if more > 0 else "")
