"""Everything a person sees, in German, from one place — and the eLb's texts in the eLb's language.

Each area keeps its German texts in a module of its own here (``model``, ``store``, ``cli`` …);
German is the source language. ``t(key, **values)`` formats one German text.

The texts the eLb reads (screen or paper, see :data:`ELB_FACING`) are also offered in the languages
of :data:`LANGUAGES`. Their translations live in gettext catalogues made with Babel
(``beratungskit/locale/<lang>/LC_MESSAGES/beratungskit.po``, compiled to ``.mo`` beside it): the
message key is the ``msgctxt``, the German text the ``msgid``, so a translator works in Poedit or
Weblate and sees the German. ``make catalogues`` extracts and updates them. ``tr(lang, key,
**values)`` gives the text in ``lang``; a missing translation falls back to German, so a new German
text never breaks the product (``tests/test_messages_catalogue.py`` reports it). Text that a person
typed is never translated: it only ever comes in as a value.

>>> t("model.resource_missing", id="r9")
'Die Ressource „r9“ gibt es in diesem Fall nicht.'
>>> tr("en", "render_plan.plan.title")
'My plan'
>>> text_direction("fa"), text_direction("uk")
('rtl', 'ltr')
"""

from __future__ import annotations

import functools
import gettext
import pkgutil
from importlib import import_module
from pathlib import Path

__all__ = [
    "CATALOGUE",
    "ELB_FACING",
    "ENDONYMS",
    "LANGUAGES",
    "RTL_LANGUAGES",
    "SOURCE_LANGUAGE",
    "has_translation",
    "is_elb_facing",
    "t",
    "text_direction",
    "tr",
    "tr_text",
]

#: German: the source and the binding language of the plan.
SOURCE_LANGUAGE = "de"
#: The languages an eLb can choose (ISO 639-1), German first. Keep in step with ``model.Language``.
LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "tr", "uk", "ru", "fa")
#: Each language's own name (the same in every language, so not in the catalogues).
ENDONYMS: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "tr": "Türkçe",
    "uk": "Українська",
    "ru": "Русский",
    "fa": "فارسی",
}
#: Written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa"})
#: gettext domain and where the catalogues lie (inside the package: the same in a checkout and a wheel).
DOMAIN = "beratungskit"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

#: The texts the eLb reads, on the joint screen or on paper: area → key prefixes ("" = every key of
#: the area). These are translated into every language of LANGUAGES. Everything else — the command
#: line, error messages about files, the IFK's own hints, the case conference and the team report —
#: stays German: those are read by the counsellors, not by the eLb.
ELB_FACING: dict[str, tuple[str, ...]] = {
    "analysis_changes": ("",),
    "analysis_documented": ("",),
    # what a resource is, after its name in the map as a list („Person: Schwester“), and its lines
    # („hilft Fahrrad (starke Verbindung)“)
    "analysis_outline": ("person", "link."),
    # the scaling questions are put to the eLb on the shared screen (issue 11 trial: German only before)
    "analysis_scaling": ("",),
    "analysis_plan": ("draft_unfinished", "no_drafts", "draft_hint", "ifk_question", "hint_", "share"),
    "model": (
        "Category.",
        "Origin.",
        "NamedBy.",
        "Strength.",
        "Direction.",
        "Owner.",
        "StepStatus.",
        "GoalStatus.",
        "ReferralTopic.",
        "Language.",
    ),
    "render_map": ("",),
    "render_plan": ("plan.", "fest."),
    "ui_conference": ("history_",),
    "ui_goals": ("",),
    # the map as a list (issue 11 trial: its buttons stood in German only beside the Turkish map)
    "ui_access": ("",),
    # the map's own buttons (fold the form, map large, the whole map, the legend): the eLb sees them
    # beside the map's words in their language (issue 11: they stood in German only)
    "ui_map": (
        *("aria_label", "legend_title", "legend_show", "legend_hide", "empty", "whole_map"),
        *("big", "big_exit", "fold_form", "unfold_form", "fold_goals", "unfold_goals", "focus_hint"),
        # the buttons' hints, and what the status line says after a resource was moved on the map
        # („„Fahrrad“ ist jetzt ganz nah“ stood in German only, trial of session 14)
        *("fit_hint", "big_hint", "big_exit_hint", "legend_help_hint", "moved_", "ask_", "cannot_"),
    ),
    "ui_session": ("",),
}
#: Keys under an eLb-facing prefix that are nonetheless only for the IFK (file and save problems,
#: the case picker before a case — and so its language — is chosen).
ELB_EXCLUDED: tuple[str, ...] = (
    "ui_session.picker_",
    "ui_session.save_failed",
    "ui_session.partners_problem",
    "ui_session.map_missing",
    "ui_session.hint_missing",
    "ui_goals.plan_files",
    "ui_goals.plan_pdf_missing",
    "ui_goals.plan_failed",
    "ui_goals.referral_directory_problem",
    "ui_goals.scale_questions_label",  # asks the IFK which question to put
    "analysis_scaling.out_of_range",  # a program error, not a question
)


def is_elb_facing(key: str) -> bool:
    """Whether the eLb reads the text ``key`` (so it must be translated).

    >>> is_elb_facing("render_plan.plan.will"), is_elb_facing("cli.help_pdf")
    (True, False)
    """
    area, _, rest = key.partition(".")
    prefixes = ELB_FACING.get(area, ())
    if not any(rest.startswith(p) for p in prefixes):
        return False
    return not key.startswith(ELB_EXCLUDED)


def _load() -> dict[str, str]:
    # One module per area (model, store, cli, ui_map …); its name is the key prefix. Modules whose
    # name starts with "_" hold the catalogue machinery, not texts.
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        area = info.name
        if area.startswith("_"):
            continue
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


@functools.cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True)


def tr_text(lang: str, context: str, german: str) -> str:
    """The translation of the German ``german`` (message context ``context``), else the German.

    For texts that are not in a message module, such as an office's question cards.
    """
    if lang == SOURCE_LANGUAGE:
        return german
    return _translations(lang).pgettext(context, german)


def has_translation(lang: str, key: str) -> bool:
    """Whether ``key`` has a translation into ``lang`` matching today's German text."""
    if lang == SOURCE_LANGUAGE:
        return True
    marker = object()
    catalog = getattr(_translations(lang), "_catalog", {})
    return catalog.get(f"{key}\x04{CATALOGUE[key]}", marker) is not marker


def tr(lang: str, key: str, /, **values: object) -> str:
    """The text ``key`` in the language ``lang``, formatted with ``values`` (German as fallback).

    The German text is the ``msgid``: when a German text changes, its old translation no longer
    matches and the German is shown until the translation is brought up to date.
    """
    return tr_text(lang, key, CATALOGUE[key]).format(**values)


def text_direction(lang: str) -> str:
    """``"rtl"`` for Arabic and Persian, else ``"ltr"`` (for ``dir=`` in HTML)."""
    return "rtl" if lang in RTL_LANGUAGES else "ltr"
