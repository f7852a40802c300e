"""The kiosk's settings file and its staff PIN: plain Python, no Qt.

The file is JSON in the application data location (:func:`kiosk.paths.app_data_dir`), so staff can
read it and a broken or missing file never stops the kiosk: each missing or bad value takes its
default on its own (or is brought back into its range), with a line in the log for each bad one.
The PIN is never stored: only its scrypt hash and the random salt.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from kiosk.domain.catalogue import LANGUAGES
from kiosk.paths import app_data_dir

log = logging.getLogger(__name__)
# hashlib (OpenSSL), hmac, secrets and uuid are imported where a PIN or a kiosk id is made or
# checked: not on the kiosk's start path.

SETTINGS_FILE = "settings.json"

#: scrypt cost: about 50 ms on a small PC, which makes guessing a 4-digit PIN offline slow enough.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_MIN_DIGITS, PIN_MAX_DIGITS = 4, 12
MAX_PIN_ATTEMPTS = 5
LOCKOUT_SECONDS = 300


@dataclass(frozen=True)
class SettingRange:
    """The accepted whole numbers of a setting, and the step the staff menu's stepper moves by."""

    minimum: int
    maximum: int
    step: int = 1

    def clamp(self, value: int) -> int:
        return min(self.maximum, max(self.minimum, value))


#: Seconds without a touch before the countdown: long enough to read a page, short enough that the
#: next visitor finds the kiosk reset. The staff menu's stepper offers exactly this range.
IDLE_DELAY = SettingRange(30, 600, 15)
#: Seconds of the "Still there?" countdown.
COUNTDOWN = SettingRange(3, 120)
#: Minutes between two looks at the catalogue server while the attract screen is up (with a server).
CATALOGUE_CHECK = SettingRange(1, 60)
#: A kiosk's name, as staff tell the kiosks of a fair apart ("Stand A", "Entrance").
KIOSK_NAME_MAX = 40
_KIOSK_ID = re.compile(r"[0-9a-f]{32}")
#: 9999-12-31 23:59:59 UTC: a later lock end is not a time.
_LAST_TIME = 253_402_300_799
_HEX_DIGEST = re.compile(r"(?:[0-9a-f]{2}){16,64}")


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
    catalogue_check_minutes: int = 5
    kiosk_id: str = ""
    """Generated once (:func:`with_kiosk_id`): the server's counts and heartbeats of this kiosk."""
    kiosk_name: str = ""

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash and self.pin_salt)

    def validated(self) -> KioskSettings:
        """The same settings with every value brought back into its accepted range."""
        return _normalised(asdict(self), None)


#: Reports one bad value: (setting, value found, value used, what was expected).
_Report = Callable[[str, object, object, str], None]


def _number(value: object) -> float | None:
    """``value`` as a finite number, or None (a bool, NaN, infinity, text, a list... are not).

    An integer too large for a float (hundreds of digits) comes back as the largest float of its
    sign, so that a range brings it back to its bound.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return 1e308 if value > 0 else -1e308
    return number if math.isfinite(number) else None


def _whole(name: str, value: object, default: int, bounds: SettingRange, report: _Report | None) -> int:
    number = _number(value)
    expected = f"a whole number from {bounds.minimum} to {bounds.maximum}"
    if number is None:
        if report:
            report(name, value, default, expected)
        return default
    used = bounds.clamp(round(min(max(number, -1e18), 1e18)))
    if report and used != number:
        report(name, value, used, expected)
    return used


def _normalised(raw: Mapping[str, object], report: _Report | None) -> KioskSettings:
    """Every field of ``raw`` checked on its own; ``report`` hears of each value not used as found."""
    defaults = KioskSettings()

    def given(name: str) -> object:
        return raw.get(name, getattr(defaults, name))

    def text(name: str, accepted: Callable[[str], bool], expected: str) -> str:
        value = given(name)
        if isinstance(value, str) and accepted(value):
            return value
        default: str = getattr(defaults, name)
        if report:
            report(name, value, default, expected)
        return default

    hide_cursor = given("hide_cursor")
    if not isinstance(hide_cursor, bool):
        if report:
            report("hide_cursor", hide_cursor, defaults.hide_cursor, "true or false")
        hide_cursor = defaults.hide_cursor
    pin_hash = text("pin_hash", lambda v: not v or bool(_HEX_DIGEST.fullmatch(v)), "a hexadecimal digest")
    pin_salt = text("pin_salt", lambda v: not v or bool(_HEX_DIGEST.fullmatch(v)), "a hexadecimal salt")
    kiosk_name = given("kiosk_name")
    if not isinstance(kiosk_name, str) or kiosk_name_problem(kiosk_name):
        if report:
            report("kiosk_name", kiosk_name, "", f"a name of at most {KIOSK_NAME_MAX} characters")
        kiosk_name = ""
    locked_until = _number(given("locked_until"))
    if locked_until is None or not 0 <= locked_until <= _LAST_TIME:
        if report:
            report("locked_until", given("locked_until"), 0.0, "a time in seconds since 1970")
        locked_until = 0.0
    return KioskSettings(
        idle_delay=_whole("idle_delay", given("idle_delay"), defaults.idle_delay, IDLE_DELAY, report),
        countdown=_whole("countdown", given("countdown"), defaults.countdown, COUNTDOWN, report),
        default_language=text("default_language", lambda v: v in LANGUAGES, "fr or en"),
        hide_cursor=hide_cursor,
        pin_hash=pin_hash,
        pin_salt=pin_salt,
        failed_attempts=_whole(
            "failed_attempts",
            given("failed_attempts"),
            0,
            SettingRange(0, MAX_PIN_ATTEMPTS),
            report,
        ),
        locked_until=locked_until,
        catalogue_check_minutes=_whole(
            "catalogue_check_minutes",
            given("catalogue_check_minutes"),
            defaults.catalogue_check_minutes,
            CATALOGUE_CHECK,
            report,
        ),
        kiosk_id=text("kiosk_id", lambda v: not v or bool(_KIOSK_ID.fullmatch(v)), "32 hexadecimal digits"),
        kiosk_name=kiosk_name,
    )


def kiosk_name_problem(name: str) -> str:
    """Why ``name`` cannot name a kiosk ("" when it can): short, one line, no control character."""
    if len(name) > KIOSK_NAME_MAX:
        return f"a kiosk name has at most {KIOSK_NAME_MAX} characters"
    if name != name.strip() or any(unicodedata.category(char).startswith("C") for char in name):
        return "a kiosk name is one line of visible characters, with no space at either end"
    return ""


def with_kiosk_id(settings: KioskSettings) -> KioskSettings:
    """``settings`` with a kiosk id: the one it has, else a new random one (kept from then on)."""
    import uuid

    return settings if settings.kiosk_id else replace(settings, kiosk_id=uuid.uuid4().hex)


def settings_path(data_dir: Path | None = None) -> Path:
    return (data_dir or app_data_dir()) / SETTINGS_FILE


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_settings(text: str | bytes, path: Path) -> KioskSettings:
    """The settings in the JSON ``text`` of ``path``: each bad value replaced on its own, and logged."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as error:  # RecursionError: brackets nested thousands deep
        log.warning("settings file %s is not JSON (%s): using the defaults", path, str(error)[:200])
        return KioskSettings()
    if not isinstance(raw, dict):
        log.warning("settings file %s does not hold a JSON object: using the defaults", path)
        return KioskSettings()

    def report(name: str, found: object, used: object, expected: str) -> None:
        log.warning("settings file %s: %s: expected %s (found %s): using %s", path, name, expected, _shown(found), used)

    known = {field.name for field in fields(KioskSettings)}
    for name in sorted(set(raw) - known, key=str)[:20]:
        log.warning("settings file %s: unknown setting %s ignored", path, _shown(name))
    return _normalised(raw, report)


def load_settings(path: Path | None = None) -> KioskSettings:
    """The settings in ``path`` (default: the application data location), defaults for what is missing."""
    path = path or settings_path()
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return KioskSettings()
    except OSError as error:
        log.warning("settings file %s unreadable (%s): using the defaults", path, error)
        return KioskSettings()
    return parse_settings(text, path)


def settings_text(settings: KioskSettings) -> str:
    return json.dumps(asdict(settings.validated()), indent=2) + "\n"


def save_settings(settings: KioskSettings, path: Path | None = None) -> Path:
    """Write atomically (a power cut never leaves half a file), readable by the owner only.

    Raises:
        OSError: the folder cannot be written (read-only, full disk); nothing is left behind.
    """
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    try:
        temporary.write_text(settings_text(settings), encoding="utf-8")
        if os.name == "posix":
            temporary.chmod(0o600)
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
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
    import hashlib

    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return digest.hex()


def with_pin(settings: KioskSettings, pin: str) -> KioskSettings:
    """``settings`` with a new PIN (hashed with a fresh random salt) and the lockout cleared."""
    import secrets

    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    return replace(settings, pin_hash=hash_pin(pin, salt), pin_salt=salt.hex(), failed_attempts=0, locked_until=0.0)


def pin_matches(settings: KioskSettings, pin: str) -> bool:
    if not settings.has_pin or not pin.isdigit() or not pin.isascii() or len(pin) > PIN_MAX_DIGITS:
        return False
    try:
        salt = bytes.fromhex(settings.pin_salt)
    except ValueError:
        return False
    import hmac

    return hmac.compare_digest(hash_pin(pin, salt), settings.pin_hash)


@dataclass(frozen=True)
class PinCheck:
    """The outcome of a PIN attempt: accepted, or how many tries are left, or locked until when."""

    accepted: bool
    settings: KioskSettings
    attempts_left: int = MAX_PIN_ATTEMPTS
    locked_for: float = 0.0


def lock_remaining(settings: KioskSettings, now: float) -> float:
    """Seconds the pad stays locked (0: not locked).

    A lock ending more than :data:`LOCKOUT_SECONDS` from ``now`` was not set by this kiosk (the
    clock was set back, or the file edited): it does not count, so nobody is locked out for good.
    """
    remaining = max(0.0, settings.locked_until - now)
    return remaining if remaining <= LOCKOUT_SECONDS else 0.0


def try_pin(settings: KioskSettings, pin: str, now: float) -> PinCheck:
    """Check ``pin`` at time ``now``: five wrong tries lock the pad for :data:`LOCKOUT_SECONDS`.

    Returns the settings to store (attempt count and lockout persist across restarts, so pulling
    the plug does not give five more tries). An empty PIN (OK tapped with no digit) is no try: it
    changes nothing, so that a passer-by tapping OK cannot lock staff out.
    """
    remaining = lock_remaining(settings, now)
    if remaining > 0:
        return PinCheck(False, settings, 0, remaining)
    if not pin:
        return PinCheck(False, settings, MAX_PIN_ATTEMPTS - settings.failed_attempts)
    if pin_matches(settings, pin):
        return PinCheck(True, replace(settings, failed_attempts=0, locked_until=0.0))
    failed = settings.failed_attempts + 1
    if failed >= MAX_PIN_ATTEMPTS:
        locked = replace(settings, failed_attempts=0, locked_until=now + LOCKOUT_SECONDS)
        return PinCheck(False, locked, 0, float(LOCKOUT_SECONDS))
    return PinCheck(False, replace(settings, failed_attempts=failed), MAX_PIN_ATTEMPTS - failed)


class SettingsStore:
    """The settings file and the settings in use: every change is written at once.

    The settings in memory are the ones in use: when the file cannot be written (a read-only folder,
    a full disk), they stay in force, the PIN lockout included. :meth:`refresh` takes in what
    another program wrote into the file since (``admin set-pin``, ``admin unlock``), and only that.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._seen = self._read()
        self.settings = parse_settings(self._seen, self.path) if self._seen is not None else KioskSettings()
        self.save_problem = ""
        """Why the settings in use are not in the file ("" once they are)."""

    @property
    def saved(self) -> bool:
        """Whether the settings in use are the ones in the file."""
        return not self.save_problem

    def _read(self) -> bytes | None:
        """The file's bytes; None if there is none or it cannot be read (said in the log)."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("settings file %s unreadable (%s): using the defaults", self.path, error)
            return None

    def update(self, settings: KioskSettings) -> KioskSettings:
        self.settings = settings.validated()
        try:
            save_settings(self.settings, self.path)
        except OSError as error:  # a read-only folder or a full disk must not stop the kiosk
            self.save_problem = str(error)
            log.error(
                "cannot write the settings file %s (%s): the settings in use hold until the kiosk stops",
                self.path,
                error,
            )
        else:
            self.save_problem = ""
            self._seen = settings_text(self.settings).encode("utf-8")
        return self.settings

    def refresh(self) -> KioskSettings:
        """The settings in use, with what another program wrote into the file since it was last
        read or written here; a file that cannot be read changes nothing."""
        try:
            current = self.path.read_bytes()
        except FileNotFoundError:
            current = None
        except OSError:
            return self.settings
        if current != self._seen:
            self._seen = current
            self.settings = parse_settings(current, self.path) if current is not None else KioskSettings()
            self.save_problem = ""
        return self.settings
