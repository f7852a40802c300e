"""The widgets that make layouts hold at every size: buttons whose text wraps, columns that reflow,
chips that flow, the pseudo-translation that lengthens texts, and the layout check that finds what
does not fit (each of its findings provoked on purpose)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.i18n import PSEUDO_WORD, PseudoTranslator
from kiosk.ui.layout_check import check_surface
from kiosk.ui.metrics import metrics_of
from kiosk.ui.widgets.columns import ColumnsLayout, FlowLayout
from kiosk.ui.widgets.touch import (
    CardButton,
    TouchScrollArea,
    WrapButton,
    WrappedLabel,
    action_button,
    wrapped_lines,
)
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import wait_for_screens

LONG = "Comment est fixée la rémunération de l'apprenti  ›"


def _window(qtbot: QtBot, themed_app: QApplication, width: int, height: int = 600) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(themed_app.styleSheet())
    window.resize(width, height)
    return window


def _show(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


# --- WrapButton ----------------------------------------------------------------------------------


def test_a_long_button_text_wraps_between_words_in_a_narrow_column(qtbot: QtBot, themed_app: QApplication) -> None:
    window = _window(qtbot, themed_app, 300)
    layout = QVBoxLayout(window)
    button = action_button("primary")
    button.setText(LONG)
    layout.addWidget(button)
    layout.addStretch(1)
    _show(qtbot, window)

    assert isinstance(button, WrapButton)
    assert button.text() == LONG  # what callers and tests read
    assert button.accessibleName() == LONG
    shown = button.wrapped_text()
    lines = shown.split("\n")
    assert len(lines) > 1
    assert " ".join(lines).split() == LONG.split()  # broken between words, no word lost or cut
    assert button.width() <= 300
    assert button.height() >= button.heightForWidth(button.width())
    assert button.height() >= len(lines) * button.fontMetrics().height()
    widest = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
    assert widest < button.width()


def test_a_button_keeps_its_text_on_one_line_when_it_fits(qtbot: QtBot, themed_app: QApplication) -> None:
    window = _window(qtbot, themed_app, 1600)
    layout = QVBoxLayout(window)
    button = action_button("secondary")
    button.setText(LONG)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    _show(qtbot, window)

    assert button.wrapped_text() == LONG
    assert button.width() == button.sizeHint().width()
    # Narrowed later (a language switch, a rotated screen): the lines follow the new width.
    window.resize(260, 600)
    QApplication.processEvents()
    assert "\n" in button.wrapped_text()
    button.setText("OK")
    QApplication.processEvents()
    assert button.wrapped_text() == "OK"


def test_a_wrapping_button_is_never_narrower_than_its_longest_word(qtbot: QtBot, themed_app: QApplication) -> None:
    button = WrapButton("professionnalisation courte")
    button.setStyleSheet(themed_app.styleSheet())
    button.ensurePolished()
    word = button.fontMetrics().horizontalAdvance("professionnalisation")
    assert button.minimumSizeHint().width() > word
    assert button.minimumSizeHint().height() >= 2 * button.fontMetrics().height()


def test_a_tap_on_a_wrapped_button_clicks_it(qtbot: QtBot, themed_app: QApplication) -> None:
    window = _window(qtbot, themed_app, 260)
    layout = QVBoxLayout(window)
    button = action_button("primary")
    button.setText(LONG)
    layout.addWidget(button)
    _show(qtbot, window)
    with qtbot.waitSignal(button.clicked, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() - 4))


def test_measurements_kept_across_texts_are_those_of_each_text_and_font(qtbot: QtBot, themed_app: QApplication) -> None:
    """A label and a button keep the measures of their last texts (a language switch comes back to
    the other's): each text gets its own, and a new font measures again."""
    french = "Rémunération minimale de l'apprenti, année par année, selon l'âge"
    english = "An apprentice's minimum pay, year by year, by age"
    window = _window(qtbot, themed_app, 500)
    layout = QVBoxLayout(window)
    label, button = WrappedLabel(french), action_button()
    button.setText(french)
    layout.addWidget(label)
    layout.addWidget(button)
    _show(qtbot, window)

    def measures(text: str) -> tuple[int, ...]:
        label.setText(text)
        button.setText(text)
        # The size Qt gives a label for its text (the kept one must be it).
        assert label.sizeHint() == QLabel.sizeHint(label), text
        return (
            label.heightForWidth(180),
            label.minimumSizeHint().width(),
            label.sizeHint().width(),
            label.sizeHint().height(),
            button.heightForWidth(180),
            button.minimumSizeHint().width(),
        )

    def fresh(text: str) -> tuple[int, ...]:
        other_label, other_button = WrappedLabel(text), action_button()
        other_button.setText(text)
        layout.addWidget(other_label)
        layout.addWidget(other_button)
        QApplication.processEvents()
        return (
            other_label.heightForWidth(180),
            other_label.minimumSizeHint().width(),
            other_label.sizeHint().width(),
            other_label.sizeHint().height(),
            other_button.heightForWidth(180),
            other_button.minimumSizeHint().width(),
        )

    first_french, first_english = measures(french), measures(english)
    assert first_french != first_english
    assert measures(french) == first_french == fresh(french)
    assert measures(english) == first_english == fresh(english)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    button.setFont(font)
    larger = measures(french)
    assert all(after > before for after, before in zip(larger, first_french, strict=True)), (larger, first_french)


def test_lines_are_broken_between_words() -> None:
    font = QApplication.font()
    lines = wrapped_lines("un deux trois quatre cinq", font, 1)
    assert lines == ["un", "deux", "trois", "quatre", "cinq"]
    assert wrapped_lines("un deux", font, 10_000) == ["un deux"]


# --- ColumnsLayout, FlowLayout ------------------------------------------------------------------


def _cards(count: int, text: str = "Une carte de quelques mots") -> list[WrappedLabel]:
    return [WrappedLabel(text) for _ in range(count)]


@pytest.mark.parametrize(("width", "columns"), [(1800, 4), (900, 2), (380, 1)])
def test_columns_take_as_many_as_the_width_holds(
    qtbot: QtBot, themed_app: QApplication, width: int, columns: int
) -> None:
    window = _window(qtbot, themed_app, width, 900)
    grid = ColumnsLayout(window, min_width=300, counts=(4, 2, 1))
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(10)
    cards = _cards(4)
    for card in cards:
        grid.add(card)
    _show(qtbot, window)

    assert grid.columns_for(window.width()) == columns
    lefts = sorted({card.x() for card in cards})
    assert len(lefts) == columns
    for card in cards:
        assert card.width() >= metrics_of(window).px(300) or columns == 1
        assert card.height() >= card.heightForWidth(card.width())
    assert grid.heightForWidth(window.width()) >= max(card.geometry().bottom() for card in cards)


def test_columns_make_room_for_a_long_word(qtbot: QtBot, themed_app: QApplication) -> None:
    """An item's own minimum (its longest word) counts as much as the layout's minimum width."""
    window = _window(qtbot, themed_app, 1200, 900)
    grid = ColumnsLayout(window, min_width=100, counts=(4, 2, 1))
    grid.setContentsMargins(0, 0, 0, 0)
    cards = [*_cards(3), WrappedLabel("Professionnalisation" * 3)]
    for card in cards:
        grid.add(card)
    _show(qtbot, window)
    longest = cards[-1].minimumSizeHint().width()
    assert longest > 300
    assert cards[-1].width() >= longest
    assert grid.columns_for(window.width()) == (4 if 4 * longest <= 1200 else 2 if 2 * longest <= 1200 else 1)


@pytest.mark.parametrize("width", [1800, 900, 380])
def test_a_row_of_cards_is_as_tall_as_its_tallest_card_at_that_width(
    qtbot: QtBot, themed_app: QApplication, width: int
) -> None:
    """A card's own minimum height is its height at its narrowest (each text wrapped at its
    longest word, many lines): a row sized from it was taller than any of its cards needed at the
    width given (the home cards 35 to 60 px too tall at 1280x800, the screen scrolled)."""
    window = _window(qtbot, themed_app, width, 1200)
    grid = ColumnsLayout(window, min_width=300, counts=(4, 2, 1))
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(10)
    cards = []
    for title in ("Trouver une formation en alternance", "Simuler", "Contrats et rémunération", "L'institut"):
        card = CardButton()
        card.add_label(WrappedLabel(title, role="card_title"))
        card.add_label(WrappedLabel("Choisissez un campus et un niveau : découvrez les formations."))
        card.add_stretch()
        cards.append(card)
        grid.add(card)
    plain = CardButton()  # no wrapped text: no height for width, yet a fingertip high
    plain.add_label(QLabel("Court"))
    grid.add(plain)
    _show(qtbot, window)
    assert plain.height() >= metrics_of(plain).touch
    assert any(card.minimumSizeHint().height() > card.layout().totalHeightForWidth(card.width()) for card in cards)
    for top in sorted({card.y() for card in cards}):
        row = [card for card in cards if card.y() == top]
        needed = max(card.layout().totalHeightForWidth(card.width()) for card in row)
        assert all(card.height() == needed for card in row), (width, [card.height() for card in row], needed)


def _settled() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_scroll_area_whose_content_fits_shows_no_scroll_bar(qtbot: QtBot, themed_app: QApplication) -> None:
    """Once its scroll bar shows, Qt measures the content at the width the bar leaves: a content
    that fits the whole width but not that narrower one kept a bar with nothing to scroll but the
    lines the bar itself added (the staff PIN pad at 1280x800). Taller by a pixel, it scrolls."""
    window = _window(qtbot, themed_app, 400, 900)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    text = "Aucun code du personnel n'est défini sur cet ordinateur : " * 6
    label = WrappedLabel(text)
    layout.addWidget(label)
    area = TouchScrollArea(content, window)
    _show(qtbot, window)
    bar = area.verticalScrollBar()
    room = bar.sizeHint().width()
    # The case in question: a width at which the bar's room costs the text a line.
    width = next(w for w in range(300, 700) if content.heightForWidth(w - room) > content.heightForWidth(w))
    full = content.heightForWidth(width)

    def shows(height: int) -> bool:
        area.setGeometry(0, 0, width, height)
        _settled()
        return bar.isVisible() and bar.maximum() > 0

    assert shows(full // 2)  # too short: the bar shows
    assert not shows(full)  # it fits the whole width
    assert area.viewport().width() == width and content.height() == full
    assert shows(full - 1)  # a pixel short: it scrolls again
    assert not shows(full + 3)
    label.setText(text * 2)  # a longer text (another language) scrolls
    _settled()
    assert bar.isVisible() and bar.maximum() > 0
    label.setText(text)  # and back: it fits again
    _settled()
    assert not bar.isVisible() and content.height() == full + 3
    assert shows(full // 2) and not shows(full)  # from a bar shown, as from none


def test_chips_flow_to_a_new_line_and_keep_their_width(qtbot: QtBot, themed_app: QApplication) -> None:
    window = _window(qtbot, themed_app, 420, 600)
    flow = FlowLayout(window)
    chips = [QPushButton(text) for text in ("Aix-en-Provence", "Marseille", "Licence 3", "Master 1", "Master 2")]
    for chip in chips:
        flow.add(chip)
    _show(qtbot, window)
    assert len({chip.y() for chip in chips}) > 1
    for chip in chips:
        assert chip.width() >= chip.sizeHint().width()
        assert chip.geometry().right() < window.width()
    assert flow.heightForWidth(window.width()) >= max(chip.geometry().bottom() for chip in chips)


def test_a_nested_reflowing_layout_measures_again_when_an_item_is_hidden(
    qtbot: QtBot, themed_app: QApplication
) -> None:
    """The layouts keep what they measured (issue 20), but Qt does not invalidate a nested layout when
    one of its widgets is hidden or shown: the measure must follow what is shown (the attract screen
    hides its highlight card on a short screen and measured it as if it were still there)."""
    window = _window(qtbot, themed_app, 1000, 900)
    outer = QVBoxLayout(window)
    grid = ColumnsLayout(min_width=300, counts=(2, 1))
    grid.setSpacing(10)
    outer.addLayout(grid)
    flow = FlowLayout()
    outer.addLayout(flow)
    wide, narrow = WrappedLabel("Une carte " * 40), WrappedLabel("Courte")
    grid.add(wide)
    grid.add(narrow)
    chips = [QPushButton(f"Puce numéro {n}") for n in range(12)]
    for chip in chips:
        flow.add(chip)
    _show(qtbot, window)
    both, chips_height = grid.heightForWidth(1000), flow.heightForWidth(400)
    wide.hide()
    for chip in chips[2:]:
        chip.hide()
    assert grid.heightForWidth(1000) == grid.heightForWidth(1000) < both  # at once, no invalidate
    assert flow.heightForWidth(400) < chips_height
    assert grid.minimumSize().width() >= narrow.minimumSizeHint().width()
    wide.show()
    assert grid.heightForWidth(1000) == both


# --- Pseudo-translation ---------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["OK", "Close", "Simulate the pay", "See the work-linked programmes  ›"])
def test_pseudo_translation_lengthens_by_words(source: str) -> None:
    text = PseudoTranslator().translate("Context", source)
    assert text.startswith("[" + source)
    assert text.endswith("]")
    assert len(text) >= 1.4 * len(source)
    added = text[len(source) + 1 : -1].split()
    assert all(len(word) <= PSEUDO_WORD for word in added)
    assert PseudoTranslator().translate("Context", "") == ""


# --- The layout check finds each kind of problem ----------------------------------------------


def _problems(window: QWidget) -> list[str]:
    return [f"{problem.widget}: {problem.what}" for problem in check_surface("test", window)]


def test_the_layout_check_finds_each_kind_of_problem(qtbot: QtBot, themed_app: QApplication) -> None:
    window = _window(qtbot, themed_app, 600, 400)
    cut = QLabel("Un texte bien trop long pour sa place", window)
    cut.setObjectName("cut")
    cut.setGeometry(10, 10, 60, 40)
    short = WrappedLabel("Un texte qui passe à la ligne mais pas assez haut", parent=window)
    short.setObjectName("short")
    short.setGeometry(10, 60, 150, 20)
    tiny = QPushButton("x", window)
    tiny.setObjectName("tiny")
    tiny.setGeometry(10, 100, 24, 24)
    outside = QLabel("dehors", window)
    outside.setObjectName("outside")
    outside.setGeometry(560, 150, 120, 30)
    narrow = WrapButton("professionnalisation", window)
    narrow.setObjectName("narrow")
    narrow.setGeometry(10, 200, 90, 90)
    fine = QLabel("Bien", window)
    fine.setObjectName("fine")
    fine.setGeometry(10, 320, 200, 40)
    good = action_button("primary", window)
    good.setText("Valider")
    good.setObjectName("good")
    good.setGeometry(QRect(QPoint(300, 300), good.sizeHint()))
    # Qt's own scroll area keeps its bar once shown, for a content that fits without it.
    content = QWidget()
    QVBoxLayout(content).addWidget(WrappedLabel("Un texte qui passe à la ligne dans sa zone " * 4))
    needless = QScrollArea(window)
    needless.setObjectName("needless")
    needless.setWidget(content)
    needless.setWidgetResizable(True)
    needless.setFrameShape(QFrame.Shape.NoFrame)
    _show(qtbot, window)
    bar = needless.verticalScrollBar().sizeHint().width()
    width = next(w for w in range(200, 400) if content.heightForWidth(w - bar) > content.heightForWidth(w))
    needless.setGeometry(300, 10, width, 20)
    QApplication.processEvents()
    needless.setGeometry(300, 10, width, content.heightForWidth(width))
    QApplication.processEvents()

    problems = _problems(window)
    assert any(p.startswith("QLabel cut") and "text cut: needs" in p for p in problems), problems
    assert any(p.startswith("WrappedLabel short") and "px of height" in p for p in problems), problems
    assert any(p.startswith("QPushButton tiny") and "smaller than a fingertip" in p for p in problems), problems
    assert any(p.startswith("QLabel outside") and "outside the window" in p for p in problems), problems
    assert any(p.startswith("WrapButton narrow") and "a word is" in p for p in problems), problems
    assert any(p.startswith("QScrollArea needless") and "content fits" in p for p in problems), problems
    assert not [p for p in problems if " fine " in p or " good " in p or p.split(" ")[1] in ("fine", "good")]


# --- One keypad ----------------------------------------------------------------------------------


def test_the_pin_pad_and_the_number_pad_share_one_layout(make_kiosk: KioskFactory) -> None:
    """Issue 19.8: 1-2-3 on top in both (the PIN pad had it, the number pad had 7-8-9)."""
    from kiosk.ui.screens.simulator import NumericPad

    kiosk = make_kiosk()
    pad = NumericPad("Montant", None, kiosk.window)
    pad.open()
    kiosk.shell.open_pin_pad()
    QApplication.processEvents()

    def rows(keys: dict[str, QPushButton]) -> list[list[str]]:
        by_row: dict[int, list[tuple[int, str]]] = {}
        for key, button in keys.items():
            centre = button.mapTo(kiosk.window, button.rect().center())
            by_row.setdefault(round(centre.y() / 10), []).append((centre.x(), key))
        return [[key for _x, key in sorted(row)] for _y, row in sorted(by_row.items())]

    assert rows(pad.keypad.keys) == [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], [",", "0", "⌫"]]
    assert rows(kiosk.shell.pin_pad.keys) == [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["C", "0", "⌫"]]


def test_the_staff_menu_is_as_tall_as_the_page_shown(make_kiosk: KioskFactory) -> None:
    """Qt's stack answers for its tallest page whichever is shown; the staff menu's answers for the
    page in view, so the short menu page is not drawn as tall as the settings."""
    kiosk = make_kiosk(size=(1080, 1920))
    shell = kiosk.shell
    shell.open_staff_menu()
    menu = shell.staff_menu
    pages = menu.pages
    width = pages.width()
    page_height = pages.currentWidget().heightForWidth(width)  # type: ignore[union-attr]
    assert pages.heightForWidth(width) == page_height
    menu.show_settings_page()
    QApplication.processEvents()
    taller = pages.heightForWidth(width)
    assert taller == pages.currentWidget().heightForWidth(width) > page_height  # type: ignore[union-attr]
    menu.show_menu_page()
    QApplication.processEvents()
    assert pages.heightForWidth(width) == page_height


def test_closed_dialogs_are_not_kept_by_the_display_modes(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """Every dialog takes the current look when it opens; a closed (deleted) one is forgotten, or a
    kiosk nobody switches to large text would keep every take-home dialog of the day."""
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk = make_kiosk()
    # The screens built after the first paint are scopes too: all built before counting.
    wait_for_screens(qtbot, kiosk.window)
    kiosk.window.navigator.go("simulator")
    simulator = kiosk.window.navigator.current_screen
    accessibility = kiosk.window.accessibility
    counts = []
    for _ in range(4):
        dialog = simulator.open_takeaway()  # type: ignore[union-attr]
        assert dialog is not None
        QApplication.processEvents()
        counts.append(len(accessibility._scopes))
        dialog.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert counts[-1] == counts[0]


def test_a_button_keeps_the_name_given_to_it_when_its_text_changes(make_kiosk: KioskFactory) -> None:
    """The header draws "‹" or "‹  Retour" as the width allows; its name stays "Retour" for a screen
    reader (the wrapping button's text used to overwrite it at every resize)."""
    kiosk = make_kiosk(size=(1080, 1920))
    kiosk.window.navigator.go("institute")
    back = kiosk.window.header.back_button
    named = back.accessibleName()
    assert named and "‹" not in named
    for size in ((1920, 1080), (1080, 1920), (1280, 800)):
        kiosk.window.resize(*size)
        QApplication.processEvents()
        assert back.accessibleName() == named
    plain = WrapButton("Garder une copie")
    plain.setText("Keep a copy")
    assert plain.accessibleName() == "Keep a copy"  # a name that was the text follows the text
