"""Validation of the catalogue sources: every problem at once, each as ``file:line: field: message``."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.data.builder import read_sources
from kiosk.data.legal import LegalSourceError, load_legal_yaml
from kiosk.data.sources import CATALOGUE_FILES, LEGAL_FILE, MAX_SOURCE_BYTES, CatalogueSourceError, SourceProblem
from tests.catalogue_helpers import TOULON_PROGRAMME, add_campus, copy_sources, line_of, replace_in, value_paths
from tests.conftest import SOURCES

ALL_FILES = (*CATALOGUE_FILES, LEGAL_FILE)
PROBLEM_LINE = re.compile(r"^[a-z]+\.yaml:\d+: \S.*: \S.*$")


def problems_of(directory: Path) -> list[SourceProblem]:
    with pytest.raises(CatalogueSourceError) as error:
        read_sources(directory)
    return error.value.problems


def changed_line(file: str, old: str, new: str) -> int:
    """The line of the source file where replacing ``old`` by ``new`` changes something."""
    start = (SOURCES / file).read_text(encoding="utf-8").index(old)
    first = (SOURCES / file).read_text(encoding="utf-8")[:start].count("\n") + 1
    old_lines, new_lines = old.splitlines(), new.splitlines()
    pairs = zip(old_lines, new_lines, strict=False)
    differing = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(old_lines), len(new_lines)))
    return first + differing


def assert_well_formed(problems: list[SourceProblem], texts: dict[str, str]) -> None:
    """Each problem names a source file, a line inside it, a field and a message."""
    assert problems, "a problem must be reported"
    for problem in problems:
        assert problem.file in ALL_FILES
        assert 1 <= problem.line <= len(texts[problem.file].splitlines()) + 1, problem
        assert problem.field.strip() and problem.message.strip(), problem
        assert PROBLEM_LINE.match(str(problem).splitlines()[0]), str(problem)


def test_the_bundled_sources_are_valid() -> None:
    sources = read_sources(SOURCES)
    assert sources.legal.smic.latest.hourly > 0


def test_problems_of_every_file_are_reported_at_once(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / "programmes.yaml", "level: M1", "level: M4")
    replace_in(sources / "campuses.yaml", "campus: marseille", "campus: toulon")
    replace_in(sources / "legal.yaml", 'hourly: "10.25"', 'hourly: "-10.25"')
    replace_in(sources / "legal.yaml", "threshold_hours: 308", "threshold_hours: many")
    found = {(p.file, p.line, p.field) for p in problems_of(sources)}
    assert found >= {
        ("programmes.yaml", line_of(sources / "programmes.yaml", "level: M4"), "programmes[1].level"),
        ("campuses.yaml", line_of(sources / "campuses.yaml", "campus: toulon"), "partners[0].campus"),
        ("legal.yaml", line_of(sources / "legal.yaml", 'hourly: "-10.25"'), "smic.rates[1].hourly"),
        ("legal.yaml", line_of(sources / "legal.yaml", "threshold_hours: many"), "internship.threshold_hours"),
    }


@pytest.mark.parametrize(
    ("old", "new", "needle", "field", "message"),
    [
        ("effective: 2021-01-01", "effective: 2019-06-01", "2019-06-01", "smic.rates[1].effective", "increasing"),
        ("effective: 2021-10-01", "effective: 2021-01-01", "2021-01-01", "smic.rates[2].effective", "twice"),
        ("effective: 2022-05-01", "effective: 2022-02-30", "2022-02-30", "(syntax)", "impossible date"),
        ('hourly: "10.48"', 'hourly: "0"', 'hourly: "0"', "smic.rates[2].hourly", "greater than 0"),
        ('hourly: "10.48"', "hourly: true", "hourly: true", "smic.rates[2].hourly", "decimal number"),
        ('rate_percent: "15"', 'rate_percent: "150"', '"150"', "internship.rate_percent", "100"),
        ("    - year: 2022\n", "    - year: 2020\n", 'year: 2020\n      hourly: "26"\n      effective: 2022', "", ""),
        ("max_hours: 924", "max_hours: 300", "max_hours: 300", "internship.max_hours", "threshold_hours"),
        ("    - min_age: 21\n      percents", "    - min_age: 17\n      percents", "min_age: 17", "", "increasing"),
        (
            "  last_checked: 2026-06-01\n  rates:",
            "  checked: 2026-06-01\n  rates:",
            "checked:",
            "smic.checked",
            "unknown",
        ),
        ("signed_from: 2025-03-01", "signed_from: 2019-01-01", "signed_from: 2019", "", "twice"),
    ],
)
def test_legal_figures_are_checked_with_file_line_and_field(
    tmp_path: Path, old: str, new: str, needle: str, field: str, message: str
) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / LEGAL_FILE, old, new)
    problems = [p for p in problems_of(sources) if p.file == LEGAL_FILE]
    assert problems
    if field:
        assert field in {p.field for p in problems}
    if message:
        assert any(message in p.message for p in problems), problems
    assert any(p.line == changed_line(LEGAL_FILE, old, new) for p in problems), problems


def test_the_legal_loader_names_the_path_line_and_field(tmp_path: Path) -> None:
    path = copy_sources(tmp_path) / LEGAL_FILE
    replace_in(path, 'hourly: "10.15"', 'hourly: "ten"')
    with pytest.raises(LegalSourceError) as error:
        load_legal_yaml(path)
    line = line_of(path, 'hourly: "ten"')
    assert f"{path}:{line}: field 'smic.rates[0].hourly': " in str(error.value)
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "message"),
    [
        ("programmes.yaml", "continues_from: m1-", "continues_from: m9-", "continues_from", "no programme"),
        ("programmes.yaml", "    campus: aix", "    campus: paris", "campus", "expected one of"),
        (
            "programmes.yaml",
            "contract_types: [",
            "contract_types: [freelance, ",
            "contract_types[0]",
            "expected one of",
        ),
        ("programmes.yaml", "    title:\n      fr:", "    title:\n      de:", "title.de", "unknown field"),
        (
            "programmes.yaml",
            'work_linked_start: "2022-09"',
            'work_linked_start: "2022-13"',
            "work_linked_start",
            "pattern",
        ),
        ("institute.yaml", "founded: 1996", "founded: 1896", "founded", "greater than"),
        ("institute.yaml", "acronym: IMPGT", "acronym: IMPGT\nacronym: IMP", "acronym", "twice"),
        ("contracts.yaml", "simulation: none", "simulation: maybe", "simulation", "expected one of"),
        ("campuses.yaml", "  - id: marseille", "  - id: aix", "campuses[1].id", "duplicate id"),
    ],
)
def test_catalogue_problems_name_the_line(
    tmp_path: Path, file: str, old: str, new: str, field: str, message: str
) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / file, old, new)
    problems = [p for p in problems_of(sources) if p.file == file]
    matching = [p for p in problems if p.field.endswith(field) and message in p.message]
    assert matching, problems
    assert any(p.line == changed_line(file, old, new) for p in matching), matching


def test_a_recursive_alias_is_reported_not_crashed_on(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    (sources / "campuses.yaml").write_text("campuses: &loop [*loop]\n", encoding="utf-8")
    problems = problems_of(sources)
    assert_well_formed(problems, {name: (sources / name).read_text(encoding="utf-8") for name in ALL_FILES})


# --- Fuzzing: broken sources never crash the validator, and every problem names file and line ------

_SOURCE_TEXTS = {name: (SOURCES / name).read_text(encoding="utf-8") for name in ALL_FILES}
_SOURCE_DATA = {name: yaml.safe_load(text) for name, text in _SOURCE_TEXTS.items()}

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates(),
    st.sampled_from(["aix", "M2", "apprenticeship", "no-such-id", "", "  ", "2025-02-30", "12.31", "-1"]),
)
_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def _check(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        for name, text in texts.items():
            (directory / name).write_text(text, encoding="utf-8")
        try:
            read_sources(directory)
        except CatalogueSourceError as error:
            assert_well_formed(error.problems, texts)


_FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(st.sampled_from(ALL_FILES), st.text(max_size=300))
def test_any_text_in_place_of_a_file_is_reported_with_its_line(file: str, text: str) -> None:
    _check({**_SOURCE_TEXTS, file: text})


@_FUZZ
@given(st.sampled_from(ALL_FILES), st.data())
def test_a_broken_line_is_reported_with_file_and_line(file: str, data: st.DataObject) -> None:
    lines = _SOURCE_TEXTS[file].splitlines()
    index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1), label="line")
    replacement = data.draw(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
            st.sampled_from(["  - [", "key: {", "\t", ": :", "- &a *b", "!!python/object:os.system x", '"']),
        ),
        label="replacement",
    )
    lines[index] = replacement
    _check({**_SOURCE_TEXTS, file: "\n".join(lines) + "\n"})


@_FUZZ
@given(st.sampled_from(ALL_FILES), st.data())
def test_wrong_types_missing_keys_and_unknown_ids_are_reported(file: str, data: st.DataObject) -> None:
    document = yaml.safe_load(_SOURCE_TEXTS[file])
    path = data.draw(st.sampled_from(value_paths(document)[1:]), label="path")
    *parents, last = path
    container = document
    for part in parents:
        container = container[part]
    action = data.draw(st.sampled_from(["delete", "replace", "unknown key"]), label="action")
    if action == "delete":
        del container[last]
    elif action == "replace":
        container[last] = data.draw(_values, label="value")
    elif isinstance(container, dict):
        container[data.draw(st.text(min_size=1, max_size=12), label="key")] = data.draw(_values, label="value")
    else:
        container.append(data.draw(_values, label="value"))
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    _check({**_SOURCE_TEXTS, file: text})


# --- Messages that say where and what -----------------------------------------------------------------


def test_a_bad_byte_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    path = sources / "programmes.yaml"
    line = line_of(path, "level: M1")
    data = path.read_bytes()
    at = data.index(b"level: M1")
    path.write_bytes(data[:at] + b"level: M\xe91" + data[at + len(b"level: M1") :])
    [problem] = problems_of(sources)
    assert (problem.file, problem.line, problem.field) == ("programmes.yaml", line, "(file)")
    assert "byte 0xe9 at column 13" in problem.message and "UTF-8" in problem.message


def test_a_control_character_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / "campuses.yaml", "fr: Marseille", "fr: Mar\x07seille")
    [problem] = problems_of(sources)  # and no problem of every programme on a campus of that file
    line = line_of(sources / "campuses.yaml", "Mar\x07seille")
    column = (sources / "campuses.yaml").read_text(encoding="utf-8").splitlines()[line - 1].index("\x07") + 1
    assert problem.line == line and f"0x0007 at column {column}" in problem.message


def test_legal_order_and_duplicate_problems_come_with_the_field_problems(tmp_path: Path) -> None:
    """The README: every problem is listed at once (the order used to wait for the fields to be fixed)."""
    sources = copy_sources(tmp_path)
    replace_in(sources / LEGAL_FILE, "effective: 2021-01-01", "effective: 2019-06-01")  # out of order
    replace_in(sources / LEGAL_FILE, "signed_from: 2025-03-01", "signed_from: 2019-01-01")  # given twice
    replace_in(sources / LEGAL_FILE, 'hourly: "10.48"', 'hourly: "ten"')  # a field problem
    found = {(p.field, p.line) for p in problems_of(sources)}
    legal = sources / LEGAL_FILE
    assert ("smic.rates[1].effective", line_of(legal, "2019-06-01")) in found
    assert ("smic.rates[2].hourly", line_of(legal, '"ten"')) in found
    assert any(field.startswith("apprentice_net_estimate.periods") for field, _line in found)


def test_a_link_out_of_the_sources_folder_is_not_read(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path / "sources")
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:the start of another file\n", encoding="utf-8")
    (sources / "institute.yaml").unlink()
    (sources / "institute.yaml").symlink_to(secret)
    (sources / LEGAL_FILE).unlink()
    (sources / LEGAL_FILE).symlink_to(secret)
    found = problems_of(sources)
    assert {(p.file, p.field) for p in found} == {("institute.yaml", "(file)"), (LEGAL_FILE, "(file)")}
    assert all("outside the sources folder" in p.message for p in found)
    assert not any("root:x" in str(p) for p in found)


def test_a_link_inside_the_sources_folder_is_read(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path / "sources")
    (sources / "campuses-2027.yaml").write_bytes((sources / "campuses.yaml").read_bytes())
    (sources / "campuses.yaml").unlink()
    (sources / "campuses.yaml").symlink_to(sources / "campuses-2027.yaml")
    assert read_sources(sources).catalogue.campus_ids == ("aix", "marseille")


def test_a_source_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    with (sources / "programmes.yaml").open("a", encoding="utf-8") as grown:
        grown.write("# " + "x" * (MAX_SOURCE_BYTES + 10) + "\n")
    [problem] = problems_of(sources)
    assert (problem.file, problem.line, problem.field) == ("programmes.yaml", 1, "(file)")
    assert f"over the {MAX_SOURCE_BYTES // 1_000_000} MB limit" in problem.message


def test_a_third_campus_is_a_data_change(tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    add_campus(sources, "toulon", "Toulon")
    catalogue = read_sources(sources).catalogue
    assert catalogue.campus_ids == ("aix", "marseille", "toulon")
    assert [p.id for p in catalogue.programmes if p.campus == "toulon"] == [TOULON_PROGRAMME]
