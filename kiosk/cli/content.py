"""``institute`` and ``programmes``: the catalogue's content as JSON or text."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.cli import CliContext, UsageError, choice, language, print_json
from kiosk.domain.catalogue import LEVELS, Catalogue, Lang, Programme
from kiosk.domain.filters import ProgrammeFilter


def register(subparsers: Any) -> None:
    institute = subparsers.add_parser("institute", help="print the institute's presentation")
    institute.add_argument("--json", action="store_true", help="print one JSON object")
    institute.add_argument("--lang", type=language, default="fr", help="fr (default) or en")
    institute.set_defaults(func=run_institute)

    programmes = subparsers.add_parser("programmes", help="list the work-linked programmes")
    programmes.add_argument("--json", action="store_true", help="print a JSON array")
    programmes.add_argument(
        "--campus", metavar="ID", help="a campus of the catalogue (its id in campuses.yaml, e.g. aix)"
    )
    programmes.add_argument("--level", type=choice(LEVELS, "level"), help=", ".join(LEVELS))
    programmes.add_argument("--lang", type=language, default="fr", help="fr (default) or en")
    programmes.set_defaults(func=run_programmes)


def institute_json(catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    institute = catalogue.institute
    return {
        "name": institute.name.get(lang),
        "acronym": institute.acronym,
        "university": institute.university.get(lang),
        "founded": institute.founded,
        "status": institute.status.get(lang),
        "levels": institute.levels.get(lang),
        "mission": institute.mission.get(lang),
        "public_management": institute.public_management.get(lang),
        "teaching": institute.teaching.get(lang),
        "work_linked_since": institute.work_linked_since,
        "campuses": [{"id": c.id, "name": c.name.get(lang), "address": c.address} for c in catalogue.campuses],
        "address": institute.address,
        "phone": institute.phone,
        "email": institute.email,
        "website": institute.website,
    }


def programme_json(catalogue: Catalogue, programme: Programme, lang: Lang) -> dict[str, Any]:
    partner = catalogue.partner(programme.partner) if programme.partner else None
    return {
        "id": programme.id,
        "level": programme.level,
        "title": programme.title.get(lang),
        "campus": programme.campus,
        "partner": partner.name.get(lang) if partner else None,
        "work_linked": programme.work_linked,
        "rhythms": list(programme.rhythms),
        "work_linked_start": programme.work_linked_start,
        "modes": list(programme.modes),
        "ranking": programme.ranking,
        "continues_from": programme.continues_from,
        "continues_from_title": (programme.continues_from_title.get(lang) if programme.continues_from_title else None),
        "description": programme.description.get(lang),
        "leads_to": programme.leads_to.get(lang),
        "contract_types": list(programme.contract_types),
        "web_page": programme.web_page,
        "contact": programme.contact,
    }


def run_institute(args: argparse.Namespace, context: CliContext) -> int:
    data = institute_json(context.catalogue(), args.lang)
    if args.json:
        print_json(data)
    else:
        print(f"{data['name']} ({data['acronym']})")
        print(f"{data['university']} · {data['status']} · {data['founded']}")
        print(data["levels"])
        print()
        print(data["mission"])
    return 0


def run_programmes(args: argparse.Namespace, context: CliContext) -> int:
    catalogue = context.catalogue()
    if args.campus is not None:
        try:
            choice(catalogue.campus_ids, "campus")(args.campus)  # the campuses are the catalogue's
        except argparse.ArgumentTypeError as error:
            raise UsageError(f"argument --campus: {error}") from None
    selection = ProgrammeFilter(
        frozenset({args.campus} if args.campus else ()), frozenset({args.level} if args.level else ())
    )
    programmes = selection.apply(catalogue.programmes)
    if args.json:
        print_json([programme_json(catalogue, p, args.lang) for p in programmes])
    else:
        for programme in programmes:
            ranking = f"  #{programme.ranking}" if programme.ranking else ""
            print(f"{programme.level}  {programme.campus:<9}  {programme.title.get(args.lang)}{ranking}")
    return 0
