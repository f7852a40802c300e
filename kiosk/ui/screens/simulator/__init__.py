"""The pay simulator screen and its parts: the input form, the result panel, the comparison, the dialogs."""

from kiosk.ui.screens.simulator.dialogs import NumericPad, SourcesDialog
from kiosk.ui.screens.simulator.screen import CONTRACTS, SimulatorScreen

__all__ = ["CONTRACTS", "NumericPad", "SimulatorScreen", "SourcesDialog"]
