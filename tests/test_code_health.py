"""Checks of the source itself that no behaviour test would point to directly."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import hadath

PACKAGE = Path(hadath.__file__).resolve().parent
# a module-level name assigned twice on purpose: the second line extends the first
EXTENDED = {("stages/actors.py", "_NAME_STOP")}


def test_no_module_level_name_is_assigned_twice():
    """A second ``_WORDS = frozenset(...)`` further down a module silently replaces the first for
    every function that reads it (a clash of this kind once changed which actors a rule dropped)."""
    clashes = []
    for path in sorted(PACKAGE.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        rel = path.relative_to(PACKAGE).as_posix()
        clashes += [(rel, n) for n, c in names.items() if c > 1 and (rel, n) not in EXTENDED]
    assert clashes == []
