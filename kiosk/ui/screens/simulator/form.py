"""The simulator's inputs, touch only: what the domain says each contract needs, within its limits.

Which rows show, their ranges, the exception kinds, the internship's default end, the sentences that
explain a rule: all read from :mod:`kiosk.domain.pay.inputs` and the scenario functions. The form
only turns taps into a :class:`~kiosk.domain.pay.scenarios.Scenario`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Lang
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.calendar import age_on
from kiosk.domain.pay.inputs import (
    APPRENTICESHIP,
    DEFAULT_BIRTH_MONTH,
    FIELDS,
    INTERNSHIP,
    PROFESSIONALISATION,
    InputField,
    IntRange,
    birth_date_from,
    birthday_matters,
    default_start,
    input_help,
    offered_birth_years,
)
from kiosk.domain.pay.messages import PayMessage, exception_name
from kiosk.domain.pay.scenarios import Scenario, ScenarioRuns, SignatureChoice
from kiosk.domain.pay.schedule import Employer
from kiosk.domain.presets import SimulationPreset
from kiosk.ui.formatting import long_date, money, month_year, percent
from kiosk.ui.metrics import TOUCH_TARGET, apply_metrics, margins, metrics_of, minimum_size, spacing
from kiosk.ui.widgets.inputs import MonthPicker, SegmentedChoice, Stepper
from kiosk.ui.widgets.touch import ChipButton, WrappedLabel, action_button

#: The years a tap on "−10"/"+10" moves the year of birth: any year in a span of 21 in 6 taps or fewer.
YEAR_JUMP = 10
NO_EXCEPTION = "none"


def day_in_month(year: int, month: int, day: int) -> date:
    """``day`` of that month, or its last day when the month is shorter."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def day_and_month(day: date, lang: Lang) -> str:
    """A date without its year (``1er septembre`` / ``1 September``)."""
    return long_date(day, lang).rsplit(" ", 1)[0]


class InputRow(QWidget):
    """A caption above an input, and the sentence that explains it when it has a rule behind it."""

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"row_{name}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        spacing(self._layout, 6)
        self.caption = WrappedLabel(role="group_label")
        self._layout.addWidget(self.caption)
        self._layout.addWidget(field)
        self.help = WrappedLabel(role="muted")
        self.help.setObjectName(f"help_{name}")
        self.help.setVisible(False)
        self._layout.addWidget(self.help)
        self.field = field

    def replace_field(self, field: QWidget) -> None:
        self._layout.replaceWidget(self.field, field)
        self.field.deleteLater()
        self.field = field

    def set_help(self, text: str) -> None:
        self.help.setText(text)
        self.help.setVisible(bool(text))


class BirthDatePicker(QWidget):
    """Year and month of birth: ``−10 − year + +10`` and twelve month chips, so that any month of a span
    of twenty-one years is at most seven taps away. ``minus`` and ``plus`` step the year by one."""

    changed = Signal()

    def __init__(self, years: IntRange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("birth")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        spacing(layout, 10)
        year_row = QHBoxLayout()
        spacing(year_row, 8)
        self.year = Stepper(years.minimum, years.maximum, years.default, name="birth_year")
        self.minus, self.plus = self.year.minus, self.year.plus
        self.back_ten = self._jump_button("birth_year_minus10", f"−{YEAR_JUMP}", -YEAR_JUMP)
        self.ahead_ten = self._jump_button("birth_year_plus10", f"+{YEAR_JUMP}", YEAR_JUMP)
        year_row.addWidget(self.back_ten)
        year_row.addWidget(self.year, 1)
        year_row.addWidget(self.ahead_ten)
        layout.addLayout(year_row)
        months = QGridLayout()
        spacing(months, 8)
        self._months = QButtonGroup(self)
        self._months.setExclusive(True)
        self.month_chips: dict[int, ChipButton] = {}
        for month in range(1, 13):
            chip = ChipButton(str(month))
            chip.setObjectName(f"birth_month_{month}")
            self._months.addButton(chip, month)
            self.month_chips[month] = chip
            months.addWidget(chip, (month - 1) // 4, (month - 1) % 4)
            chip.clicked.connect(self._on_month_tapped)
        layout.addLayout(months)
        self.month_chips[DEFAULT_BIRTH_MONTH].setChecked(True)
        self.year.value_changed.connect(self._on_year_changed)
        self._refresh_jumps()

    def _jump_button(self, name: str, text: str, years: int) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("role", "step")
        minimum_size(button, TOUCH_TARGET + 24, TOUCH_TARGET + 8)  # wider for large text
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.year.setValue(self.year.value() + years))
        return button

    def _on_month_tapped(self, _checked: bool = False) -> None:
        self.changed.emit()

    def _on_year_changed(self, _year: int) -> None:
        self._refresh_jumps()
        self.changed.emit()

    def _refresh_jumps(self) -> None:
        self.back_ten.setEnabled(self.year.minus.isEnabled())
        self.ahead_ten.setEnabled(self.year.plus.isEnabled())

    def year_value(self) -> int:
        return self.year.value()

    def month_value(self) -> int:
        return self._months.checkedId()

    def set_year_month(self, year: int, month: int) -> None:
        blocker = QSignalBlocker(self.year)
        self.year.setValue(year)
        blocker.unblock()
        self.month_chips[month].setChecked(True)
        self._refresh_jumps()

    def set_texts(self, lang: Lang, year_formatter: Callable[[int], str]) -> None:
        locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
        for month, chip in self.month_chips.items():
            chip.setText(locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat).capitalize())
            chip.setAccessibleName(month_year(self.year.value(), month, lang))
        self.year.set_formatter(year_formatter)
        for button, years in ((self.back_ten, -YEAR_JUMP), (self.ahead_ten, YEAR_JUMP)):
            button.setAccessibleName(year_formatter(self.year.value() + years))


class InputForm(QWidget):
    """Every input of every contract; :meth:`show_contract` shows those the contract needs."""

    changed = Signal()
    agreement_requested = Signal()
    previous_rate_requested = Signal()

    def __init__(self, runs: ScenarioRuns, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simulator_inputs")
        self._runs = runs  # the legal figures' scenarios, each run once
        self._today = today
        self._contract: str = ContractKind.APPRENTICESHIP
        self._preset = SimulationPreset()
        self._lang: Lang = "fr"
        self.agreement_minimum: Decimal | None = None
        self.previous_rate: Decimal | None = None
        self._signature: tuple[SignatureChoice, ...] = ()
        self._said: tuple[object, ...] | None = None  # what the texts were given for, last time
        self.layout_ = QVBoxLayout(self)
        margins(self.layout_, 0, 0, 12, 0)
        spacing(self.layout_, 16)

        now = today()
        start = default_start(now)
        first_start = runs.figures.smic.rates[0].effective
        self.birth = BirthDatePicker(offered_birth_years(now))
        self.birthday = SegmentedChoice(("yes", "no"), "birthday")
        self.qualified = SegmentedChoice(("unsure", "no", "yes"), "qualified", wrap=True)
        self.start = MonthPicker(first_start, date(now.year + 3, 12, 1), start, "start")
        self.start_day = Stepper(1, 31, 1, name="start_day")
        self.years = SegmentedChoice(tuple(str(n) for n in APPRENTICESHIP.years.values()), "years", wrap=True)
        self.cycle_year = SegmentedChoice(
            tuple(str(n) for n in APPRENTICESHIP.cycle_year.values()), "cycle_year", wrap=True
        )
        months = PROFESSIONALISATION.months
        self.months = Stepper(months.minimum, months.maximum, months.default, name="months")
        self.internship_end = MonthPicker(
            first_start, date(now.year + 4, 12, 1), INTERNSHIP.default_end(start), "internship_end"
        )
        self.internship_end_day = Stepper(1, 31, 28, name="internship_end_day")
        lowest, highest = INTERNSHIP.offered_hours_per_day
        self.hours = Stepper(
            int(2 * lowest),
            int(2 * highest),
            int(2 * INTERNSHIP.default_hours_per_day),
            formatter=lambda v: f"{v / 2:g} h",
            name="hours",
        )
        days = INTERNSHIP.days_per_week
        self.days = Stepper(days.minimum, days.maximum, days.default, name="days")
        self.employer = SegmentedChoice(tuple(employer.value for employer in Employer), "employer", wrap=True)
        self.agreement_button = action_button("secondary")
        self.agreement_button.setObjectName("agreement_button")
        self.previous_rate_button = action_button("secondary")
        self.previous_rate_button.setObjectName("previous_rate_button")
        self.exception = SegmentedChoice((NO_EXCEPTION, *APPRENTICESHIP.exceptions), "exception")
        self.exception.layout().setDirection(QVBoxLayout.Direction.TopToBottom)  # type: ignore[union-attr]
        self.after_college = SegmentedChoice(("no", "yes"), "after_college")
        self.signature = SegmentedChoice((), "signature")

        self.rows: dict[str, InputRow] = {}
        for name, field in (
            ("birth", self.birth),
            ("birthday", self.birthday),
            ("exception", self.exception),
            ("after_college", self.after_college),
            ("qualified", self.qualified),
            ("start", self.start),
            ("start_day", self.start_day),
            ("years", self.years),
            ("cycle_year", self.cycle_year),
            ("months", self.months),
            ("internship_end", self.internship_end),
            ("internship_end_day", self.internship_end_day),
            ("hours", self.hours),
            ("days", self.days),
            ("employer", self.employer),
            ("agreement", self.agreement_button),
            ("previous_rate", self.previous_rate_button),
            ("signature", self.signature),
        ):
            row = InputRow(field, name)
            self.rows[name] = row
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)

        self.birth.changed.connect(self._on_input)
        for stepper in self._steppers():
            stepper.value_changed.connect(self._on_input)
        for choice in self._choices():
            choice.choice_changed.connect(self._on_input)
        self.agreement_button.clicked.connect(lambda: self.agreement_requested.emit())
        self.previous_rate_button.clicked.connect(lambda: self.previous_rate_requested.emit())

    def _on_input(self, *_args: object) -> None:
        self.changed.emit()

    # --- defaults and presets ----------------------------------------------------------------------

    def _steppers(self) -> tuple[Stepper, ...]:
        return (
            self.start,
            self.start_day,
            self.months,
            self.internship_end,
            self.internship_end_day,
            self.hours,
            self.days,
        )

    def _choices(self) -> tuple[SegmentedChoice, ...]:
        return (
            self.birthday,
            self.qualified,
            self.years,
            self.cycle_year,
            self.employer,
            self.exception,
            self.after_college,
        )

    def reset(self, preset: SimulationPreset | None = None) -> None:
        """Every input back to what a new visitor sees (the programme's years when ``preset`` has some)."""
        now = self._today()
        start = default_start(now)
        self._preset = preset or SimulationPreset()
        # A reset is no visitor's answer: the screen computes once after it, not at each input set.
        widgets = (self.birth.year, *self._steppers(), *self._choices(), self.signature)
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.birth.set_year_month(offered_birth_years(now).default, DEFAULT_BIRTH_MONTH)
        self.birthday.set_value("yes")
        self.qualified.set_value("unsure")
        self.start.set_date(start)
        self.start_day.setValue(start.day)
        self.cycle_year.set_value(str(self._preset.shortened_years + 1))
        self.years.set_value(str(min(APPRENTICESHIP.years.maximum, self._preset.total_years)))
        self.months.setValue(PROFESSIONALISATION.months.default)
        end = INTERNSHIP.default_end(start)
        self.internship_end.set_date(end)
        self.internship_end_day.setValue(end.day)
        self.hours.setValue(int(2 * INTERNSHIP.default_hours_per_day))
        self.days.setValue(INTERNSHIP.days_per_week.default)
        self.employer.set_value(Employer.PRIVATE)
        self.exception.set_value(NO_EXCEPTION)
        self.after_college.set_value("no")
        self._signature = ()
        self.signature.set_value("0")
        for blocker in blockers:
            blocker.unblock()
        self.agreement_minimum = None
        self.previous_rate = None

    @property
    def preset(self) -> SimulationPreset:
        return self._preset

    # --- the scenario ------------------------------------------------------------------------------

    def _start_date(self) -> date:
        month = self.start.selected_date()
        return day_in_month(month.year, month.month, self.start_day.value())

    def _birth_date(self, start: date) -> date:
        year, month = self.birth.year_value(), self.birth.month_value()
        return birth_date_from(year, month, start, self.birthday.value() == "yes")

    def scenario(self) -> Scenario:
        """What the inputs say, as the domain's :class:`Scenario`."""
        start = self._start_date()
        end_month = self.internship_end.selected_date()
        exception = self.exception.value()
        qualified = {"unsure": None, "yes": True, "no": False}[self.qualified.value()]
        signed_on = None
        if self._signature:
            signed_on = self._signature[int(self.signature.value())].signed_on
        return Scenario(
            contract=self._contract,
            birth_date=self._birth_date(start),
            start=start,
            contract_years=self._preset.contracts_for(int(self.years.value())),
            shortened_years=int(self.cycle_year.value()) - 1,
            previous_rate=self.previous_rate,
            months=self.months.value(),
            employer=self.employer.value(),
            qualified=qualified,
            agreement_minimum=self.agreement_minimum,
            exception=None if exception == NO_EXCEPTION else exception,
            after_college=self.after_college.value() == "yes",
            signed_on=signed_on,
            internship_end=day_in_month(end_month.year, end_month.month, self.internship_end_day.value()),
            hours_per_day=Decimal(self.hours.value()) / 2,
            days_per_week=self.days.value(),
        )

    # --- what shows --------------------------------------------------------------------------------

    def show_contract(self, contract: str) -> None:
        """The inputs of ``contract`` from the next :meth:`refresh` (the screen's recomputation)."""
        self._contract = contract

    def refresh(self) -> None:
        """Show the rows the contract needs, and those the answers so far call for."""
        fields = set(FIELDS.get(ContractKind(self._contract), ()))
        for month, day in ((self.start, self.start_day), (self.internship_end, self.internship_end_day)):
            chosen = month.selected_date()
            blocker = QSignalBlocker(day)  # a day past the month's end would be a tap that changes nothing
            day.set_range(1, calendar.monthrange(chosen.year, chosen.month)[1])
            blocker.unblock()
        start = self._start_date()
        age = age_on(self._birth_date(start), start)
        needs = {
            "birth": InputField.BIRTH_DATE in fields,
            "birthday": InputField.BIRTH_DATE in fields
            and birthday_matters(self.birth.year_value(), self.birth.month_value(), start),
            "exception": InputField.EXCEPTION in fields
            or (self._contract == ContractKind.APPRENTICESHIP and APPRENTICESHIP.needs_exception(age)),
            "after_college": self._contract == ContractKind.APPRENTICESHIP and APPRENTICESHIP.needs_after_college(age),
            "qualified": InputField.QUALIFIED in fields,
            "start": InputField.START in fields,
            "start_day": InputField.START in fields,
            "years": InputField.YEARS in fields,
            "cycle_year": InputField.CYCLE_YEAR in fields,
            "months": InputField.MONTHS in fields,
            "internship_end": InputField.INTERNSHIP_END in fields,
            "internship_end_day": InputField.INTERNSHIP_END in fields,
            "hours": InputField.HOURS_PER_DAY in fields,
            "days": InputField.DAYS_PER_WEEK in fields,
            "employer": InputField.EMPLOYER in fields,
            "agreement": InputField.AGREEMENT_MINIMUM in fields,
            "previous_rate": InputField.PREVIOUS_RATE in fields,
        }
        lengths = APPRENTICESHIP.lengths_from(int(self.cycle_year.value()))
        for value, chip in self.years.chips.items():
            chip.setEnabled(int(value) in lengths)
        if int(self.years.value()) not in lengths:
            blocker = QSignalBlocker(self.years)
            self.years.set_value(str(lengths.maximum))
            blocker.unblock()
        self._refresh_signature()
        needs["signature"] = bool(self._signature)
        for name, row in self.rows.items():
            row.setVisible(needs[name])
        self.retranslate(self._lang, force=False)

    def _refresh_signature(self) -> None:
        """The signature question, with one chip per rule that changes the net estimate (or none)."""
        chosen = self._signature[int(self.signature.value())].signed_on if self._signature else None
        choices = self._runs.signature_choices(self._without_signature())
        if [c.label for c in choices] != [c.label for c in self._signature]:
            self._signature = choices
            chosen = None
        if choices and len(self.signature.chips) != len(choices):
            # A question of as many chips is kept (its texts are the choices'): most openings ask the same.
            signature = SegmentedChoice(tuple(str(index) for index in range(len(choices))), "signature")
            signature.layout().setDirection(QVBoxLayout.Direction.TopToBottom)  # type: ignore[union-attr]
            signature.choice_changed.connect(self._on_input)
            self.rows["signature"].replace_field(signature)
            apply_metrics(signature, metrics_of(self))  # made after the window took its scale
            self.signature = signature
        if choices:
            index = next((i for i, c in enumerate(choices) if c.signed_on == chosen), len(choices) - 1)
            blocker = QSignalBlocker(self.signature)
            self.signature.set_value(str(index))
            blocker.unblock()

    def _without_signature(self) -> Scenario:
        saved, self._signature = self._signature, ()
        try:
            return self.scenario()
        finally:
            self._signature = saved

    # --- texts ---------------------------------------------------------------------------------------

    def retranslate(self, lang: Lang, force: bool = True) -> None:
        """Every text of the form in ``lang``; unless ``force`` (a language change), only when what
        the texts say changed since the last time (most taps change a number, not a text)."""
        self._lang = lang
        start = self._start_date()
        said = (
            lang,
            self._contract,
            self.birth.year_value(),  # the month chips' and jump buttons' names say the year
            start,
            self.internship_end.selected_date(),
            tuple(choice.label for choice in self._signature),
            id(self.signature),
            self.agreement_minimum,
            self.previous_rate,
        )
        if not force and said == self._said:
            return
        self._said = said
        internship = self._contract == ContractKind.INTERNSHIP
        captions = {
            "birth": self.tr("Year and month of birth"),
            "birthday": self.tr("Is your birthday on %1 or earlier?").replace("%1", day_and_month(start, lang)),
            "exception": self.tr("From %1, apprenticeship needs one of these situations").replace(
                "%1", str(APPRENTICESHIP.max_age + 1)
            ),
            "after_college": self.tr("At %1: have you finished collège (year 10)?").replace(
                "%1", str(APPRENTICESHIP.min_age_after_college)
            ),
            "qualified": PayMessage.of("question_qualified").text(lang),
            "start": self.tr("Start of the internship") if internship else self.tr("Start of the contract"),
            "start_day": self.tr("First day of the internship") if internship else self.tr("First day of the contract"),
            "years": self.tr("Length of the contract"),
            "cycle_year": self.tr("The contract starts in this year of the training cycle"),
            "months": self.tr("Length of the contract (months)"),
            "internship_end": self.tr("End of the internship"),
            "internship_end_day": self.tr("Last day of the internship"),
            "hours": self.tr("Hours per day"),
            "days": self.tr("Days per week"),
            "employer": self.tr("Employer"),
            "agreement": self.tr("Collective agreement minimum (optional)"),
            "previous_rate": self.tr("Rate of the last year of a previous apprenticeship (optional)"),
            "signature": self.tr("When was the contract signed?"),
        }
        helps = {
            "qualified": input_help(InputField.QUALIFIED),
            "cycle_year": input_help(InputField.CYCLE_YEAR),
            "previous_rate": input_help(InputField.PREVIOUS_RATE),
            "signature": input_help(InputField.SIGNED_ON),
        }
        for name, row in self.rows.items():
            row.caption.setText(captions[name])
            message = helps.get(name)
            row.set_help("" if message is None else message.text(lang))
        self.birth.set_texts(lang, str)
        self.birthday.set_texts({"yes": self.tr("Yes"), "no": self.tr("No, later")})
        self.qualified.set_texts({"unsure": self.tr("Not sure"), "no": self.tr("No"), "yes": self.tr("Yes")})
        self.after_college.set_texts({"no": self.tr("No"), "yes": self.tr("Yes")})
        self.employer.set_texts({Employer.PRIVATE: self.tr("Private"), Employer.PUBLIC: self.tr("Public")})
        self.years.set_texts({value: self.tr("%n year(s)", "", int(value)) for value in self.years.chips})
        self.cycle_year.set_texts({value: self.tr("Year %1").replace("%1", value) for value in self.cycle_year.chips})
        self.exception.set_texts(
            {
                NO_EXCEPTION: self.tr("None of these"),
                **{kind: _capitalized(exception_name(kind, lang)) for kind in APPRENTICESHIP.exceptions},
            }
        )
        self.signature.set_texts({str(i): choice.label.text(lang) for i, choice in enumerate(self._signature)})
        self.months.set_formatter(lambda v: self.tr("%n month(s)", "", v))
        self.days.set_formatter(lambda v: self.tr("%n day(s)", "", v))
        for picker in (self.start, self.internship_end):
            picker.set_formatter(lambda index: month_year(index // 12, index % 12 + 1, lang))
        start_month, end_month = self.start.selected_date(), self.internship_end.selected_date()
        self.start_day.set_formatter(
            lambda day: long_date(day_in_month(start_month.year, start_month.month, day), lang)
        )
        self.internship_end_day.set_formatter(
            lambda day: long_date(day_in_month(end_month.year, end_month.month, day), lang)
        )
        self.agreement_button.setText(
            money(self.agreement_minimum, lang)
            if self.agreement_minimum is not None
            else self.tr("None (tap to enter)")
        )
        self.previous_rate_button.setText(
            percent(self.previous_rate, lang) if self.previous_rate is not None else self.tr("None (tap to enter)")
        )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
