"""Reading a YAML file from ``templates/`` with a German error that names the file and the line.

Offices edit these files by hand; a typo must lead to one sentence they can act on, not a traceback.

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "partners.yaml"
>>> _ = bad.write_text("partner:\\n  - name: [offen\\n", encoding="utf-8")
>>> try:
...     read_yaml(bad)
... except TemplateFileError as exc:
...     print(str(exc)[:46])
Die Datei „partners.yaml“ ist nicht lesbar (Ze
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from beratungskit.messages import t

__all__ = ["TemplateFileError", "line_of", "read_yaml"]


class TemplateFileError(ValueError):
    """A template file cannot be used; ``str(error)`` names the file (and line) in German."""


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping (``__line__``) for messages."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    data = loader.construct_mapping(node, deep=True)
    data["__line__"] = node.start_mark.line + 1
    return data  # type: ignore[return-value]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def line_of(entry: object) -> int | str:
    """The line an entry started on, or "?"."""
    return entry.get("__line__", "?") if isinstance(entry, dict) else "?"


def read_yaml(path: Path) -> Any:
    """Parse ``path``; mappings carry their line as ``__line__``. Raises :class:`TemplateFileError`."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateFileError(t("analysis_templates.missing", name=name, path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateFileError(t("analysis_templates.yaml_noline", name=name, problem=exc)) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        # PyYAML's own wording is English and technical; the line number is what helps.
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            line = min(mark.line + 1, max(1, len(text.splitlines())))
            raise TemplateFileError(t("analysis_templates.yaml", name=name, line=line)) from None
        raise TemplateFileError(
            t("analysis_templates.yaml_noline", name=name, problem=t("analysis_templates.yaml_hint"))
        ) from None


def shape_error(path: Path, problem: str) -> TemplateFileError:
    return TemplateFileError(t("analysis_templates.shape", name=path.name, problem=problem))
