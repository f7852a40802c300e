"""Legal minimum pay of work-linked contracts and internships, month by month, with sources.

Pure rules: figures come in as :class:`LegalFigures`, the date is always an argument, money is
``Decimal`` rounded half-up to the cent. Screens, the command line and the self-test run a
:class:`Scenario` through :func:`run_scenario`; what each contract asks and its limits are in
:mod:`kiosk.domain.pay.inputs`.
"""

from kiosk.domain.pay.apprenticeship import simulate_apprenticeship
from kiosk.domain.pay.figures import (
    ApprenticeshipBracket,
    ApprenticeshipScale,
    InternshipRules,
    LegalFigures,
    NetEstimatePeriod,
    NetEstimateRules,
    ProfessionalisationBracket,
    ProfessionalisationScale,
    SmicRate,
    SmicTable,
    SocialSecurityCeiling,
)
from kiosk.domain.pay.inputs import ExceptionKind
from kiosk.domain.pay.internship import InternshipMonth, InternshipSimulation, simulate_internship
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.professionalisation import simulate_professionalisation
from kiosk.domain.pay.scenarios import Comparison, MonthFigure, Scenario, ScenarioResult, compare, run_scenario
from kiosk.domain.pay.schedule import ContractSimulation, ContractTerms, Employer, MonthEntry, MonthPart, Source
from kiosk.domain.pay.training import TrainingContractInfo, training_contract_info

__all__ = [
    "ApprenticeshipBracket",
    "ApprenticeshipScale",
    "Comparison",
    "ContractSimulation",
    "ContractTerms",
    "Employer",
    "ExceptionKind",
    "InternshipMonth",
    "InternshipRules",
    "InternshipSimulation",
    "LegalFigures",
    "MonthEntry",
    "MonthFigure",
    "MonthPart",
    "NetEstimatePeriod",
    "NetEstimateRules",
    "PayInputError",
    "PayMessage",
    "ProfessionalisationBracket",
    "ProfessionalisationScale",
    "Scenario",
    "ScenarioResult",
    "SmicRate",
    "SmicTable",
    "SocialSecurityCeiling",
    "Source",
    "TrainingContractInfo",
    "compare",
    "run_scenario",
    "simulate_apprenticeship",
    "simulate_internship",
    "simulate_professionalisation",
    "training_contract_info",
]
