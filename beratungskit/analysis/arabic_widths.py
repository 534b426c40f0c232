"""Advance widths of the eLb's words in Arabic script as the map draws them (Noto Sans Arabic, the
face of :data:`beratungskit.render.visdata.SECOND_FACE` for right-to-left), for the room the layout
gives ring names and area titles.

Arabic letters change their width with their place in a word (a letter joined on both sides is
often a third as wide as alone), so no width per letter fits: the layout's old estimate (0.62 em
for every letter) made „شخصي“ (bold) 22 % too narrow and „الدائرة 3: أبعد“ 57 % too wide. Here a
line is the sum of each letter's form — alone, first, middle or last in its joined run — as
measured in Debian chromium's canvas (``measureText``, the face at 1000 px, each form forced by a
zero-width joiner). The letters of :data:`RIGHT_JOINING` never join the letter after them. A
character not listed is not measured here (:func:`arabic_em` returns ``None``).

>>> round(arabic_em("شخصي", bold=True) * 20, 1)   # drawn: 68.2 px (20 px, bold)
68.2
>>> round(arabic_em("الدائرة 3: أبعد") * 18, 1)   # drawn: 93.9 px (a ligature of ل and ا)
94.6
"""

from __future__ import annotations

import unicodedata

__all__ = ["RIGHT_JOINING", "arabic_em"]

#: The digits (as wide in bold).
_DIGITS: dict[str, tuple[float, ...]] = dict.fromkeys("0123456789", (0.572,))
#: Each letter's (alone, first, middle, last) width in em; one value: a character that does not join.
_REGULAR: dict[str, tuple[float, ...]] = {
    **_DIGITS,
    "ء": (0.411, 0.411, 0.411, 0.411),
    "آ": (0.235, 0.235, 0.289, 0.289),
    "أ": (0.235, 0.235, 0.289, 0.289),
    "ؤ": (0.447, 0.447, 0.472, 0.472),
    "إ": (0.238, 0.238, 0.291, 0.291),
    "ئ": (0.760, 0.269, 0.343, 0.736),
    "ا": (0.238, 0.238, 0.291, 0.291),
    "ب": (0.993, 0.269, 0.343, 1.093),
    "ة": (0.405, 0.405, 0.486, 0.486),
    "ت": (0.993, 0.299, 0.373, 1.093),
    "ث": (0.993, 0.299, 0.373, 1.093),
    "ج": (0.639, 0.589, 0.637, 0.649),
    "ح": (0.639, 0.589, 0.637, 0.649),
    "خ": (0.639, 0.589, 0.637, 0.649),
    "د": (0.477, 0.477, 0.532, 0.532),
    "ذ": (0.477, 0.477, 0.532, 0.532),
    "ر": (0.367, 0.367, 0.396, 0.396),
    "ز": (0.367, 0.367, 0.396, 0.396),
    "س": (1.209, 0.784, 0.850, 1.269),
    "ش": (1.209, 0.784, 0.850, 1.269),
    "ص": (1.306, 0.903, 0.949, 1.352),
    "ض": (1.306, 0.903, 0.949, 1.352),
    "ط": (0.788, 0.677, 0.710, 0.831),
    "ظ": (0.788, 0.677, 0.710, 0.831),
    "ع": (0.507, 0.503, 0.521, 0.531),
    "غ": (0.507, 0.503, 0.521, 0.531),
    "ف": (0.983, 0.447, 0.495, 1.098),
    "ق": (0.774, 0.447, 0.495, 0.808),
    "ك": (0.882, 0.412, 0.508, 0.922),
    "ل": (0.695, 0.260, 0.300, 0.730),
    "م": (0.484, 0.525, 0.578, 0.562),
    "ن": (0.685, 0.269, 0.343, 0.730),
    "ه": (0.405, 0.574, 0.507, 0.486),
    "و": (0.447, 0.447, 0.472, 0.472),
    "ى": (0.760, 0.269, 0.343, 0.736),
    "ي": (0.760, 0.299, 0.373, 0.736),
    "ٱ": (0.235, 0.235, 0.289, 0.289),
    "پ": (0.993, 0.299, 0.373, 1.093),
    "چ": (0.659, 0.589, 0.637, 0.719),
    "ژ": (0.367, 0.367, 0.396, 0.396),
    "ک": (0.877, 0.412, 0.508, 0.975),
    "گ": (0.877, 0.412, 0.508, 0.975),
    "ی": (0.760, 0.299, 0.373, 0.736),
    "ۀ": (0.405, 0.405, 0.486, 0.486),
    " ": (0.260,),
    ":": (0.268,),
    ".": (0.268,),
    ",": (0.268,),
    "،": (0.328,),
    "؛": (0.344,),
    "؟": (0.434,),
    "!": (0.269,),
    "-": (0.322,),
    "(": (0.390,),
    ")": (0.390,),
    "ـ": (0.270,),
}
#: The same in bold (the area titles' names).
_BOLD: dict[str, tuple[float, ...]] = {
    "ء": (0.470, 0.470, 0.470, 0.470),
    "آ": (0.271, 0.271, 0.316, 0.316),
    "أ": (0.271, 0.271, 0.316, 0.316),
    "ؤ": (0.498, 0.498, 0.524, 0.524),
    "إ": (0.273, 0.273, 0.318, 0.318),
    "ئ": (0.821, 0.317, 0.384, 0.800),
    "ا": (0.273, 0.273, 0.318, 0.318),
    "ب": (1.024, 0.317, 0.384, 1.142),
    "ة": (0.471, 0.471, 0.556, 0.556),
    "ت": (1.024, 0.359, 0.409, 1.142),
    "ث": (1.024, 0.359, 0.409, 1.142),
    "ج": (0.687, 0.629, 0.654, 0.739),
    "ح": (0.687, 0.629, 0.654, 0.739),
    "خ": (0.687, 0.629, 0.654, 0.739),
    "د": (0.517, 0.517, 0.571, 0.571),
    "ذ": (0.517, 0.517, 0.571, 0.571),
    "ر": (0.409, 0.409, 0.450, 0.450),
    "ز": (0.409, 0.409, 0.450, 0.450),
    "س": (1.370, 0.950, 1.019, 1.439),
    "ش": (1.370, 0.950, 1.019, 1.439),
    "ص": (1.422, 0.974, 1.004, 1.442),
    "ض": (1.422, 0.974, 1.004, 1.442),
    "ط": (0.844, 0.737, 0.762, 0.861),
    "ظ": (0.844, 0.737, 0.762, 0.861),
    "ع": (0.570, 0.557, 0.552, 0.570),
    "غ": (0.570, 0.557, 0.552, 0.570),
    "ف": (1.024, 0.505, 0.529, 1.115),
    "ق": (0.832, 0.505, 0.529, 0.855),
    "ك": (0.931, 0.454, 0.508, 0.974),
    "ل": (0.741, 0.297, 0.344, 0.791),
    "م": (0.548, 0.582, 0.624, 0.661),
    "ن": (0.741, 0.317, 0.384, 0.805),
    "ه": (0.471, 0.641, 0.571, 0.556),
    "و": (0.498, 0.498, 0.524, 0.524),
    "ى": (0.821, 0.317, 0.384, 0.800),
    "ي": (0.821, 0.359, 0.409, 0.800),
    "ٱ": (0.271, 0.271, 0.316, 0.316),
    "پ": (1.024, 0.359, 0.409, 1.142),
    "چ": (0.687, 0.629, 0.654, 0.759),
    "ژ": (0.409, 0.409, 0.450, 0.450),
    "ک": (0.909, 0.454, 0.508, 0.952),
    "گ": (0.909, 0.454, 0.508, 0.952),
    "ی": (0.821, 0.359, 0.409, 0.800),
    "ۀ": (0.471, 0.471, 0.556, 0.556),
    " ": (0.260,),
    **_DIGITS,
    ":": (0.285,),
    ".": (0.285,),
    ",": (0.285,),
    "،": (0.323,),
    "؛": (0.340,),
    "؟": (0.512,),
    "!": (0.286,),
    "-": (0.322,),
    "(": (0.457,),
    ")": (0.457,),
    "ـ": (0.289,),
}
#: Letters that join the letter before them but not the one after.
RIGHT_JOINING = frozenset("آأإاٱدذرزژوؤةۀء")
_NON_JOINER = "\u200c"


def arabic_em(text: str, *, bold: bool = False) -> float | None:
    """The width of ``text`` (a line in Arabic script) in em of the map's Arabic face; ``None`` if
    it holds a character not measured here."""
    table = _BOLD if bold else _REGULAR
    chars = [ch for ch in text if unicodedata.category(ch) != "Mn" and ch != "\u200d"]  # marks: no width
    total = 0.0
    for i, ch in enumerate(chars):
        if ch == _NON_JOINER:
            continue
        forms = table.get(ch)
        if forms is None:
            return None
        if len(forms) == 1:
            total += forms[0]
            continue
        before = i > 0 and _joins_on(chars[i - 1], table)
        after = ch not in RIGHT_JOINING and i + 1 < len(chars) and len(table.get(chars[i + 1], ())) == 4
        total += forms[(2 if before else 1) if after else (3 if before else 0)]
    return total


def _joins_on(ch: str, table: dict[str, tuple[float, ...]]) -> bool:
    """Whether ``ch`` joins the letter after it."""
    return len(table.get(ch, ())) == 4 and ch not in RIGHT_JOINING
