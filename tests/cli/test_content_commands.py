"""``institute`` and ``programmes``: the JSON staff and automated checks rely on."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

from kiosk.cli import main
from tests.seed_programmes import SEED_PROGRAMMES


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_institute_json_has_the_fields_in_each_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    data = run_json(capsys, "institute", "--json", "--lang", lang)
    assert isinstance(data, dict)
    assert data["acronym"] == "IMPGT"
    assert data["founded"] == 1996 and isinstance(data["founded"], int)
    for field in ("name", "university", "status", "levels", "mission"):
        assert isinstance(data[field], str) and data[field]
    expected_university = "Aix-Marseille Université" if lang == "fr" else "Aix-Marseille University"
    assert data["university"] == expected_university


def test_institute_defaults_to_french(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "institute", "--json")
    assert isinstance(data, dict) and data["name"].startswith("Institut de Management Public")


CAMPUS_CHOICES = (None, "aix", "marseille")
LEVEL_CHOICES = (None, "L3", "M1", "M2")


@pytest.mark.parametrize(("campus", "level"), list(itertools.product(CAMPUS_CHOICES, LEVEL_CHOICES)))
def test_programmes_json_for_every_filter_combination(
    capsys: pytest.CaptureFixture[str], campus: str | None, level: str | None
) -> None:
    argv = ["programmes", "--json", "--lang", "en"]
    argv += ["--campus", campus] if campus else []
    argv += ["--level", level] if level else []
    data = run_json(capsys, *argv)
    assert isinstance(data, list)
    expected = {
        pid
        for pid, plevel, pcampus, _ in SEED_PROGRAMMES
        if (campus is None or pcampus == campus) and (level is None or plevel == level)
    }
    assert {item["id"] for item in data} == expected
    assert len(data) == len(expected)
    rankings = {pid: rank for pid, _, _, rank in SEED_PROGRAMMES}
    for item in data:
        assert set(item) >= {
            "id",
            "level",
            "title",
            "campus",
            "work_linked",
            "rhythms",
            "ranking",
            "description",
        }
        assert item["work_linked"] is True
        assert item["campus"] in ("aix", "marseille")
        assert item["ranking"] == rankings[item["id"]]
        assert isinstance(item["rhythms"], list) and "work_linked" in item["rhythms"]


def test_programme_texts_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    french = run_json(capsys, "programmes", "--json", "--level", "L3")
    english = run_json(capsys, "programmes", "--json", "--level", "L3", "--lang", "en")
    assert isinstance(french, list) and isinstance(english, list)
    assert french[0]["title"].startswith("Licence 3")
    assert english[0]["title"].startswith("Bachelor's year 3")


@pytest.mark.parametrize(
    ("argv", "accepted"),
    [
        (["programmes", "--json", "--campus", "paris"], "aix, marseille"),
        (["programmes", "--json", "--level", "M3"], "L3, M1, M2"),
        (["programmes", "--json", "--lang", "de"], "fr, en"),
    ],
)
def test_unknown_values_get_a_one_line_error_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], accepted: str
) -> None:
    try:
        status = main(argv)
    except SystemExit as exit_info:  # argparse refuses what it knows (a level, a language)
        status = exit_info.code  # type: ignore[assignment]
    assert status == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and accepted in lines[0]


def test_help_lists_every_subcommand() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, check=True, timeout=60
    )
    for command in ("institute", "programmes", "simulate", "catalogue", "translations"):
        assert command in result.stdout
