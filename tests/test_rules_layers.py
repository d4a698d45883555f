"""The verdict rules sit in layers (verifier/rules/__init__.py): each module imports only from the ones before it,
so a newcomer can read them in order and no import cycle can creep in."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parent.parent / "verifier" / "rules"
LAYERS = ("codes", "quotes", "numbers", "negation", "actors", "places", "dates", "conflicts", "speakers",
          "occasions", "parties")


def _rule_imports(module: str) -> set[str]:
    tree = ast.parse((RULES / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module.rsplit(".", 1)[1] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("verifier.rules.")}


def test_every_rules_module_has_its_layer():
    assert sorted(path.stem for path in RULES.glob("*.py") if path.stem != "__init__") == sorted(LAYERS)


@pytest.mark.parametrize("module", LAYERS)
def test_a_rules_module_imports_only_from_the_layers_before_it(module):
    before = set(LAYERS[: LAYERS.index(module)])
    assert _rule_imports(module) <= before, _rule_imports(module) - before
    tree = ast.parse((RULES / f"{module}.py").read_text(encoding="utf-8"))
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module in ("verifier.verdicts", "verifier.checking")], "the rules never import what uses them"
