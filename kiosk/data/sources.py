"""Catalogue sources: the YAML files staff edit, validated and turned into domain objects.

Each problem is reported as ``file:line: field: message`` and all problems are reported at once, so
that staff can fix a file in one pass. The four catalogue files are read into the plain data of
:mod:`kiosk.domain.checks`, whose rules (the same a database read obeys) name each problem at its
path, here turned back into a file and a line; ``legal.yaml`` has pydantic schemas
(:mod:`kiosk.data.legal`) and the helpers at the end of this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, StringConstraints, ValidationError

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.checks import DataPath, check_catalogue_data, field_name

INSTITUTE_FILE = "institute.yaml"
CAMPUSES_FILE = "campuses.yaml"
PROGRAMMES_FILE = "programmes.yaml"
CONTRACTS_FILE = "contracts.yaml"
LEGAL_FILE = "legal.yaml"
CATALOGUE_FILES = (INSTITUTE_FILE, CAMPUSES_FILE, PROGRAMMES_FILE, CONTRACTS_FILE)

Path_ = DataPath
#: A source file is a few dozen KB; a bigger one is a mistake (a wrong file), not read at all.
MAX_SOURCE_BYTES = 2_000_000


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


# --- Schemas of legal.yaml ------------------------------------------------------------------------
# (the catalogue files are checked by :mod:`kiosk.domain.checks`, the rules a database read uses too)

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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


def _text_of(path: Path, problems: list[SourceProblem], folder: Path | None) -> str | None:
    """The text of one source file, or None after adding why it cannot be read to ``problems``."""
    name = path.name
    if folder is not None:
        real = path.resolve()
        if path.is_symlink() and not real.is_relative_to(folder.resolve()):
            problems.append(
                SourceProblem(
                    name, 1, "(file)", f"a link to {real}, outside the sources folder: copy the file here instead"
                )
            )
            return None
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            problems.append(
                SourceProblem(
                    name,
                    1,
                    "(file)",
                    f"the file is {size / 1_000_000:.1f} MB, over the {MAX_SOURCE_BYTES // 1_000_000} MB limit of a "
                    "source file: is it the right file?",
                )
            )
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(SourceProblem(name, 1, "(file)", f"missing file; expected {path}"))
        return None
    except OSError as error:
        problems.append(SourceProblem(name, 1, "(file)", f"cannot read the file: {error.strerror or error}"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        problems.append(
            SourceProblem(
                name,
                line,
                "(file)",
                f"byte 0x{data[error.start]:02x} at column {column} is not UTF-8 text: save the file as UTF-8",
            )
        )
        return None


def read_source_document(
    path: Path, problems: list[SourceProblem], folder: Path | None = None
) -> SourceDocument | None:
    """Parse one YAML source file, adding its problems (unreadable, not YAML...) to ``problems``.

    With ``folder`` (the sources folder), a link to a file outside it is refused unread.
    """
    name = path.name
    text = _text_of(path, problems, folder if folder is not None else path.parent)
    if text is None:
        return None
    loader: _SourceLoader | None = None
    try:
        loader = _SourceLoader(text)  # reading starts here: a forbidden character fails already
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        where = f" (column {mark.column + 1})" if mark is not None else ""
        problems.append(SourceProblem(name, line, "(syntax)", f"not valid YAML: {error.problem}{where}"))
        return None
    except yaml.YAMLError as error:  # e.g. a control character in the text, reported at its position
        position = getattr(error, "position", None)
        if isinstance(position, int):
            line = text.count("\n", 0, position) + 1
            column = position - (text.rfind("\n", 0, position) + 1) + 1
            character = getattr(error, "character", None)  # its code
            shown = f"{character:#06x} " if isinstance(character, int) else ""
            message = f"not valid YAML: the character {shown}at column {column} is not allowed in YAML text"
        else:
            line, message = 1, f"not valid YAML: {error}"
        problems.append(SourceProblem(name, line, "(syntax)", message))
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


def check_row_order(
    document: SourceDocument, ordered: tuple[tuple[Path_, str], ...], problems: list[SourceProblem]
) -> None:
    """Each list at a path of ``ordered`` in increasing order of its field, no value given twice.

    Read on the raw rows, so that order problems come with the other problems of the file, not
    after they are fixed: a row whose field is not a date or a whole number (a problem of its
    own) is skipped.
    """
    for path, field in ordered:
        rows: Any = document.data
        for part in path:
            rows = rows.get(part) if isinstance(rows, dict) else None
        if not isinstance(rows, list):
            continue
        previous: date | int | None = None
        for index, row in enumerate(rows):
            value = row.get(field) if isinstance(row, dict) else None
            if isinstance(value, bool) or not isinstance(value, date | int):
                continue
            if previous is not None and type(value) is type(previous):
                if value == previous:
                    message = f"{value} is given twice; each row needs its own {field}"
                elif value < previous:  # type: ignore[operator]
                    message = f"rows must be in increasing order of {field}: {value} comes after {previous}"
                else:
                    message = ""
                if message:
                    problems.append(document.problem((*path, index, field), message))
            previous = value


# --- The catalogue files: read into the domain's plain data, checked by its rules ---------------------

#: Where each part of the catalogue's data is in the source files: (file, path in that file).
_PARTS: dict[str, tuple[str, Path_]] = {
    "institute": (INSTITUTE_FILE, ()),
    "campuses": (CAMPUSES_FILE, ("campuses",)),
    "partners": (CAMPUSES_FILE, ("partners",)),
    "programmes": (PROGRAMMES_FILE, ("programmes",)),
    "contract_types": (CONTRACTS_FILE, ("contracts",)),
    "student_advantages": (CONTRACTS_FILE, ("work_linked_advantages", "student")),
    "employer_advantages": (CONTRACTS_FILE, ("work_linked_advantages", "employer")),
}
#: The fields of institute.yaml grouped under ``work_linked``: data name -> name under it.
_WORK_LINKED = {"work_linked_since": "since", "work_linked_intro": "intro"}
#: The mappings of the files that hold parts: their path, and the keys they may have.
_CONTAINERS: dict[tuple[str, Path_], tuple[str, ...]] = {
    (CAMPUSES_FILE, ()): ("campuses", "partners"),
    (PROGRAMMES_FILE, ()): ("programmes",),
    (CONTRACTS_FILE, ()): ("contracts", "work_linked_advantages"),
    (CONTRACTS_FILE, ("work_linked_advantages",)): ("student", "employer"),
    (INSTITUTE_FILE, ("work_linked",)): ("since", "intro"),
}
_ORDER = {name: index for index, name in enumerate((*CATALOGUE_FILES, LEGAL_FILE))}


def source_location(path: Path_) -> tuple[str, Path_]:
    """The file and the path in it of the catalogue data at ``path`` (see :data:`_PARTS`)."""
    if not path:
        return INSTITUTE_FILE, ()
    head, *rest = path
    file, prefix = _PARTS[str(head)]
    if head == "institute" and rest and rest[0] in _WORK_LINKED:
        return file, ("work_linked", _WORK_LINKED[str(rest[0])], *rest[1:])
    return file, (*prefix, *rest)


class _Reader:
    """The mappings of the read documents that hold the parts, each checked once."""

    def __init__(self, documents: dict[str, SourceDocument], problems: list[SourceProblem]) -> None:
        self.documents = documents
        self.problems = problems
        self._seen: dict[tuple[str, Path_], tuple[dict[str, Any] | None, bool]] = {}

    def container(self, file: str, path: Path_) -> tuple[dict[str, Any] | None, bool]:
        """The mapping at ``path`` of ``file`` (None if absent), and whether it is broken (a problem
        said so: not a mapping); its unknown keys are problems too."""
        if (file, path) not in self._seen:
            self._seen[(file, path)] = self._read(self.documents[file], path)
        return self._seen[(file, path)]

    def _read(self, document: SourceDocument, path: Path_) -> tuple[dict[str, Any] | None, bool]:
        value: Any = document.data if document.data is not None else {}
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None, False
        keys = _CONTAINERS[(document.file, path)]
        if not isinstance(value, dict):
            self.problems.append(document.problem(path, f"should be a mapping of {' and '.join(keys)}"))
            return None, True
        for key in value:
            if key not in keys:
                self.problems.append(document.problem((*path, str(key)), "unknown field (check its spelling)"))
        return value, False


def _catalogue_data(
    documents: dict[str, SourceDocument], problems: list[SourceProblem]
) -> tuple[dict[str, Any], set[Path_]]:
    """The catalogue's plain data out of the documents read, and the data paths that could not be
    read (their file is unreadable, or not shaped as expected: already a problem)."""
    reader = _Reader(documents, problems)
    data: dict[str, Any] = {}
    unread: set[Path_] = set()
    for part, (file, path) in _PARTS.items():
        if file not in documents:
            unread.add((part,))
        elif part == "institute":
            document = documents[file]
            raw = document.data if document.data is not None else {}
            if isinstance(raw, dict):
                raw = {key: value for key, value in raw.items() if key != "work_linked"}
                grouped, broken = reader.container(file, ("work_linked",))
                for name, key in _WORK_LINKED.items():
                    if grouped is not None and key in grouped:
                        raw[name] = grouped[key]
                    elif broken:
                        unread.add(("institute", name))
            data[part] = raw
        else:
            holder, broken = reader.container(file, path[:-1])
            if broken:
                unread.add((part,))
            elif holder is not None and path[-1] in holder:
                data[part] = holder[path[-1]]
    return data, unread


def load_catalogue_sources(directory: Path) -> Catalogue:
    """Read, validate and convert the catalogue sources in ``directory``.

    Raises :class:`CatalogueSourceError` listing every problem when any is found, each at its file
    and line; problems of a file that cannot be read at all leave the checks that need it out.
    """
    problems: list[SourceProblem] = []
    documents: dict[str, SourceDocument] = {}
    for name in CATALOGUE_FILES:
        document = read_source_document(directory / name, problems, directory)
        if document is not None:
            documents[name] = document
    data, unread = _catalogue_data(documents, problems)
    catalogue, found = check_catalogue_data(data, unknown={str(path[0]) for path in unread if len(path) == 1})
    for problem in found:
        if problem.path in unread:
            continue  # its file could not be read as expected: already said
        file, path = source_location(problem.path)
        problems.append(documents[file].problem(path, problem.message))
    if problems or catalogue is None:
        raise CatalogueSourceError(sorted(problems, key=lambda p: (_ORDER.get(p.file, 99), p.line)))
    return catalogue
