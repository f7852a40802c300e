"""The settings file and the staff PIN (no Qt)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.settings import (
    LOCKOUT_SECONDS,
    MAX_PIN_ATTEMPTS,
    KioskSettings,
    PinError,
    load_settings,
    pin_matches,
    save_settings,
    settings_path,
    try_pin,
    with_pin,
)

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.json")
    assert (settings.idle_delay, settings.countdown, settings.default_language) == (90, 15, "fr")
    assert settings.hide_cursor and not settings.has_pin


def test_the_data_dir_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert settings_path() == tmp_path / "settings.json"


def test_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_delay": "soon", "default_language": "de", "hide_cursor": 1, "countdown": 2}))
    settings = load_settings(path)
    assert (settings.idle_delay, settings.default_language, settings.hide_cursor) == (90, "fr", True)
    assert settings.countdown == 3
    path.write_text("{broken")
    assert load_settings(path) == KioskSettings()


def test_round_trip_and_the_pin_is_never_stored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = with_pin(KioskSettings(idle_delay=120), "4321")
    save_settings(settings, path)
    assert "4321" not in path.read_text()
    loaded = load_settings(path)
    assert loaded == settings
    assert pin_matches(loaded, "4321") and not pin_matches(loaded, "4322")
    assert with_pin(settings, "4321").pin_salt != settings.pin_salt


@pytest.mark.parametrize("pin", ["12", "12345678901234", "12a4", "", "١٢٣٤"])
def test_only_4_to_12_ascii_digits(pin: str) -> None:
    with pytest.raises(PinError):
        with_pin(KioskSettings(), pin)


def test_five_wrong_tries_lock_for_five_minutes() -> None:
    settings = with_pin(KioskSettings(), "1234")
    now = 1000.0
    for left in range(MAX_PIN_ATTEMPTS - 1, 0, -1):
        check = try_pin(settings, "0000", now)
        assert not check.accepted and check.attempts_left == left
        settings = check.settings
    check = try_pin(settings, "0000", now)
    assert check.locked_for == LOCKOUT_SECONDS
    assert not try_pin(check.settings, "1234", now + LOCKOUT_SECONDS - 1).accepted
    later = try_pin(check.settings, "1234", now + LOCKOUT_SECONDS + 1)
    assert later.accepted and later.settings.failed_attempts == 0


def test_a_right_pin_clears_the_count() -> None:
    settings = try_pin(with_pin(KioskSettings(), "1234"), "9999", 0).settings
    assert settings.failed_attempts == 1
    assert try_pin(settings, "1234", 0).settings.failed_attempts == 0


def run_cli(*args: str, data_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"KIOSK_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def test_admin_set_pin_and_unlock(tmp_path: Path) -> None:
    done = run_cli("admin", "set-pin", "--pin-stdin", data_dir=tmp_path, stdin="975310\n")
    assert done.returncode == 0, done.stderr
    settings = load_settings(tmp_path / "settings.json")
    assert pin_matches(settings, "975310")
    save_settings(replace(settings, locked_until=9e12), tmp_path / "settings.json")
    assert run_cli("admin", "unlock", data_dir=tmp_path).returncode == 0
    assert load_settings(tmp_path / "settings.json").locked_until == 0
    refused = run_cli("admin", "set-pin", "--pin-stdin", data_dir=tmp_path, stdin="12\n")
    assert refused.returncode == 2 and "4 to 12 digits" in refused.stderr
