"""One translation mechanism (issue 11, docs/translations.md): domain/, services/, store/ name no language.

Their texts are ``T("…")`` keys rendered through the installed catalogue, so a third language is
a new catalogue and needs no change there. These checks read the source with ``ast``: no
comparison with a language code, no ``language`` parameter, no German/English pairs.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "kontaktverwaltung"
CORE = ("domain", "services", "store")
LANGUAGE_CODES = {"de", "en"}


def _modules() -> list[Path]:
    return [path for folder in CORE for path in sorted((PACKAGE / folder).rglob("*.py"))]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', '?')}"


def _named_language(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return "language" in name.lower() or name.lower() in ("lang", "german", "english")


def _findings(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            codes = [o for o in operands if isinstance(o, ast.Constant) and o.value in LANGUAGE_CODES]
            if codes or any(_named_language(o) for o in operands):
                yield f"{_where(path, node)}: compares with a language: {ast.unparse(node)}"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for argument in (*node.args.args, *node.args.kwonlyargs):
                if "language" in argument.arg:
                    yield f"{_where(path, node)}: {node.name}() takes a language"
        elif isinstance(node, (ast.Name, ast.Attribute)):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name.endswith(("_EN", "_en")) or name in ("de", "en"):  # PLACES_DE alone is Germany's
                yield f"{_where(path, node)}: a German/English pair: {name}"
        elif isinstance(node, ast.Call):
            texts = [a for a in node.args if isinstance(a, (ast.Constant, ast.JoinedStr))]
            texts = [a for a in texts if not isinstance(a, ast.Constant) or isinstance(a.value, str)]
            called = ast.unparse(node.func)
            if (called == "Problem" or called.endswith(".of")) and len(texts) >= 2:
                yield f"{_where(path, node)}: a message written twice: {called}(…)"


def test_the_scan_finds_what_it_forbids(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def label(kind, language="de"):\n'
        '    if language == "de":\n'
        "        return NAME_DE\n"
        "    return NAME_EN\n"
        'problem = Problem("name", "Bitte einen Namen", "Please enter a name")\n'
        'error = DomainError.of("Weg", "Gone")\n',
        encoding="utf-8",
    )
    found = list(_findings_relative(sample))
    assert len(found) == 5, found


def _findings_relative(path: Path) -> Iterator[str]:
    global PACKAGE
    saved, PACKAGE = PACKAGE, path.parent
    try:
        yield from _findings(path)
    finally:
        PACKAGE = saved


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_language_branch_and_no_german_english_pair(path):
    assert list(_findings(path)) == []
