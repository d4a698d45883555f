"""The verdict rules sit in layers (verifier/rules/__init__.py): each module imports only from the ones before it,
so a newcomer can read them in order and no import cycle can creep in."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parent.parent / "verifier" / "rules"
LAYERS = ("codes", "quotes", "numbers", "negation", "actors", "bodies", "places", "dates", "conflicts", "speakers",
          "occasions", "parties", "documents")


def _imported_modules(module: str) -> set[str]:
    """Every module `module` imports, written out: "from verifier.rules import dates" is verifier.rules.dates."""
    found = set()
    for node in ast.walk(ast.parse((RULES / f"{module}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module in ("verifier", "verifier.rules"):
                found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _rule_imports(module: str) -> set[str]:
    return {name.rsplit(".", 1)[1] for name in _imported_modules(module) if name.startswith("verifier.rules.")}


def test_every_rules_module_has_its_layer():
    assert sorted(path.stem for path in RULES.glob("*.py") if path.stem != "__init__") == sorted(LAYERS)


@pytest.mark.parametrize("module", LAYERS)
def test_a_rules_module_imports_only_from_the_layers_before_it(module):
    before = set(LAYERS[: LAYERS.index(module)])
    assert _rule_imports(module) <= before, _rule_imports(module) - before
    assert not _imported_modules(module) & {"verifier.verdicts", "verifier.checking"}, \
        "the rules never import what uses them"
