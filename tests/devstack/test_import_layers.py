"""The import-layer contracts (pyproject.toml, checked by lint-imports in scripts/test.sh) cover every package."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEV_PACKAGES = {"devstack", "bench", "tests"}  # on top of the layers: imported by nothing that runs in production


def importlinter() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))
    return dict(config["tool"]["importlinter"])


def contract(contract_id: str) -> dict[str, Any]:
    return next(c for c in importlinter()["contracts"] if c["id"] == contract_id)


def top_level_packages() -> set[str]:
    return {path.parent.name for path in PROJECT_ROOT.glob("*/__init__.py") if not path.parent.name.startswith(".")}


def test_every_package_is_a_root_package() -> None:
    assert set(importlinter()["root_packages"]) == top_level_packages()


def test_every_runtime_package_has_a_layer() -> None:
    layered = {name.strip("() ") for layer in contract("layers")["layers"] for name in layer.split("|")}
    assert layered == top_level_packages() - DEV_PACKAGES


def test_runtime_packages_may_not_import_development_support() -> None:
    runtime = contract("runtime")
    sources = {name.split(".")[0] for name in runtime["source_modules"]}
    assert sources == top_level_packages() - DEV_PACKAGES
    assert DEV_PACKAGES | {"psutil", "aiosmtpd", "playwright", "pytest"} <= set(runtime["forbidden_modules"])
    assert set(contract("acyclic")["ancestors"]) == top_level_packages() - {"bench", "tests"}
