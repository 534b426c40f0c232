"""The guard's fast lookups give the answers of the plain ones (thirty-fourth round, speed).

A word form is looked up in tables of the pattern words by its beginnings and ends instead of asking
every pattern word in turn, and the phrases of a kind are searched one by one instead of as one long
alternation. Both must find exactly what the plain way finds: the shipped lists are checked on the
sentences of two labelled sets, and a small guard on the corner cases (a surface form „~“, a word
inside a word, an ending, a bare „*“, phrases that start at one place or inside each other).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from beratungskit.analysis.wording import _TOKEN, Guard, _Alternation, _forms, fold, load_guard

DATA = Path(__file__).resolve().parent / "data"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _sentences() -> list[str]:
    texts = []
    for path in (DATA / "wording_dev.yaml", BENCH / "wording_probe26.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = data if isinstance(data, list) else [e for v in data.values() for e in v]
        texts += [str(e["text"]) for e in entries if isinstance(e, dict) and "text" in e]
    return texts


SENTENCES = _sentences()


def _fits(alternatives: tuple[tuple[str, str], ...], forms: tuple[str, ...]) -> bool:
    """The plain rule, asked of one pattern word: whole word „=“, beginning „wort*“, end „*wort“,
    inside „*wort*“; „~wort“ the surface form (the first) only, else any form (surface, lemmas)."""
    for mode, text in alternatives:
        candidates = forms[:1] if text.startswith("~") else forms
        text = text.removeprefix("~")
        for form in candidates:
            if (
                (mode == "=" and form == text)
                or (mode == "prefix" and form.startswith(text))
                or (mode == "suffix" and form.endswith(text))
                or (mode == "infix" and text in form)
            ):
                return True
    return False


def _plain_words(guard: Guard, forms: tuple[str, ...]) -> frozenset[int]:
    return frozenset(spec.index for spec in guard._words_of.specs if _fits(spec.alternatives, forms))


def _plain_phrases(finder: _Alternation, text: str) -> list[tuple[tuple[int, int], int]]:
    """What the one regex ``(?P<p1>…)|(?P<p2>…)|…`` finds: the guard's way before the round."""
    one = re.compile("|".join(f"(?P<p{term}>{regex.pattern})" for term, regex in finder._phrases))
    return [(m.span(), int(str(m.lastgroup)[1:])) for m in one.finditer(text)]


def test_the_sets_hold_enough_sentences_to_tell() -> None:
    assert len(SENTENCES) > 1000


def test_every_word_form_of_the_labelled_sentences_fits_the_same_pattern_words() -> None:
    guard = load_guard()
    forms = {_forms(m.group()) for text in SENTENCES for m in _TOKEN.finditer(text)}
    # the words typed letter by letter pass through their beginnings: those forms too
    forms |= {
        _forms(m.group()[:n]) for text in SENTENCES[:300] for m in _TOKEN.finditer(text) for n in (2, 4)
    }
    differing = [f for f in forms if guard._words_of._lookup(f) != _plain_words(guard, f)]
    assert len(forms) > 4000 and not differing, differing[:5]
    assert sum(1 for f in forms if guard._words_of.of(f)) > 500  # the lookups do find pattern words


def test_the_phrases_of_every_kind_are_found_as_the_one_long_regex_found_them() -> None:
    guard = load_guard()
    folded = [fold(text)[0] for text in SENTENCES[:150] + SENTENCES[-350:]]
    found = 0
    for finder in guard._phrase_finders:
        for text in folded:
            fast = [(m.span(), term) for m, term in finder.finditer(text)]
            assert fast == _plain_phrases(finder, text), text
            found += len(fast)
    assert found > 50


def _tiny() -> Guard:
    return Guard(
        {
            "groups": [
                {"kind": "judging", "terms": ["seq: ~wäre … schade", "seq: *haft* … lang", "seq: * egal"]},
                {"kind": "deficit", "terms": ["seq: kann nicht … rechnen*", "seq: *los faul"]},
                {"kind": "crisis", "terms": ["re:nicht\\s+mehr", "re:nicht", "re:mehr\\s+leben", "re:ab+"]},
            ]
        }
    )


@pytest.mark.parametrize(
    "word",
    [
        "wäre",
        "Wäre",
        "sein",
        "wären",
        "haftbar",
        "Untersuchungshaft",
        "Haft",
        "arbeitslos",
        "los",
        "rechnen",
        "Rechnung",
        "rechnet",
        "egal",
        "x",
        "kann",
        "Kann",
        "nicht",
        "schadet",
    ],
)
def test_corner_cases_of_pattern_words_fit_as_before(word: str) -> None:
    guard = _tiny()
    forms = _forms(word)
    assert guard._words_of._lookup(forms) == _plain_words(guard, forms)


def test_a_bare_star_fits_every_word_and_a_surface_form_only_itself() -> None:
    guard = _tiny()
    star = {spec.index for spec in guard._words_of.specs if ("suffix", "") in spec.alternatives}
    wäre = {spec.index for spec in guard._words_of.specs if ("=", "~waere") in spec.alternatives}
    assert star and star <= guard._words_of.of(_forms("irgendwas"))
    assert wäre <= guard._words_of.of(_forms("wäre"))
    assert not wäre & guard._words_of.of(_forms("sein"))  # „~wäre“: not its lemma


@pytest.mark.parametrize(
    "text",
    ["ich will nicht mehr leben", "nicht mehr", "abbbab nicht", "mehr leben nicht mehr leben", "", "ab"],
)
def test_phrases_starting_at_one_place_or_inside_each_other_are_found_as_before(text: str) -> None:
    (finder,) = _tiny()._phrase_finders
    assert [(m.span(), term) for m, term in finder.finditer(text)] == _plain_phrases(finder, text)


def test_the_first_listed_phrase_wins_where_two_start_together() -> None:
    (finder,) = _tiny()._phrase_finders
    terms = [term for _m, term in finder.finditer("nicht mehr leben")]
    guard = _tiny()
    assert [guard.terms[t].source for t in terms] == ["re:nicht\\s+mehr"]
