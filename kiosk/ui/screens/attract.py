"""The attract screen: what the kiosk shows while nobody uses it, until someone touches it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.typical import TypicalPay, typical_pay
from kiosk.ui.formatting import money, month_year, percent
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import margins, spacing
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import ColumnsLayout
from kiosk.ui.widgets.touch import WrappedLabel

ROTATE_MS = 6000


class AttractScreen(Screen):
    """The institute in large, the minimum pay of the visitor the kiosk meets most (computed by the
    engine: :mod:`kiosk.domain.pay.typical`), a highlight from the catalogue changing every few
    seconds, and "touch the screen to start". The screen itself does not react to the touch: the shell's idle
    watcher, dormant while this screen is up, sees the first input anywhere and goes home (one
    wake-up path, so one touch opens "home" once).

    Nothing scrolls on a screen nobody touches, so it fits the window it is given: the pay and the
    highlight side by side when the width holds two cards, and where the height still falls short
    (large text on a 1366x768 screen) the least useful lines step aside, in the order of
    :attr:`optional` (the language line, the university, the highlight), never the pay or the
    prompt. The screen never asks the window to grow."""

    def __init__(
        self,
        catalogue: Catalogue,
        figures: LegalFigures,
        language: LanguageController,
        today: Callable[[], date] = date.today,
        rotate_ms: int = ROTATE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        self._figures = figures
        self._today = today
        self._pay: TypicalPay | None = None
        self._index = 0
        self._highlights: list[tuple[str, str]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        margins(layout, 64, 24)
        spacing(layout, 10)
        self.acronym = _centred("attract_acronym", "attract_acronym")
        self.name = _centred("attract_name", "attract_name")
        self.university = _centred("attract_university", "attract_lead")
        self.highlight_caption = _centred("attract_highlight_caption", "attract_caption")
        self.highlight_text = _centred("attract_highlight_text", "attract_highlight")
        self.highlight = _card("attract_highlight", "attract_card", 10, (self.highlight_caption, self.highlight_text))
        self.pay_caption = _centred("attract_pay_caption", "attract_caption")
        self.pay_figure = _centred("attract_pay_figure", "attract_figure")
        self.pay_detail = _centred("attract_pay_detail", "attract_lead")
        self.pay = _card("attract_pay", "attract_pay", 4, (self.pay_caption, self.pay_figure, self.pay_detail))
        self.touch_prompt = _centred("attract_prompt", "attract_prompt")
        self.languages = _centred("attract_languages", "attract_lead", "Français · English")
        layout.addStretch(1)
        layout.addWidget(self.acronym)
        layout.addWidget(self.name)
        layout.addWidget(self.university)
        layout.addStretch(1)
        self._cards = cards = ColumnsLayout(min_width=480, counts=(2, 1))
        spacing(cards, 24)
        cards.add(self.pay)
        cards.add(self.highlight)
        layout.addLayout(cards)
        layout.addStretch(1)
        layout.addWidget(self.touch_prompt)
        layout.addWidget(self.languages)
        layout.addStretch(1)
        #: What steps aside, first to last, when the window is too short for everything.
        self.optional: tuple[QWidget, ...] = (self.languages, self.university, self.highlight)
        self._fitting = False
        # Styles and fonts reach the labels after the screen hears of them: fit once they have.
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self.fit)
        self._timer = QTimer(self)
        self._timer.setInterval(rotate_ms)
        self._timer.timeout.connect(self.next_highlight)
        self.retranslate()

    # --- fitting the window -----------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """As wide as the layout needs, never taller than nothing: the screen fits its height
        itself (:meth:`fit`) instead of growing a window that has no room to give."""
        return QSize(super().minimumSizeHint().width(), 0)

    def _wanted(self, part: QWidget) -> bool:
        if part is self.highlight:
            return bool(self._highlights)
        return True

    def fit(self) -> None:
        """Every part shown, then the optional ones hidden in turn until the rest fits."""
        if self._fitting:
            return
        self._fitting = True
        try:
            layout = self.layout()
            assert layout is not None
            for part in self.optional:
                part.setVisible(self._wanted(part))
            for part in self.optional:
                self._cards.invalidate()  # a nested layout keeps its measures until Qt lays out again
                layout.invalidate()
                if layout.heightForWidth(self.width()) <= self.height():
                    break
                part.hide()
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_soon.start()

    def title(self) -> str:
        return ""

    def open(self, argument: object = None) -> None:
        """Each time the kiosk falls idle: the first highlight, and the pay of today's figures (the
        next September moves on with the date, a new SMIC with the catalogue)."""
        self._index = 0
        self._show_pay()
        self._show_highlight()

    def typical_pay(self) -> TypicalPay | None:
        return self._pay

    def _show_pay(self) -> None:
        self._pay = typical_pay(self._catalogue, self._figures, self._today())
        pay = self._pay
        self.pay.setVisible(pay is not None)
        if pay is None:
            return
        lang = self.lang
        self.pay_caption.setText(self.tr("Apprentice in a Master 2, aged %n", "", pay.age))
        self.pay_figure.setText(self.tr("%1 a month").replace("%1", money(pay.monthly_gross, lang)))
        share = percent(pay.percent_of_smic, lang) if pay.percent_of_smic is not None else ""
        detail = self.tr("minimum gross pay from %1 (%2 of the SMIC)")
        self.pay_detail.setText(
            detail.replace("%1", month_year(pay.start.year, pay.start.month, lang)).replace("%2", share)
        )

    def highlights(self) -> list[tuple[str, str]]:
        return list(self._highlights)

    def next_highlight(self) -> None:
        if self._highlights:
            self._index = (self._index + 1) % len(self._highlights)
        self._show_highlight()

    def _show_highlight(self) -> None:
        if self._highlights:
            caption, text = self._highlights[self._index % len(self._highlights)]
            self.highlight_caption.setText(caption)
            self.highlight_text.setText(text)
        self.fit()
        self._fit_soon.start()  # again once the new text is laid out

    def _build_highlights(self) -> list[tuple[str, str]]:
        lang = self.lang
        catalogue = self._catalogue
        institute = catalogue.institute
        items = [
            (self.tr("Founded in %1").replace("%1", str(institute.founded)), institute.status.get(lang)),
            (self.tr("From Bachelor to PhD"), institute.levels.get(lang)),
            (
                self.tr("%n campus(es)", "", len(catalogue.campuses)),
                " · ".join(campus.name.get(lang) for campus in catalogue.campuses),
            ),
        ]
        work_linked = [p for p in catalogue.programmes if p.work_linked]
        if work_linked:
            items.append(
                (
                    self.tr("Work-linked training since %1").replace("%1", str(institute.work_linked_since)),
                    self.tr("%n work-linked programme(s)", "", len(work_linked)),
                )
            )
        # The ranked programmes, best first, each once: a list of every programme would show the
        # same caption again and again, and an M1 beside its own M2.
        ranked = sorted(
            (p for p in catalogue.programmes if p.ranking is not None), key=lambda p: (p.ranking or 0, p.position)
        )
        for programme in ranked:
            caption = self.tr("#%1 in the Eduniversal ranking").replace("%1", str(programme.ranking))
            items.append((caption, f"{programme.level} · {programme.title.get(lang)}"))
        return list(dict.fromkeys(items))

    def retranslate(self) -> None:
        institute = self._catalogue.institute
        lang = self.lang
        self.acronym.setText(institute.acronym)
        self.name.setText(institute.name.get(lang))
        self.university.setText(institute.university.get(lang))
        self.touch_prompt.setText(self.tr("Touch the screen to start"))
        self._highlights = self._build_highlights()
        self._show_pay()
        self._show_highlight()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # woken by the idle watcher (see the class); the touch goes no further

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)
        self.fit()
        self._fit_soon.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)


def _centred(name: str, role: str, text: str = "") -> WrappedLabel:
    label = WrappedLabel(text, role=role)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _card(name: str, role: str, gap: int, labels: tuple[WrappedLabel, ...]) -> QFrame:
    """A rounded card of the attract screen holding ``labels``, one under the other."""
    card = QFrame()
    card.setObjectName(name)
    card.setProperty("role", role)
    layout = QVBoxLayout(card)
    margins(layout, 36, 20, 36, 24)
    spacing(layout, gap)
    for label in labels:
        layout.addWidget(label)
    return card
