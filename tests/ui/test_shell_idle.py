"""Idle reset: a countdown, then the attract screen, and no visitor input survives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import ShellTimings
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.typical import typical_pay
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.contracts import ContractsScreen
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.institute import InstituteScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from kiosk.ui.shell.shell import KioskShell
from kiosk.ui.widgets.overlay import OverlayDialog, open_dialogs
from tests.ui.conftest import TEST_TIMINGS, KioskFactory
from tests.ui.helpers import plain, tap


def test_a_visible_countdown_then_the_attract_screen(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=False)
    shell.idle.set_delays(100, 400, 100)
    qtbot.waitUntil(shell.countdown.isVisible, timeout=3000)
    assert plain(shell.countdown.heading.text()) == "Toujours là ?"
    assert plain(shell.countdown.prompt.text()) == "Touchez l'écran pour continuer"
    assert shell.countdown.seconds.text() in {"1", "0"}
    qtbot.waitUntil(lambda: shell.navigator.current == "attract", timeout=3000)
    assert not shell.countdown.isVisible()
    assert shell.idle.dormant


def test_a_touch_during_the_countdown_keeps_the_visitor_where_they_were(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=False)
    shell.navigator.go("institute")
    shell.idle.set_delays(100, 5000, 100)
    qtbot.waitUntil(shell.countdown.isVisible, timeout=3000)
    qtbot.mouseClick(shell.countdown, Qt.MouseButton.LeftButton)
    assert not shell.countdown.isVisible()
    assert shell.navigator.current == "institute"
    assert not shell.idle.counting_down


def test_touching_the_attract_screen_starts_at_home(qtbot: QtBot, shell: KioskShell, catalogue: Catalogue) -> None:
    shell.start(kiosk=False)
    shell.idle.time_out()
    attract = shell.navigator.current_screen
    assert isinstance(attract, AttractScreen)
    texts = [text for caption, text in attract.highlights()] + [c for c, _ in attract.highlights()]
    assert any(str(catalogue.institute.founded) in text for text in texts)
    assert any(p.title.fr in text for p in catalogue.programmes for text in texts)
    assert len(set(attract.highlights())) == len(attract.highlights())  # each once
    assert len({caption for caption, _ in attract.highlights()}) == len(attract.highlights())
    assert not shell.window.header.isVisible()  # a poster: nothing to press but the screen
    assert attract.touch_prompt.text() == "Touchez l'écran pour commencer"
    first = attract.highlight_text.text()
    attract.next_highlight()
    assert attract.highlight_text.text() != first
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton)
    assert shell.navigator.current == "home"
    assert not shell.idle.dormant and shell.window.header.isVisible()


@pytest.mark.parametrize(
    ("lang", "caption", "figure", "detail"),
    [
        (
            "fr",
            "En Master 2 en apprentissage, à 22 ans",
            "1 138,88 € par\u00a0mois",
            "à partir de septembre 2027 (61 % du SMIC)",
        ),
        ("en", "Apprentice in a Master 2, aged 22", "€1,138.88 a\u00a0month", "from September 2027 (61% of the SMIC)"),
    ],
)
def test_the_attract_screen_shows_the_pay_of_a_typical_visitor_computed_live(
    qtbot: QtBot, make_kiosk: KioskFactory, legal: LegalFigures, lang: str, caption: str, figure: str, detail: str
) -> None:
    """Issue 19.6: the figure comes from the engine (typical_pay: a one-year M2 after the work-linked
    M1, 22 at the start, paid as the 2nd year: 61 % of 1,867.02 €), in the visitor's language; a later
    day moves the start to the next September."""
    today = [date(2026, 12, 1)]
    kiosk = make_kiosk(assemble={"today": lambda: today[0]})
    kiosk.shell.start(kiosk=False)
    kiosk.shell.idle.time_out()
    kiosk.language.set_language(lang)  # the staff's default language for the attract screen
    QApplication.processEvents()
    attract = kiosk.shell.navigator.current_screen
    assert isinstance(attract, AttractScreen)
    expected = typical_pay(kiosk.content.catalogue, legal, today[0])
    assert expected is not None and attract.typical_pay() == expected
    assert attract.pay.isVisible()
    assert plain(attract.pay_caption.text()) == caption
    assert plain(attract.pay_figure.text()) == figure
    assert detail in plain(attract.pay_detail.text())
    # A year later (a new start, the same latest SMIC): the screen follows at its next showing.
    today[0] = date(2027, 12, 1)
    kiosk.shell.navigator.home()
    kiosk.shell.idle.time_out()
    assert "2028" in attract.pay_detail.text()


@pytest.mark.parametrize(
    ("size", "lang", "large", "hidden"),
    [
        ((1920, 1080), "fr", False, []),
        ((1080, 1920), "fr", True, []),
        ((1280, 800), "en", False, []),
        ((1366, 768), "fr", True, ["attract_languages", "attract_university"]),
        ((1280, 800), "en", True, ["attract_languages", "attract_university", "attract_highlight"]),
    ],
)
def test_the_attract_screen_fits_its_window_and_never_grows_it(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], lang: str, large: bool, hidden: list[str]
) -> None:
    """Nothing scrolls on the attract screen: at every size it fits (the pay and the highlight side by
    side in landscape), and where large text makes it too tall the least useful lines step aside, in
    order, never the pay or the prompt (large text stands here for any short screen: the idle reset
    turns a visitor's own large text off). A window (not fullscreen) keeps the size it was given: the
    screen asks for no more height than the window has (it grew to 1,239 px before)."""
    kiosk = make_kiosk(size=size, language=lang)
    kiosk.shell.start(kiosk=False)
    kiosk.shell.idle.time_out()  # (the reset turns a visitor's large text off: set again below)
    kiosk.window.accessibility.set_modes(large, False)
    QApplication.processEvents()
    attract = kiosk.shell.navigator.current_screen
    assert isinstance(attract, AttractScreen)
    assert (kiosk.window.width(), kiosk.window.height()) == size
    assert kiosk.window.minimumSizeHint().height() <= size[1]
    layout = attract.layout()
    assert layout is not None and layout.heightForWidth(attract.width()) <= attract.height()
    assert [part.objectName() for part in attract.optional if not part.isVisible()] == hidden
    assert attract.pay.isVisible() and attract.touch_prompt.isVisible() and attract.acronym.isVisible()
    if size[0] > size[1] and "attract_highlight" not in hidden:  # landscape: the two cards in one row
        assert attract.pay.y() == attract.highlight.y()
    # Every highlight in turn (texts of other lengths) still fits, once laid out.
    for _ in attract.highlights():
        attract.next_highlight()
        QApplication.processEvents()
        assert layout.heightForWidth(attract.width()) <= attract.height()
    # Back to normal text, everything returns.
    kiosk.window.accessibility.set_modes(False, False)
    QApplication.processEvents()
    assert all(part.isVisible() for part in attract.optional)


def test_no_visitor_input_survives_the_idle_reset(qtbot: QtBot, shell: KioskShell, catalogue: Catalogue) -> None:
    shell.start(kiosk=False)
    navigator = shell.navigator
    window = shell.window
    simulator = navigator.screen("simulator")
    assert isinstance(simulator, SimulatorScreen)
    default_scenario = simulator.scenario()

    # A visitor filters the programmes, scrolls, opens one, plays with the simulator, in English.
    navigator.go("finder")
    finder = navigator.current_screen
    assert isinstance(finder, FinderScreen)
    tap(qtbot, finder.campus_chips[0])
    tap(qtbot, finder.level_chips[2])
    assert not finder.programme_filter.is_empty
    list_bar = finder.list_view.verticalScrollBar()
    list_bar.setValue(list_bar.maximum())
    tap(qtbot, window.header.english_button)
    assert shell.language.language == "en"
    navigator.go("institute")
    institute = navigator.current_screen
    assert isinstance(institute, InstituteScreen)
    institute.scroll_area.verticalScrollBar().setValue(200)
    navigator.go("contracts")
    contracts = navigator.current_screen
    assert isinstance(contracts, ContractsScreen)
    contracts.scroll_area.verticalScrollBar().setValue(300)
    navigator.go("programme", catalogue.programmes[0].id)
    programme = navigator.current_screen
    assert isinstance(programme, ProgrammeScreen)
    programme.scroll_area.verticalScrollBar().setValue(150)
    navigator.go("simulator")
    tap(qtbot, simulator.contract_choice.chips["professionalisation"])
    for _ in range(3):
        tap(qtbot, simulator.months.plus)
    tap(qtbot, simulator.birth.minus)
    tap(qtbot, simulator.qualified.chips["yes"])
    tap(qtbot, simulator.view_choice.chips["table"])
    simulator.set_agreement_minimum(Decimal(2500))
    tap(qtbot, simulator.employer.chips["public"])  # a refusal: the schedule views hide
    simulator.inputs_scroll.verticalScrollBar().setValue(120)
    tap(qtbot, simulator.sources_button)  # a dialog left open
    assert open_dialogs(window)
    assert simulator.scenario() != default_scenario
    assert any(
        bar.value() > 0
        for bar in (institute.scroll_area.verticalScrollBar(), contracts.scroll_area.verticalScrollBar())
    )

    # Then leaves. The idle delay runs out, the countdown too.
    shell.idle.set_delays(50, 200, 50)
    qtbot.waitUntil(lambda: navigator.current == "attract", timeout=5000)

    assert shell.language.language == "fr"
    assert window.header.french_button.isChecked()
    assert finder.programme_filter.is_empty
    assert not any(chip.isChecked() for chip in (*finder.campus_chips, *finder.level_chips))
    assert finder.list_view.verticalScrollBar().value() == 0
    assert institute.scroll_area.verticalScrollBar().value() == 0
    assert contracts.scroll_area.verticalScrollBar().value() == 0
    assert programme.scroll_area.verticalScrollBar().value() == 0
    assert simulator.scenario() == default_scenario
    assert simulator.contract_choice.value() == "apprenticeship"
    assert simulator.view_choice.value() == "chart"
    assert simulator.inputs_scroll.verticalScrollBar().value() == 0
    assert not open_dialogs(window)
    assert [visit.screen for visit in navigator.history] == ["home", "attract"]
    assert not window.header.back_button.isVisible()


RELEASE_DELAY_MS = 300

ShellFactory = Callable[[Callable[[], object]], KioskShell]


@pytest.fixture
def shell_releasing_with(make_kiosk: KioskFactory) -> Iterator[ShellFactory]:
    """Builds a started shell that releases memory with the function given, RELEASE_DELAY_MS
    after a reset."""

    def make(release_memory: Callable[[], object]) -> KioskShell:
        kiosk = make_kiosk(
            timings=ShellTimings(**{**vars(TEST_TIMINGS), "release_memory_delay_ms": RELEASE_DELAY_MS}),
            assemble={"release_memory": release_memory},
        )
        kiosk.shell.start(kiosk=False)
        return kiosk.shell

    yield make


@pytest.fixture
def releases(shell_releasing_with: ShellFactory) -> tuple[KioskShell, list[tuple[str | None, int]]]:
    """A shell whose memory releases are recorded: on which screen, with how many dialogs left."""
    released: list[tuple[str | None, int]] = []
    shell = shell_releasing_with(lambda: released.append((shell.navigator.current, len(dialogs()))))
    return shell, released


def dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)] + [
        w for top in QApplication.topLevelWidgets() for w in top.findChildren(OverlayDialog)
    ]


def test_a_moment_after_the_reset_the_memory_freed_goes_back_to_the_system(
    qtbot: QtBot, releases: tuple[KioskShell, list[tuple[str | None, int]]]
) -> None:
    """Once per visitor, on the attract screen, after the closed dialogs were deleted (the
    take-home dialog is made for each visitor; the sources dialog, kept by its screen, is not)."""
    shell, released = releases
    shell.navigator.go("simulator")
    simulator = shell.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    tap(qtbot, simulator.takeaway_button)
    assert dialogs()
    with qtbot.waitSignal(shell.memory_released, timeout=RELEASE_DELAY_MS + 3000):
        shell.idle.time_out()
        assert released == []  # not at once
    assert released == [("attract", 0)]
    qtbot.wait(RELEASE_DELAY_MS + 200)
    assert len(released) == 1


def test_a_visitor_back_at_once_does_not_wait_for_the_release(
    qtbot: QtBot, releases: tuple[KioskShell, list[tuple[str | None, int]]]
) -> None:
    shell, released = releases
    shell.idle.time_out()
    qtbot.mouseClick(shell.window, Qt.MouseButton.LeftButton)  # before the delay is out
    assert shell.navigator.current == "home"
    qtbot.wait(RELEASE_DELAY_MS + 300)
    assert released == []
    shell.idle.time_out()  # the next reset does it
    qtbot.waitUntil(lambda: released == [("attract", 0)], timeout=RELEASE_DELAY_MS + 3000)


def test_a_failed_release_is_logged_and_the_attract_screen_stays(
    qtbot: QtBot, shell_releasing_with: ShellFactory, caplog: pytest.LogCaptureFixture
) -> None:
    def failing() -> None:
        raise OSError("no allocator here")

    shell = shell_releasing_with(failing)
    shell.idle.time_out()
    qtbot.waitUntil(lambda: "could not hand the freed memory back" in caplog.text, timeout=3000)
    assert "no allocator here" in caplog.text
    assert shell.navigator.current == "attract"
    assert not shell.banner.isVisible()
