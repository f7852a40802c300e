"""The layout check over the matrix of screens the kiosk meets (issue 19): every state of the sweep,
at 1280x800, 1366x768, 1920x1080, portrait 1080x1920 and 4K, in French and English, with large text,
high contrast and the pseudo-translation (every interface text 40 % longer). No text is cut, no
widget is out of reach, no touch target is smaller than a fingertip for that screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.layout_check import check_all
from kiosk.ui.sweep import Sweep
from kiosk.ui.widgets.touch import TouchScrollArea
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import wait_for_screens

SIZES = ((1280, 800), (1366, 768), (1920, 1080), (1080, 1920), (3840, 2160))

#: (size, language, large text, high contrast, pseudo): both languages at every size, large text at
#: every size (in the longer of the two languages, French), pseudo-translation at every size, high
#: contrast once per orientation (it changes colours and borders, not sizes).
MATRIX = (
    *((size, lang, False, False, False) for size in SIZES for lang in ("fr", "en")),
    *((size, "fr", True, False, False) for size in SIZES),
    *((size, "en", False, False, True) for size in SIZES),
    ((1920, 1080), "fr", True, True, False),
    ((1080, 1920), "en", False, True, False),
)


def _label(case: tuple[tuple[int, int], str, bool, bool, bool]) -> str:
    (width, height), lang, large, contrast, pseudo = case
    return f"{width}x{height}-{lang}" + "-large" * large + "-contrast" * contrast + "-pseudo" * pseudo


@pytest.mark.parametrize("case", MATRIX, ids=[_label(case) for case in MATRIX])
def test_every_state_fits(
    qtbot: QtBot, make_kiosk: KioskFactory, case: tuple[tuple[int, int], str, bool, bool, bool]
) -> None:
    size, lang, large, contrast, pseudo = case
    kiosk = make_kiosk(size=size, language=lang, pseudo=pseudo)
    kiosk.start()
    kiosk.window.accessibility.set_modes(large, contrast)
    states, problems = check_all(Sweep(kiosk.shell, kiosk.content.catalogue), size)
    assert len(states) > 40
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(str(problem) for problem in problems[:40])


@pytest.mark.parametrize("size", SIZES[:4], ids=[f"{width}x{height}" for width, height in SIZES[:4]])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_home_screen_fits_without_scrolling(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], lang: str
) -> None:
    """The first screen a visitor sees shows all of itself at the common sizes, with no scroll bar
    (its cards in two rows were sized at their narrowest: French at 1280x800 scrolled by 30 px)."""
    kiosk = make_kiosk(size=size, language=lang)
    kiosk.start()
    wait_for_screens(qtbot, kiosk.window)
    home = kiosk.window.navigator.current_screen
    scroll_area = home.findChild(TouchScrollArea)
    assert scroll_area is not None and scroll_area.isVisible()
    assert scroll_area.verticalScrollBar().maximum() == 0, (size, lang, scroll_area.widget().height())
