"""The programme filter shared by the finder screen and the command line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.catalogue import LEVELS, Catalogue, Programme, Text
from kiosk.domain.filters import ProgrammeFilter
from kiosk.domain.kinds import Level

#: Campuses are catalogue data: any ids do, a third one included.
CAMPUSES = ("aix", "marseille", "toulon")


def programme(pid: str, level: Level, campus: str) -> Programme:
    return Programme(pid, level, Text(pid, pid), campus, ("initial",), ("work_linked",), Text("", ""))


PROGRAMMES = [programme(f"{c}-{lvl}", lvl, c) for c in CAMPUSES for lvl in LEVELS]


def test_an_empty_filter_accepts_everything() -> None:
    assert ProgrammeFilter().apply(PROGRAMMES) == PROGRAMMES
    assert ProgrammeFilter().is_empty


@given(st.frozensets(st.sampled_from(CAMPUSES)), st.frozensets(st.sampled_from(LEVELS)))
def test_choices_within_a_group_are_alternatives_and_groups_combine(
    campuses: frozenset[str], levels: frozenset[str]
) -> None:
    kept = ProgrammeFilter(campuses, levels).apply(PROGRAMMES)
    for item in PROGRAMMES:
        expected = (not campuses or item.campus in campuses) and (not levels or item.level in levels)
        assert (item in kept) == expected


@given(st.frozensets(st.sampled_from(CAMPUSES)), st.frozensets(st.sampled_from(LEVELS)))
def test_matching_positions_are_those_of_the_accepted_programmes(
    campuses: frozenset[str], levels: frozenset[str]
) -> None:
    selection = ProgrammeFilter(campuses, levels)
    assert [PROGRAMMES[i] for i in selection.matching_positions(PROGRAMMES)] == selection.apply(PROGRAMMES)


def test_a_campus_of_no_programme_matches_nothing() -> None:
    assert ProgrammeFilter(frozenset({"paris"})).apply(PROGRAMMES) == []


def test_toggling_adds_then_removes_a_choice() -> None:
    selection = ProgrammeFilter().toggled("campus", "aix").toggled("level", "M2")
    assert selection == ProgrammeFilter(frozenset({"aix"}), frozenset({"M2"}))
    assert selection.toggled("campus", "aix") == ProgrammeFilter(frozenset(), frozenset({"M2"}))
    with pytest.raises(ValueError, match="campus or level"):
        selection.toggled("city", "aix")


def test_an_unknown_level_is_refused_naming_the_accepted_ones() -> None:
    with pytest.raises(ValueError, match="L3, M1, M2"):
        ProgrammeFilter(levels=frozenset({"M3"}))


def test_catalogue_lookups(catalogue: Catalogue) -> None:
    assert catalogue.programme("nope") is None
    assert catalogue.campus("aix") is not None and catalogue.campus("paris") is None
    assert catalogue.campus_ids == ("aix", "marseille")
    assert catalogue.partner("ensosp") is not None and catalogue.partner("x") is None
    assert catalogue.contract_type("training") is not None and catalogue.contract_type("x") is None
    assert Text("a", "b").get("en") == "b" and Text("a", "b").get("fr") == "a"


def test_french_texts_never_start_a_line_with_their_punctuation() -> None:
    from kiosk.domain.catalogue import NARROW_NO_BREAK_SPACE, french_typography

    text = Text("L'appui du CFA ; le partenaire : EPURE ! « Oui » ?", "The CFA's support; the partner: EPURE!")
    assert text.get("fr") == french_typography(text.fr)
    assert text.get("fr").count(NARROW_NO_BREAK_SPACE) == 6 and " ;" not in text.get("fr")
    assert text.get("en") == text.en  # English has no such spaces
