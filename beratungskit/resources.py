"""Where the files an office adapts live: ``templates/`` and ``notebooks/``.

In a checkout they sit beside the package; in an installed wheel they travel inside it as
``beratungskit/_templates`` and ``beratungskit/_notebooks``. ``BERATUNGSKIT_TEMPLATES`` points at an
office's own copy of the templates folder.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["builtin_templates_dir", "notebooks_dir", "template_path", "templates_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists")


def builtin_templates_dir() -> Path:
    """The templates that come with beratungskit (checkout or wheel), whatever an office overrides."""
    return _first_existing(_PACKAGE.parent / "templates", _PACKAGE / "_templates")


def templates_dir() -> Path:
    override = os.environ.get("BERATUNGSKIT_TEMPLATES")
    if override:
        return Path(override)
    return builtin_templates_dir()


def template_path(name: str) -> Path:
    """A file in the templates folder; an office's override folder may hold only some files."""
    path = templates_dir() / name
    if not path.exists():
        fallback = builtin_templates_dir() / name
        if fallback.exists():
            return fallback
    return path


def notebooks_dir() -> Path:
    return _first_existing(_PACKAGE.parent / "notebooks", _PACKAGE / "_notebooks")
