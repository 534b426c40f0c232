"""German word forms from maintained libraries that ship their data inside their package.

* **simplemma** (lemmatisation; MIT, no dependencies, ~0.5 µs per word once loaded): the wording
  guard matches lemmas, so "teamfähigen", "anzutun" and "Jugendlichen" meet the patterns written as
  "teamfähig", "antun" and "Jugendliche" without hand-written inflection lists.
* **HanTa** (Hannover Tagger: morphology and part of speech; LGPL): tells a proper name ("Jana",
  "Okafor") from a common noun ("Trainer"), so a step draft can say "Ich frage Jana, ob …" but
  never "Ich frage Trainer vom Verein, ob …".

Both are loaded on first use (simplemma ~1 s, HanTa ~0.5 s) and their answers cached.
Compared for the guard (issue 11, on ``tests/data/wording_dev.yaml`` and ``wording_corpus.yaml``, with
HanTa's verb stems turned into infinitives): both lemmatisers gave the same findings (development set
precision 0.994 / recall 1.000, corpus 1.000 / 0.993), but HanTa took ~540 µs per word and simplemma
~0.4 µs — a keystroke in a 30-word note would wait 16 ms for HanTa. So the guard uses simplemma, and
HanTa's part-of-speech tags only where nothing else can decide (names in step drafts).

>>> lemma("teamfähigen"), lemma("anzutun"), lemma("Jugendlichen")
('teamfähig', 'antun', 'Jugendliche')
>>> is_proper_name("Okafor"), is_proper_name("Trainer")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["GREEDY", "is_proper_name", "lemma", "lemmas", "pos"]

#: simplemma's greedy mode also lemmatises words it only knows in part ("teamfähigen" → "teamfähig").
GREEDY = True


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """The dictionary form of one German word (the word itself when unknown)."""
    import simplemma

    return str(simplemma.lemmatize(word, lang="de", greedy=GREEDY))


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


#: Verb forms whose lemma simplemma takes from another verb (checked by hand on the guard's verbs):
#: "gehört" is also a form of "gehören", not only of "hören"; "fällt" of "fallen", not only "fällen".
_ALSO: dict[str, tuple[str, ...]] = {
    "gehört": ("gehören",),
    "fällt": ("fallen",),
    "fällst": ("fallen",),
    "gefällt": ("gefallen",),
    "stand": ("stehen",),
    "brach": ("brechen",),
    "gelangt": ("gelangen",),
}


def lemmas(word: str) -> tuple[str, ...]:
    """Every dictionary form the word may have: simplemma's, plus the other verb for the few forms it
    takes from the wrong one.

    >>> lemmas("gehört"), lemmas("Stelle")
    (('hören', 'gehören'), ('Stelle',))
    """
    return (lemma(word), *_ALSO.get(word.lower(), ()))


@lru_cache(maxsize=10_000)
def pos(word: str) -> str:
    """HanTa's part-of-speech tag of one word (STTS: ``NN`` noun, ``NE`` proper name, ``ADJD`` …)."""
    return str(_tagger().analyze(word)[1])


def is_proper_name(word: str) -> bool:
    """Whether ``word`` is a proper name ("Jana", "Herr", no: "Nachbarin", "Fahrrad")."""
    return pos(word) == "NE"
