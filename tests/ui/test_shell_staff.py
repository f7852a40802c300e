"""Staff access: a long press on the brand, the PIN pad, the lockout, the staff menu."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue
from kiosk.settings import LOCKOUT_SECONDS, MAX_PIN_ATTEMPTS, load_settings, with_pin
from kiosk.ui.shell.shell import CatalogueSource, KioskShell
from tests.ui.helpers import plain

PIN = "2468"


def long_press(qtbot: QtBot, shell: KioskShell) -> None:
    brand = shell.window.header.brand
    qtbot.mousePress(brand, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(shell.pin_pad.isVisible, timeout=3000)
    qtbot.mouseRelease(brand, Qt.MouseButton.LeftButton)


def type_pin(qtbot: QtBot, shell: KioskShell, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(shell.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.pin_pad.ok_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def now() -> list[float]:
    return [1_000_000.0]


@pytest.fixture
def staff_shell(shell: KioskShell, now: list[float]) -> KioskShell:
    shell.store.update(with_pin(shell.store.settings, PIN))
    shell._clock = lambda: now[0]
    shell.start(kiosk=True)
    return shell


def test_a_short_press_on_the_brand_does_nothing(qtbot: QtBot, staff_shell: KioskShell) -> None:
    qtbot.mouseClick(staff_shell.window.header.brand, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert not staff_shell.pin_pad.isVisible()


def test_long_press_then_the_right_pin_opens_the_staff_menu(qtbot: QtBot, staff_shell: KioskShell) -> None:
    long_press(qtbot, staff_shell)
    assert staff_shell.pin_pad.message.text() == "Saisissez le code du personnel."
    type_pin(qtbot, staff_shell, PIN)
    assert not staff_shell.pin_pad.isVisible()
    assert staff_shell.staff_menu.isVisible()
    qtbot.mouseClick(staff_shell.staff_menu.resume_button, Qt.MouseButton.LeftButton)
    assert not staff_shell.staff_menu.isVisible()


def test_five_wrong_pins_lock_the_pad_even_after_a_restart(
    qtbot: QtBot, staff_shell: KioskShell, now: list[float]
) -> None:
    long_press(qtbot, staff_shell)
    for attempt in range(1, MAX_PIN_ATTEMPTS):
        type_pin(qtbot, staff_shell, "0000")
        assert staff_shell.pin_pad.state == "wrong"
        assert str(MAX_PIN_ATTEMPTS - attempt) in staff_shell.pin_pad.message.text()
    type_pin(qtbot, staff_shell, "0000")
    assert staff_shell.pin_pad.state == "locked"
    assert not staff_shell.pin_pad.ok_button.isEnabled()
    assert "verrouillé" in staff_shell.pin_pad.message.text()

    # Even the right PIN is refused while locked, and the lock is in the settings file.
    staff_shell._on_pin_submitted(PIN)
    assert not staff_shell.staff_menu.isVisible()
    assert load_settings(staff_shell.store.path).locked_until == now[0] + LOCKOUT_SECONDS
    qtbot.mouseClick(staff_shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    long_press(qtbot, staff_shell)
    assert staff_shell.pin_pad.state == "locked"

    now[0] += LOCKOUT_SECONDS + 1
    qtbot.mouseClick(staff_shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    long_press(qtbot, staff_shell)
    assert staff_shell.pin_pad.state == "ready"
    type_pin(qtbot, staff_shell, PIN)
    assert staff_shell.staff_menu.isVisible()


def test_without_a_pin_the_pad_says_how_to_set_one(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=True)
    long_press(qtbot, shell)
    assert shell.pin_pad.state == "no_pin"
    assert "python -m kiosk admin set-pin" in shell.pin_pad.message.text()
    assert not shell.pin_pad.keys["1"].isEnabled()
    qtbot.mouseClick(shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    assert not shell.pin_pad.isVisible()


def test_settings_saved_from_the_staff_menu(
    qtbot: QtBot, staff_shell: KioskShell, caplog: pytest.LogCaptureFixture
) -> None:
    staff_shell._fixed_idle_ms = None
    staff_shell.open_staff_menu()
    menu = staff_shell.staff_menu
    qtbot.mouseClick(menu.settings_button, Qt.MouseButton.LeftButton)
    assert menu.pages.currentIndex() == 1
    for _ in range(2):
        qtbot.mouseClick(menu.idle_stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(menu.language_choice.chips["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(menu.cursor_choice.chips["visible"], Qt.MouseButton.LeftButton)
    with caplog.at_level(logging.INFO, logger="kiosk.shell"):
        qtbot.mouseClick(menu.settings_save, Qt.MouseButton.LeftButton)
    saved = load_settings(staff_shell.store.path)
    assert (saved.idle_delay, saved.default_language, saved.hide_cursor) == (120, "en", False)
    assert staff_shell.idle.idle_interval == 120_000
    assert saved.has_pin
    assert "staff saved the settings: idle 120 s" in caplog.text
    assert saved.pin_hash not in caplog.text and saved.pin_salt not in caplog.text  # never in the log


def test_reload_the_catalogue_rebuilds_the_screens(qtbot: QtBot, staff_shell: KioskShell, catalogue: Catalogue) -> None:
    smaller = replace(catalogue, programmes=catalogue.programmes[:2])
    calls: list[int] = []

    def reload() -> tuple[Catalogue, CatalogueSource]:
        calls.append(1)
        return smaller, CatalogueSource("server-copy", True, "postgresql://kiosk@server/kiosk")

    staff_shell._reload = reload
    staff_shell.open_staff_menu()
    qtbot.mouseClick(staff_shell.staff_menu.reload_button, Qt.MouseButton.LeftButton)
    assert calls == [1]
    assert "2" in staff_shell.staff_menu.status.text()
    staff_shell.open_staff_menu()
    assert any(plain(line).startswith("Le serveur du catalogue est injoignable") for line in staff_shell.about_lines())


def test_a_failing_reload_is_reported_not_raised(qtbot: QtBot, staff_shell: KioskShell) -> None:
    def reload() -> tuple[Catalogue, CatalogueSource]:
        raise OSError("disk unplugged")

    staff_shell._reload = reload
    staff_shell.open_staff_menu()
    qtbot.mouseClick(staff_shell.staff_menu.reload_button, Qt.MouseButton.LeftButton)
    assert "disk unplugged" in staff_shell.staff_menu.status.text()


def test_the_staff_menu_counts_and_dates_in_each_language(qtbot: QtBot, staff_shell: KioskShell) -> None:
    """Plural forms for every count ("1 écran ouvert", "2 screens opened") and the language's own
    date format (British English: day first)."""
    menu = staff_shell.staff_menu
    menu.set_usage_source(lambda: [("screen", 1), ("programme", 2), ("idle_reset", 0)])
    staff_shell.open_staff_menu()
    text = plain(menu.usage_text.text())
    assert "1 écran ouvert" in text and "2 formations consultées" in text and "0 remise à zéro" in text
    staff_shell.language.set_language("en")
    staff_shell.open_staff_menu()
    text = menu.usage_text.text()
    assert "1 screen opened" in text and "2 programmes viewed" in text and "0 idle resets" in text
    loaded = next(line for line in staff_shell.about_lines() if line.startswith("Catalogue loaded on"))
    today = QDateTime.currentDateTime().date()
    assert f"{today.day():02d}/{today.month():02d}/{today.year()}" in loaded
