"""IMPGT Kiosk: guidance kiosk of the Institut de Management Public et Gouvernance Territoriale."""

__version__ = "0.1.0"
