"""Figures as a visitor reads them, in French or English (money, percentages, months; dates are the
domain's :func:`~kiosk.domain.pay.messages.long_date`, which the pay rules' sentences use too)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kiosk.domain.catalogue import Lang
from kiosk.domain.pay.messages import MONTH_NAMES
from kiosk.domain.pay.messages import long_date as long_date

MONTHS = MONTH_NAMES
NARROW_SPACE = "\u202f"


def money(amount: Decimal, lang: Lang, cents: bool = True) -> str:
    """``1 104,56 €`` in French, ``€1,104.56`` in English (exact: formatted from the Decimal)."""
    shown = amount if cents else amount.quantize(Decimal(1), ROUND_HALF_UP)  # 802.50 shows as 803, not 802
    text = f"{shown:,.2f}" if cents else f"{shown:,.0f}"
    if lang == "fr":
        return text.replace(",", NARROW_SPACE).replace(".", ",") + NARROW_SPACE + "€"
    return "€" + text


def parse_money(text: str) -> Decimal:
    """The inverse of :func:`money` (used by tests to read a figure back off the screen)."""
    cleaned = text.replace("€", "").replace(NARROW_SPACE, "").replace("\u00a0", "").strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return Decimal(cleaned.replace(",", ""))


def percent(value: Decimal, lang: Lang) -> str:
    text = f"{value.normalize():f}"
    return (text.replace(".", ",") + NARROW_SPACE + "%") if lang == "fr" else text + "%"


def month_year(year: int, month: int, lang: Lang) -> str:
    return f"{MONTHS[lang][month - 1]} {year}"


def short_month(year: int, month: int) -> str:
    return f"{month:02d}/{year % 100:02d}"
