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
        "fr": "À {age} ans au début du contrat, l'apprentissage n'est pas possible (15 ans au minimum).",
        "en": "At {age} at the start of the contract, apprenticeship is not possible (15 at least).",
    },
    "apprentice_15_needs_college": {
        "fr": "À 15 ans, l'apprentissage n'est possible qu'après la classe de 3e (fin du collège).",
        "en": "At 15, apprenticeship is possible only after finishing collège (year 10).",
    },
    "apprentice_too_old": {
        "fr": (
            "À {age} ans au début du contrat, l'apprentissage n'est possible que dans un cas "
            "d'exception (travailleur handicapé, création d'entreprise, sportif de haut niveau, "
            "nouveau contrat pour un diplôme supérieur jusqu'à 34 ans révolus)."
        ),
        "en": (
            "At {age} at the start of the contract, apprenticeship is possible only as an exception "
            "(recognised disabled worker, business creation, top athlete, a new contract for a "
            "higher diploma up to the age of 34)."
        ),
    },
    "apprentice_higher_diploma_too_old": {
        "fr": "À {age} ans, un nouveau contrat pour un diplôme supérieur n'est possible que jusqu'à 34 ans.",
        "en": "At {age}, a new contract for a higher diploma is possible only up to the age of 34.",
    },
    "apprentice_years_out_of_range": {
        "fr": "La durée d'un contrat d'apprentissage va de 1 à 3 ans (demandé : {years}).",
        "en": "An apprenticeship contract lasts 1 to 3 years ({years} asked).",
    },
    "apprentice_cycle_too_long": {
        "fr": (
            "Les années déjà validées ({shortened}) plus la durée du contrat ({years}) dépassent 3 années d'exécution."
        ),
        "en": "The years already completed ({shortened}) plus the contract length ({years}) exceed 3 years.",
    },
    "shortened_out_of_range": {
        "fr": "Le nombre d'années déjà validées doit être 0, 1 ou 2 (demandé : {shortened}).",
        "en": "The number of years already completed must be 0, 1 or 2 ({shortened} asked).",
    },
    "previous_rate_out_of_range": {
        "fr": "Le taux du contrat précédent doit être entre 0 et 100 % du SMIC (donné : {rate} %).",
        "en": "The previous contract's rate must be between 0 and 100 % of the SMIC ({rate} % given).",
    },
    "agreement_minimum_not_positive": {
        "fr": "Le minimum conventionnel doit être un montant positif (donné : {amount} €).",
        "en": "The agreement minimum must be a positive amount ({amount} € given).",
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
            "(16 ans au minimum)."
        ),
        "en": "At {age} at the start, a professionalisation contract is not possible (16 at least).",
    },
    "professionalisation_months_out_of_range": {
        "fr": "La durée d'un contrat de professionnalisation va de 6 à 36 mois (demandé : {months}).",
        "en": "A professionalisation contract lasts 6 to 36 months ({months} asked).",
    },
    "end_before_start": {
        "fr": "La date de fin ({end}) est avant la date de début ({start}).",
        "en": "The end date ({end}) is before the start date ({start}).",
    },
    "hours_per_day_out_of_range": {
        "fr": "Le nombre d'heures par jour doit être supérieur à 0 et au plus 24 (donné : {hours}).",
        "en": "Hours per day must be more than 0 and at most 24 ({hours} given).",
    },
    "days_per_week_out_of_range": {
        "fr": "Le nombre de jours de présence par semaine va de 1 à 5 (donné : {days}).",
        "en": "Days of presence per week range from 1 to 5 ({days} given).",
    },
    "no_presence": {
        "fr": "Aucune heure de présence entre le {start} et le {end} (week-ends et jours fériés exclus).",
        "en": "No hour of presence between {start} and {end} (weekends and public holidays excluded).",
    },
    # --- warnings ---
    "smic_extrapolated": {
        "fr": (
            "À partir de {first_month}, le SMIC n'est pas encore connu : le calcul garde le dernier "
            "connu ({hourly} €/h depuis le {effective}) ; le minimum réel sera probablement plus élevé."
        ),
        "en": (
            "From {first_month}, the SMIC is not known yet: the figures keep the latest known one "
            "({hourly} €/h from {effective}); the real minimum will probably be higher."
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
            "À partir de 26 ans, le contrat de professionnalisation est réservé aux demandeurs d'emploi "
            "inscrits et aux bénéficiaires du RSA, de l'ASS ou de l'AAH (ou d'un ancien CUI)."
        ),
        "en": (
            "From 26, the professionalisation contract is for registered jobseekers and recipients of "
            "RSA, ASS or AAH (or people who had a CUI)."
        ),
    },
    "professionalisation_long_contract": {
        "fr": (
            "Au-delà de 12 mois ({months} mois), le contrat n'est possible que dans les cas prévus par "
            "la loi ou un accord de branche (jusqu'à 36 mois)."
        ),
        "en": (
            "Beyond 12 months ({months} months), the contract is possible only in the cases set by law "
            "or a branch agreement (up to 36 months)."
        ),
    },
    "internship_too_long": {
        "fr": (
            "Un stage ne peut dépasser 6 mois ({max_hours} heures de présence) par organisme d'accueil "
            "et par année d'enseignement ; ici : {hours} heures."
        ),
        "en": (
            "An internship cannot exceed 6 months ({max_hours} hours of presence) per host organisation "
            "and academic year; here: {hours} hours."
        ),
    },
    "internship_long_days": {
        "fr": "Plus de 10 heures par jour ({hours} h) dépasse la durée maximale quotidienne du travail.",
        "en": "More than 10 hours a day ({hours} h) exceeds the maximum daily working time.",
    },
    # --- notes ---
    "full_month_minimums": {
        "fr": (
            "Minimums bruts pour un mois complet à temps plein : le premier et le dernier mois ne sont "
            "pas proratisés. Un employeur peut payer plus."
        ),
        "en": (
            "Gross minimums for a full month, full time: the first and last months are not prorated. "
            "An employer may pay more."
        ),
    },
    "public_employer_same_scale": {
        "fr": "Employeur public : même barème que le privé depuis le décret n° 2020-478 du 24 avril 2020.",
        "en": "Public employer: same scale as the private sector since decree 2020-478 of 24 April 2020.",
    },
    "agreement_minimum_used": {
        "fr": ("À partir de 21 ans, la base est le plus élevé du SMIC et du minimum conventionnel ({amount} €)."),
        "en": "From 21, the base is the higher of the SMIC and the agreement minimum ({amount} €).",
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
        "fr": "Contrat réduit : l'apprenti est traité comme ayant déjà accompli {shortened} année(s).",
        "en": "Shortened contract: the apprentice is treated as having completed {shortened} year(s).",
    },
    "exception_used": {
        "fr": "Limite d'âge levée par l'exception : {kind}.",
        "en": "Age limit lifted by the exception: {kind}.",
    },
    "net_is_estimate": {
        "fr": (
            "Le net est une estimation (contrat signé le {signed}) : pas de cotisations salariales "
            "jusqu'à {threshold} % du SMIC, environ {rate} % au-delà. Ce n'est pas un chiffre légal."
        ),
        "en": (
            "The net pay is an estimate (contract signed on {signed}): no employee contributions up to "
            "{threshold} % of the SMIC, about {rate} % above. It is not a legal figure."
        ),
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
}


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def format_param(value: Param, lang: str) -> str:
    """Dates as 31/12/2026 in French and 2026-12-31 in English; decimal comma in French."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()
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
        if self.code == "exception_used":
            values["kind"] = _EXCEPTION_NAMES[str(self.param("kind"))][lang]
        return _TEMPLATES[self.code][lang].format(**values)


class PayInputError(ValueError):
    """The simulation is refused (ineligible person, impossible dates or lengths): no figure."""

    def __init__(self, message: PayMessage) -> None:
        super().__init__(message.text("en"))
        self.message = message

    def text(self, lang: str = "fr") -> str:
        return self.message.text(lang)


def localized(texts: Mapping[str, str], lang: str) -> str:
    """Pick the text of ``lang`` in a {"fr": ..., "en": ...} mapping."""
    return texts[_check_lang(lang)]
