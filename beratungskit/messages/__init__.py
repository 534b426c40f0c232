"""Everything a person sees, in German, from one place.

Each area keeps its texts in a module of its own here (``model``, ``store``, ``cli`` …) so that a
second language can later be added as a parallel package. ``t(key, **values)`` formats one text.

>>> t("model.resource_missing", id="r9")
'Die Ressource „r9“ gibt es in diesem Fall nicht.'
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

__all__ = ["CATALOGUE", "t"]


def _load() -> dict[str, str]:
    # One module per area (model, store, cli, ui_map …); its name is the key prefix.
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        area = info.name
        module = import_module(f"{__name__}.{area}")
        texts: dict[str, str] = module.TEXTS
        for key, text in texts.items():
            full = f"{area}.{key}"
            if full in merged:  # pragma: no cover - guarded by a test
                raise RuntimeError(f"duplicate message key {full}")
            merged[full] = text
    return merged


CATALOGUE: dict[str, str] = _load()


def t(key: str, /, **values: object) -> str:
    """Return the German text for ``key``, formatted with ``values``."""
    return CATALOGUE[key].format(**values)
