"""The catalogue's rules: one check for the sources, the database and the snapshot, every problem at
its path, never an exception other than :class:`CatalogueCheckError`."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.catalogue import (
    EMPLOYERS,
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
from kiosk.domain.checks import (
    CatalogueCheckError,
    CatalogueProblem,
    catalogue_data,
    catalogue_from_data,
    check_catalogue_data,
    field_name,
    one_of,
    problems_summary,
)
from kiosk.domain.kinds import ContractKind, Level
from tests.catalogue_helpers import value_paths


@pytest.fixture
def data(catalogue: Catalogue) -> dict[str, Any]:
    return catalogue_data(catalogue)


def problems(data: object) -> list[str]:
    with pytest.raises(CatalogueCheckError) as error:
        catalogue_from_data(data)
    assert str(error.value) == "\n".join(str(p) for p in error.value.problems)
    return [str(problem) for problem in error.value.problems]


def changed(data: dict[str, Any], path: tuple[str | int, ...], value: object = ..., *, drop: bool = False) -> Any:
    """A copy of ``data`` with the value at ``path`` replaced (or dropped)."""
    changed_data = copy.deepcopy(data)
    container: Any = changed_data
    for part in path[:-1]:
        container = container[part]
    if drop:
        del container[path[-1]]
    else:
        container[path[-1]] = value
    return changed_data


def test_the_bundled_catalogue_reads_back_as_itself(catalogue: Catalogue, data: dict[str, Any]) -> None:
    assert catalogue_from_data(data) == catalogue
    assert check_catalogue_data(data) == (catalogue, [])
    assert all(isinstance(p.level, Level) for p in catalogue.programmes)
    assert all(isinstance(c.id, ContractKind) for c in catalogue.contract_types)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("programmes", 1, "level"), "M4", "programmes[1].level: expected one of 'L3', 'M1' or 'M2' (found 'M4')"),
        (
            ("programmes", 0, "campus"),
            "paris",
            "programmes[0].campus: expected one of the campuses 'aix' or 'marseille'",
        ),
        (("programmes", 0, "partner"), "nobody", "programmes[0].partner: expected one of the partners 'ensosp'"),
        (("programmes", 0, "modes"), ["initial", "evening"], "programmes[0].modes[1]: expected one of 'initial' or"),
        (("programmes", 0, "modes"), [], "programmes[0].modes: should have at least 1 item"),
        (("programmes", 0, "modes"), "initial", "programmes[0].modes: should be a list (found 'initial')"),
        (("programmes", 0, "rhythms"), {"a": 1}, "programmes[0].rhythms: should be a list"),
        (("programmes", 0, "ranking"), 0, "programmes[0].ranking: should be greater than or equal to 1 (found 0)"),
        (("programmes", 0, "ranking"), 1001, "programmes[0].ranking: should be less than or equal to 1000"),
        (("programmes", 0, "ranking"), True, "programmes[0].ranking: should be a whole number (found True)"),
        (("programmes", 0, "ranking"), "7", "programmes[0].ranking: should be a whole number (found '7')"),
        (("programmes", 0, "id"), "L3 Management", "programmes[0].id: should be lowercase letters and digits"),
        (("programmes", 0, "id"), 12, "programmes[0].id: should be a text (found 12)"),
        (("programmes", 0, "title"), {"fr": "  ", "en": "x"}, "programmes[0].title.fr: should not be empty"),
        (("programmes", 0, "title"), {"fr": "x"}, "programmes[0].title.en: required field is missing"),
        (("programmes", 0, "title"), {"fr": "x", "en": "y", "de": "z"}, "programmes[0].title.de: unknown field"),
        (("programmes", 0, "title"), "x", "programmes[0].title: should be a mapping of fields (found 'x')"),
        (
            ("programmes", 0, "work_linked_start"),
            "2022-13",
            "programmes[0].work_linked_start: should match the pattern",
        ),
        (("programmes", 0, "contract_types"), ["freelance"], "programmes[0].contract_types[0]: expected one of"),
        (("programmes", 0, "continues_from"), "m9-nothing", "programmes[0].continues_from: no programme has the id"),
        (("programmes", 0, "web_page"), None, "programmes[0].web_page: should be a text (found None)"),
        (("campuses", 1, "id"), "aix", "campuses[1].id: duplicate id 'aix'; each id must be unique"),
        (("campuses", 0, "address"), 5, "campuses[0].address: should be a text (found 5)"),
        (("campuses",), [], "campuses: should have at least 1 item"),
        (("partners", 0, "campus"), "toulon", "partners[0].campus: expected one of the campuses 'aix' or 'marseille'"),
        (("partners", 0), "ensosp", "partners[0]: should be a mapping of fields (found 'ensosp')"),
        (("campuses", 1), None, "campuses[1]: should be a mapping of fields (found None)"),
        (("programmes", 2), 3, "programmes[2]: should be a mapping of fields (found 3)"),
        (("contract_types", 3), ["x"], "contract_types[3]: should be a mapping of fields"),
        (("contract_types", 0, "employers"), ["state"], "contract_types[0].employers[0]: expected one of 'public'"),
        (("contract_types", 0, "simulation"), "maybe", "contract_types[0].simulation: expected one of"),
        (("contract_types", 0, "id"), "freelance", "contract_types[0].id: expected one of 'apprenticeship'"),
        (("contract_types", 1, "id"), "apprenticeship", "contract_types[1].id: duplicate id 'apprenticeship'"),
        (
            ("contract_types", 0, "student_advantages"),
            [{"fr": "x"}],
            "contract_types[0].student_advantages[0].en: required",
        ),
        (("contract_types", 0, "contact"), ["x"], "contract_types[0].contact: should be a text"),
        (("institute", "founded"), 1896, "institute.founded: should be greater than or equal to 1900 (found 1896)"),
        (("institute", "work_linked_since"), 2200, "institute.work_linked_since: should be less than or equal"),
        (("institute", "acronym"), "", "institute.acronym: should not be empty"),
        (("institute", "email"), None, "institute.email: should be a text (found None)"),
        (("institute", "colour"), "red", "institute.colour: unknown field (check its spelling)"),
        (("institute",), [], "institute: should be a mapping of fields"),
        (("student_advantages",), "x", "student_advantages: should be a list (found 'x')"),
        (("colour",), "red", "colour: unknown field"),
    ],
)
def test_each_rule_names_its_path(
    data: dict[str, Any], path: tuple[str | int, ...], value: object, expected: str
) -> None:
    found = problems(changed(data, path, value))
    assert any(problem.startswith(expected) for problem in found), found


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("programmes", 0, "level"), "programmes[0].level: required field is missing"),
        (("institute", "mission"), "institute.mission: required field is missing"),
        (("contract_types",), "contract_types: required field is missing"),
        (("campuses", 0, "id"), "campuses[0].id: required field is missing"),
        (("contract_types", 0, "employers"), "contract_types[0].employers: required field is missing"),
        (("institute", "founded"), "institute.founded: required field is missing"),
    ],
)
def test_a_missing_field_is_said_once(data: dict[str, Any], path: tuple[str | int, ...], expected: str) -> None:
    found = problems(changed(data, path, drop=True))
    assert [p for p in found if p.startswith(field_name(path))] == [expected]


def test_optional_fields_may_be_absent(data: dict[str, Any], catalogue: Catalogue) -> None:
    trimmed = copy.deepcopy(data)
    del trimmed["partners"], trimmed["student_advantages"], trimmed["employer_advantages"]
    for programme in trimmed["programmes"]:
        for name in ("partner", "work_linked_start", "ranking", "continues_from", "continues_from_title", "leads_to"):
            programme.pop(name, None)
        programme.pop("contract_types")
        programme.pop("web_page")
    for item in trimmed["campuses"]:
        item.pop("address")
    read = catalogue_from_data(trimmed)
    assert not read.partners and not read.student_advantages
    assert all(p.leads_to == Text("", "") and p.contract_types == () for p in read.programmes)


def test_cross_rules(data: dict[str, Any]) -> None:
    first = data["programmes"][0]["id"]
    assert "programmes[0].continues_from: a programme cannot continue from itself" in problems(
        changed(data, ("programmes", 0, "continues_from"), first)
    )
    with_both = changed(data, ("programmes", 2, "continues_from"), first)
    with_both["programmes"][2]["continues_from_title"] = {"fr": "x", "en": "y"}
    assert any("give continues_from or continues_from_title, not both" in p for p in problems(with_both))
    standard = changed(data, ("programmes", 0, "rhythms"), ["standard"])
    standard["programmes"][0]["work_linked_start"] = "2022-09"
    assert any("only a programme with the work_linked rhythm" in p for p in problems(standard))
    fewer = copy.deepcopy(data)
    fewer["contract_types"] = [c for c in fewer["contract_types"] if c["id"] != "training"]
    assert any("contract type 'training' is not among this catalogue's" in p for p in problems(fewer))


def test_broken_parts_do_not_make_false_reference_problems(data: dict[str, Any]) -> None:
    """A broken campus or contract list is said once, not again in each programme referring to it."""
    found = problems(changed(data, ("campuses", 0, "id"), "Aix"))
    assert not any(p.startswith("programmes") for p in found), found
    found = problems(changed(data, ("contract_types",), "all of them"))
    assert not any(p.startswith("programmes") for p in found), found
    found = problems(changed(data, ("partners", 0, "name"), None))
    assert not any(p.startswith("programmes") for p in found), found


def test_parts_that_could_not_be_read_are_not_referred_to(data: dict[str, Any]) -> None:
    """campuses.yaml unreadable: its parts are missing, and the programmes' campuses and partners
    cannot be checked against them (they are not wrong for that)."""
    without = {key: value for key, value in data.items() if key not in ("campuses", "partners")}
    _read, found = check_catalogue_data(without, unknown={"campuses", "partners"})
    assert [str(p) for p in found] == ["campuses: required field is missing"]


def test_every_problem_at_once(data: dict[str, Any]) -> None:
    broken = changed(data, ("programmes", 1, "level"), "M4")
    broken["programmes"][3]["ranking"] = "seventh"
    broken["institute"]["founded"] = 1800
    broken["campuses"][0]["name"] = {"fr": "", "en": ""}
    found = problems(broken)
    assert len(found) == 5  # the campus name has two empty texts
    assert problems_summary([CatalogueProblem(("a",), "x")] * 5, limit=2) == "a: x; a: x (and 3 more)"
    assert problems_summary([CatalogueProblem(("a",), "x")]) == "a: x"


@pytest.mark.parametrize("junk", [None, 3, "catalogue", [], [{}], {"institute": None}])
def test_junk_is_refused_not_crashed_on(junk: object) -> None:
    assert problems(junk)


def test_names_and_messages(data: dict[str, Any]) -> None:
    assert field_name(()) == "(document)"
    assert field_name(("programmes", 1, " name")) == "programmes[1][' name']"
    assert one_of([]) == "(none defined)" and one_of(["a"]) == "'a'" and one_of("ab") == "'a' or 'b'"
    [message] = problems(changed(data, ("programmes", 0, "level"), "M" * 200))
    assert message.endswith("...)") and len(message) < 200  # a long value is cut short


# --- Properties over generated catalogues ------------------------------------------------------------

_slugs = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
_words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=12)
_texts = st.builds(Text, _words, _words)


@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    """Any catalogue the rules accept: campuses, partners and contracts first, then programmes
    referring to them (and to each other)."""
    campus_ids = draw(st.lists(_slugs, min_size=1, max_size=4, unique=True))
    partner_ids = draw(st.lists(_slugs, max_size=3, unique=True))
    kinds = draw(st.lists(st.sampled_from(list(ContractKind)), min_size=1, max_size=4, unique=True))
    programme_ids = draw(st.lists(_slugs, min_size=1, max_size=6, unique=True))
    optional_text = st.none() | _texts
    programmes = []
    for position, programme_id in enumerate(programme_ids):
        rhythms = tuple(draw(st.lists(st.sampled_from(RHYTHMS), min_size=1, max_size=2)))
        continues_from = draw(st.none() | st.sampled_from([p for p in programme_ids if p != programme_id] or [None]))
        programmes.append(
            Programme(
                id=programme_id,
                level=draw(st.sampled_from(list(Level))),
                title=draw(_texts),
                campus=draw(st.sampled_from(campus_ids)),
                modes=tuple(draw(st.lists(st.sampled_from(MODES), min_size=1, max_size=2))),
                rhythms=rhythms,
                description=draw(_texts),
                position=position,
                partner=draw(st.none() | st.sampled_from(partner_ids)) if partner_ids else None,
                work_linked_start=draw(st.none() | st.just("2023-09")) if "work_linked" in rhythms else None,
                ranking=draw(st.none() | st.integers(1, 1000)),
                continues_from=continues_from,
                continues_from_title=None if continues_from else draw(optional_text),
                leads_to=draw(optional_text) or Text("", ""),
                contract_types=tuple(draw(st.lists(st.sampled_from(kinds), unique=True))),
                web_page=draw(st.text(max_size=8)),
                contact=draw(st.text(max_size=8)),
            )
        )
    return Catalogue(
        institute=Institute(
            draw(_words),
            *draw(st.tuples(_texts, _texts)),
            draw(st.integers(1900, 2100)),
            *draw(st.tuples(_texts, _texts, _texts, _texts, _texts)),
            draw(st.integers(1900, 2100)),
            draw(_texts),
            *draw(st.tuples(*[st.text(max_size=6)] * 4)),
        ),
        campuses=tuple(Campus(c, draw(_texts), draw(st.text(max_size=6))) for c in campus_ids),
        partners=tuple(Partner(p, draw(_texts), draw(st.sampled_from(campus_ids))) for p in partner_ids),
        programmes=tuple(programmes),
        contract_types=tuple(
            ContractType(
                id=kind,
                name=draw(_texts),
                status=draw(_texts),
                who_may_sign=draw(_texts),
                employers=tuple(draw(st.lists(st.sampled_from(EMPLOYERS), min_size=1, max_size=2))),
                pay_basis=draw(_texts),
                training_costs=draw(_texts),
                student_advantages=tuple(draw(st.lists(_texts, max_size=2))),
                employer_advantages=tuple(draw(st.lists(_texts, max_size=2))),
                simulation=draw(st.sampled_from(SIMULATIONS)),
                position=position,
                contact=draw(st.text(max_size=6)),
            )
            for position, kind in enumerate(kinds)
        ),
        student_advantages=tuple(draw(st.lists(_texts, max_size=2))),
        employer_advantages=tuple(draw(st.lists(_texts, max_size=2))),
    )


@settings(max_examples=80, deadline=None)
@given(catalogues())
def test_any_accepted_catalogue_reads_back_as_itself(catalogue: Catalogue) -> None:
    assert catalogue_from_data(catalogue_data(catalogue)) == catalogue


_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=5,
)


@settings(max_examples=150, deadline=None)
@given(catalogues(), st.data())
def test_any_damage_is_a_problem_at_a_path_never_a_crash(catalogue: Catalogue, draw: st.DataObject) -> None:
    data = catalogue_data(catalogue)
    path = draw.draw(st.sampled_from(value_paths(data)[1:]), label="path")
    broken = changed(data, path, drop=True) if draw.draw(st.booleans(), label="drop") else None
    if broken is None:
        broken = changed(data, path, draw.draw(_junk, label="junk"))
    read, found = check_catalogue_data(broken)
    assert (read is None) == bool(found)
    for problem in found:
        assert problem.message and isinstance(problem.path, tuple)
