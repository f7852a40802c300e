"""Internship gratification (gratification de stage): is it due, and how much, month by month.

Rules (Code de l'éducation): due when the presence in the host organisation exceeds two months in the
same academic year, i.e. 44 days of 7 hours = 308 hours, so from the 309th hour (L124-6, D124-6);
once due, every hour of presence is paid, from the first (L124-6); minimum hourly rate 15 % of the
hourly social-security ceiling, which changes on 1 January (D124-8); at most 6 months per host and
academic year (L124-5). Presence days are the first D weekdays of each week, public holidays
(Code du travail L3133-1) excluded. Limits: :data:`kiosk.domain.pay.inputs.INTERNSHIP`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.pay.calendar import french_public_holidays, last_day_of_month, months_touched
from kiosk.domain.pay.figures import LegalFigures, SocialSecurityCeiling, round_cent
from kiosk.domain.pay.inputs import INTERNSHIP
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.schedule import Source

LIMITS = INTERNSHIP


@dataclass(frozen=True)
class InternshipMonth:
    """Presence and minimum gratification of one calendar month of the internship."""

    year: int
    month: int
    days: int
    hours: Decimal
    hourly_rate: Decimal
    gross: Decimal

    @property
    def label(self) -> str:
        """The month as "YYYY-MM"."""
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class InternshipSimulation:
    """Result of an internship simulation; ``total_gross`` is 0 when the gratification is not due."""

    start: date
    end: date
    hours_per_day: Decimal
    days_per_week: int
    due: bool
    presence_days: int
    presence_hours: Decimal
    hourly_rate: Decimal
    total_gross: Decimal
    months: tuple[InternshipMonth, ...]
    warnings: tuple[PayMessage, ...]
    notes: tuple[PayMessage, ...]
    sources: tuple[Source, ...]


def presence_days(start: date, end: date, days_per_week: int) -> tuple[date, ...]:
    """The first ``days_per_week`` weekdays of each week (Monday first), public holidays excluded."""
    holidays: dict[int, frozenset[date]] = {}
    days: list[date] = []
    day = start
    while day <= end:
        if day.year not in holidays:
            holidays[day.year] = french_public_holidays(day.year)
        if day.weekday() < days_per_week and day not in holidays[day.year]:
            days.append(day)
        day += timedelta(days=1)
    return tuple(days)


def simulate_internship(
    figures: LegalFigures,
    *,
    start: date,
    end: date,
    hours_per_day: Decimal,
    days_per_week: int = LIMITS.days_per_week.default,
) -> InternshipSimulation:
    """Presence hours on the real calendar and the minimum gratification month by month.

    Raises:
        PayInputError: end before start, hours or days out of range, no presence at all, or a year
            before the first known social-security ceiling.
    """
    if end < start:
        raise PayInputError(PayMessage.of("end_before_start", start=start, end=end))
    if not 0 < hours_per_day <= LIMITS.max_hours_per_day:
        raise PayInputError(
            PayMessage.of("hours_per_day_out_of_range", hours=hours_per_day, maximum=LIMITS.max_hours_per_day)
        )
    if days_per_week not in LIMITS.days_per_week:
        raise PayInputError(
            PayMessage.of(
                "days_per_week_out_of_range",
                days=days_per_week,
                minimum=LIMITS.days_per_week.minimum,
                maximum=LIMITS.days_per_week.maximum,
            )
        )
    rules = figures.internship
    first_ceiling = rules.ceilings[0]
    if start.year < first_ceiling.year:
        raise PayInputError(PayMessage.of("figures_unknown_before", first=date(first_ceiling.year, 1, 1), day=start))
    days = presence_days(start, end, days_per_week)
    if not days:
        raise PayInputError(PayMessage.of("no_presence", start=start, end=end))
    total_hours = hours_per_day * len(days)
    due = total_hours > rules.threshold_hours

    warnings: list[PayMessage] = []
    used: list[SocialSecurityCeiling] = []
    months: list[InternshipMonth] = []
    for year, month in months_touched(start, end):
        ceiling = rules.ceiling_for(year)
        assert ceiling is not None  # start.year is checked above and later years follow it
        if ceiling not in used:
            used.append(ceiling)
        if ceiling.year != year and not any(w.param("year") == year for w in warnings):
            warnings.append(PayMessage.of("ceiling_extrapolated", year=year, known_year=ceiling.year))
        rate = rules.hourly_rate(ceiling)
        first, last = date(year, month, 1), last_day_of_month(year, month)
        month_days = sum(1 for day in days if first <= day <= last)
        hours = hours_per_day * month_days
        gross = round_cent(hours * rate) if due else Decimal("0.00")
        months.append(InternshipMonth(year, month, month_days, hours, rate, gross))

    if total_hours > rules.max_hours:
        warnings.append(
            PayMessage.of("internship_too_long", hours=total_hours, max_hours=rules.max_hours, months=LIMITS.max_months)
        )
    if hours_per_day > LIMITS.long_day_hours:
        warnings.append(PayMessage.of("internship_long_days", hours=hours_per_day, maximum=LIMITS.long_day_hours))
    notes = [PayMessage.of("internship_same_academic_year")]
    if due:
        notes.append(PayMessage.of("internship_net_equals_gross"))
    else:
        notes.append(PayMessage.of("internship_not_due", hours=total_hours, threshold=rules.threshold_hours))

    sources = (
        Source(rules.source, effective=rules.effective, last_checked=rules.last_checked),
        *(
            Source(f"Plafond horaire de la sécurité sociale {c.year} : {c.hourly} € ({c.source})", c.effective)
            for c in used
        ),
        Source("Code de l'éducation, art. L124-5 (6 mois au plus par organisme et année d'enseignement)"),
        Source("Code du travail, art. L3133-1 (jours fériés)"),
    )
    return InternshipSimulation(
        start=start,
        end=end,
        hours_per_day=hours_per_day,
        days_per_week=days_per_week,
        due=due,
        presence_days=len(days),
        presence_hours=total_hours,
        hourly_rate=months[0].hourly_rate,
        total_gross=sum((m.gross for m in months), Decimal("0.00")),
        months=tuple(months),
        warnings=tuple(warnings),
        notes=tuple(notes),
        sources=sources,
    )
