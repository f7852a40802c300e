"""Writes a catalogue back out as the YAML sources staff edit (``catalogue export``).

The files are the inverse of :mod:`kiosk.data.sources` and :mod:`kiosk.data.legal`: building the
exported files gives the same rows as the catalogue they came from. Comments of the original files
are not in the database, so each file gets a short header saying what it holds.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from kiosk.data.sources import CAMPUSES_FILE, CONTRACTS_FILE, INSTITUTE_FILE, LEGAL_FILE, PROGRAMMES_FILE
from kiosk.domain.catalogue import Catalogue, ContractType, Programme, Text
from kiosk.domain.pay.figures import LegalFigures

_HEADERS = {
    INSTITUTE_FILE: "The institute as the kiosk presents it. Every text exists in French (fr) and English (en).",
    CAMPUSES_FILE: "Campuses where the work-linked programmes are taught, and partner schools.",
    PROGRAMMES_FILE: (
        "The work-linked programmes. level: L3, M1 or M2; campus: an id from campuses.yaml; modes: initial\n"
        "and/or continuing; rhythms: standard and/or work_linked; ranking: Eduniversal rank, or absent."
    ),
    CONTRACTS_FILE: "The contract types of work-linked training and the advantages of work-linked training.",
    LEGAL_FILE: (
        "Legal figures of the pay simulator. When the SMIC changes, add a row at the end of smic.rates.\n"
        'Amounts and percentages are quoted so that they are read exactly ("12.31"); dates are YYYY-MM-DD.'
    ),
}


class _Flow(list[Any]):
    """A short list of words or numbers, written on one line: ``[initial, continuing]``."""


class _SourceDumper(yaml.SafeDumper):
    """Human-readable YAML: lists indented under their key, long texts folded, no sorting."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else (">" if len(value) > 100 else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


_SourceDumper.add_representer(str, _represent_text)
_SourceDumper.add_representer(_Flow, _represent_flow)
_SourceDumper.add_representer(Decimal, _represent_decimal)
# Levels and contract kinds are written as the words they stand for.
_SourceDumper.add_multi_representer(StrEnum, lambda dumper, value: _represent_text(dumper, str(value)))


def _text(value: Text) -> dict[str, str]:
    return {"fr": value.fr, "en": value.en}


def _texts(values: tuple[Text, ...]) -> list[dict[str, str]]:
    return [_text(value) for value in values]


def _contact_fields(**fields: str) -> dict[str, str]:
    """Free-text contact fields, always written (empty ones are for staff to fill in)."""
    return dict(fields)


def _institute(catalogue: Catalogue) -> dict[str, Any]:
    institute = catalogue.institute
    return {
        "acronym": institute.acronym,
        "name": _text(institute.name),
        "university": _text(institute.university),
        "founded": institute.founded,
        "status": _text(institute.status),
        "levels": _text(institute.levels),
        "mission": _text(institute.mission),
        "public_management": _text(institute.public_management),
        "teaching": _text(institute.teaching),
        "work_linked": {"since": institute.work_linked_since, "intro": _text(institute.work_linked_intro)},
        **_contact_fields(
            address=institute.address, phone=institute.phone, email=institute.email, website=institute.website
        ),
    }


def _campuses(catalogue: Catalogue) -> dict[str, Any]:
    document: dict[str, Any] = {
        "campuses": [{"id": c.id, "name": _text(c.name), "address": c.address} for c in catalogue.campuses]
    }
    if catalogue.partners:
        document["partners"] = [{"id": p.id, "name": _text(p.name), "campus": p.campus} for p in catalogue.partners]
    return document


def _programme(programme: Programme) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": programme.id,
        "level": programme.level,
        "title": _text(programme.title),
        "campus": programme.campus,
    }
    if programme.partner is not None:
        item["partner"] = programme.partner
    item["modes"] = _Flow(programme.modes)
    item["rhythms"] = _Flow(programme.rhythms)
    if programme.work_linked_start is not None:
        item["work_linked_start"] = programme.work_linked_start
    item["ranking"] = programme.ranking
    if programme.continues_from is not None:
        item["continues_from"] = programme.continues_from
    if programme.continues_from_title is not None:
        item["continues_from_title"] = _text(programme.continues_from_title)
    item["description"] = _text(programme.description)
    if programme.leads_to.fr or programme.leads_to.en:
        item["leads_to"] = _text(programme.leads_to)
    item["contract_types"] = _Flow(programme.contract_types)
    item.update(_contact_fields(web_page=programme.web_page, contact=programme.contact))
    return item


def _contract(contract: ContractType) -> dict[str, Any]:
    return {
        "id": contract.id,
        "name": _text(contract.name),
        "status": _text(contract.status),
        "who_may_sign": _text(contract.who_may_sign),
        "employers": _Flow(contract.employers),
        "pay_basis": _text(contract.pay_basis),
        "training_costs": _text(contract.training_costs),
        "student_advantages": _texts(contract.student_advantages),
        "employer_advantages": _texts(contract.employer_advantages),
        "simulation": contract.simulation,
        **_contact_fields(contact=contract.contact),
    }


def _contracts(catalogue: Catalogue) -> dict[str, Any]:
    return {
        "contracts": [_contract(c) for c in sorted(catalogue.contract_types, key=lambda c: c.position)],
        "work_linked_advantages": {
            "student": _texts(catalogue.student_advantages),
            "employer": _texts(catalogue.employer_advantages),
        },
    }


def _documented(source: str, last_checked: date, effective: date | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {} if effective is None else {"effective": effective}
    item.update({"source": source, "last_checked": last_checked})
    return item


def _legal(figures: LegalFigures) -> dict[str, Any]:
    smic, appr, prof = figures.smic, figures.apprenticeship, figures.professionalisation
    intern, net = figures.internship, figures.net_estimate
    professionalisation_brackets = []
    for bracket in prof.brackets:
        row: dict[str, Any] = {
            "min_age": bracket.min_age,
            "percent": bracket.percent,
            "percent_qualified": bracket.percent_qualified,
        }
        if bracket.agreement_percent is not None:
            row["agreement_percent"] = bracket.agreement_percent
        professionalisation_brackets.append(row)
    return {
        "smic": {
            **_documented(smic.source, smic.last_checked),
            "rates": [{"effective": r.effective, "hourly": r.hourly, "source": r.source} for r in smic.rates],
        },
        "apprenticeship": {
            **_documented(appr.source, appr.last_checked, appr.effective),
            "agreement_min_age": appr.agreement_min_age,
            "brackets": [{"min_age": b.min_age, "percents": _Flow(b.percents)} for b in appr.brackets],
        },
        "professionalisation": {
            **_documented(prof.source, prof.last_checked, prof.effective),
            "brackets": professionalisation_brackets,
        },
        "internship": {
            **_documented(intern.source, intern.last_checked, intern.effective),
            "rate_percent": intern.rate_percent,
            "threshold_hours": intern.threshold_hours,
            "max_hours": intern.max_hours,
            "ceilings": [
                {"year": c.year, "hourly": c.hourly, "effective": c.effective, "source": c.source}
                for c in intern.ceilings
            ],
        },
        "apprentice_net_estimate": {
            "last_checked": net.last_checked,
            "periods": [
                {
                    "signed_from": p.signed_from,
                    "exempt_percent_of_smic": p.exempt_percent_of_smic,
                    "social_private_percent": p.social_private_percent,
                    "social_public_percent": p.social_public_percent,
                    "csg_crds_percent": p.csg_crds_percent,
                    "csg_crds_base_percent": p.csg_crds_base_percent,
                    "source": p.source,
                }
                for p in net.periods
            ],
        },
    }


def source_documents(catalogue: Catalogue, legal: LegalFigures) -> dict[str, str]:
    """The text of each source file (file name -> YAML) describing ``catalogue`` and ``legal``."""
    documents: dict[str, Any] = {
        INSTITUTE_FILE: _institute(catalogue),
        CAMPUSES_FILE: _campuses(catalogue),
        PROGRAMMES_FILE: {
            "programmes": [_programme(p) for p in sorted(catalogue.programmes, key=lambda p: p.position)]
        },
        CONTRACTS_FILE: _contracts(catalogue),
        LEGAL_FILE: _legal(legal),
    }
    texts: dict[str, str] = {}
    for name, document in documents.items():
        header = "".join(f"# {line}\n" for line in _HEADERS[name].splitlines())
        body = yaml.dump(
            document, Dumper=_SourceDumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False
        )
        texts[name] = header + body
    return texts


def export_sources(catalogue: Catalogue, legal: LegalFigures, directory: Path) -> list[Path]:
    """Write the five source files into ``directory`` (created if needed); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in source_documents(catalogue, legal).items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
