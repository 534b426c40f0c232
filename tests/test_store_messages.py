"""The German texts of the store: every key used exists, none is defined twice or left unused."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import beratungskit.messages as messages
from beratungskit.messages import CATALOGUE

PACKAGE = Path(messages.__file__).resolve().parents[1]
STORE_CODE = sorted((PACKAGE / "store").glob("*.py"))


def _texts_keys(module: Path) -> list[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == "TEXTS" for t in targets):
            assert isinstance(node.value, ast.Dict), "TEXTS must be a dict literal"
            return [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
    raise AssertionError(f"{module.name} has no TEXTS")


@pytest.mark.parametrize("module", sorted((PACKAGE / "messages").glob("*.py")), ids=lambda p: p.name)
def test_no_message_module_defines_a_key_twice(module: Path) -> None:
    if module.name.startswith("_"):  # __init__ and the catalogue machinery hold no texts
        return
    keys = _texts_keys(module)
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


def _used_store_keys() -> set[str]:
    used: set[str] = set()
    for path in STORE_CODE:
        # t("store.x", …) or a key kept in a table (reading.py maps error numbers to keys)
        used |= set(re.findall(r'"(store\.[\w.]+)"', path.read_text(encoding="utf-8")))
    return used


def test_every_key_used_in_store_code_exists() -> None:
    used = _used_store_keys()
    assert len(used) > 10  # the scan itself works
    assert sorted(used - set(CATALOGUE)) == []


def test_every_store_text_is_used() -> None:
    defined = {f"store.{k}" for k in _texts_keys(PACKAGE / "messages" / "store.py")}
    assert sorted(defined - _used_store_keys()) == []


def test_store_code_has_no_literal_german_messages() -> None:
    # Texts a person sees come from the catalogue; a stray German sentence in code is a slip.
    pattern = re.compile(r"raise \w+\(\s*f?\"[A-ZÄÖÜ][a-zäöüß]+ ")
    for path in STORE_CODE:
        assert not pattern.search(path.read_text(encoding="utf-8")), path.name
