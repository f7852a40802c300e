"""Legal figures: legal.yaml -> domain objects -> database -> domain objects, unchanged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from kiosk.data.legal import load_legal_yaml
from kiosk.data.legal_tables import read_legal_figures, store_legal_figures
from kiosk.data.models import Base

LEGAL_YAML = Path(__file__).parents[2] / "data" / "catalogue" / "legal.yaml"


def test_yaml_round_trips_exactly_through_the_database() -> None:
    figures = load_legal_yaml(LEGAL_YAML)
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        store_legal_figures(session, figures)
        session.commit()
    with Session(engine) as session:
        assert read_legal_figures(session) == figures
        store_legal_figures(session, figures)  # storing again replaces, never duplicates
        session.commit()
    with Session(engine) as session:
        back = read_legal_figures(session)
    assert back == figures
    assert [str(rate.hourly) for rate in back.smic.rates][-1] == "12.31"
    assert str(back.net_estimate.periods[0].social_public_percent) == "10.10"
    assert str(back.net_estimate.periods[1].csg_crds_base_percent) == "98.25"


def test_yaml_holds_the_figures_of_pay_rules() -> None:
    figures = load_legal_yaml(LEGAL_YAML)
    assert figures.smic.rates[0].effective == date(2020, 1, 1)
    assert figures.smic.latest.hourly == Decimal("12.31")
    assert figures.smic.latest.effective == date(2026, 6, 1)
    assert [c.year for c in figures.internship.ceilings] == list(range(2020, 2027))
    assert figures.internship.rate_percent == Decimal(15)
    assert figures.professionalisation.brackets[-1].agreement_percent == Decimal(85)


def test_empty_database_is_reported() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session, pytest.raises(ValueError, match="no legal figures"):
        read_legal_figures(session)


def _write(tmp_path: Path, old: str, new: str) -> Path:
    text = LEGAL_YAML.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "legal.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('hourly: "10.15"', 'hourly: "ten"', "smic.rates[0].hourly"),
        ('hourly: "10.15"', "hourly: [1]", "smic.rates[0].hourly"),
        ('hourly: "10.15"', 'hourly: "-1"', "smic.rates[0].hourly"),
        ("effective: 2020-01-01", 'effective: "soon"', "smic.rates[0].effective"),
        ("threshold_hours: 308", "threshold_hours: 308.5", "internship.threshold_hours"),
        ('percents: ["27", "39", "55"]', 'percents: ["27", "39"]', "apprenticeship.brackets[0].percents"),
        ("  rates:\n", "  rate:\n", "smic.rates"),
        ("smic:\n", "smic: 3\nold_smic:\n", "smic"),
        (
            "last_checked: 2026-06-01\n  rates",
            'last_checked: 2026-06-01\n  source: ""\n  rates',
            "smic.source",
        ),
    ],
)
def test_bad_yaml_names_the_file_and_the_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = _write(tmp_path, old, new)
    with pytest.raises(ValueError) as error:
        load_legal_yaml(path)
    assert str(path) in str(error.value)
    assert repr(field) in str(error.value)


def test_unsorted_smic_rows_are_refused_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "effective: 2021-01-01", "effective: 2019-01-01")
    with pytest.raises(ValueError, match="increasing") as error:
        load_legal_yaml(path)
    assert str(path) in str(error.value)


def test_invalid_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "legal.yaml"
    path.write_text("smic: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_legal_yaml(path)


def test_unquoted_amounts_are_read_exactly(tmp_path: Path) -> None:
    path = _write(tmp_path, 'hourly: "10.15"', "hourly: 10.15")
    assert load_legal_yaml(path).smic.rates[0].hourly == Decimal("10.15")


def _sources(value: object) -> list[str]:
    """Every ``source`` text in ``value``, a tree of frozen dataclasses and tuples."""
    import dataclasses

    if isinstance(value, tuple):
        return [text for item in value for text in _sources(item)]
    if not dataclasses.is_dataclass(value):
        return []
    texts = []
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        texts += [item] if field.name == "source" and isinstance(item, str) else _sources(item)
    return texts


def test_no_source_text_says_when_it_was_checked() -> None:
    """When a source was last checked is a date of its own (``last_checked``), said in the visitor's
    language; written into a source text, it showed in French on the English sources dialog (the
    SMIC of June 2026: "vérifié le 1er juin 2026")."""
    sources = _sources(load_legal_yaml(LEGAL_YAML))
    assert len(sources) > 20
    assert not [text for text in sources if "vérifié" in text.lower() or "checked" in text.lower()]
