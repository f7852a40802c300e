"""Short take-home texts of a programme and of a simulation, for a QR code a visitor scans.

The kiosk has no network: the text itself travels in the QR code, so it must stay short
(:data:`MAX_SUMMARY_BYTES` of UTF-8, which fits a QR code at error correction M) and readable on a
phone as plain text. Pure Python: the screens and the printed summary call these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kiosk.domain.catalogue import Catalogue, Lang, Programme
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import last_day_of_month
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import MonthFigure, Scenario, ScenarioResult
from kiosk.domain.pay.schedule import Employer

#: The longest summary, in bytes of UTF-8: a version-17 QR code at correction M holds about 700.
MAX_SUMMARY_BYTES = 600
#: At most this many lines of monthly pay (an internship's pay changes every month).
MAX_PAY_LINES = 8
ELLIPSIS = "…"

_LABELS: dict[str, dict[Lang, str]] = {
    "programme_heading": {"fr": "IMPGT – Formation en alternance", "en": "IMPGT – Work-linked programme"},
    "simulation_heading": {
        "fr": "IMPGT – Simulation de salaire minimum",
        "en": "IMPGT – Minimum pay simulation",
    },
    "campus": {"fr": "Campus : {}", "en": "Campus: {}"},
    "with": {"fr": " avec {}", "en": " with {}"},
    "rhythm": {"fr": "Rythme : {}", "en": "Rhythm: {}"},
    "standard": {"fr": "classique", "en": "standard"},
    "work_linked": {"fr": "alternance", "en": "work-linked"},
    "contracts": {"fr": "Contrats : {}", "en": "Contracts: {}"},
    "ranking": {"fr": "Classement Eduniversal : n° {}", "en": "Eduniversal ranking: #{}"},
    "contact": {"fr": "Contact : {}", "en": "Contact: {}"},
    "web": {"fr": "Site : {}", "en": "Web: {}"},
    "programme": {"fr": "Formation : {}", "en": "Programme: {}"},
    "contract": {"fr": "Contrat : {}", "en": "Contract: {}"},
    "year": {"fr": "{} an", "en": "{} year"},
    "years": {"fr": "{} ans", "en": "{} years"},
    "month": {"fr": "{} mois", "en": "{} month"},
    "months": {"fr": "{} mois", "en": "{} months"},
    "private": {"fr": "employeur privé", "en": "private employer"},
    "public": {"fr": "employeur public", "en": "public employer"},
    "from": {"fr": "dès le {}", "en": "from {}"},
    "pay_heading": {"fr": "Brut mensuel minimum :", "en": "Minimum gross pay per month:"},
    "gratification_heading": {"fr": "Gratification minimale par mois :", "en": "Minimum gratification per month:"},
    "pay_line": {"fr": "{} : {}", "en": "{}: {}"},
    "total": {"fr": "Total : {} brut", "en": "Total: {} gross"},
    "total_prorated": {
        "fr": "Total : {} brut (mois incomplets au prorata des jours)",
        "en": "Total: {} gross (part months prorated by days)",
    },
    "not_due": {"fr": "Gratification non obligatoire.", "en": "No gratification due."},
    "no_figure": {"fr": "Pas de montant : {}", "en": "No figure: {}"},
    "figures_date": {"fr": "Chiffres légaux en vigueur le {}", "en": "Legal figures in force from {}"},
    "disclaimer": {"fr": "Minimum légal, à titre indicatif.", "en": "Legal minimum, for information only."},
}

_CONTRACT_NAMES: dict[str, dict[Lang, str]] = {
    ContractKind.APPRENTICESHIP: {"fr": "apprentissage", "en": "apprenticeship"},
    ContractKind.PROFESSIONALISATION: {"fr": "professionnalisation", "en": "professionalisation"},
    ContractKind.INTERNSHIP: {"fr": "stage", "en": "internship"},
}


def _label(key: str, lang: Lang, *values: object) -> str:
    return _LABELS[key][lang].format(*values)


def money(amount: Decimal, lang: Lang) -> str:
    """``1 104,56 €`` / ``€1,104.56`` with plain spaces: every byte counts in a QR code."""
    text = f"{amount:,.2f}"
    if lang == "fr":
        return text.replace(",", " ").replace(".", ",") + " €"
    return "€" + text


def month_label(year: int, month: int) -> str:
    return f"{month:02d}/{year:04d}"


def day_label(day: date, lang: Lang) -> str:
    """A short date, day first in French and British English alike (the QR code's text is short)."""
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class PayRange:
    """Consecutive months with the same amount due (a month the contract covers in part is due less)."""

    first: MonthFigure
    last: MonthFigure
    due: Decimal

    @property
    def months(self) -> int:
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def label(self) -> str:
        """``09/2026–03/2027``, or ``09/2026`` for one month."""
        start = month_label(self.first.year, self.first.month)
        if self.first is self.last:
            return start
        return f"{start}–{month_label(self.last.year, self.last.month)}"


def pay_ranges(months: Iterable[MonthFigure]) -> tuple[PayRange, ...]:
    """The schedule compressed: one range per run of consecutive months with the same amount due."""
    ranges: list[PayRange] = []
    for figure in months:
        if ranges and ranges[-1].due == figure.due:
            ranges[-1] = PayRange(ranges[-1].first, figure, figure.due)
        else:
            ranges.append(PayRange(figure, figure, figure.due))
    return tuple(ranges)


def figures_date(figures: LegalFigures, result: ScenarioResult) -> date | None:
    """The date of effect of the newest legal figure the result uses (SMIC, or the internship's
    hourly ceiling), or None when the result has no month."""
    used: list[date] = []
    for month in result.months:
        if result.contract == ContractKind.INTERNSHIP:
            ceiling = figures.internship.ceiling_for(month.year)
            if ceiling is not None:
                used.append(ceiling.effective)
        else:
            smic = figures.smic.in_force(last_day_of_month(month.year, month.month))
            if smic is not None:
                used.append(smic.effective)
    return max(used, default=None)


def fit(lines: Sequence[str], max_bytes: int = MAX_SUMMARY_BYTES) -> str:
    """``lines`` joined, dropping lines from the end (never the first) until the text fits in
    ``max_bytes`` of UTF-8; a first line too long on its own is cut with an ellipsis."""
    kept = list(lines)
    while len(kept) > 1 and len("\n".join(kept).encode()) > max_bytes:
        kept.pop()
    text = "\n".join(kept)
    if len(text.encode()) <= max_bytes:
        return text
    room = max_bytes - len(ELLIPSIS.encode())
    return text.encode()[:room].decode(errors="ignore") + ELLIPSIS


def programme_lines(catalogue: Catalogue, programme: Programme, lang: Lang) -> list[str]:
    """What a visitor keeps of a programme, most important first."""
    lines = [_label("programme_heading", lang), f"{programme.level} · {programme.title.get(lang)}"]
    campus = catalogue.campus(programme.campus)
    where = campus.name.get(lang) if campus is not None else programme.campus
    partner = catalogue.partner(programme.partner) if programme.partner else None
    if partner is not None:
        where += _label("with", lang, partner.name.get(lang))
    lines.append(_label("campus", lang, where))
    lines.append(_label("rhythm", lang, ", ".join(_label(r, lang) for r in programme.rhythms)))
    names = [c.name.get(lang) for c in catalogue.contract_types if c.id in programme.contract_types]
    if names:
        lines.append(_label("contracts", lang, ", ".join(names)))
    if programme.ranking is not None:
        lines.append(_label("ranking", lang, programme.ranking))
    if programme.web_page:
        lines.append(_label("web", lang, programme.web_page))
    if programme.contact:
        lines.append(_label("contact", lang, programme.contact))
    return lines


def programme_summary(catalogue: Catalogue, programme: Programme, lang: Lang) -> str:
    """The programme in a few lines: level and title, campus, rhythm, contracts, ranking, contact."""
    return fit(programme_lines(catalogue, programme, lang))


def contract_line(scenario: Scenario, lang: Lang, contract_name: str | None = None) -> str:
    """``Contract: apprenticeship, 2 year(s), private employer, from 01/09/2026``."""
    name = contract_name or _CONTRACT_NAMES.get(scenario.contract, {}).get(lang, scenario.contract)
    parts = [name]
    if scenario.contract == ContractKind.APPRENTICESHIP:
        years = sum(scenario.contract_years)
        parts.append(_label("year" if years == 1 else "years", lang, years))
    else:
        months = scenario.length_months
        parts.append(_label("month" if months == 1 else "months", lang, months))
    if scenario.contract != ContractKind.INTERNSHIP and scenario.employer in tuple(Employer):
        parts.append(_label(scenario.employer, lang))
    parts.append(_label("from", lang, day_label(scenario.start, lang)))
    return _label("contract", lang, ", ".join(parts))


def pay_lines(result: ScenarioResult, lang: Lang, max_lines: int = MAX_PAY_LINES) -> list[str]:
    """``09/2026–08/2027: 802,82 €`` per range of what is due, at most ``max_lines`` (the last one an ellipsis)."""
    lines = [_label("pay_line", lang, r.label(), money(r.due, lang)) for r in pay_ranges(result.months)]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], ELLIPSIS]
    return lines


def simulation_summary(
    result: ScenarioResult,
    scenario: Scenario,
    lang: Lang,
    figures_date: date | None,
    programme: Programme | None = None,
    contract_name: str | None = None,
) -> str:
    """A simulation in a few lines: programme, contract, the monthly pay schedule as ranges of equal
    pay, the total, and the date of effect of the legal figures used.

    Nothing the visitor told about themselves (birth date) is written. When the text is too long,
    the schedule is shortened first, so that the total and the date of the figures stay.
    """
    max_lines = MAX_PAY_LINES
    lines = simulation_lines(result, scenario, lang, figures_date, programme, contract_name, max_lines)
    while len("\n".join(lines).encode()) > MAX_SUMMARY_BYTES and max_lines > 2:
        max_lines -= 1
        lines = simulation_lines(result, scenario, lang, figures_date, programme, contract_name, max_lines)
    return fit(lines)


def simulation_lines(
    result: ScenarioResult,
    scenario: Scenario,
    lang: Lang,
    figures_date: date | None,
    programme: Programme | None = None,
    contract_name: str | None = None,
    max_pay_lines: int = MAX_PAY_LINES,
) -> list[str]:
    """The lines of :func:`simulation_summary`, before fitting them into a QR code."""
    lines = [_label("simulation_heading", lang)]
    if programme is not None:
        lines.append(_label("programme", lang, f"{programme.level} · {programme.title.get(lang)}"))
    lines.append(contract_line(scenario, lang, contract_name))
    if not result.ok:
        assert result.refusal is not None
        lines.append(_label("no_figure", lang, result.refusal.text(lang)))
    elif not result.due:
        note = result.note("internship_not_due")
        lines.append(note.text(lang) if note is not None else _label("not_due", lang))
    else:
        internship = result.contract == ContractKind.INTERNSHIP
        lines.append(_label("gratification_heading" if internship else "pay_heading", lang))
        lines.extend(pay_lines(result, lang, max_pay_lines))
        lines.append(
            _label("total_prorated" if result.has_partial_month else "total", lang, money(result.total_due, lang))
        )
    if figures_date is not None:
        lines.append(_label("figures_date", lang, day_label(figures_date, lang)))
    lines.append(_label("disclaimer", lang))
    return lines


def qr_payload(programme: Programme | None, summary: str) -> str:
    """What the QR code holds: the programme's web page when staff filled one in, else the summary."""
    if programme is not None and programme.web_page:
        return programme.web_page
    return summary
