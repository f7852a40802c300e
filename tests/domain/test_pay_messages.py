"""Bilingual messages, sources and the training contract's explanation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kiosk.domain.pay.messages import _TEMPLATES, PayInputError, PayMessage, exception_name, format_param, localized
from kiosk.domain.pay.schedule import Source
from kiosk.domain.pay.training import training_contract_info

SAMPLE_PARAMS: dict[str, object] = {
    "first": date(2020, 1, 1),
    "day": date(2019, 9, 1),
    "age": 30,
    "years": 4,
    "shortened": 1,
    "rate": Decimal("19.8"),
    "amount": Decimal("2100.00"),
    "employer": "ngo",
    "contract": "freelance",
    "kind": "top-athlete",
    "months": 40,
    "start": date(2026, 4, 1),
    "end": date(2026, 3, 1),
    "hours": Decimal("7.5"),
    "days": 6,
    "first_month": date(2027, 1, 1),
    "hourly": Decimal("12.31"),
    "effective": date(2026, 6, 1),
    "year": 2027,
    "known_year": 2026,
    "max_hours": 924,
    "signed": date(2025, 9, 1),
    "threshold": Decimal(50),
    "minimum": 1,
    "maximum": 3,
    "usual": 12,
    "social": Decimal("11.31"),
    "csg": Decimal("9.7"),
    "base": Decimal("98.25"),
    "month": date(2026, 9, 15),
    "month_days": 30,
    "capped": 35,
}


@pytest.mark.parametrize("code", sorted(_TEMPLATES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_renders_in_both_languages(code: str, lang: str) -> None:
    message = PayMessage.of(code, **SAMPLE_PARAMS)  # type: ignore[arg-type]
    text = message.text(lang)
    assert text and "{" not in text


def test_formatting_follows_the_language() -> None:
    """Issue 19.8: dates and numbers written as the visitor's language writes them, never ISO dates or a
    decimal point on a French screen."""
    assert format_param(date(2026, 6, 1), "fr") == "1er juin 2026"
    assert format_param(date(2026, 9, 15), "fr") == "15 septembre 2026"
    assert format_param(date(2026, 6, 1), "en") == "1 June 2026"
    assert format_param(Decimal("12.31"), "fr") == "12,31"
    assert format_param(Decimal("12.31"), "en") == "12.31"
    assert format_param(Decimal("15.00"), "fr") == "15"
    assert format_param(7, "en") == "7"
    assert PayMessage.of("exception_used", kind="top-athlete").text("en") == (
        "Age limit lifted by the exception: top-level athlete."
    )


def test_unknown_code_or_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown pay message code"):
        PayMessage.of("nope")
    with pytest.raises(ValueError, match="unknown language"):
        PayMessage.of("full_months").text("de")
    with pytest.raises(ValueError, match="unknown language"):
        localized({"fr": "a", "en": "b"}, "it")


def test_pay_input_error_carries_its_message() -> None:
    error = PayInputError(PayMessage.of("apprentice_too_old", age=31, maximum=29, capped=35))
    assert "31" in str(error)
    assert error.text() == error.message.text("fr")
    assert error.text("en").startswith("At 31") and "up to 35 inclusive" in error.text("en")


def test_exception_names_are_the_visitors_words() -> None:
    """L6222-2: the five exceptions have a name in each language; an unknown kind is shown as given."""
    assert exception_name("broken-contract", "en") == "previous contract broken for reasons beyond your control"
    assert exception_name("higher-diploma", "fr") == "nouveau contrat pour un diplôme supérieur"
    assert exception_name("astronaut", "fr") == "astronaut"
    assert PayMessage.of("unknown_exception", kind="astronaut").text("en") == "Unknown exception: astronaut."


def test_source_text() -> None:
    assert Source("Art. X").text("en") == "Art. X"
    assert Source("Art. X", date(2020, 1, 1), date(2026, 6, 1)).text("en") == (
        "Art. X (in force from 1 January 2020, checked 1 June 2026)"
    )
    assert Source("Art. X", effective=date(2020, 1, 1)).text("fr") == "Art. X (en vigueur le 1er janvier 2020)"
    assert Source("Art. X", last_checked=date(2026, 6, 1)).text("fr") == "Art. X (vérifié le 1er juin 2026)"
    smic = Source("Arrêté", effective=date(2026, 6, 1), smic_hourly=Decimal("12.31"))
    assert smic.text("fr") == "SMIC 12,31 €/h : Arrêté (en vigueur le 1er juin 2026)"
    assert smic.text("en") == "SMIC €12.31/h: Arrêté (in force from 1 June 2026)"


def test_training_contract_has_no_scale_and_explains_why() -> None:
    """No legal pay scale for a training contract: pay depends on status (Code du travail L6341-1 ff.)."""
    info = training_contract_info()
    assert "no legal pay scale" in info.summary_text("en")
    assert "barème légal" in info.summary_text()
    assert len(info.depends_on_texts("en")) == 3
    assert len(info.depends_on_texts("fr")) == 3
    assert info.sources
