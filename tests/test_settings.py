"""The settings file and the staff PIN (no Qt)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from kiosk.settings import (
    IDLE_DELAY,
    LOCKOUT_SECONDS,
    MAX_PIN_ATTEMPTS,
    KioskSettings,
    PinError,
    SettingsStore,
    load_settings,
    pin_matches,
    save_settings,
    settings_path,
    try_pin,
    with_pin,
)
from tests.faults import no_space, read_only

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


GOOD = with_pin(KioskSettings(idle_delay=120, countdown=20, default_language="en", hide_cursor=False), "2468")
HUGE = "1" + "0" * 400  # a JSON integer no float can hold


@pytest.mark.parametrize(
    ("junk", "field", "used"),
    [
        ("NaN", "idle_delay", 90),
        ("Infinity", "countdown", 15),
        ("-Infinity", "locked_until", 0.0),
        ("NaN", "locked_until", 0.0),
        ("1e400", "locked_until", 0.0),
        (HUGE, "idle_delay", IDLE_DELAY.maximum),
        ("-" + HUGE, "idle_delay", IDLE_DELAY.minimum),
        (HUGE, "failed_attempts", MAX_PIN_ATTEMPTS),
        (HUGE, "locked_until", 0.0),
        ('"soon"', "idle_delay", 90),
        ("[30]", "countdown", 15),
        ('{"a": {"b": [1, {"c": null}]}}', "idle_delay", 90),
        ("true", "idle_delay", 90),
        ("null", "failed_attempts", 0),
        ("1", "hide_cursor", True),
        ('{"x": 1}', "hide_cursor", True),
        ('"de"', "default_language", "fr"),
        ("12", "default_language", "fr"),
        ('"not hex"', "pin_hash", ""),
        ("[1, 2]", "pin_salt", ""),
        ("3600", "idle_delay", IDLE_DELAY.maximum),
        ("5", "idle_delay", IDLE_DELAY.minimum),
    ],
)
def test_each_bad_value_falls_back_on_its_own_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, junk: str, field: str, used: object
) -> None:
    path = tmp_path / "settings.json"
    good = json.dumps(asdict(GOOD), indent=2)
    text = good.replace(f'"{field}": {json.dumps(getattr(GOOD, field))}', f'"{field}": {junk}')
    assert text != good
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kiosk.settings"):
        loaded = load_settings(path)
    assert getattr(loaded, field) == used
    # Every other value is kept as it was.
    assert replace(loaded, **{field: getattr(GOOD, field)}) == GOOD
    [line] = [r.getMessage() for r in caplog.records]
    assert str(path) in line and f": {field}: expected " in line and "using" in line


@pytest.mark.parametrize(
    "text", ["[" * 100_000 + "]" * 100_000, "[1, 2]", '"text"', "", "\x00\xff", '{"idle_delay": 1e999999}']
)
def test_a_file_that_is_no_settings_object_gives_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(text.encode("latin-1"))
    assert replace(load_settings(path), idle_delay=90) == KioskSettings()


def test_unknown_settings_are_ignored_with_a_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({**asdict(GOOD), "colour": "red"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kiosk.settings"):
        assert load_settings(path) == GOOD
    assert ["unknown setting 'colour'" in r.getMessage() for r in caplog.records] == [True]


def test_the_staff_menu_range_is_the_one_of_the_file() -> None:
    assert KioskSettings(idle_delay=IDLE_DELAY.maximum + 1).validated().idle_delay == IDLE_DELAY.maximum
    assert KioskSettings(idle_delay=IDLE_DELAY.minimum - 1).validated().idle_delay == IDLE_DELAY.minimum
    assert (IDLE_DELAY.maximum - IDLE_DELAY.minimum) % IDLE_DELAY.step == 0


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


def test_an_empty_pin_is_no_try() -> None:
    settings = with_pin(KioskSettings(), "1234")
    for _ in range(MAX_PIN_ATTEMPTS * 2):
        check = try_pin(settings, "", 0)
        assert not check.accepted and check.settings == settings and check.attempts_left == MAX_PIN_ATTEMPTS
    wrong = try_pin(settings, "0000", 0).settings
    assert try_pin(wrong, "", 0).attempts_left == MAX_PIN_ATTEMPTS - 1


def test_a_lock_beyond_the_lockout_time_does_not_lock_for_good() -> None:
    settings = replace(with_pin(KioskSettings(), "1234"), locked_until=1e12)
    assert try_pin(settings, "1234", 1000.0).accepted


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


def five_wrong_pins(store: SettingsStore, now: float = 1000.0) -> None:
    for _ in range(MAX_PIN_ATTEMPTS):
        check = try_pin(store.refresh(), "0000", now)
        store.update(check.settings)


def test_the_lockout_holds_in_memory_when_the_file_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(with_pin(store.settings, "1234"))
    monkeypatch.setattr(Path, "write_text", no_space)  # a full disk from now on
    five_wrong_pins(store)
    assert not store.saved and "No space left" in store.save_problem
    assert not try_pin(store.refresh(), "1234", 1000.0).accepted  # locked, though the file says not
    assert load_settings(store.path).locked_until == 0
    assert not list(tmp_path.glob("*.tmp"))


def test_the_lockout_holds_in_memory_on_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    save_settings(with_pin(KioskSettings(), "1234"), folder / "settings.json")
    with read_only(folder):
        store = SettingsStore(folder / "settings.json")
        five_wrong_pins(store)
        assert not store.saved
        check = try_pin(store.refresh(), "1234", 1000.0)
        assert not check.accepted and check.locked_for == LOCKOUT_SECONDS


def test_what_admin_writes_meanwhile_is_taken_in(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(with_pin(store.settings, "1234"))
    five_wrong_pins(store)
    assert store.refresh().locked_until > 0
    # ``admin unlock`` from another process: the kiosk takes it in at the next long press.
    save_settings(replace(load_settings(store.path), failed_attempts=0, locked_until=0.0), store.path)
    assert store.refresh().locked_until == 0
    assert try_pin(store.settings, "1234", 1000.0).accepted


def test_a_failed_save_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(OSError):
        save_settings(KioskSettings(), tmp_path / "settings.json")
    assert list(tmp_path.iterdir()) == []


def test_admin_with_a_broken_settings_file_says_so_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"idle_delay": NaN, "locked_until": Infinity, "countdown": [1]}')
    done = run_cli("admin", "unlock", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "idle_delay: expected" in done.stderr
    assert load_settings(tmp_path / "settings.json") == KioskSettings()


def test_admin_on_a_read_only_folder_says_nothing_changed(tmp_path: Path) -> None:
    save_settings(replace(KioskSettings(), locked_until=1e9), tmp_path / "settings.json")
    with read_only(tmp_path):
        done = run_cli("admin", "unlock", data_dir=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot write" in done.stderr and "the pad stays as it was" in done.stderr
