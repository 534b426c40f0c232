"""Errors of the case model, in German, naming the field a person has to fix."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from beratungskit.messages import CATALOGUE, t
from beratungskit.model.text import TEXT_PATTERN, text_problem, visible

__all__ = ["CaseError", "field_path", "german_errors", "visible"]


class CaseError(ValueError):
    """A rule of the case was broken. ``str(error)`` is a German sentence a person can act on."""


_TYPE_NAMES = {
    "string": "string",
    "str": "string",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "list": "list",
    "tuple": "list",  # a case's lists are tuples in the model; in the file they are lists
    "dict": "dict",
    "model": "dict",
    "date": "date",
    "datetime": "datetime",
}


def _field_name(loc: tuple[int | str, ...]) -> str:
    names = [p for p in loc if isinstance(p, str)]
    if not names:
        return ""
    key = f"model.field.{names[-1]}"
    return t(key) if key in CATALOGUE else ""


def field_path(loc: tuple[int | str, ...]) -> str:
    """``('resources', 2, 'label')`` → ``resources[2].label`` (the way the JSON file reads)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return visible(out, limit=80)  # a field name in a file may hold anything


def _shorten(value: Any) -> str:
    return visible(value, limit=60)


def _message(error: Any) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = _shorten(error.get("input"))
    if kind == "missing":
        return t("model.err.missing")
    if kind in {"string_too_long", "too_long"}:
        return t("model.err.too_long", max=ctx.get("max_length", "?"))
    if kind in {"string_too_short", "too_short"}:
        if ctx.get("min_length") == 1:
            return t("model.empty_text")
        return t("model.err.too_short", min=ctx.get("min_length", "?"))
    if kind == "enum":
        return t("model.err.enum", value=value, expected=_german_or(ctx.get("expected", "")))
    if kind == "literal_error":
        return t("model.err.literal", value=value, expected=_german_or(ctx.get("expected", "")))
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return t("model.err.range", value=value, bounds=_bounds(ctx))
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == TEXT_PATTERN and isinstance(error.get("input"), str):
            return text_problem(error["input"]) or t("model.err.pattern", value=value)
        return t("model.err.pattern", value=value)
    if kind == "string_unicode":
        raw = str(error.get("input"))
        pos = next((i for i, ch in enumerate(raw) if "\ud800" <= ch <= "\udfff"), 0)
        return t("model.err.unicode", char=visible(raw[pos : pos + 1]), pos=pos + 1)
    if kind == "finite_number":
        return t("model.err.finite", value=value)
    if kind == "extra_forbidden":
        return t("model.err.extra")
    if kind == "value_error":
        return visible(ctx.get("error", error.get("msg", "")))
    if kind == "json_invalid":
        return t("model.err.json")
    if kind == "int_from_float":
        return t("model.err.whole_number", value=value)
    if kind == "int_parsing_size":
        return t("model.err.number_too_big")
    for suffix in ("_type", "_parsing"):
        if kind.endswith(suffix):
            base = kind.removesuffix(suffix).split("_")[0]
            if base in _TYPE_NAMES:
                return t("model.err.type", value=value, expected=t(f"model.type.{_TYPE_NAMES[base]}"))
    # Whatever else pydantic may report: German, never its English wording (found by the property
    # test of issue 9: "Input should be a valid integer, got a number with a fractional part").
    return t("model.err.invalid", value=value)


def _german_or(expected: object) -> str:
    return str(expected).replace(" or ", " oder ")


def _bounds(ctx: dict[str, Any]) -> str:
    names = {"ge": "mindestens", "le": "höchstens", "gt": "größer als", "lt": "kleiner als"}
    return ", ".join(f"{names.get(k, k)} {v}" for k, v in ctx.items())


def german_errors(exc: ValidationError, *, for_people: bool = False) -> list[str]:
    """Every error of a pydantic validation as ``feld: Meldung`` in German.

    ``for_people=True`` names the field the way the forms do ("Bezeichnung: Zu lang …") instead of
    its place in the file (``resources[2].label``), for messages shown in the app.
    """
    out = []
    for error in exc.errors():
        loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        path = _field_name(loc) if for_people else field_path(loc)
        message = _message(error)
        out.append(f"{path}: {message}" if path else message)
    return out
