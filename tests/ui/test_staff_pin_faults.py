"""The PIN pad against a passer-by and a full disk, and the staff menu's idle range (the settings' own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.settings import IDLE_DELAY, LOCKOUT_SECONDS, MAX_PIN_ATTEMPTS, load_settings
from kiosk.ui.shell.shell import KioskShell
from tests.faults import no_space
from tests.ui.test_shell_staff import PIN, long_press, now, staff_shell, type_pin

__all__ = ["now", "staff_shell"]  # the fixtures of the staff tests, shared


def test_ok_with_no_digit_is_no_try(qtbot: QtBot, staff_shell: KioskShell) -> None:
    long_press(qtbot, staff_shell)
    ready = staff_shell.pin_pad.message.text()
    for _ in range(MAX_PIN_ATTEMPTS * 2):
        qtbot.mouseClick(staff_shell.pin_pad.ok_button, Qt.MouseButton.LeftButton)
    assert staff_shell.pin_pad.state == "ready" and staff_shell.pin_pad.message.text() == ready
    assert load_settings(staff_shell.store.path).failed_attempts == 0
    type_pin(qtbot, staff_shell, "0000")
    assert str(MAX_PIN_ATTEMPTS - 1) in staff_shell.pin_pad.message.text()
    type_pin(qtbot, staff_shell, PIN)
    assert staff_shell.staff_menu.isVisible()


def test_five_wrong_pins_lock_the_pad_when_the_disk_is_full(
    qtbot: QtBot, staff_shell: KioskShell, now: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "write_text", no_space)
    long_press(qtbot, staff_shell)
    for _ in range(MAX_PIN_ATTEMPTS):
        type_pin(qtbot, staff_shell, "0000")
    assert staff_shell.pin_pad.state == "locked"
    assert load_settings(staff_shell.store.path).failed_attempts == 0  # the file could not keep a thing
    # A new long press does not give five more tries, nor does the right PIN open the menu.
    qtbot.mouseClick(staff_shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    long_press(qtbot, staff_shell)
    assert staff_shell.pin_pad.state == "locked"
    staff_shell._on_pin_submitted(PIN)
    assert not staff_shell.staff_menu.isVisible()
    now[0] += LOCKOUT_SECONDS + 1
    qtbot.mouseClick(staff_shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    long_press(qtbot, staff_shell)
    type_pin(qtbot, staff_shell, PIN)
    assert staff_shell.staff_menu.isVisible()


def test_the_idle_stepper_offers_the_range_of_the_settings(qtbot: QtBot, staff_shell: KioskShell) -> None:
    staff_shell._fixed_idle_ms = None
    staff_shell.open_staff_menu()
    menu = staff_shell.staff_menu
    qtbot.mouseClick(menu.settings_button, Qt.MouseButton.LeftButton)
    taps = (IDLE_DELAY.maximum - IDLE_DELAY.minimum) // IDLE_DELAY.step + 1
    for _ in range(taps):
        qtbot.mouseClick(menu.idle_stepper.minus, Qt.MouseButton.LeftButton)
    assert menu.idle_stepper.value() == IDLE_DELAY.minimum
    qtbot.mouseClick(menu.settings_save, Qt.MouseButton.LeftButton)
    assert load_settings(staff_shell.store.path).idle_delay == IDLE_DELAY.minimum
    qtbot.mouseClick(menu.settings_button, Qt.MouseButton.LeftButton)
    for _ in range(taps):
        qtbot.mouseClick(menu.idle_stepper.plus, Qt.MouseButton.LeftButton)
    assert menu.idle_stepper.value() == IDLE_DELAY.maximum
    qtbot.mouseClick(menu.settings_save, Qt.MouseButton.LeftButton)
    assert load_settings(staff_shell.store.path).idle_delay == IDLE_DELAY.maximum
    assert staff_shell.idle.idle_interval == IDLE_DELAY.maximum * 1000
