"""Bilingual messages of the pay rules: warnings, notes and the reasons a simulation is refused.

A message is a stable ``code`` plus parameters; the UI and the command line render it with
``text(lang)`` in French (default) or English, so the rules never hold a sentence in one language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Param = str | int | Decimal | date

LANGUAGES = ("fr", "en")

_TEMPLATES: Mapping[str, Mapping[str, str]] = {
    # --- refusals (raised as PayInputError) ---
    "figures_unknown_before": {
        "fr": "Les chiffres légaux ne sont connus qu'à partir du {first} : simulation impossible au {day}.",
        "en": "Legal figures are known only from {first}: no simulation is possible for {day}.",
    },
    "apprentice_under_15": {
        "fr": "À {age} ans au début du contrat, l'apprentissage n'est pas possible ({minimum} ans au minimum).",
        "en": "At {age} at the start of the contract, apprenticeship is not possible ({minimum} at least).",
    },
    "apprentice_15_needs_college": {
        "fr": "À {age} ans, l'apprentissage n'est possible qu'après la classe de 3e (fin du collège).",
        "en": "At {age}, apprenticeship is possible only after finishing collège (year 10).",
    },
    "apprentice_too_old": {
        "fr": (
            "À {age} ans au début du contrat, l'apprentissage (jusqu'à {maximum} ans révolus) n'est possible "
            "que dans un cas d'exception : travailleur handicapé reconnu, création ou reprise d'entreprise, "
            "sportif de haut niveau, ou, jusqu'à {capped} ans inclus à la signature, nouveau contrat pour un "
            "diplôme supérieur ou après un contrat rompu pour des causes indépendantes de votre volonté."
        ),
        "en": (
            "At {age} at the start of the contract, apprenticeship (up to {maximum}) is possible only as an "
            "exception: recognised disabled worker, business creation or takeover, top-level athlete, or, up "
            "to {capped} inclusive at the signature, a new contract for a higher diploma or after a contract broken "
            "for reasons beyond your control."
        ),
    },
    "apprentice_exception_too_old": {
        "fr": "À {age} ans à la signature, l'exception « {kind} » n'est possible que jusqu'à {maximum} ans inclus.",
        "en": "At {age} at the signature, the exception \u201c{kind}\u201d is possible only up to {maximum} inclusive.",
    },
    "apprentice_years_out_of_range": {
        "fr": "La durée d'un contrat d'apprentissage va de {minimum} à {maximum} ans (demandé : {years}).",
        "en": "An apprenticeship contract lasts {minimum} to {maximum} years ({years} asked).",
    },
    "apprentice_cycle_too_long": {
        "fr": (
            "Les années du cycle déjà faites ({shortened}) plus la durée du contrat ({years}) dépassent "
            "{maximum} années d'exécution."
        ),
        "en": (
            "The years of the cycle already done ({shortened}) plus the contract length ({years}) exceed "
            "{maximum} years."
        ),
    },
    "shortened_out_of_range": {
        "fr": "Le nombre d'années du cycle déjà faites va de 0 à {maximum} (demandé : {shortened}).",
        "en": "The number of years of the cycle already done ranges from 0 to {maximum} ({shortened} asked).",
    },
    "previous_rate_out_of_range": {
        "fr": "Le taux du contrat précédent doit être entre 0 et 100 % du SMIC (donné : {rate} %).",
        "en": "The previous contract's rate must be between 0 and 100 % of the SMIC ({rate} % given).",
    },
    "agreement_minimum_not_positive": {
        "fr": "Le minimum conventionnel doit être un montant positif (donné : {amount} €).",
        "en": "The agreement minimum must be a positive amount (€{amount} given).",
    },
    "unknown_employer": {
        "fr": "Employeur inconnu : {employer} (public ou privé).",
        "en": "Unknown employer: {employer} (public or private).",
    },
    "unknown_contract": {
        "fr": "Contrat inconnu : {contract} (apprentissage, professionnalisation, stage ou formation).",
        "en": "Unknown contract: {contract} (apprenticeship, professionalisation, internship or training).",
    },
    "unknown_exception": {
        "fr": "Exception inconnue : {kind}.",
        "en": "Unknown exception: {kind}.",
    },
    "professionalisation_public_employer": {
        "fr": (
            "Le contrat de professionnalisation n'est pas ouvert aux employeurs publics (État, "
            "collectivités, établissements publics administratifs) ; seuls les EPIC peuvent le conclure."
        ),
        "en": (
            "The professionalisation contract is not open to public employers (State, local "
            "authorities, administrative public bodies); only public industrial and commercial bodies can."
        ),
    },
    "professionalisation_under_16": {
        "fr": (
            "À {age} ans au début du contrat, le contrat de professionnalisation n'est pas possible "
            "({minimum} ans au minimum)."
        ),
        "en": "At {age} at the start, a professionalisation contract is not possible ({minimum} at least).",
    },
    "professionalisation_months_out_of_range": {
        "fr": "La durée d'un contrat de professionnalisation va de {minimum} à {maximum} mois (demandé : {months}).",
        "en": "A professionalisation contract lasts {minimum} to {maximum} months ({months} asked).",
    },
    "end_before_start": {
        "fr": "La date de fin ({end}) est avant la date de début ({start}).",
        "en": "The end date ({end}) is before the start date ({start}).",
    },
    "hours_per_day_out_of_range": {
        "fr": "Le nombre d'heures par jour doit être supérieur à 0 et au plus {maximum} (donné : {hours}).",
        "en": "Hours per day must be more than 0 and at most {maximum} ({hours} given).",
    },
    "days_per_week_out_of_range": {
        "fr": "Le nombre de jours de présence par semaine va de {minimum} à {maximum} (donné : {days}).",
        "en": "Days of presence per week range from {minimum} to {maximum} ({days} given).",
    },
    "no_presence": {
        "fr": "Aucune heure de présence entre le {start} et le {end} (week-ends et jours fériés exclus).",
        "en": "No hour of presence between {start} and {end} (weekends and public holidays excluded).",
    },
    # --- warnings ---
    "smic_extrapolated": {
        "fr": (
            "À partir du {first_month}, le SMIC n'est pas encore connu : le calcul garde le dernier "
            "connu ({hourly} €/h depuis le {effective}) ; le minimum réel sera probablement plus élevé."
        ),
        "en": (
            "From {first_month}, the SMIC is not known yet: the figures keep the latest known one "
            "(€{hourly}/h from {effective}); the real minimum will probably be higher."
        ),
    },
    "ceiling_extrapolated": {
        "fr": (
            "Le plafond de la sécurité sociale de {year} n'est pas encore connu : le calcul garde celui "
            "de {known_year}."
        ),
        "en": ("The social-security ceiling of {year} is not known yet: the figures keep that of {known_year}."),
    },
    "professionalisation_26_plus": {
        "fr": (
            "À partir de {age} ans, le contrat de professionnalisation est réservé aux demandeurs d'emploi "
            "inscrits et aux bénéficiaires du RSA, de l'ASS ou de l'AAH (ou d'un ancien CUI)."
        ),
        "en": (
            "From {age}, the professionalisation contract is for registered jobseekers and recipients of "
            "RSA, ASS or AAH (or people who had a CUI)."
        ),
    },
    "professionalisation_long_contract": {
        "fr": (
            "Au-delà de {usual} mois ({months} mois), le contrat n'est possible que dans les cas prévus par "
            "la loi ou un accord de branche (jusqu'à {maximum} mois)."
        ),
        "en": (
            "Beyond {usual} months ({months} months), the contract is possible only in the cases set by law "
            "or a branch agreement (up to {maximum} months)."
        ),
    },
    "internship_too_long": {
        "fr": (
            "Un stage ne peut dépasser {months} mois ({max_hours} heures de présence) par organisme d'accueil "
            "et par année d'enseignement ; ici : {hours} heures."
        ),
        "en": (
            "An internship cannot exceed {months} months ({max_hours} hours of presence) per host organisation "
            "and academic year; here: {hours} hours."
        ),
    },
    "internship_long_days": {
        "fr": "Plus de {maximum} heures par jour ({hours} h) dépasse la durée maximale quotidienne du travail.",
        "en": "More than {maximum} hours a day ({hours} h) exceeds the maximum daily working time.",
    },
    # --- notes ---
    "full_months": {
        "fr": "Minimums bruts pour un mois complet à temps plein. Un employeur peut payer plus.",
        "en": "Gross minimums for a full month, full time. An employer may pay more.",
    },
    "partial_months_prorated": {
        "fr": (
            "Un mois que le contrat ne couvre qu'en partie est compté au prorata des jours calendaires "
            "(le mois commencé le {month} : {days} jours sur {month_days}) ; un employeur peut retenir une "
            "autre méthode légale (jours ouvrés, heures réelles), qui change ce mois de quelques euros. "
            "Minimums bruts à temps plein ; un employeur peut payer plus."
        ),
        "en": (
            "A month the contract covers only in part is counted by calendar days (the month started on "
            "{month}: {days} days out of {month_days}); an employer may use another lawful method (working "
            "days, real hours), which changes that month by a few euros. Gross minimums, full time; an "
            "employer may pay more."
        ),
    },
    "public_employer_same_scale": {
        "fr": "Employeur public : même barème que le privé depuis le décret n° 2020-478 du 24 avril 2020.",
        "en": "Public employer: same scale as the private sector since decree 2020-478 of 24 April 2020.",
    },
    "agreement_minimum_used": {
        "fr": ("À partir de 21 ans, la base est le plus élevé du SMIC et du minimum conventionnel ({amount} €)."),
        "en": "From 21, the base is the higher of the SMIC and the agreement minimum (€{amount}).",
    },
    "agreement_85_used": {
        "fr": "À partir de 26 ans, la base est le plus élevé du SMIC et de 85 % du minimum conventionnel.",
        "en": "From 26, the base is the higher of the SMIC and 85 % of the agreement minimum.",
    },
    "previous_rate_used": {
        "fr": ("Contrat successif : au moins {rate} % du SMIC, taux de la dernière année du contrat précédent."),
        "en": ("Successive contract: at least {rate} % of the SMIC, the rate of the previous contract's last year."),
    },
    "shortened_contract": {
        "fr": (
            "Contrat plus court que le cycle de formation : payé comme la {year}e année du cycle "
            "(Code du travail, art. D6222-28-1)."
        ),
        "en": (
            "Contract shorter than the training cycle: paid as year {year} of the cycle "
            "(Code du travail, art. D6222-28-1)."
        ),
    },
    "exception_used": {
        "fr": "Limite d'âge levée par l'exception : {kind}.",
        "en": "Age limit lifted by the exception: {kind}.",
    },
    "net_is_estimate": {
        "fr": (
            "Le net est une estimation (contrat signé le {signed}) : pas de cotisations salariales jusqu'à "
            "{threshold} % du SMIC ; au-delà, environ {social} % de cotisations sociales et {csg} % de CSG et "
            "de CRDS sur {base} % de cette part. Ce n'est pas un chiffre légal."
        ),
        "en": (
            "The net pay is an estimate (contract signed on {signed}): no employee contributions up to "
            "{threshold} % of the SMIC; above, about {social} % of social contributions and {csg} % of CSG and "
            "CRDS on {base} % of that part. It is not a legal figure."
        ),
    },
    "net_is_estimate_no_csg": {
        "fr": (
            "Le net est une estimation (contrat signé le {signed}) : pas de cotisations salariales jusqu'à "
            "{threshold} % du SMIC, environ {social} % de cotisations sociales au-delà, et ni CSG ni CRDS. "
            "Ce n'est pas un chiffre légal."
        ),
        "en": (
            "The net pay is an estimate (contract signed on {signed}): no employee contributions up to "
            "{threshold} % of the SMIC, about {social} % of social contributions above, and no CSG or CRDS. "
            "It is not a legal figure."
        ),
    },
    "qualification_unknown": {
        "fr": (
            "Sans réponse à la question du diplôme, les deux minimums sont donnés : sans et avec un bac "
            "professionnel ou technologique (ou un diplôme professionnel de ce niveau ou plus)."
        ),
        "en": (
            "Without an answer to the diploma question, both minimums are given: without and with a "
            "professional or technological bac (or a vocational diploma of that level or higher)."
        ),
    },
    "preset_m1_then_m2": {
        "fr": (
            "M1 puis M2 en alternance : deux contrats d'un an ; le contrat du M2 est payé comme la 2e année "
            "du cycle (Code du travail, art. D6222-28-1)."
        ),
        "en": (
            "Work-linked M1 then M2: two one-year contracts; the M2 contract is paid as year 2 of the cycle "
            "(Code du travail, art. D6222-28-1)."
        ),
    },
    "preset_m2_second_year": {
        "fr": (
            "Ce M2 suit un M1 en alternance de l'IMPGT : un contrat d'un an pour le M2 est plus court que le "
            "cycle M1 et M2, il est donc payé comme la 2e année du cycle (Code du travail, art. D6222-28-1)."
        ),
        "en": (
            "This M2 follows a work-linked M1 at the IMPGT: a one-year contract for the M2 is shorter than the "
            "M1 and M2 cycle, so it is paid as year 2 of the cycle (Code du travail, art. D6222-28-1)."
        ),
    },
    # --- what an input means (one sentence each) ---
    "input_cycle_year": {
        "fr": (
            "Un contrat qui commence en cours de cycle de formation (par exemple pour le M2 d'un master) est "
            "payé comme si les années d'avant étaient faites (Code du travail, art. D6222-28-1)."
        ),
        "en": (
            "A contract that starts in a later year of the training cycle (for instance for the M2 of a "
            "master's degree) is paid as if the earlier years were done (Code du travail, art. D6222-28-1)."
        ),
    },
    "input_previous_rate": {
        "fr": (
            "Après un contrat d'apprentissage qui a mené à son diplôme, le salaire est au moins le taux de sa "
            "dernière année, sauf si votre âge donne plus (Code du travail, art. D6222-29)."
        ),
        "en": (
            "After an apprenticeship contract that led to its diploma, the pay is at least the rate of its "
            "last year, unless your age gives more (Code du travail, art. D6222-29)."
        ),
    },
    "input_signed_on": {
        "fr": (
            "Les cotisations prises sur le salaire d'un apprenti dépendent de la date de signature du contrat, "
            "pas de son début : cela change le net estimé, jamais le brut."
        ),
        "en": (
            "The contributions taken from an apprentice's pay depend on the date the contract was signed, "
            "not its start: it changes the estimated net, never the gross."
        ),
    },
    "input_qualified": {
        "fr": (
            "Un bac général seul ne compte pas ; avec un bac professionnel ou technologique, ou un diplôme "
            "professionnel de ce niveau ou plus, le minimum est plus élevé (Code du travail, art. D6325-15)."
        ),
        "en": (
            "A general bac alone does not count; with a professional or technological bac, or a vocational "
            "diploma of that level or higher, the minimum is higher (Code du travail, art. D6325-15)."
        ),
    },
    "question_qualified": {
        "fr": ("Avez-vous un bac professionnel ou technologique, ou un diplôme professionnel de ce niveau ou plus ?"),
        "en": "Do you hold a professional or technological bac, or a vocational diploma of that level or higher?",
    },
    "employers_public_or_private": {
        "fr": "Employeur public ou privé (Code du travail, art. L6222-1 ; décret n° 2020-478).",
        "en": "Public or private employer (Code du travail, art. L6222-1; decree 2020-478).",
    },
    "employers_private_only": {
        "fr": "Employeurs privés et EPIC seulement (Code du travail, art. L6325-1 et L6325-2).",
        "en": (
            "Private employers and public industrial and commercial bodies only (Code du travail, art. L6325-1, "
            "L6325-2)."
        ),
    },
    "internship_max_months": {
        "fr": "Un stage dure {months} mois au plus par an dans une même structure (Code de l'éducation, art. L124-5).",
        "en": "An internship lasts {months} months at most per year in one host (Code de l'éducation, art. L124-5).",
    },
    "signed_before": {
        "fr": "Signé avant le {day}",
        "en": "Signed before {day}",
    },
    "signed_from": {
        "fr": "Signé à partir du {day}",
        "en": "Signed on or after {day}",
    },
    "internship_not_due": {
        "fr": (
            "Gratification non obligatoire : {hours} heures de présence, elle n'est due qu'au-delà de "
            "{threshold} heures (plus de 2 mois) dans la même année d'enseignement."
        ),
        "en": (
            "No gratification is due: {hours} hours of presence; it is due beyond {threshold} hours "
            "(more than 2 months) in the same academic year."
        ),
    },
    "internship_net_equals_gross": {
        "fr": "Jusqu'au minimum légal, la gratification est exonérée de cotisations et d'impôt : net = brut.",
        "en": ("Up to the legal minimum, the gratification is free of contributions and income tax: net = gross."),
    },
    "internship_same_academic_year": {
        "fr": (
            "Le seuil compte tous les stages dans le même organisme pendant la même année "
            "d'enseignement ; ce calcul ne voit que cette période."
        ),
        "en": (
            "The threshold counts every internship in the same organisation in the same academic year; "
            "this calculation sees only this period."
        ),
    },
}

_EXCEPTION_NAMES: Mapping[str, Mapping[str, str]] = {
    "disabled-worker": {"fr": "travailleur handicapé reconnu (RQTH)", "en": "recognised disabled worker"},
    "business-creation": {
        "fr": "projet de création ou de reprise d'entreprise",
        "en": "business creation or takeover",
    },
    "top-athlete": {"fr": "sportif de haut niveau", "en": "top-level athlete"},
    "higher-diploma": {
        "fr": "nouveau contrat pour un diplôme supérieur",
        "en": "new contract for a higher diploma",
    },
    "broken-contract": {
        "fr": "contrat précédent rompu pour des causes indépendantes de votre volonté",
        "en": "previous contract broken for reasons beyond your control",
    },
}


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


MONTH_NAMES: Mapping[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(day: date, lang: str) -> str:
    """A date as the visitor's language writes it: ``1er septembre 2026``, ``1 September 2026``."""
    names = MONTH_NAMES[_check_lang(lang)]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {names[day.month - 1]} {day.year}"


def format_param(value: Param, lang: str) -> str:
    """Dates written out (``1er juin 2026``, ``1 June 2026``), a decimal comma in French."""
    if isinstance(value, date):
        return long_date(value, lang)
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
        return text.replace(".", ",") if lang == "fr" else text
    return str(value)


@dataclass(frozen=True)
class PayMessage:
    """A warning, note or refusal: a stable code and its parameters, rendered on demand."""

    code: str
    params: tuple[tuple[str, Param], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in _TEMPLATES:
            raise ValueError(f"unknown pay message code {self.code!r}")

    @classmethod
    def of(cls, code: str, **params: Param) -> PayMessage:
        return cls(code, tuple(sorted(params.items())))

    def param(self, name: str) -> Param:
        return dict(self.params)[name]

    def text(self, lang: str = "fr") -> str:
        lang = _check_lang(lang)
        values = {name: format_param(value, lang) for name, value in self.params}
        if "kind" in values:
            values["kind"] = exception_name(str(self.param("kind")), lang)
        return _TEMPLATES[self.code][lang].format(**values)


class PayInputError(ValueError):
    """The simulation is refused (ineligible person, impossible dates or lengths): no figure."""

    def __init__(self, message: PayMessage) -> None:
        super().__init__(message.text("en"))
        self.message = message

    def text(self, lang: str = "fr") -> str:
        return self.message.text(lang)


def exception_name(kind: str, lang: str) -> str:
    """The visitor's name of an age-limit exception (``kind`` as given when it is not one)."""
    names = _EXCEPTION_NAMES.get(kind)
    return kind if names is None else names[_check_lang(lang)]


def localized(texts: Mapping[str, str], lang: str) -> str:
    """Pick the text of ``lang`` in a {"fr": ..., "en": ...} mapping."""
    return texts[_check_lang(lang)]
