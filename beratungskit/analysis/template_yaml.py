"""Reading a YAML file from ``templates/`` safely, with a German error that names the file and line.

Offices edit these files by hand; a typo must lead to one sentence they can act on, not a traceback —
and no file, however odd, may make the program hang or run out of memory. So every template file is
read like a case file (:func:`beratungskit.store.reading.read_regular_file`: only a regular file of at
most :data:`MAX_TEMPLATE_BYTES`, never waiting on a pipe) and parsed by a safe loader that

* builds plain data only (PyYAML's ``SafeLoader``: no Python objects),
* refuses anchors and aliases (``&a`` / ``*a``): nothing in a template needs them, and nested aliases
  are the "billion laughs" bomb that expands a few lines into more data than fits in memory,
* refuses nesting deeper than :data:`MAX_YAML_DEPTH` (PyYAML builds nested data recursively),
* refuses a key said twice in one mapping (PyYAML would keep the second and drop the first).

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "partners.yaml"
>>> _ = bad.write_text("partner:\\n  - name: [offen\\n", encoding="utf-8")
>>> try:
...     read_yaml(bad)
... except TemplateFileError as exc:
...     print(str(exc)[:46])
Die Datei „partners.yaml“ ist nicht lesbar (Ze
>>> _ = bad.write_text("a: &x [1, 2]\\nb: *x\\n", encoding="utf-8")
>>> try:
...     read_yaml(bad)
... except TemplateFileError as exc:
...     print(exc)
Die Datei „partners.yaml“ verwendet in Zeile 1 einen Anker oder Verweis (& oder *). Das ist in Vorlagen nicht erlaubt; bitte den Eintrag ausschreiben.
>>> _ = bad.write_text("- kind: deficit\\n  unless: [a]\\n  terms: [b]\\n  unless: [c]\\n", encoding="utf-8")
>>> try:
...     read_yaml(bad)
... except TemplateFileError as exc:
...     print(exc)
Die Datei „partners.yaml“ nennt „unless“ in Zeile 4 ein zweites Mal im selben Eintrag. Sonst gälte nur die zweite Angabe und die erste ginge stillschweigend verloren; bitte beide zu einer zusammenführen.
"""  # noqa: E501

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from beratungskit.messages import t
from beratungskit.model import visible
from beratungskit.store.reading import UnreadableFileError, read_regular_file

__all__ = ["MAX_TEMPLATE_BYTES", "MAX_YAML_DEPTH", "TemplateFileError", "line_of", "read_yaml"]

#: Largest template file read. The shipped ones have a few KB; a city's partner directory some 100 KB.
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
#: Deepest nesting of lists and mappings accepted (the templates need 4).
MAX_YAML_DEPTH = 20


class TemplateFileError(ValueError):
    """A template file cannot be used; ``str(error)`` names the file (and line) in German."""


class _Refused(yaml.YAMLError):
    """Something the safe loader does not build: ``key`` is the catalogue text, ``line`` 1-based,
    ``name`` the mapping key concerned (if any)."""

    def __init__(self, key: str, mark: Any, name: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.line = mark.line + 1 if mark is not None else "?"
        self.name = name


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader without anchors and aliases, and with a nesting limit."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused("analysis_templates.yaml_alias", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise _Refused("analysis_templates.yaml_deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        """PyYAML keeps the last of two equal keys in one mapping and drops the first without a word;
        a hand-edited template loses a whole list that way (thirty-ninth round: a second ``unless:``
        in one group of ``wording_guard.yaml`` had silently replaced the first since the
        thirty-third round). So a key said twice is refused, with its line."""
        seen: set[Any] = set()
        for key_node, _ in node.value if isinstance(node, yaml.MappingNode) else []:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise _Refused("analysis_templates.yaml_twice", key_node.start_mark, key_node.value)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


class _LineLoader(_SafeLoader):
    """The safe loader that also remembers the line of every mapping (``__line__``) for messages."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    data = loader.construct_mapping(node, deep=True)
    data["__line__"] = node.start_mark.line + 1
    return data


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def line_of(entry: object) -> int | str:
    """The line an entry started on, or "?"."""
    return entry.get("__line__", "?") if isinstance(entry, dict) else "?"


def read_yaml(path: Path, *, lines: bool = True) -> Any:
    """Parse ``path`` safely (see the module docstring); raises :class:`TemplateFileError`.

    With ``lines`` (the default) every mapping carries its line as ``__line__``.
    """
    name = visible(path.name)
    try:
        raw = read_regular_file(path, max_bytes=MAX_TEMPLATE_BYTES)[0]
    except UnreadableFileError as exc:
        if not os.path.lexists(path):
            raise TemplateFileError(t("analysis_templates.missing", name=name, path=visible(path))) from None
        raise TemplateFileError(t("analysis_templates.unreadable", name=name, reason=exc.reason)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = t("store.reason_not_utf8", pos=exc.start)
        raise TemplateFileError(t("analysis_templates.unreadable", name=name, reason=reason)) from None
    try:
        return yaml.load(text, Loader=_LineLoader if lines else _SafeLoader)
    except _Refused as exc:
        raise TemplateFileError(
            t(exc.key, name=name, line=exc.line, limit=MAX_YAML_DEPTH, key=visible(exc.name[:60]))
        ) from None
    except yaml.reader.ReaderError as exc:
        # a character YAML does not allow (a NUL, a control character)
        position = exc.position + 1
        raise TemplateFileError(t("analysis_templates.yaml_char", name=name, pos=position)) from None
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
    return TemplateFileError(t("analysis_templates.shape", name=visible(path.name), problem=problem))
