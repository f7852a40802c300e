"""Catalogue sources: the YAML files staff edit, validated and turned into domain objects.

Validation uses pydantic schemas; each problem is reported as ``file:line: field: message`` and all
problems are reported at once, so that staff can fix a file in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kiosk.domain.catalogue import (
    Campus,
    Catalogue,
    ContractType,
    Institute,
    Partner,
    Programme,
    Text,
)

INSTITUTE_FILE = "institute.yaml"
CAMPUSES_FILE = "campuses.yaml"
PROGRAMMES_FILE = "programmes.yaml"
CONTRACTS_FILE = "contracts.yaml"
LEGAL_FILE = "legal.yaml"
CATALOGUE_FILES = (INSTITUTE_FILE, CAMPUSES_FILE, PROGRAMMES_FILE, CONTRACTS_FILE)

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class SourceProblem:
    """One problem found in a catalogue source file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class CatalogueSourceError(ValueError):
    """The catalogue sources hold one or more problems; nothing was built."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# --- Schemas --------------------------------------------------------------------------------------

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSource(_Schema):
    fr: NonEmpty
    en: NonEmpty

    def to_domain(self) -> Text:
        return Text(self.fr.strip(), self.en.strip())


class WorkLinkedSource(_Schema):
    since: int = Field(ge=1900, le=2100)
    intro: TextSource


class InstituteSource(_Schema):
    acronym: NonEmpty
    name: TextSource
    university: TextSource
    founded: int = Field(ge=1900, le=2100)
    status: TextSource
    levels: TextSource
    mission: TextSource
    public_management: TextSource
    teaching: TextSource
    work_linked: WorkLinkedSource
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


class CampusSource(_Schema):
    id: Literal["aix", "marseille"]
    name: TextSource
    address: str = ""


class PartnerSource(_Schema):
    id: Slug
    name: TextSource
    campus: Literal["aix", "marseille"]


class CampusesSource(_Schema):
    campuses: list[CampusSource] = Field(min_length=1)
    partners: list[PartnerSource] = []


class ProgrammeSource(_Schema):
    id: Slug
    level: Literal["L3", "M1", "M2"]
    title: TextSource
    campus: Literal["aix", "marseille"]
    partner: Slug | None = None
    modes: list[Literal["initial", "continuing"]] = Field(min_length=1)
    rhythms: list[Literal["standard", "work_linked"]] = Field(min_length=1)
    work_linked_start: Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] | None = None
    ranking: int | None = Field(default=None, ge=1, le=1000)
    continues_from: Slug | None = None
    continues_from_title: TextSource | None = None
    description: TextSource
    leads_to: TextSource | None = None
    contract_types: list[Literal["apprenticeship", "professionalisation", "training", "internship"]] = []
    web_page: str = ""
    contact: str = ""


class ProgrammesSource(_Schema):
    programmes: list[ProgrammeSource] = Field(min_length=1)


class ContractSource(_Schema):
    id: Literal["apprenticeship", "professionalisation", "training", "internship"]
    name: TextSource
    status: TextSource
    who_may_sign: TextSource
    employers: list[Literal["public", "private"]] = Field(min_length=1)
    pay_basis: TextSource
    training_costs: TextSource
    student_advantages: list[TextSource] = []
    employer_advantages: list[TextSource] = []
    simulation: Literal["apprenticeship", "professionalisation", "internship", "none"]
    contact: str = ""


class AdvantagesSource(_Schema):
    student: list[TextSource] = []
    employer: list[TextSource] = []


class ContractsSource(_Schema):
    contracts: list[ContractSource] = Field(min_length=1)
    work_linked_advantages: AdvantagesSource = AdvantagesSource()


# --- YAML with line numbers -----------------------------------------------------------------------


class _SourceLoader(yaml.SafeLoader):
    """The safe loader, reporting an impossible date (``2025-02-30``) at its line like any YAML error."""

    def construct_source_timestamp(self, node: yaml.ScalarNode) -> object:
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"impossible date {node.value!r} ({error})", node.start_mark
            ) from error


_SourceLoader.add_constructor("tag:yaml.org,2002:timestamp", _SourceLoader.construct_source_timestamp)


def _line_map(root: yaml.Node) -> tuple[dict[Path_, int], list[tuple[Path_, int, str]]]:
    """Every path in a composed YAML document with the (1-based) line it starts on, and duplicate keys.

    Iterative, and each node is visited once: aliases may make the node graph recursive.
    """
    lines: dict[Path_, int] = {}
    duplicates: list[tuple[Path_, int, str]] = []
    visited: set[int] = set()
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in seen:
                    duplicates.append(((*path, key), key_node.start_mark.line + 1, key))
                seen.add(key)
                lines.setdefault((*path, key), key_node.start_mark.line + 1)
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(((item, (*path, index)) for index, item in enumerate(node.value)))
    return lines, duplicates


@dataclass
class SourceDocument:
    """One parsed source file: its data and the line of every path in it, for error messages."""

    file: str
    data: Any
    lines: dict[Path_, int]

    def line(self, path: Path_) -> int:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1

    def problem(self, path: Path_, message: str) -> SourceProblem:
        return SourceProblem(self.file, self.line(path), field_name(path), message)


def read_source_document(path: Path, problems: list[SourceProblem]) -> SourceDocument | None:
    """Parse one YAML source file, adding its problems (unreadable, not YAML...) to ``problems``."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(SourceProblem(name, 1, "(file)", f"missing file; expected {path}"))
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(SourceProblem(name, 1, "(file)", f"cannot read the file: {error}"))
        return None
    loader: _SourceLoader | None = None
    try:
        loader = _SourceLoader(text)  # reading starts here: a forbidden character fails already
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        problems.append(SourceProblem(name, line, "(syntax)", f"not valid YAML: {error.problem}"))
        return None
    except yaml.YAMLError as error:  # e.g. a control character in the text, reported at its position
        mark = getattr(error, "position", None)
        line = text.count("\n", 0, mark) + 1 if isinstance(mark, int) else 1
        problems.append(SourceProblem(name, line, "(syntax)", f"not valid YAML: {error}"))
        return None
    except RecursionError:
        problems.append(SourceProblem(name, 1, "(syntax)", "not valid YAML: nested too deeply"))
        return None
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        return SourceDocument(name, data, {(): 1})
    lines, duplicates = _line_map(node)
    for key_path, line, key in duplicates:
        problems.append(SourceProblem(name, line, field_name(key_path), f"key {key!r} is given twice"))
    return SourceDocument(name, data, lines)


def field_name(path: Path_) -> str:
    """``("programmes", 1, "level")`` -> ``programmes[1].level``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _PLAIN_KEY.match(part):  # a key staff mistyped (" name", "", "a.b") shows as typed
            text += f"[{part!r}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


_MESSAGE_FIXES = (
    (re.compile(r"^Input should be '"), "expected one of '"),
    (re.compile(r"^Field required$"), "required field is missing"),
    (re.compile(r"^Extra inputs are not permitted$"), "unknown field (check its spelling)"),
    (re.compile(r"^Value error, "), ""),
    (re.compile(r"^Input should be "), "should be "),
)


def _message(error: dict[str, Any]) -> str:
    message = str(error["msg"])
    for pattern, replacement in _MESSAGE_FIXES:
        message = pattern.sub(replacement, message)
    value = error.get("input")
    if error["type"] not in ("missing", "extra_forbidden") and not isinstance(value, dict | list):
        found = repr(value)
        message += f" (found {found if len(found) <= 80 else found[:77] + '...'})"
    return message


SchemaT = TypeVar("SchemaT", bound=BaseModel)


def validate_source(document: SourceDocument, schema: type[SchemaT], problems: list[SourceProblem]) -> SchemaT | None:
    """Validate ``document`` against ``schema``; each error becomes a problem at its line."""
    try:
        return schema.model_validate(document.data if document.data is not None else {})
    except ValidationError as error:
        for item in error.errors():
            loc = _document_path(document, tuple(item["loc"]), keep_last=item["type"] in ("missing", "extra_forbidden"))
            problems.append(document.problem(loc, _message(dict(item))))
        return None


def _document_path(document: SourceDocument, loc: Path_, *, keep_last: bool) -> Path_:
    """Pydantic adds the union member it tried (``str``, ``TextSource``) to error paths: drop them.

    A part that names a key of the document is never dropped, nor the field a ``missing`` or
    ``extra_forbidden`` error is about.
    """
    kept: Path_ = ()
    for index, part in enumerate(loc):
        is_last = index == len(loc) - 1
        if (
            isinstance(part, str)
            and (*kept, part) not in document.lines
            and not (is_last and keep_last)
            and _is_union_tag(part)
        ):
            continue
        kept = (*kept, part)
    return kept


def _is_union_tag(part: str) -> bool:
    return part[:1].isupper() or "[" in part or "-" in part or part in {"str", "int", "none", "decimal", "date"}


# --- Cross-file checks and conversion -------------------------------------------------------------


def _check_unique(document: SourceDocument, key: str, ids: list[str], problems: list[SourceProblem]) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(
                SourceProblem(
                    document.file,
                    document.line((key, index, "id")),
                    f"{key}[{index}].id",
                    f"duplicate id {item_id!r}; each id must be unique",
                )
            )
        seen.add(item_id)


def load_catalogue_sources(directory: Path) -> Catalogue:
    """Read, validate and convert the catalogue sources in ``directory``.

    Raises :class:`CatalogueSourceError` listing every problem when any is found.
    """
    problems: list[SourceProblem] = []
    documents = {name: read_source_document(directory / name, problems) for name in CATALOGUE_FILES}
    schemas: dict[str, type[_Schema]] = {
        INSTITUTE_FILE: InstituteSource,
        CAMPUSES_FILE: CampusesSource,
        PROGRAMMES_FILE: ProgrammesSource,
        CONTRACTS_FILE: ContractsSource,
    }
    parsed: dict[str, _Schema | None] = {
        name: validate_source(document, schemas[name], problems) if document is not None else None
        for name, document in documents.items()
    }
    institute = parsed[INSTITUTE_FILE]
    campuses = parsed[CAMPUSES_FILE]
    programmes = parsed[PROGRAMMES_FILE]
    contracts = parsed[CONTRACTS_FILE]
    if not (
        isinstance(institute, InstituteSource)
        and isinstance(campuses, CampusesSource)
        and isinstance(programmes, ProgrammesSource)
        and isinstance(contracts, ContractsSource)
    ):
        raise CatalogueSourceError(problems)

    campus_doc = documents[CAMPUSES_FILE]
    programme_doc = documents[PROGRAMMES_FILE]
    contract_doc = documents[CONTRACTS_FILE]
    assert campus_doc is not None and programme_doc is not None and contract_doc is not None
    _check_unique(campus_doc, "campuses", [c.id for c in campuses.campuses], problems)
    _check_unique(campus_doc, "partners", [p.id for p in campuses.partners], problems)
    _check_unique(programme_doc, "programmes", [p.id for p in programmes.programmes], problems)
    _check_unique(contract_doc, "contracts", [c.id for c in contracts.contracts], problems)

    campus_ids = {c.id for c in campuses.campuses}
    partner_ids = {p.id for p in campuses.partners}
    programme_ids = {p.id for p in programmes.programmes}
    contract_ids = {c.id for c in contracts.contracts}
    for index, source in enumerate(programmes.programmes):

        def problem(field: str, message: str, index: int = index) -> None:
            problems.append(
                SourceProblem(
                    programme_doc.file,
                    programme_doc.line(("programmes", index, field)),
                    f"programmes[{index}].{field}",
                    message,
                )
            )

        if source.campus not in campus_ids:
            problem("campus", f"campus {source.campus!r} is not defined in {CAMPUSES_FILE}")
        if source.partner is not None and source.partner not in partner_ids:
            problem("partner", f"partner {source.partner!r} is not defined in {CAMPUSES_FILE}")
        if source.continues_from is not None:
            if source.continues_from not in programme_ids:
                problem("continues_from", f"no programme has the id {source.continues_from!r}")
            elif source.continues_from == source.id:
                problem("continues_from", "a programme cannot continue from itself")
            if source.continues_from_title is not None:
                problem("continues_from_title", "give continues_from or continues_from_title, not both")
        for contract_id in source.contract_types:
            if contract_id not in contract_ids:
                problem("contract_types", f"contract type {contract_id!r} is not defined in {CONTRACTS_FILE}")
        if source.work_linked_start is not None and "work_linked" not in source.rhythms:
            problem("work_linked_start", "only a programme with the work_linked rhythm has a work-linked start")
    if problems:
        raise CatalogueSourceError(problems)

    return Catalogue(
        institute=Institute(
            acronym=institute.acronym,
            name=institute.name.to_domain(),
            university=institute.university.to_domain(),
            founded=institute.founded,
            status=institute.status.to_domain(),
            levels=institute.levels.to_domain(),
            mission=institute.mission.to_domain(),
            public_management=institute.public_management.to_domain(),
            teaching=institute.teaching.to_domain(),
            work_linked_since=institute.work_linked.since,
            work_linked_intro=institute.work_linked.intro.to_domain(),
            address=institute.address,
            phone=institute.phone,
            email=institute.email,
            website=institute.website,
        ),
        campuses=tuple(Campus(c.id, c.name.to_domain(), c.address) for c in campuses.campuses),
        partners=tuple(Partner(p.id, p.name.to_domain(), p.campus) for p in campuses.partners),
        programmes=tuple(
            Programme(
                id=p.id,
                level=p.level,
                title=p.title.to_domain(),
                campus=p.campus,
                modes=tuple(p.modes),
                rhythms=tuple(p.rhythms),
                description=p.description.to_domain(),
                position=index,
                partner=p.partner,
                work_linked_start=p.work_linked_start,
                ranking=p.ranking,
                continues_from=p.continues_from,
                continues_from_title=p.continues_from_title.to_domain() if p.continues_from_title else None,
                leads_to=p.leads_to.to_domain() if p.leads_to else Text("", ""),
                contract_types=tuple(p.contract_types),
                web_page=p.web_page,
                contact=p.contact,
            )
            for index, p in enumerate(programmes.programmes)
        ),
        contract_types=tuple(
            ContractType(
                id=c.id,
                name=c.name.to_domain(),
                status=c.status.to_domain(),
                who_may_sign=c.who_may_sign.to_domain(),
                employers=tuple(c.employers),
                pay_basis=c.pay_basis.to_domain(),
                training_costs=c.training_costs.to_domain(),
                student_advantages=tuple(t.to_domain() for t in c.student_advantages),
                employer_advantages=tuple(t.to_domain() for t in c.employer_advantages),
                simulation=c.simulation,
                position=index,
                contact=c.contact,
            )
            for index, c in enumerate(contracts.contracts)
        ),
        student_advantages=tuple(t.to_domain() for t in contracts.work_linked_advantages.student),
        employer_advantages=tuple(t.to_domain() for t in contracts.work_linked_advantages.employer),
    )
