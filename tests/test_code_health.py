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


# letters the normaliser folds (ة→ه, أإآ→ا, ى→ي, ئ→ي, ؤ→و): a word list of a stage that holds one
# never matches the normalised text it is compared with
FOLDED_LETTERS = frozenset("ةأإآىئؤ")


def _docstring_ids(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            found.add(id(node.body[0].value))
    return found


def test_stage_word_lists_are_written_in_normalised_spelling():
    """Stages read the normalised text, so "قذائف" in a list of weapon stems silently matched nothing
    ("قذايف" does). A single letter (compared with the original text, as "ة" is) and a modality
    label ("generic:أي", output for people) are allowed."""
    unmatchable = []
    for path in sorted((PACKAGE / "stages").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstring_ids(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                    and FOLDED_LETTERS & set(node.value) and len(node.value) > 1 and ":" not in node.value:
                unmatchable.append((path.name, node.lineno, node.value[:40]))
    assert unmatchable == []
