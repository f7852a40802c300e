"""Training contract (contrat de formation): there is no legal pay scale, so the engine gives no figure.

It explains what the trainee's income depends on instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.pay.messages import localized
from kiosk.domain.pay.schedule import Source


@dataclass(frozen=True)
class TrainingContractInfo:
    """Bilingual explanation shown instead of a figure."""

    summary: tuple[tuple[str, str], ...]
    depends_on: tuple[tuple[tuple[str, str], ...], ...]
    sources: tuple[Source, ...]

    def summary_text(self, lang: str = "fr") -> str:
        return localized(dict(self.summary), lang)

    def depends_on_texts(self, lang: str = "fr") -> tuple[str, ...]:
        return tuple(localized(dict(item), lang) for item in self.depends_on)


def training_contract_info() -> TrainingContractInfo:
    """What the pay of a trainee under a training contract depends on (no legal minimum applies)."""
    return TrainingContractInfo(
        summary=(
            ("fr", "Il n'existe pas de barème légal de rémunération pour un contrat de formation."),
            ("en", "There is no legal pay scale for a training contract."),
        ),
        depends_on=(
            (
                ("fr", "Salarié en formation continue : l'employeur maintient le salaire."),
                ("en", "Employee in continuing training: the employer keeps paying the salary."),
            ),
            (
                (
                    "fr",
                    "Demandeur d'emploi : allocation de France Travail ou rémunération "
                    "de stagiaire de la formation professionnelle versée par la région.",
                ),
                (
                    "en",
                    "Jobseeker: allowance from France Travail (the employment agency) or "
                    "vocational-trainee pay from the region.",
                ),
            ),
            (
                (
                    "fr",
                    "Financement personnel, par exemple par le compte personnel de formation (CPF) : "
                    "pas de rémunération.",
                ),
                ("en", "Self-funded, for instance through the personal training account (CPF): no pay."),
            ),
        ),
        sources=(
            Source(
                "Code du travail, art. L6341-1 et suivants "
                "(rémunération des stagiaires de la formation professionnelle)"
            ),
            Source("Code du travail, art. L6323-1 et suivants (compte personnel de formation)"),
        ),
    )
