"""The programme finder: filter chips for campus and level, a live count, programme cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QListView,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import LEVELS, Catalogue
from kiosk.domain.filters import ProgrammeFilter
from kiosk.ui.i18n import LanguageController
from kiosk.ui.metrics import gap, margins, minimum_size, spacing
from kiosk.ui.models.programmes import ProgrammeListModel, ProgrammeRole
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.columns import FlowLayout
from kiosk.ui.widgets.programme_card import ProgrammeCardDelegate
from kiosk.ui.widgets.touch import ChipButton, WrappedLabel, action_button, make_kinetic


class FinderScreen(Screen):
    programme_chosen = Signal(str)
    filter_changed = Signal(object)

    def __init__(self, catalogue: Catalogue, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self._catalogue = catalogue
        self.model = ProgrammeListModel(catalogue, self.lang, self)

        layout = QVBoxLayout(self)
        margins(layout, 40, 24, 40, 16)
        spacing(layout, 16)

        panel = QFrame()
        panel.setProperty("role", "panel")
        panel_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, panel)
        self.panel_layout = panel_layout
        # Its width never holds the window wider than the screen: see _fit_panel.
        panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        margins(panel_layout, 24, 18)
        spacing(panel_layout, 24)
        groups = QVBoxLayout()
        spacing(groups, 12)
        self.campus_label = WrappedLabel(role="group_label")
        self.level_label = WrappedLabel(role="group_label")
        self.campus_chips = [ChipButton(campus.id) for campus in catalogue.campuses]
        self.level_chips = [ChipButton(level) for level in LEVELS]
        for label, chips, group in (
            (self.campus_label, self.campus_chips, "campus"),
            (self.level_label, self.level_chips, "level"),
        ):
            row = QHBoxLayout()
            spacing(row, 14)
            minimum_size(label, 130)
            label.setWordWrap(False)
            row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            chip_box = QWidget()
            flow = FlowLayout(chip_box)  # chips wrap to another line rather than being cut
            spacing(flow, 14)
            for chip in chips:
                chip.setObjectName(f"chip_{group}_{chip.value}")
                chip.toggled.connect(self._on_chip_toggled)
                flow.add(chip)
            row.addWidget(chip_box, 1)
            groups.addLayout(row)
        panel_layout.addLayout(groups, 1)

        summary = QVBoxLayout()
        spacing(summary, 10)
        self.count_label = WrappedLabel(role="count")
        self.count_label.setObjectName("finder_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_button = action_button("secondary")
        self.clear_button.setObjectName("finder_clear")
        summary.addWidget(self.count_label)
        summary.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        panel_layout.addLayout(summary)
        layout.addWidget(panel)

        self.list_view = QListView()
        self.list_view.setObjectName("finder_list")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ProgrammeCardDelegate(self.list_view))
        self.list_view.setFlow(QListView.Flow.LeftToRight)
        self.list_view.setWrapping(True)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        make_kinetic(self.list_view.viewport())
        # A tap opens a card through ``clicked``; Enter or Space through the key filter below. Not
        # ``activated``: where the style activates on a single click, one tap would open it twice.
        self.list_view.clicked.connect(self._on_card_clicked)
        self.list_view.installEventFilter(self)

        empty = QFrame()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = WrappedLabel(role="lead")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_clear_button = action_button("primary")
        self.empty_clear_button.setObjectName("finder_empty_clear")
        empty_layout.addWidget(self.empty_label)
        gap(empty_layout, 16)
        empty_layout.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.results = QStackedWidget()
        self.results.addWidget(self.list_view)
        self.results.addWidget(empty)
        layout.addWidget(self.results, 1)

        self.clear_button.clicked.connect(self.clear_filters)
        self.empty_clear_button.clicked.connect(self.clear_filters)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """A new scale, large text or high contrast: the painted cards take their new size and colours."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.list_view.doItemsLayout()
            self.list_view.viewport().update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_panel(event.size().width())
        super().resizeEvent(event)

    def _fit_panel(self, width: int) -> None:
        """The count and "clear" go under the chips when a row of chips is too wide beside them
        (large text, long translations)."""
        layout = self.panel_layout
        margins = layout.contentsMargins()
        items = [layout.itemAt(i) for i in range(layout.count())]
        needed = sum(item.sizeHint().width() for item in items if item is not None)
        needed += layout.spacing() + margins.left() + margins.right() + 80
        direction = QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)

    # --- state -----------------------------------------------------------------------------------

    @property
    def programme_filter(self) -> ProgrammeFilter:
        return self.model.programme_filter

    def visible_programme_ids(self) -> list[str]:
        return self.model.programme_ids()

    def clear_filters(self) -> None:
        for chip in (*self.campus_chips, *self.level_chips):
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self._apply_filter()

    def reset(self) -> None:
        self.clear_filters()
        self.list_view.scrollToTop()

    def _on_chip_toggled(self, _checked: bool) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        selection = ProgrammeFilter(
            frozenset(c.value for c in self.campus_chips if c.isChecked()),
            frozenset(c.value for c in self.level_chips if c.isChecked()),
        )
        self.model.set_programme_filter(selection)
        self._update_count()
        self.filter_changed.emit(selection)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n programme(s)", "", count))
        self.results.setCurrentIndex(0 if count else 1)
        self.clear_button.setEnabled(not self.programme_filter.is_empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.list_view.currentIndex().isValid()
        ):
            self._on_card_clicked(self.list_view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_card_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.programme_chosen.emit(str(index.data(ProgrammeRole.Id)))

    # --- texts -----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Work-linked programmes")

    def retranslate(self) -> None:
        lang = self.lang
        self.model.set_language(lang)
        self.campus_label.setText(self.tr("Campus"))
        self.level_label.setText(self.tr("Level"))
        for chip in self.campus_chips:
            campus = self._catalogue.campus(chip.value)
            chip.setText(campus.name.get(lang) if campus else chip.value)
            chip.setAccessibleName(self.tr("Campus: %1").replace("%1", chip.text()))
        level_names = {
            "L3": self.tr("Bachelor 3 (L3)"),
            "M1": self.tr("Master 1 (M1)"),
            "M2": self.tr("Master 2 (M2)"),
        }
        for chip in self.level_chips:
            chip.setText(level_names[chip.value])
            chip.setAccessibleName(self.tr("Level: %1").replace("%1", chip.text()))
        self.clear_button.setText(self.tr("Clear filters"))
        self.empty_clear_button.setText(self.tr("Clear filters"))
        self.empty_label.setText(self.tr("No programme matches these filters."))
        self.list_view.setAccessibleName(self.tr("Matching programmes"))
        self._update_count()
        self.list_view.doItemsLayout()
