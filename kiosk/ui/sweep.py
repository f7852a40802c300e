"""Every state a visitor (or a staff member) can bring the kiosk to, in one list: each screen, each
programme, each contract and view of the simulator, each dialog and overlay, the attract screen.

One module, so that the self-test (every state draws), the layout check (every text fits, every
target is finger-sized) and the monkey (every button of every state is tapped) cover a new screen or
dialog at once. A state is entered from a fresh visit (overlays closed, every screen reset), by what
the visitor would tap, programmatically (``click()``: no test library, so the frozen build's
self-test sweeps too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.kinds import ContractKind, ScreenName
from kiosk.domain.presets import SimulationPreset, preset_for_programme
from kiosk.settings import with_pin
from kiosk.ui.shell.shell import KioskShell
from kiosk.ui.widgets.overlay import open_dialogs

#: A PIN for the staff states of a sweep (on a kiosk whose settings are the sweep's own).
SWEEP_PIN = "24681357"


@dataclass(frozen=True)
class State:
    """``name``: ``screen``, ``screen:argument``, then ``/dialog`` or ``+what`` for what is opened
    or changed on it; ``enter`` brings a freshly reset kiosk there."""

    name: str
    enter: Callable[[], None]
    staff: bool = False


def settle() -> None:
    """Let what an action started finish: posted events (layouts settle one level of nesting per
    round), then the deferred deletions."""
    for _ in range(4):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Sweep:
    """The states of ``shell``'s kiosk showing ``catalogue``."""

    def __init__(self, shell: KioskShell, catalogue: Catalogue) -> None:
        self.shell = shell
        self.catalogue = catalogue
        self.navigator = shell.navigator

    # --- moving around ----------------------------------------------------------------------------

    def fresh_visit(self) -> None:
        """A new visitor on the home screen: dialogs and overlays closed, every screen reset."""
        shell = self.shell
        shell.close_overlays()
        shell.banner.hide()
        settle()
        self.navigator.reset()
        shell.idle.set_dormant(False)
        settle()

    def enter(self, state: State) -> None:
        self.fresh_visit()
        state.enter()
        settle()

    def surface(self) -> QWidget:
        """What takes touches now: the topmost dialog or overlay, or the window."""
        dialogs = open_dialogs(self.shell.window)
        if dialogs:
            return dialogs[-1]
        shell = self.shell
        overlays = [o for o in (shell.countdown, shell.pin_pad, shell.staff_menu) if o.isVisible()]
        return overlays[-1] if overlays else shell.window

    # --- the states -------------------------------------------------------------------------------

    def states(self, staff: bool = True) -> list[State]:
        return [state for state in self._states() if staff or not state.staff]

    def _go(self, screen: str, argument: object = None) -> Callable[[], None]:
        return lambda: self.navigator.go(screen, argument)

    def _then(self, *steps: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            for step in steps:
                step()
                settle()

        return run

    def _current(self) -> QWidget:
        screen = self.navigator.current_screen
        assert screen is not None
        return screen

    def _click(self, name: str) -> Callable[[], None]:
        """A tap on the button of that object name, on the surface shown."""

        def click() -> None:
            button = self.surface().findChild(QAbstractButton, name)
            if button is None:
                raise LookupError(f"no button {name!r} on {self.surface().objectName()}")
            button.click()

        return click

    def _call(self, method: str) -> Callable[[], None]:
        return lambda: getattr(self._current(), method)()

    def _states(self) -> Iterator[State]:
        catalogue = self.catalogue
        yield State(ScreenName.HOME, lambda: None)
        yield State(ScreenName.INSTITUTE, self._go(ScreenName.INSTITUTE))
        yield State(ScreenName.FINDER, self._go(ScreenName.FINDER))
        for chip in ("chip_level_M2", "chip_campus_marseille"):
            yield State(f"{ScreenName.FINDER}+{chip}", self._then(self._go(ScreenName.FINDER), self._click(chip)))
        nothing = self._empty_filter()
        if nothing is not None:
            campus, level = nothing
            chips = (self._click(f"chip_campus_{campus}"), self._click(f"chip_level_{level}"))
            yield State(f"{ScreenName.FINDER}+nothing", self._then(self._go(ScreenName.FINDER), *chips))
        yield State(ScreenName.CONTRACTS, self._go(ScreenName.CONTRACTS))
        more = [self._click(f"more_{contract.id}") for contract in catalogue.contract_types]
        yield State(f"{ScreenName.CONTRACTS}+details", self._then(self._go(ScreenName.CONTRACTS), *more))
        for programme in catalogue.programmes:
            go = self._go(ScreenName.PROGRAMME, programme.id)
            yield State(f"{ScreenName.PROGRAMME}:{programme.id}", go)
            yield State(f"{ScreenName.PROGRAMME}:{programme.id}/takeaway", self._then(go, self._call("open_takeaway")))
        yield from self._simulator_states()
        yield from self._shell_states()
        yield State(ScreenName.ATTRACT, self.shell.reset_for_next_visitor)

    def _empty_filter(self) -> tuple[str, str] | None:
        """A campus and a level with no programme together, if the catalogue has such a pair: the
        finder's "no programme matches" page."""
        levels = sorted({programme.level for programme in self.catalogue.programmes})
        for campus in self.catalogue.campuses:
            for level in levels:
                if not any(p.campus == campus.id and p.level == level for p in self.catalogue.programmes):
                    return campus.id, level
        return None

    def _simulator_states(self) -> Iterator[State]:
        catalogue = self.catalogue
        presets: list[tuple[str, SimulationPreset]] = [("", SimulationPreset())]
        presets += [
            (f":{programme.id}", preset_for_programme(catalogue, programme))
            for programme in catalogue.programmes
            if programme.level != "L3"
        ][:2]
        for suffix, preset in presets:
            yield State(f"{ScreenName.SIMULATOR}{suffix}", self._go(ScreenName.SIMULATOR, preset))
        go = self._go(ScreenName.SIMULATOR, SimulationPreset())
        for contract in ContractKind:
            pick = self._click(f"contract_{contract}")
            yield State(f"{ScreenName.SIMULATOR}+{contract}", self._then(go, pick))
            if contract is ContractKind.TRAINING:
                continue
            for view in ("table", "compare"):
                yield State(
                    f"{ScreenName.SIMULATOR}+{contract}+{view}", self._then(go, pick, self._click(f"view_{view}"))
                )
            for dialog, opener in (("sources", "show_sources"), ("takeaway", "open_takeaway")):
                yield State(f"{ScreenName.SIMULATOR}+{contract}/{dialog}", self._then(go, pick, self._call(opener)))
        yield State(f"{ScreenName.SIMULATOR}/number_pad", self._then(go, self._call("ask_agreement_minimum")))

    def _shell_states(self) -> Iterator[State]:
        shell = self.shell

        def with_a_pin() -> None:
            store = shell.store
            if not store.settings.has_pin:
                store.update(with_pin(store.settings, SWEEP_PIN))

        def staff_menu(page: str | None = None) -> Callable[[], None]:
            def open_menu() -> None:
                with_a_pin()
                shell.open_staff_menu()
                if page is not None:
                    self._click(page)()

            return open_menu

        def wrong_pin() -> None:
            with_a_pin()
            shell.open_pin_pad()
            shell.pin_pad.show_wrong(3)

        yield State("countdown", shell.idle.start_countdown)
        yield State("apology", shell.banner.present)
        yield State("pin_pad", self._then(with_a_pin, shell.open_pin_pad), staff=True)
        yield State("pin_pad+wrong", wrong_pin, staff=True)
        locked = self._then(shell.open_pin_pad, lambda: shell.pin_pad.show_locked(300))
        yield State("pin_pad+locked", locked, staff=True)
        yield State("pin_pad+no_pin", self._then(shell.open_pin_pad, shell.pin_pad.show_no_pin), staff=True)
        yield State("staff_menu", staff_menu(), staff=True)
        yield State("staff_menu+settings", staff_menu("staff_settings"), staff=True)
        yield State("staff_menu+about", staff_menu("staff_about"), staff=True)
