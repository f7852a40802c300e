"""The layer contract of STYLE.md: the domain knows neither Qt nor SQL; the data layer knows no Qt;
the screens never build queries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "kiosk.data", "kiosk.ui", "kiosk.app", "yaml", "pydantic"),
    "data": ("PySide6", "kiosk.ui", "kiosk.app"),
    "ui": ("sqlalchemy", "kiosk.data"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_respect_the_contract(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for module in imported_modules(path)
        if any(module == banned or module.startswith(banned + ".") for banned in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_contract_check_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", encoding="utf-8")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= imported_modules(sample)


def test_a_screen_never_reaches_into_another_screen() -> None:
    """STYLE.md: screens emit intents; shared widgets live in kiosk/ui/widgets."""
    offences = [
        f"{path.name} imports {module}"
        for path in sorted((PACKAGE / "ui" / "screens").glob("*.py"))
        for module in imported_modules(path)
        if module.startswith("kiosk.ui.screens.") and module != "kiosk.ui.screens.base"
    ]
    assert offences == []
