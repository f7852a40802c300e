"""``simulate``: the CLI runs the screen's one entry (run_scenario), with the catalogue's contract years."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.cli import main

MDOMC_M1 = "m1-management-droit-organisations-manifestations-culturelles"
MDOMC_M2 = "m2-management-droit-organisations-manifestations-culturelles"


def simulate(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["simulate", *argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["simulate", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


ADULT = ("--birth-date", "2004-01-01", "--start", "2026-09-01")


def test_programme_sets_the_contract_years_from_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16.1 (D6222-28-1): an M2 after the work-linked MDOMC M1 is paid as the cycle's 2nd year
    (61 %, 1,138.88 € for a 22-year-old), not 53 % (989.52 €)."""
    data = simulate(capsys, "apprenticeship", *ADULT, "--programme", MDOMC_M2)
    assert data["contract"]["years"] == 1 and data["contract"]["shortened_years"] == 1
    assert data["schedule"][0]["percent_of_smic"] == 61
    assert data["schedule"][0]["monthly_gross_eur"] == 1138.88
    assert data["programme"] == MDOMC_M2 and "D6222-28-1" in data["preset"]
    m1 = simulate(capsys, "apprenticeship", *ADULT, "--programme", MDOMC_M1)
    assert [c["years"] for c in m1["contracts"]] == [1, 1]
    assert [c["shortened_years"] for c in m1["contracts"]] == [0, 1]
    assert m1["schedule"][12]["percent_of_smic"] == 61 and m1["schedule"][12]["changes"][0] == "contract"


def test_the_programmes_reason_is_said_once_in_the_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    """The M2's reason (D6222-28-1) and the rule's own note say the same: the text shows one of them;
    --years says it may be left out with --programme."""
    assert main(["simulate", "apprenticeship", *ADULT, "--programme", MDOMC_M2]) == 0
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("* ")]
    assert len([line for line in notes if "D6222-28-1" in line]) == 1
    assert "Ce M2 suit un M1 en alternance" in "\n".join(notes)
    with pytest.raises(SystemExit):
        main(["simulate", "apprenticeship", "--help"])
    assert "required unless --programme" in " ".join(capsys.readouterr().out.split())


def test_explicit_options_win_over_the_programme(capsys: pytest.CaptureFixture[str]) -> None:
    data = simulate(capsys, "apprenticeship", *ADULT, "--programme", MDOMC_M2, "--shortened-years", "0")
    assert data["contract"]["shortened_years"] == 0 and data["schedule"][0]["percent_of_smic"] == 53
    assert data["preset"] is None
    data = simulate(capsys, "apprenticeship", *ADULT, "--programme", MDOMC_M1, "--years", "2")
    assert len(data["contracts"]) == 1 and data["contract"]["years"] == 2


def test_unknown_programme_and_missing_years_are_one_line_errors(capsys: pytest.CaptureFixture[str]) -> None:
    line = usage_error(capsys, "apprenticeship", *ADULT, "--programme", "m9-nothing")
    assert "unknown programme 'm9-nothing'" in line
    assert "--years" in usage_error(capsys, "apprenticeship", *ADULT)


def test_successive_contracts_chain_as_on_the_screen(capsys: pytest.CaptureFixture[str]) -> None:
    """D6222-28-1 and D6222-29: each later contract continues the cycle, at least the last rate."""
    data = simulate(capsys, "apprenticeship", *ADULT, "--years", "1", "1")
    assert len(data["schedule"]) == 24 and [c["start"] for c in data["contracts"]] == ["2026-09-01", "2027-09-01"]
    assert data["contracts"][1]["previous_rate"] == 53
    assert {row["contract_index"] for row in data["schedule"][12:]} == {1}


def test_partial_months_and_the_total_due(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16.4: from 15 September, September is due 16 days out of 30; the total adds what is due
    (a part month: its full-month minimum x its calendar days / the month's days, as
    ../shared/reference/pay-rules.md "Conventions" reads Code du travail art. D6222-26's monthly minimum)."""
    data = simulate(capsys, "apprenticeship", "--birth-date", "2004-01-01", "--start", "2026-09-15", "--years", "1")
    first, last = data["schedule"][0], data["schedule"][-1]
    assert (first["days_covered"], first["days_in_month"], first["due_gross_eur"]) == (16, 30, 527.74)
    assert first["monthly_gross_eur"] == 989.52
    assert (last["month"], last["days_covered"], last["due_gross_eur"]) == ("2027-09", 14, 461.78)
    assert data["total_due_gross_eur"] == 11874.24
    assert first["parts"][0] == {
        "from": "2026-09-15",
        "to": "2026-09-30",
        "days": 16,
        "contract_year": 1,
        "percent_of_smic": 53,
        "monthly_gross_eur": 989.52,
        "due_gross_eur": 527.74,
    }


def test_signed_sets_the_net_estimate(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16.5: a contract signed before 1 March 2025 pays no CSG/CRDS; default: signed at the start
    (loi n° 2025-199 du 28 février 2025, art. 22-23; décret n° 2025-290; Code du travail art. L6243-2, D6243-5)."""
    argv = ("apprenticeship", "--birth-date", "2003-01-01", "--start", "2025-09-01", "--years", "1")
    default = simulate(capsys, *argv)
    early = simulate(capsys, *argv, "--signed", "2025-02-15")
    assert default["contract"]["signed_on"] == "2025-09-01" and early["contract"]["signed_on"] == "2025-02-15"
    assert (default["schedule"][0]["net_exempt_threshold_eur"], default["schedule"][0]["net_estimate_eur"]) == (
        900.90,
        943.69,
    )
    assert (early["schedule"][0]["net_exempt_threshold_eur"], early["schedule"][0]["net_estimate_eur"]) == (
        1423.42,
        954.95,
    )
    assert [row["monthly_gross_eur"] for row in early["schedule"]] == [
        row["monthly_gross_eur"] for row in default["schedule"]
    ]


def test_refusals_are_one_line_in_the_language_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """L6222-1: 36 without an exception is refused; L6222-2, D6222-1: 35 inclusive for a higher diploma."""
    line = usage_error(
        capsys, "apprenticeship", "--birth-date", "1990-01-01", "--start", "2026-09-01", "--years", "1", "--lang", "en"
    )
    assert "At 36 at the start" in line
    ok = simulate(
        capsys,
        "apprenticeship",
        "--birth-date",
        "1990-09-01",
        "--start",
        "2025-09-01",
        "--years",
        "1",
        "--exception",
        "higher-diploma",
    )
    assert ok["contract"]["age_at_start"] == 35
    assert "employeurs publics" in usage_error(
        capsys, "professionalisation", *ADULT, "--months", "12", "--employer", "public"
    )


def test_text_tables_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "apprenticeship", *ADULT, "--programme", MDOMC_M2]) == 0
    french = capsys.readouterr().out
    assert "dû" in french and "Total dû : " in french and "D6222-28-1" in french and "Sources :" in french
    assert main(["simulate", "professionalisation", *ADULT, "--months", "12", "--qualified", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "Total due: 17923.44" in english and "Sources:" in english  # 12 x 80 % of 1,867.02
    argv = ["simulate", "internship", "--start", "2026-02-02", "--end", "2026-06-30", "--hours-per-day", "7"]
    assert main(argv) == 0
    assert "Gratification due : oui" in capsys.readouterr().out
    assert main(["simulate", "training", "--lang", "en"]) == 0
    assert "no legal pay scale" in capsys.readouterr().out


def test_professionalisation_and_internship_json(capsys: pytest.CaptureFixture[str]) -> None:
    prof = simulate(capsys, "professionalisation", *ADULT, "--months", "12")
    assert prof["contract"]["qualified"] is False and prof["schedule"][0]["percent_of_smic"] == 70
    assert "net_estimate_eur" not in prof["schedule"][0]
    internship = simulate(capsys, "internship", "--start", "2026-02-02", "--end", "2026-06-30", "--hours-per-day", "7")
    assert internship["due"] is True and internship["hourly_rate_eur"] == 4.5
    assert internship["total_gross_eur"] == sum(month["gross_eur"] for month in internship["months"])
    training = simulate(capsys, "training")
    assert training["legal_scale"] is False
