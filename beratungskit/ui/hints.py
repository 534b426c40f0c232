"""A calm hint under a free-text field, from the wording guard, while the person types.

A hint never blocks saving: the eLb's words are theirs. The hint only invites the IFK to look again
(e.g. at deficit or profiling language).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Sequence

import ipywidgets as widgets
from traitlets import HasTraits

from beratungskit.messages import t

__all__ = ["PAUSE", "hint_for", "hint_html", "settled", "warm_up", "wording_hint"]

#: Seconds without a keystroke after which the sentence being typed is read too (see
#: :func:`wording_hint`): longer than the gap between two letters of a slow, searching typist's word,
#: short enough that a text without a full stop gets its hint while the person still looks at it.
PAUSE = 1.2

#: Closing quotes and brackets that belong to the sentence before them („… arbeiten.“).
_CLOSING = frozenset("\"“”»«'’)]")

# A soft note that belongs to the field above it: pale background and a thin side line, so it is seen
# without looking like an error; the suggestion is quieter than the hint itself (colour, not size: it
# is read from arm's length too), and the crisis line — the one line that must not be overlooked — is
# bold. Static, no user text.
_BOX = (
    "background:#fff8e5;border-left:4px solid #e0b44a;border-radius:6px;"
    "padding:5px 10px;margin:2px 0 6px 0;color:#4d3a00;line-height:1.35"
)
_MORE = "font-size:17px;color:#5e5545;margin-top:3px"
_LINE = "font-size:17px;color:#3d2e00;margin-top:3px;font-weight:600"


def hint_for(text: str, writer: str = "ifk") -> str:
    """The wording guard's hint for ``text`` ("" when all is fine or the guard is not available).

    ``writer="elb"`` for the eLb's own words: no deficit, typing, profiling or judging hints; a crisis
    topic gets its gentle question and offer of help whoever wrote it — and, in the eLb's own words,
    the crisis line addressed to the eLb (translated on the page like every eLb text), its numbers
    once: the IFK's own line then keeps only how to ask and the emergency number.

    >>> elb = hint_for("Ich will mir etwas antun.", writer="elb")
    >>> elb.count("0800 111 0 111"), "Sprechen Sie es direkt und ruhig an; im Notfall 112." in elb
    (1, True)

    >>> hint_for("")
    ''
    """
    if not text.strip():
        return ""
    try:
        from beratungskit.analysis.wording import check_text, format_hint, offers_crisis_line
    except ImportError:  # the guard is optional for the session; without it there is simply no hint
        return ""
    findings = check_text(text, writer=writer)
    hint = format_hint(findings) if findings else ""
    if writer == "elb" and any(offers_crisis_line(f) for f in findings):
        # the crisis line speaks to the IFK; under the eLb's own words it is said to the eLb, in words
        # the page shows in the eLb's language too (the same line as „Hilfe in einer Krise“), and the
        # numbers stand there once: the IFK's line keeps only what the IFK needs (112 and how to ask)
        lines = hint.split("\n")
        ifk_line = t("analysis_wording.crisis.line")
        lines = [t("analysis_wording.crisis.line_beside_elb") if line == ifk_line else line for line in lines]
        hint = "\n".join([*lines, t("ui_session.crisis_help_self_harm")])
    return hint


_warming: threading.Thread | None = None


def warm_up() -> threading.Thread:
    """Load the wording guard (its word lists and morphology) in the background, once per process.

    Its first check takes seconds; without this it ran at the first letter typed into a field, the
    kernel was busy, and ipywidgets held back the rest of the typing while a button's click went
    ahead (custom messages are not throttled): a quick "type, Tab, Enter" saved only the first
    letter. Now the kernel is free again long before anybody types.
    """
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=hint_for, args=("Ich kann gut zuhören.",), daemon=True)
        _warming.start()
    return _warming


def settled(text: str) -> str:
    """``text`` up to the end of its last finished sentence: what the hint reads while a person types.

    Letter by letter an everyday sentence passes through fragments the guard misreads: „Ich will
    wieder i“ is on its way to „in einer Werkstatt“, and the guard's model read it as a thought of
    self-harm, so the crisis line flashed up under an everyday wish; „Ich habe die Tabletten“ is on its
    way to „vom Zahnarzt genommen“. The model reads whole sentences, so the hint waits for one, ended
    where the guard ends it (:func:`beratungskit.analysis.wording.sentence_ends`: not at „Kd.“ or
    „2.5“) and followed by a space or the end of the text, or by a new line; the rest is read after a
    pause (:data:`PAUSE`, see :func:`wording_hint`).

    >>> settled("Ich will wieder i")
    ''
    >>> settled("Kd. ist unmotiviert. Kommt aber")
    'Kd. ist unmotiviert.'
    >>> settled("Ich will wieder in einer Werkstatt arbeiten.")
    'Ich will wieder in einer Werkstatt arbeiten.'
    >>> settled("Kosten 2.5 Std")
    ''
    >>> settled("Kd. ist")
    ''
    >>> settled("„Ich will.“ Sie")
    '„Ich will.“'
    """
    try:
        from beratungskit.analysis.wording import sentence_ends
    except ImportError:  # without the guard there is no hint to read for
        return text
    end = text.rfind("\n") + 1  # a new line finishes what stands before it
    for mark in sentence_ends(text):  # the sentences as the guard's model reads them
        after = mark + 1
        while after < len(text) and text[after] in _CLOSING:
            after += 1
        if after == len(text) or text[after].isspace():  # not a full stop typed inside a word
            end = max(end, after)
    return text[:end]


def hint_html(hint: str) -> str:
    """``hint`` (plain text from :func:`hint_for`) as HTML for the field; every part is escaped.

    >>> "&lt;b&gt;" in hint_html("„<b>“ – Sie entscheiden.")
    True
    >>> hint_html("")
    ''
    """
    if not hint:
        return ""
    head, *more = hint.split("\n")
    crisis_lines = {
        t("analysis_wording.crisis.line"),
        t("analysis_wording.crisis.line_beside_elb"),
        t("ui_session.crisis_help_self_harm"),
    }
    parts = f"<div>{html.escape(head)}</div>"
    for line in more:
        style = _LINE if line in crisis_lines else _MORE
        parts += f'<div style="{style}">{html.escape(line)}</div>'
    return f'<div style="{_BOX}">{parts}</div>'


def wording_hint(
    field: widgets.Text | widgets.Textarea,
    writer: str | Callable[[], str] = "ifk",
    follow: Sequence[HasTraits] = (),
) -> widgets.HTML:
    """An HTML line that follows ``field`` as it is typed; its text is escaped, never raw HTML.

    ``writer`` says who writes in the field (``"elb"`` for the eLb's own words), or is a function that
    says it now (a resource note belongs to whoever named the resource); the hint is renewed when a
    ``value`` in ``follow`` changes (the "who named it" buttons, or a plain traitlets object).
    """
    field.continuous_update = True
    out = widgets.HTML(value="")
    out.add_class("bk-hint")
    lock = threading.Lock()
    typed = [0]  # how many changes so far: a pause's check shows only if nothing was typed since
    waiting: list[threading.Timer] = []

    def show(change: int, hint: str) -> None:
        with lock:
            if change == typed[0]:
                out.value = hint_html(hint)

    def update(_change: object = None) -> None:
        # While a sentence is typed, the hint reads the sentences before it (see settled); after
        # PAUSE seconds without a keystroke the whole text is read, so a note without a full stop
        # („nicht mehr leben wollen“) still gets its hint.
        who = writer() if callable(writer) else writer
        text = field.value or ""
        with lock:
            typed[0] += 1
            change = typed[0]
            for timer in waiting:
                timer.cancel()
            waiting.clear()
        now = settled(text)
        show(change, hint_for(now, who))
        if now != text:
            timer = threading.Timer(PAUSE, lambda: show(change, hint_for(text, who)))
            timer.daemon = True
            with lock:
                waiting.append(timer)
            timer.start()

    field.observe(update, names="value")
    for widget in follow:
        widget.observe(update, names="value")
    update()
    return out
