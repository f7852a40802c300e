"""The kiosk's settings file and its staff PIN: plain Python, no Qt.

The file is JSON in the application data location (:func:`kiosk.paths.app_data_dir`), so staff can
read it and a broken or missing file never stops the kiosk: every missing or bad key takes its
default. The PIN is never stored: only its scrypt hash and the random salt.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from kiosk.domain.catalogue import language_or_default
from kiosk.paths import app_data_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"

#: scrypt cost: about 50 ms on a small PC, which makes guessing a 4-digit PIN offline slow enough.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_MIN_DIGITS, PIN_MAX_DIGITS = 4, 12
MAX_PIN_ATTEMPTS = 5
LOCKOUT_SECONDS = 300


@dataclass(frozen=True)
class KioskSettings:
    """What staff can change. Times in seconds; ``locked_until`` is a Unix time (0: not locked)."""

    idle_delay: int = 90
    countdown: int = 15
    default_language: str = "fr"
    hide_cursor: bool = True
    pin_hash: str = ""
    pin_salt: str = ""
    failed_attempts: int = 0
    locked_until: float = 0.0

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash and self.pin_salt)

    def validated(self) -> KioskSettings:
        """The same settings with every value brought back into its accepted range."""
        return replace(
            self,
            idle_delay=min(3600, max(15, int(self.idle_delay))),
            countdown=min(120, max(3, int(self.countdown))),
            default_language=language_or_default(self.default_language),
            hide_cursor=bool(self.hide_cursor),
            failed_attempts=max(0, int(self.failed_attempts)),
            locked_until=max(0.0, float(self.locked_until)),
        )


def settings_path(data_dir: Path | None = None) -> Path:
    return (data_dir or app_data_dir()) / SETTINGS_FILE


def _coerce(raw: dict[str, Any]) -> KioskSettings:
    defaults = KioskSettings()
    values: dict[str, Any] = {}
    for field in fields(KioskSettings):
        value = raw.get(field.name, getattr(defaults, field.name))
        default = getattr(defaults, field.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int | float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        values[field.name] = value if ok else default
    return KioskSettings(**values).validated()


def load_settings(path: Path | None = None) -> KioskSettings:
    """The settings in ``path`` (default: the application data location), defaults for what is missing."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return KioskSettings()
    except (OSError, ValueError) as error:
        log.warning("settings file %s unreadable (%s): using the defaults", path, error)
        return KioskSettings()
    if not isinstance(raw, dict):
        log.warning("settings file %s is not a JSON object: using the defaults", path)
        return KioskSettings()
    return _coerce(raw)


def save_settings(settings: KioskSettings, path: Path | None = None) -> Path:
    """Write atomically (a power cut never leaves half a file), readable by the owner only."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings.validated()), indent=2) + "\n", encoding="utf-8")
    if os.name == "posix":
        temporary.chmod(0o600)
    temporary.replace(path)
    return path


# --- PIN ---------------------------------------------------------------------------------------


class PinError(ValueError):
    """A PIN that cannot be used (not digits, too short or too long)."""


def check_pin_format(pin: str) -> None:
    if not pin.isdigit() or not pin.isascii():
        raise PinError("the PIN must be made of digits only (the kiosk's pad has no letters)")
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        raise PinError(f"the PIN must have {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits")


def hash_pin(pin: str, salt: bytes) -> str:
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return digest.hex()


def with_pin(settings: KioskSettings, pin: str) -> KioskSettings:
    """``settings`` with a new PIN (hashed with a fresh random salt) and the lockout cleared."""
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    return replace(settings, pin_hash=hash_pin(pin, salt), pin_salt=salt.hex(), failed_attempts=0, locked_until=0.0)


def pin_matches(settings: KioskSettings, pin: str) -> bool:
    if not settings.has_pin or not pin.isdigit() or not pin.isascii():
        return False
    try:
        salt = bytes.fromhex(settings.pin_salt)
    except ValueError:
        return False
    return hmac.compare_digest(hash_pin(pin, salt), settings.pin_hash)


@dataclass(frozen=True)
class PinCheck:
    """The outcome of a PIN attempt: accepted, or how many tries are left, or locked until when."""

    accepted: bool
    settings: KioskSettings
    attempts_left: int = MAX_PIN_ATTEMPTS
    locked_for: float = 0.0


def lock_remaining(settings: KioskSettings, now: float) -> float:
    """Seconds the pad stays locked (0: not locked)."""
    return max(0.0, settings.locked_until - now)


def try_pin(settings: KioskSettings, pin: str, now: float) -> PinCheck:
    """Check ``pin`` at time ``now``: five wrong tries lock the pad for :data:`LOCKOUT_SECONDS`.

    Returns the settings to store (attempt count and lockout persist across restarts, so pulling
    the plug does not give five more tries).
    """
    remaining = lock_remaining(settings, now)
    if remaining > 0:
        return PinCheck(False, settings, 0, remaining)
    if pin_matches(settings, pin):
        return PinCheck(True, replace(settings, failed_attempts=0, locked_until=0.0))
    failed = settings.failed_attempts + 1
    if failed >= MAX_PIN_ATTEMPTS:
        locked = replace(settings, failed_attempts=0, locked_until=now + LOCKOUT_SECONDS)
        return PinCheck(False, locked, 0, float(LOCKOUT_SECONDS))
    return PinCheck(False, replace(settings, failed_attempts=failed), MAX_PIN_ATTEMPTS - failed)


class SettingsStore:
    """The settings file and its current content: every change is written at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.settings = load_settings(self.path)

    def update(self, settings: KioskSettings) -> KioskSettings:
        self.settings = settings.validated()
        try:
            save_settings(self.settings, self.path)
        except OSError as error:  # a read-only disk must not stop the kiosk
            log.error("cannot write the settings file %s: %s", self.path, error)
        return self.settings

    def reload(self) -> KioskSettings:
        self.settings = load_settings(self.path)
        return self.settings
