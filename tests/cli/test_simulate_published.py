"""Figures published by others (public bodies, CFAs, payroll and HR firms, a law firm), run through
``simulate --json``.

Each case names the page it comes from and quotes what that page says; every page was read in a
stored copy of it (December 2026). Where a page and the engine disagree, the case asserts the engine's
figure and says which is right and why (pay-rules.md and the law decide): those cases are marked
``disagrees``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from kiosk.cli import main


@dataclass(frozen=True)
class Published:
    """A published figure: ``field`` of month ``month`` of the JSON (of its part ``part`` when given; a
    top-level field when ``month`` is None) is ``expected`` (the engine's figure when the page
    ``disagrees``)."""

    name: str
    url: str
    argv: tuple[str, ...]
    field: str
    expected: object
    month: str | None = None
    disagrees: str = ""
    part: int | None = None


def apprentice(birth: str, start: str, *more: str) -> tuple[str, ...]:
    return ("apprenticeship", "--birth-date", birth, "--start", start, "--years", "1", *more)


def from_programme(programme: str) -> tuple[str, ...]:
    return ("apprenticeship", "--birth-date", FROM_21, "--start", "2025-09-01", "--programme", programme)


def professional(birth: str, start: str, *more: str) -> tuple[str, ...]:
    return ("professionalisation", "--birth-date", birth, "--start", start, "--months", "12", *more)


def internship(start: str, end: str) -> tuple[str, ...]:
    return ("internship", "--start", start, "--end", end, "--hours-per-day", "7")


# Ages on 1 September 2025 (SMIC 1,801.80 € from 1 November 2024): 16, 19, 22 and 27.
UNDER_18, FROM_18, FROM_21, FROM_26 = "2008-10-01", "2006-01-01", "2003-01-01", "1998-01-01"
YEAR_2, YEAR_3 = ("--shortened-years", "1"), ("--shortened-years", "2")

ARIFTS = "https://arifts.fr/apprentissage/espace-apprenti/la-grille-de-remuneration"
CFAINTERPRO28 = "https://cfainterpro28.com/remuneration-apprenti/"
CMHCONSEIL = "https://cmhconseil.com/chiffres_utiles/remuneration-des-salaries-en-contrats-en-alternance/"
UNITRH = "https://unitrh.com/la-remuneration-de-lapprenti/"
TISSOT = (
    "https://www.editions-tissot.fr/oe/content.aspx?idSGML=8a0b5f11-b0dc-4a02-90eb-d433c9b2be71"
    "&codeCategory=PME&codeSpace=GLP&op=1&chapitre=C4&pageNumber=5&section=P05C4F030"
)
CFA_NUMIA = "https://cfa-numia.fr/nos-actualites/revalorisation-du-smic-et-hausse-du-salaire-des-apprentis"
BIZOUARD = "https://bizouard.com/blog/2024/10/29/remuneration-des-salaries-en-contrats-en-alternance"
CUIDAM = "https://www.cuidam.fr/grille-salaire-apprenti"
PAYFIT = "https://payfit.com/fr/fiches-pratiques/salaire-apprenti/"
DREETS = (
    "http://www.etoile.regioncentre-valdeloire.fr/GIP/site/etoilepro/"
    "questions-reponses-alternance-remuneration-apprentie"
)
CFA_UNIV = "https://cfa-univ.fr/la-demarche-apprentissage/contrat-apprentissage/remuneration-apprenti"
MANAGERRH = "https://managerrhconseil.fr/quel-est-le-salaire-dun-contrat-de-professionnalisation-en-2025"
LEFEBVRE = (
    "https://open.lefebvre-dalloz.fr/actualites/droit-social/"
    "none-augmentation-2025-gratification-stagiaires_f019d71e6-504a-47be-966c-42daa015ac97"
)
EURECIA = "https://eurecia.com/blog/remuneration-stage"
URSSAF_INTERNSHIP = (
    "https://www.urssaf.fr/portail/home/employeur/calculer-les-cotisations/la-base-de-calcul/"
    "cas-particuliers--bases-forfaita/le-stagiaire-en-milieu-professio/la-gratification-pour-tout-stage/"
    "le-versement-de-la-gratification.html"
)
DCB_AVOCATS = "https://dcbavocats.fr/2023/07/18/stages-dete-en-quelques-mots"
BPIFRANCE = "https://bpifrance-creation.fr/entrepreneur/actualites/augmentation-gratification-stagiaires-2024"
CDG61 = (
    "https://cdg61.fr/fr/ressources-documentaires/"
    "centre_de_gestion_actualites_cotisations-des-apprentis-baisse-des-exonerations.phtml"
)
URSSAF_EXEMPTION = (
    "https://www.urssaf.fr/portail/home/employeur/beneficier-dune-exoneration/exonerations-ou-aides-liees-a-la/"
    "le-contrat-dapprentissage/exonerations.html"
)
SILAE = "https://community.silae.fr/utilisation-du-logiciel-6/apprenti-base-exo-7487"

#: Why the kiosk pays a one-year contract of a programme that is work-linked only in that year at the
#: 1st-year rate, where some CFAs count the degree's earlier years (the answer for every such case).
CYCLE_OF_THE_CATALOGUE = (
    "pay-rules.md, corrected after the audit, is the kiosk's reference: D6222-28-1 applies when the contract "
    "is shorter than the training cycle it prepares, and for a programme whose work-linked cycle in the "
    "catalogue is this year alone the contract equals that cycle, so the 1st-year rate (unless D6222-29 "
    "gives more). The page counts the degree's earlier years (L1-L2, M1) as the cycle; a visitor whose CFA "
    "reads it so sets the cycle year on the screen (--shortened-years), which gives the page's figure"
)

CASES = (
    # --- apprenticeship, SMIC of 1 November 2024 (11.88 €/h, 1,801.80 €) ---
    # ARIFTS (a CFA of the social sector): "Le second est la tranche d'âge de l'apprenti au moment du
    # début d'exécution du contrat", "Moins de 18 ans | 27% soit 486,49 € | 39% soit 702,70 € | 55% soit
    # 990,99 €", "De 18 à 20 ans | 43% soit 774,77 € | 51% soit 918,92 € | 67% soit 1 207,21 €", "De 21 à 25
    # ans | 53% soit 954,95 € | 61% soit 1099,10 € | 78% soit 1 405,40 €", "Après 26 ans | 100% soit 1 801,80 €".
    Published(
        "arifts under 18 year 1", ARIFTS, apprentice(UNDER_18, "2025-09-01"), "monthly_gross_eur", 486.49, "2025-09"
    ),
    Published(
        "arifts under 18 year 2",
        ARIFTS,
        apprentice(UNDER_18, "2025-09-01", *YEAR_2),
        "monthly_gross_eur",
        702.70,
        "2025-09",
    ),
    Published(
        "arifts 18-20 year 3",
        ARIFTS,
        apprentice(FROM_18, "2025-09-01", *YEAR_3),
        "monthly_gross_eur",
        1207.21,
        "2025-09",
    ),
    Published(
        "arifts 21-25 year 2",
        ARIFTS,
        apprentice(FROM_21, "2025-09-01", *YEAR_2),
        "monthly_gross_eur",
        1099.10,
        "2025-09",
    ),
    Published(
        "arifts 21-25 year 3",
        ARIFTS,
        apprentice(FROM_21, "2025-09-01", *YEAR_3),
        "monthly_gross_eur",
        1405.40,
        "2025-09",
    ),
    Published("arifts 26 and over", ARIFTS, apprentice(FROM_26, "2025-09-01"), "monthly_gross_eur", 1801.80, "2025-09"),
    # ... the bracket of the age on the first day: 18 on 10 September, from 15 September, 43 % at once.
    Published(
        "arifts bracket of the age on the first day",
        ARIFTS,
        apprentice("2007-09-10", "2025-09-15"),
        "percent_of_smic",
        43,
        "2025-09",
    ),
    # CFA Interpro 28: "1ère année | 27% (486,49 €) | 43% (774,77 €) | 53% (954,96 €) | 100% (1 801,80 €)",
    # "2ème année | 39% (702,70 €) | 51% (918,92 €) | 61% (1 099,10 €)", "3ème année | 55% (990,99 €)".
    Published(
        "cfainterpro28 18-20 year 1",
        CFAINTERPRO28,
        apprentice(FROM_18, "2025-09-01"),
        "monthly_gross_eur",
        774.77,
        "2025-09",
    ),
    Published(
        "cfainterpro28 18-20 year 2",
        CFAINTERPRO28,
        apprentice(FROM_18, "2025-09-01", *YEAR_2),
        "monthly_gross_eur",
        918.92,
        "2025-09",
    ),
    Published(
        "cfainterpro28 under 18 year 3",
        CFAINTERPRO28,
        apprentice(UNDER_18, "2025-09-01", *YEAR_3),
        "monthly_gross_eur",
        990.99,
        "2025-09",
    ),
    Published(
        "cfainterpro28 21-25 year 1",
        CFAINTERPRO28,
        apprentice(FROM_21, "2025-09-01"),
        "monthly_gross_eur",
        954.95,
        "2025-09",
        disagrees=(
            "the page says 954,96 €: 53 % x 1,801.80 = 954.954, 954.95 rounded half-up to the cent (pay-rules.md); "
            "the same page rounds its other cells that way (774,77 for 774.774), and ARIFTS gives 954,95 €"
        ),
    ),
    # --- SMIC of 1 May 2023 (11.52 €/h, 1,747.20 €) ---
    # CMH Conseil (an accounting firm): "Moins de 18 ans | 27 % | 3,11 €/heure471,74 €/mois | 39 % |
    # 4,49 €/heure681,41 €/mois", "De 18 à 20 ans ... 67 % | 7,72 €/heure1 170,62 €/mois", "De 21 ans à 25
    # ans | 53 % ... 926,02 €/mois | 61 % | 7,03 €/heure1 065,79 €/mois", "(2) Le salaire minimum de
    # l'apprenti est relevé à compter du 1er jour du mois suivant le jour où il atteint 18 ans, 21 ans ou 26 ans."
    Published(
        "cmhconseil under 18 year 2",
        CMHCONSEIL,
        apprentice("2006-09-01", "2023-05-01", *YEAR_2),
        "monthly_gross_eur",
        681.41,
        "2023-05",
    ),
    Published(
        "cmhconseil 21-25 year 1",
        CMHCONSEIL,
        apprentice("2000-01-01", "2023-05-01"),
        "monthly_gross_eur",
        926.02,
        "2023-05",
    ),
    Published(
        "cmhconseil 21-25 year 2",
        CMHCONSEIL,
        apprentice("2000-01-01", "2023-05-01", *YEAR_2),
        "monthly_gross_eur",
        1065.79,
        "2023-05",
    ),
    Published(
        "cmhconseil 18-20 year 3",
        CMHCONSEIL,
        apprentice("2004-01-01", "2023-05-01", *YEAR_3),
        "monthly_gross_eur",
        1170.62,
        "2023-05",
    ),
    # Unit RH (an HR firm), same SMIC: "- de 18 ans | 27% SMIC - 471,74 €", "18 à 20 ans | 43% SMIC - 751,30
    # €", "Les augmentations liées à l'âge de l'apprenti doivent intervenir à compter du 1er jour du mois
    # suivant le jour anniversaire ou le jeune atteint 18, 21 ou 26 ans. Les augmentations liées à
    # l'ancienneté doivent intervenir à compter de la date anniversaire du contrat, sans attendre le début du
    # mois suivant." Born 20 June 2005: still under 18 in June 2023, 43 % from 1 July (D6222-31).
    Published(
        "unitrh 18 on 20 June: under 18 in June",
        UNITRH,
        apprentice("2005-06-20", "2023-01-02"),
        "monthly_gross_eur",
        471.74,
        "2023-06",
    ),
    Published(
        "unitrh 18 on 20 June: 43 % from 1 July",
        UNITRH,
        apprentice("2005-06-20", "2023-01-02"),
        "monthly_gross_eur",
        751.30,
        "2023-07",
    ),
    # A contract from 15 September 2022 enters its 2nd year on 15 September 2023, not on 1 October: that
    # September is 14 days at 53 % (926.02 x 14 / 30 = 432.14) and 16 days at 61 % (1,065.79 x 16 / 30 =
    # 568.42), 1,000.56 € due (pay-rules.md: each part at its own rate, prorated by calendar days).
    Published(
        "unitrh new contract year from the anniversary",
        UNITRH,
        ("apprenticeship", "--birth-date", "2000-01-01", "--start", "2022-09-15", "--years", "2"),
        "percent_of_smic",
        61,
        "2023-09",
        part=1,
    ),
    Published(
        "unitrh the anniversary month split at each rate",
        UNITRH,
        ("apprenticeship", "--birth-date", "2000-01-01", "--start", "2022-09-15", "--years", "2"),
        "due_gross_eur",
        1000.56,
        "2023-09",
    ),
    # --- SMIC of 1 January 2021 (10.25 €/h, 1,554.58 €) ---
    # Éditions Tissot (a labour-law publisher): "1re année | 27 % du SMIC ** soit 419,74 € en 2021 | 43 %
    # soit 668,47 € | 53 % soit 823,93 € *", "2e année | 39 % soit 606,29 € | 51 % soit 792,84 € | 61 % soit
    # 948,29 € *", "3e année | 55 % soit 855,02 € | 67 % soit 1041,57 € | 78 % soit 1212,57 € *".
    Published(
        "tissot under 18 year 1", TISSOT, apprentice("2004-06-01", "2021-01-04"), "monthly_gross_eur", 419.74, "2021-01"
    ),
    Published(
        "tissot 21-25 year 2",
        TISSOT,
        apprentice("1998-06-01", "2021-01-04", *YEAR_2),
        "monthly_gross_eur",
        948.29,
        "2021-01",
    ),
    Published(
        "tissot under 18 year 3",
        TISSOT,
        apprentice("2004-06-01", "2021-01-04", *YEAR_3),
        "monthly_gross_eur",
        855.02,
        "2021-01",
    ),
    # --- SMIC of 1 January 2023 (11.27 €/h, 1,709.28 €) ---
    # CFA Numia: "1re année | 27 % (461,50€) | 43 % (734,99€) | 53 % (905,91€) | 100% (1709,28€)".
    Published(
        "cfa-numia 18-20 year 1",
        CFA_NUMIA,
        apprentice("2003-06-01", "2023-01-02"),
        "monthly_gross_eur",
        734.99,
        "2023-01",
    ),
    Published(
        "cfa-numia 21-25 year 1",
        CFA_NUMIA,
        apprentice("2000-06-01", "2023-01-02"),
        "monthly_gross_eur",
        905.92,
        "2023-01",
        disagrees=(
            "the page says 905,91 €: 53 % x 1,709.28 = 905.9184; the page truncates (27 %: 461,50 for 461.5056, "
            "39 %: 666,61 for 666.6192); a month's minimum is rounded half-up to the cent (pay-rules.md), and a "
            "minimum is never rounded down: 905.92"
        ),
    ),
    # --- SMIC of 1 January 2024 (11.65 €/h, 1,766.92 €) ---
    # Bizouard (an accounting firm): "Moins de 18 ans | 27 % | 3,15 €/heure 477,07 €/mois | 39 % | 4,54 €/heure
    # 689,10 €/mois", "De 18 à 20 ans (2) | 43 % | 5 €/heure 759,77 €/mois", "De 21 ans à 25 ans (2) | 53 % (3)
    # | 6,17 €/heure 936,47 €/mois".
    Published(
        "bizouard under 18 year 1",
        BIZOUARD,
        apprentice("2007-06-01", "2024-01-02"),
        "monthly_gross_eur",
        477.07,
        "2024-01",
    ),
    Published(
        "bizouard 21-25 year 1",
        BIZOUARD,
        apprentice("2001-06-01", "2024-01-02"),
        "monthly_gross_eur",
        936.47,
        "2024-01",
    ),
    Published(
        "bizouard 18-20 year 1",
        BIZOUARD,
        apprentice("2005-06-01", "2024-01-02"),
        "monthly_gross_eur",
        759.78,
        "2024-01",
        disagrees=(
            "the page says 759,77 €: 43 % x 1,766.92 = 759.7756, 759.78 rounded half-up to the cent (pay-rules.md); "
            "the page rounds its other cells (689,10 for 689.0988) and truncates this one"
        ),
    ),
    # --- SMIC of 1 January 2026 (12.02 €/h, 1,823.03 €) ---
    # Cuidam: "fixé à 1 823,03 € depuis janvier ... Un apprenti de 18 ans en première année touche 43 % du
    # SMIC, soit 784 € brut" (rounded to the euro), and "1 823,03 € brut mensuel, soit 11,88 € brut horaire".
    Published(
        "cuidam 18 year 1 (784 € rounded)",
        CUIDAM,
        apprentice("2007-06-01", "2026-01-05"),
        "monthly_gross_eur",
        783.90,
        "2026-01",
    ),
    Published(
        "cuidam hourly SMIC of 2026",
        CUIDAM,
        apprentice("2007-06-01", "2026-01-05"),
        "smic_hourly_eur",
        12.02,
        "2026-01",
        disagrees=(
            "the page says 11,88 € brut horaire next to 1 823,03 €: 11.88 €/h was the SMIC of 1 November 2024; "
            "1,823.03 € is 12.02 x 35 x 52 / 12 (decree of December 2025, pay-rules.md)"
        ),
    ),
    # PayFit (a payroll software firm): "Le montant du SMIC mensuel brut s'établit au 1er janvier 2026 à
    # 1 823,03 €", "1ère année ... 27 % du SMIC (soit 492,22 €) | 43 % du SMIC (soit 783,90 €) | 53 % du SMIC*
    # (soit 966,21 €)", "2ème année ... 39 % du SMIC (soit 710,98 €) | 51 % du SMIC (soit 918,75 €) | 61 % du
    # SMIC* (soit 1 112,05 €)", "3ème année ... 78 % du SMIC* (soit 1 421,96 €)". 1,112.05 € is the MDOMC M2
    # of issue 16 on this SMIC (61 %); from 1 June 2026 (12.31 €/h, 1,867.02 €) it is 1,138.88 €.
    Published(
        "payfit under 18 year 1", PAYFIT, apprentice("2009-06-01", "2026-01-05"), "monthly_gross_eur", 492.22, "2026-01"
    ),
    Published(
        "payfit 21-25 year 2",
        PAYFIT,
        apprentice("2003-06-01", "2026-01-05", *YEAR_2),
        "monthly_gross_eur",
        1112.05,
        "2026-01",
    ),
    Published(
        "payfit 21-25 year 3",
        PAYFIT,
        apprentice("2003-06-01", "2026-01-05", *YEAR_3),
        "monthly_gross_eur",
        1421.96,
        "2026-01",
    ),
    Published(
        "payfit 18-20 year 2",
        PAYFIT,
        apprentice("2007-06-01", "2026-01-05", *YEAR_2),
        "monthly_gross_eur",
        929.75,
        "2026-01",
        disagrees=(
            "the page says 918,75 €: 51 % x 1,823.03 = 929.7453, 929.75 (its other cells are exact, e.g. 710,98 "
            "= 39 % x 1,823.03); 918,75 is a slip"
        ),
    ),
    # --- the training cycle (D6222-28-1): a public body and a university CFA ---
    # DREETS Centre-Val de Loire (21/11/2022): an apprentice "qui aura 16 ans en décembre 2022" whose new
    # contract "ne porte que sur la seule seconde année": "l'article D. 6222-28-1 dispose que l'apprenti doit
    # être considéré comme ayant accompli une durée d'apprentissage égale à ce cycle de formation", i.e. the
    # 2nd-year rate, "soit 39% du SMIC".
    Published(
        "DREETS contract for the 2nd year only",
        DREETS,
        apprentice("2006-12-15", "2022-09-01", *YEAR_2, "--after-college"),
        "percent_of_smic",
        39,
        "2022-09",
    ),
    # CFA Univ (the university CFA of Île-de-France): "1ère année : BUT 1, DSCG 1 ou Master 1", "2ème année :
    # BUT 2, Licence pro, DCG, Master 2, DSCG 2", "3ème année : BUT 3, Licence 3ème année et cas
    # particuliers". The kiosk agrees for an M2 whose M1 is work-linked in the catalogue (the MDOMC):
    Published(
        "cfa-univ M2 paid as a 2nd year (M1 work-linked at the IMPGT)",
        CFA_UNIV,
        from_programme("m2-management-droit-organisations-manifestations-culturelles"),
        "percent_of_smic",
        61,
        "2025-09",
    ),
    # ... and not for an M2 whose M1 is not in the catalogue, nor for the L3:
    Published(
        "cfa-univ M2 without its M1 in the catalogue",
        CFA_UNIV,
        from_programme("m2-marketing-communication-publics"),
        "percent_of_smic",
        53,
        "2025-09",
        disagrees="the page pays every M2 as a 2nd year (61 %). " + CYCLE_OF_THE_CATALOGUE,
    ),
    Published(
        "cfa-univ L3 entered in its last year",
        CFA_UNIV,
        from_programme("l3-administration-publique-management-public"),
        "percent_of_smic",
        53,
        "2025-09",
        disagrees="the page pays the 3rd year of a licence as a 3rd year (78 %). " + CYCLE_OF_THE_CATALOGUE,
    ),
    # --- professionalisation, SMIC of 1 November 2024 ---
    # Manager RH Conseil (an HR consultancy): "Moins de 21 ans | 55% du SMIC (990,99 €) | 65% du SMIC
    # (1 171,17 €)", "21 à 25 ans | 70% du SMIC (1 261,26 €) | 80% du SMIC (1 441,44 €)", "26 ans et plus |
    # 100% du SMIC ou 85% du SMC (1 801,80 €)".
    Published(
        "managerrhconseil under 21",
        MANAGERRH,
        professional(FROM_18, "2025-09-01"),
        "monthly_gross_eur",
        990.99,
        "2025-09",
    ),
    Published(
        "managerrhconseil under 21, professional bac",
        MANAGERRH,
        professional(FROM_18, "2025-09-01", "--qualified"),
        "monthly_gross_eur",
        1171.17,
        "2025-09",
    ),
    Published(
        "managerrhconseil 21-25",
        MANAGERRH,
        professional(FROM_21, "2025-09-01"),
        "monthly_gross_eur",
        1261.26,
        "2025-09",
    ),
    Published(
        "managerrhconseil 21-25, professional bac",
        MANAGERRH,
        professional(FROM_21, "2025-09-01", "--qualified"),
        "monthly_gross_eur",
        1441.44,
        "2025-09",
    ),
    # --- internship gratification (15 % of the hourly social-security ceiling, D124-8) ---
    # Lefebvre Dalloz: "Le montant minimum de la gratification des stagiaires restera donc fixé à 4,35 euros
    # par heure en 2025 (soit 29 euros x 15 %)".
    Published("Lefebvre Dalloz 2025 rate", LEFEBVRE, internship("2025-05-05", "2025-10-31"), "hourly_rate_eur", 4.35),
    # Eurecia (a payroll software firm): "Pour un mois complet de 154 heures (soit 22 jours à 7 heures par
    # jour), cela équivaut à 669,90 €" (September 2025: 22 weekdays).
    Published(
        "eurecia 22 days of 7 hours", EURECIA, internship("2025-05-05", "2025-10-31"), "gross_eur", 669.90, "2025-09"
    ),
    # The same page: "en début d'année 2024, le montant mensuel minimal pour un stagiaire était fixé à 663,90
    # €, basé sur un taux horaire minimum de 4,31 € (15 % du plafond horaire de la Sécurité sociale fixé à
    # 28,75 €). Ce montant était supérieur aux 623,70 € de 2023 et aux 591,50 € de 2022."
    Published(
        "eurecia 2024 rate",
        EURECIA,
        internship("2024-03-01", "2024-08-30"),
        "hourly_rate_eur",
        4.35,
        disagrees=(
            "the hourly ceiling of 2024 is 29 € (Bpifrance, Lefebvre Dalloz: 4,35 € in 2024 and 2025; 28.75 € is "
            "no published ceiling): 4.35 €/h, 669.90 € for 154 hours"
        ),
    ),
    Published(
        "eurecia 154 hours in 2023 (August: 22 presence days)",
        EURECIA,
        internship("2023-05-30", "2023-11-30"),
        "gross_eur",
        623.70,
        "2023-08",
    ),
    Published(
        "eurecia 154 hours in 2022",
        EURECIA,
        internship("2022-05-30", "2022-11-30"),
        "gross_eur",
        600.60,
        "2022-09",
        disagrees="the page says 591,50 € for 2022: 154 hours x 3.90 € (15 % of the 2022 ceiling of 26 €) = 600.60 €",
    ),
    # URSSAF (a public body): "Soit un stage du 1er janvier au 30 avril 2023, pour un total de 588 heures
    # (h) réellement effectuées ... la gratification totale est de : 588 h × 27 € × 15 % = 2 381,40 €",
    # "Janvier 2023 154 h × 27 € × 15 % = 623,70 €", "Février 2023 140 h ... = 567,00 €", "Mars 2023 161 h ...
    # = 652,05 €", "Avril 2023 133 h ... = 538,65 €" (April: Easter Monday off).
    Published(
        "URSSAF internship January 2023",
        URSSAF_INTERNSHIP,
        internship("2023-01-01", "2023-04-30"),
        "gross_eur",
        623.70,
        "2023-01",
    ),
    Published(
        "URSSAF internship February 2023",
        URSSAF_INTERNSHIP,
        internship("2023-01-01", "2023-04-30"),
        "gross_eur",
        567.00,
        "2023-02",
    ),
    Published(
        "URSSAF internship March 2023",
        URSSAF_INTERNSHIP,
        internship("2023-01-01", "2023-04-30"),
        "gross_eur",
        652.05,
        "2023-03",
    ),
    Published(
        "URSSAF internship April 2023",
        URSSAF_INTERNSHIP,
        internship("2023-01-01", "2023-04-30"),
        "gross_eur",
        538.65,
        "2023-04",
    ),
    Published(
        "URSSAF internship in all",
        URSSAF_INTERNSHIP,
        internship("2023-01-01", "2023-04-30"),
        "total_gross_eur",
        2381.40,
    ),
    # DCB Avocats (a law firm): "4,05 €/h en 2023 -> soit 567 € en juillet, 623,70 € en août et 595,35 € en
    # septembre" (14 July and 15 August off).
    Published(
        "DCB Avocats July 2023", DCB_AVOCATS, internship("2023-06-01", "2023-09-30"), "gross_eur", 567.00, "2023-07"
    ),
    Published(
        "DCB Avocats August 2023", DCB_AVOCATS, internship("2023-06-01", "2023-09-30"), "gross_eur", 623.70, "2023-08"
    ),
    Published(
        "DCB Avocats September 2023",
        DCB_AVOCATS,
        internship("2023-06-01", "2023-09-30"),
        "gross_eur",
        595.35,
        "2023-09",
    ),
    # Bpifrance (a public bank): "passe de 4,05 € de l'heure en 2023 à 4,35 € en 2024".
    Published("Bpifrance 2023 rate", BPIFRANCE, internship("2023-03-01", "2023-08-31"), "hourly_rate_eur", 4.05),
    Published("Bpifrance 2024 rate", BPIFRANCE, internship("2024-03-01", "2024-08-30"), "hourly_rate_eur", 4.35),
    # --- net estimate: the exempt part of an apprentice's pay, by date of signature ---
    # CDG 61 (the management centre of the local civil service of the Orne, a public body): "Désormais, la
    # partie excédant 50 % du Smic (900.90 € actuellement) est assujettie aux cotisations salariales, à la
    # CSG et à la CRDS", "Pour les contrats signés avant cette date : maintien de l'exonération totale des
    # cotisations salariales pour la part de rémunération inférieure ou égale à 79 % du SMIC. La rémunération
    # des apprentis reste exclue de l'assiette de la CSG et de la CRDS" (79 % of 1,801.80 = 1,423.42).
    Published(
        "CDG 61 50 % of the SMIC",
        CDG61,
        apprentice(FROM_21, "2025-09-01"),
        "net_exempt_threshold_eur",
        900.90,
        "2025-09",
    ),
    Published(
        "CDG 61 79 % for a contract signed before 1 March 2025",
        CDG61,
        apprentice(FROM_21, "2025-09-01", "--signed", "2025-02-20"),
        "net_exempt_threshold_eur",
        1423.42,
        "2025-09",
    ),
    Published(
        "CDG 61 no CSG/CRDS for a contract signed before 1 March 2025",
        CDG61,
        apprentice(FROM_21, "2025-09-01", "--signed", "2025-02-20"),
        "net_estimate_eur",
        954.95,
        "2025-09",
    ),
    # URSSAF: "Pour les mois de janvier à avril 2023, le Smic mensuel étant égal à 1 709,28 €, la limite
    # applicable aux apprentis est égale à 1 350,33 € par mois. À partir du 1er mai 2023, le Smic mensuel
    # étant égal à 1 747,20 €, la limite applicable aux apprentis est égale à 1 380,29 € par mois."
    Published(
        "URSSAF 79 % January 2023",
        URSSAF_EXEMPTION,
        apprentice(FROM_26, "2023-01-02"),
        "net_exempt_threshold_eur",
        1350.33,
        "2023-02",
    ),
    Published(
        "URSSAF 79 % from May 2023",
        URSSAF_EXEMPTION,
        apprentice(FROM_26, "2023-01-02"),
        "net_exempt_threshold_eur",
        1380.29,
        "2023-05",
    ),
    # Silae community (payroll software, an answer): "entrée 26/08/2024 ... SMIC mensuel 151.67h *11.65€ SMIC /
    # 31j d'août * 6j d'août de contrat *0.79 de franchise = 270.17€ de seuil d'exonération maximal sur août."
    Published(
        "Silae exemption prorated in the first month",
        SILAE,
        apprentice("2005-01-01", "2024-08-26"),
        "net_exempt_threshold_eur",
        270.17,
        "2024-08",
    ),
)


def _run(argv: tuple[str, ...]) -> dict[str, Any]:
    return json.loads(_output(argv))  # type: ignore[no-any-return]


_outputs: dict[tuple[str, ...], str] = {}


def _output(argv: tuple[str, ...]) -> str:
    """The JSON of ``simulate ARGV --json`` (each command once: several cases read the same run)."""
    if argv not in _outputs:
        import contextlib
        import io

        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            assert main(["simulate", *argv, "--json"]) == 0
        _outputs[argv] = buffer.getvalue()
    return _outputs[argv]


def test_at_least_twenty_published_cases_from_several_sources() -> None:
    assert len(CASES) >= 20
    assert len({case.url.split("/")[2] for case in CASES}) >= 12
    assert len({case.name for case in CASES}) == len(CASES)
    assert all(case.url.startswith(("https://", "http://")) for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_published_figure(case: Published) -> None:
    data = _run(case.argv)
    if case.month is None:
        value = data[case.field]
    else:
        rows = data["schedule"] if "schedule" in data else data["months"]
        row = next(row for row in rows if row["month"] == case.month)
        value = row[case.field] if case.part is None else row["parts"][case.part][case.field]
    assert value == case.expected, case.disagrees or case.url
