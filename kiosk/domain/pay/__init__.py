"""Legal minimum pay of work-linked contracts and internships, month by month, with sources.

Pure rules: figures come in as :class:`LegalFigures`, the date is always an argument, money is
``Decimal`` rounded half-up to the cent.
"""

from kiosk.domain.pay.apprenticeship import EXCEPTION_KINDS, simulate_apprenticeship
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
from kiosk.domain.pay.internship import InternshipMonth, InternshipSimulation, simulate_internship
from kiosk.domain.pay.messages import PayInputError, PayMessage
from kiosk.domain.pay.professionalisation import simulate_professionalisation
from kiosk.domain.pay.schedule import ContractSimulation, ContractTerms, Employer, MonthEntry, Source
from kiosk.domain.pay.training import TrainingContractInfo, training_contract_info

__all__ = [
    "EXCEPTION_KINDS",
    "ApprenticeshipBracket",
    "ApprenticeshipScale",
    "ContractSimulation",
    "ContractTerms",
    "Employer",
    "InternshipMonth",
    "InternshipRules",
    "InternshipSimulation",
    "LegalFigures",
    "MonthEntry",
    "NetEstimatePeriod",
    "NetEstimateRules",
    "PayInputError",
    "PayMessage",
    "ProfessionalisationBracket",
    "ProfessionalisationScale",
    "SmicRate",
    "SmicTable",
    "SocialSecurityCeiling",
    "Source",
    "TrainingContractInfo",
    "simulate_apprenticeship",
    "simulate_internship",
    "simulate_professionalisation",
    "training_contract_info",
]
