"""The command line imports the module of the command it runs, and none for the kiosk itself."""

from __future__ import annotations

import pytest

from kiosk.cli import COMMAND_MODULES, command_modules, main

EVERY = list(dict.fromkeys(COMMAND_MODULES.values()))


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        ([], []),
        (["--windowed", "--lang", "en", "--screen", "1"], []),
        (["--db", "stats"], []),  # a value, not the command
        (["programmes", "--json", "--level", "M2"], ["content"]),
        (["--db", "sqlite:///x.sqlite", "stats", "export", "-o", "-"], ["stats"]),
        (["layout-check", "--size", "1280x800"], ["layout_check"]),
        (["--help"], EVERY),
        (["institue"], EVERY),  # a typo: the error lists every command
    ],
)
def test_the_modules_a_command_line_needs(argv: list[str], modules: list[str]) -> None:
    assert command_modules(argv) == modules


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(command in out for command in COMMAND_MODULES)


def test_a_mistyped_command_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_status:
        main(["institue"])
    assert exit_status.value.code == 2
    err = capsys.readouterr().err
    assert "institue" in err and "programmes" in err and "fleet" in err
