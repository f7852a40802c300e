"""Every parser of the command line, found by walking the argparse tree, prints its help (exit 0).

An unescaped ``%`` in a help text (``(% of SMIC)``) used to crash ``simulate apprenticeship --help``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from kiosk.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """``path`` and the path of every sub-parser below it, depth first."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(build_parser()))


def test_the_walk_finds_every_command() -> None:
    """The tree holds the commands the README lists, down to the simulated contracts."""
    found = {" ".join(path) for path in COMMANDS}
    expected = {
        "",
        "institute",
        "programmes",
        "simulate apprenticeship",
        "simulate professionalisation",
        "simulate internship",
        "simulate training",
        "catalogue check",
        "catalogue build",
        "catalogue import",
        "catalogue export",
        "catalogue status",
        "translations update",
        "translations build",
        "admin set-pin",
        "admin unlock",
        "monkey",
        "stats export",
    }
    assert expected <= found


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(path) or "(top)")
def test_every_command_prints_its_help(capsys: pytest.CaptureFixture[str], path: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("usage: impgt-kiosk") and captured.err == ""
    assert " ".join(path) in captured.out.splitlines()[0]
