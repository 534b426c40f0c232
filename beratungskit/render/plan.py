"""The eLb's one-page Kooperationsplan and "Was über mich festgehalten ist", as print-ready HTML.

Both are pure functions returning a string (plus thin writers): Jinja2 templates from
``templates/html/`` with autoescaping, large type, print CSS for A4, no JavaScript and nothing loaded
from outside — the map is an inline SVG from :mod:`beratungskit.render.svgmap`, printed on an A4
landscape page after the plan (the same sheet as ``export --as karte``).

- :func:`plan_html` — what the eLb takes home: will, goals with their confidence scale, own next
  steps, what helps, what the Jobcenter does, the SGB II frame in one sentence, date and next review.
- :func:`festgehalten_html` — every stored item of the case in plain sentences, and the log
  (concept paper: "Sagen Sie den eLb, was Sie dokumentieren"); the sentences come from
  :func:`beratungskit.analysis.documented.documented`, the same as the tab "Was wir festhalten".
- :func:`html_to_pdf` — prints an HTML file with Debian's chromium (headless).

>>> from beratungskit.demo import demo_case
>>> html = festgehalten_html(demo_case())
>>> "Was über mich festgehalten ist" in html and "<script" not in html
True
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from beratungskit.analysis.documented import Sentence, display_name
from beratungskit.analysis.scaling import answer_frame
from beratungskit.messages import t
from beratungskit.model import (
    ORIGIN_ORDER,
    Case,
    Goal,
    Owner,
    Resource,
    Step,
    StepStatus,
)
from beratungskit.render.bilingual import Part, line_translation_html, translation_html
from beratungskit.render.ecomap import karte_sheet
from beratungskit.render.templating import render
from beratungskit.store.private import make_private, private_dir, write_private

__all__ = [
    "PdfError",
    "festgehalten_html",
    "html_to_pdf",
    "plan_html",
    "review_date",
    "write_festgehalten",
    "write_plan",
]

PLAN_TEMPLATE = "plan.html.j2"
FESTGEHALTEN_TEMPLATE = "festgehalten.html.j2"
# all in templates/html/; an office may override single files there


class PdfError(RuntimeError):
    """The PDF could not be made; ``str(error)`` is a German sentence saying what to do."""


# --- small formatters ------------------------------------------------------------------------------


def _date(value: date | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y}"


def _datetime(value: datetime) -> str:
    return f"{value:%d.%m.%Y %H:%M}"


def review_date(case: Case, today: date | None = None) -> date:
    """The review date: the one chosen together, else the latest the law sets (six months after the
    plan was made; a plan not made yet counts from ``today``). See :meth:`Case.review_due`.

    >>> from beratungskit.demo import bare_case
    >>> review_date(bare_case(), date(2026, 8, 31))
    datetime.date(2027, 2, 28)
    """
    return case.review_due(today or date.today())


_person_name = display_name


def _ordered(resources: Iterable[Resource]) -> list[Resource]:
    from beratungskit.analysis.drafts import order_resources  # analysis sits below render

    return order_resources(list(resources))


# --- the Jinja environment -------------------------------------------------------------------------


# --- the plan ----------------------------------------------------------------------------------------

_OWNER_RANK = {Owner.ELB: 0, Owner.UMFELD: 1, Owner.NETZWERKPARTNER: 2, Owner.IFK: 3}


def _owner_part(step: Step) -> Part:
    """Who does the step: a catalogue text, or the helper's name as typed."""
    if step.owner is Owner.ELB:
        return ("render_plan.plan.me", {})
    if step.owner is Owner.IFK:
        return ("render_plan.plan.jobcenter_owner", {})
    if step.helper:
        return (None, {"text": step.helper})
    return (
        "render_plan.plan.partner" if step.owner is Owner.NETZWERKPARTNER else "render_plan.plan.circle",
        {},
    )


def _german(part: Part) -> str:
    key, values = part
    return str(values["text"]) if key is None else t(key, **values)


def _step_view(step: Step, goal_numbers: dict[str, int], many_goals: bool, lang: str) -> dict[str, Any]:
    due: Part | None = ("render_plan.plan.due_date", {"date": _date(step.due)}) if step.due else None
    status: Part | None = None
    if step.status in (StepStatus.BEGONNEN, StepStatus.ERLEDIGT):
        status = (f"render_plan.plan.status.{step.status.value}", {})
    goal: Part | None = (
        ("render_plan.plan.for_goal", {"n": goal_numbers[step.goal_id]}) if many_goals else None
    )
    who = _owner_part(step)
    # the line under the step in the eLb's language too: „Wer: Ich · bis … · angefangen“ is four texts
    own = [who, due, status, goal] if step.owner is not Owner.IFK else [due, status, goal]
    parts = [part for part in own if part is not None]
    label = "render_plan.plan.who" if step.owner is not Owner.IFK else None
    return {
        "text": step.text,
        "who": _german(who),
        "due": _german(due) if due else "",
        "status": _german(status) if status else "",
        "done": step.status is StepStatus.ERLEDIGT,
        "goal": _german(goal) if goal else "",
        "meta_tr": line_translation_html(parts, lang, label=label),
    }


def _step_order(step: Step, index: int) -> tuple[int, int, date, int]:
    done = 1 if step.status is StepStatus.ERLEDIGT else 0
    return (_OWNER_RANK[step.owner], done, step.due or date.max, index)


def _answer_key(question: str | None) -> str:
    frame = answer_frame(question)
    return (
        "render_plan.plan.confidence_next"
        if frame == "next"
        else f"render_plan.plan.confidence_answer.{frame}"
    )


def _answer_line(question: str | None, text: str) -> str:
    """ "Das hilft mir schon: …" — the eLb's answer, framed by the scaling question it answers.

    >>> _answer_line("Warum 3 und nicht 1?", "Ich habe schon für viele gekocht.")
    'Das hilft mir schon: Ich habe schon für viele gekocht.'
    >>> _answer_line(None, "Ein Kita-Platz.")
    'Das würde mir noch helfen: Ein Kita-Platz.'
    """
    return t(_answer_key(question), text=text)


def _goal_view(goal: Goal, n: int, lang: str) -> dict[str, Any]:
    return {
        "n": n,
        "label": t("render_plan.plan.goal_number", n=n),
        "label_tr": translation_html("render_plan.plan.goal_number", lang, n=n),
        "text": goal.text,
        "confidence": goal.confidence,
        "confidence_text": (
            t("render_plan.plan.confidence", n=goal.confidence) if goal.confidence is not None else ""
        ),
        "confidence_next": goal.confidence_next or "",
        # the answer framed by the question asked: "Warum 4 und nicht 2?" is answered with what is
        # already there, not with what "would still help"
        "confidence_answer": (
            _answer_line(goal.confidence_question, goal.confidence_next) if goal.confidence_next else ""
        ),
        # the frame in the eLb's language, the answer itself („…“) once, above it as typed
        "confidence_answer_tr": (
            translation_html(_answer_key(goal.confidence_question), lang, text="…")
            if goal.confidence_next
            else ""
        ),
        "reached": goal.status.value == "erreicht",
    }


def _plan_context(case: Case, today: date, lang: str) -> dict[str, Any]:
    goal_numbers = {g.id: n for n, g in enumerate(case.goals, start=1)}
    many_goals = len(case.goals) > 1
    active = [(i, s) for i, s in enumerate(case.steps) if s.status is not StepStatus.VERWORFEN]
    active.sort(key=lambda pair: _step_order(pair[1], pair[0]))
    own_steps = [
        _step_view(s, goal_numbers, many_goals, lang) for _i, s in active if s.owner is not Owner.IFK
    ]
    ifk_steps = [_step_view(s, goal_numbers, many_goals, lang) for _i, s in active if s.owner is Owner.IFK]

    used_ids: set[str] = set()
    for goal in case.goals:
        used_ids.update(goal.resource_ids)
    for _i, step in active:
        used_ids.update(step.resource_ids)
    used = _ordered(r for r in case.resources if r.id in used_ids)
    helps = []
    for origin in (*ORIGIN_ORDER, None):
        names = [_person_name(r) for r in used if r.origin is origin]
        if names:
            key = origin.value if origin is not None else "open"
            group = f"render_plan.plan.group.{key}"
            helps.append({"group": t(group), "group_tr": translation_html(group, lang), "items": names})

    return {
        "alias": case.alias,
        "today": _date(today),
        "review": _date(review_date(case, today)),
        "review_by_law": case.next_review is None,
        "wills": [w.text for w in case.wills],
        "goals": [_goal_view(g, goal_numbers[g.id], lang) for g in case.goals],
        "own_steps": own_steps,
        "ifk_steps": ifk_steps,
        "helps": helps,
        "referrals": [r.institution for r in case.referrals],
        # the whole map on an A4 landscape page after the plan: on a page of its own its labels
        # stay readable (>= 8 pt at 25 resources); beside the plan's text they were 3 pt
        "karte": karte_sheet(case, lang),
    }


#: At most this many changes fit on the one page; the rest are counted ("und 3 weitere …").
MAX_CHANGES = 3


def plan_html(
    case: Case,
    *,
    today: date | None = None,
    since: Case | None = None,
    lang: str | None = None,
) -> str:
    """The one-page Kooperationsplan as a complete HTML document (A4, print-ready).

    ``today`` is the date printed on it. The whole map follows on an A4 landscape page of its own.
    ``since`` (an earlier revision of the case) adds "Was hat sich seit dem … verändert?", where the
    six-monthly review starts. Discarded steps are left out (they are in :func:`festgehalten_html`).
    ``lang`` (default: the case's language) prints the plan's own words also in the eLb's language,
    below the German (binding) text; what the eLb and the IFK wrote stays as written.
    The case is not changed.
    """
    lang = lang or case.language.value
    # the map's titles, ring names and legend in that language too
    context = _plan_context(case, today or date.today(), lang)
    context["lang"] = lang
    context["changes"] = _changes_context(since, case) if since is not None else None
    return render(PLAN_TEMPLATE, **context)


def _changes_context(old: Case, new: Case) -> dict[str, Any]:
    from beratungskit.analysis.changes import changes_heading, compare, describe_changes

    lines = describe_changes(compare(old, new))
    more = len(lines) - MAX_CHANGES
    return {
        "heading": changes_heading(old),
        "lines": lines[:MAX_CHANGES],
        "more": t("render_plan.plan.changes_more", n=more) if more > 0 else "",
        "none": t("render_plan.plan.changes_none") if not lines else "",
    }


# --- "Was über mich festgehalten ist" -------------------------------------------------------------


def _festgehalten_context(case: Case, today: date, lang: str) -> dict[str, Any]:
    from beratungskit.analysis.documented import documented
    from beratungskit.render.bilingual import sentence_html, sentence_translation_html

    doc = documented(case)

    def html(sentence: Any) -> Any:
        return sentence_html(sentence, lang)

    return {
        "alias": case.alias,
        "today": _date(today),
        "lang": lang,
        "case_heading": html(Sentence("section.case")),
        "case_sentences": [html(s) for s in doc.case],
        "sections": [
            {
                "heading": html(section.heading),
                "items": [
                    {
                        "title": entry.title,
                        # „Sie – Fahrrad“: „Sie“ in the eLb's language too, under the German
                        "title_tr": (
                            sentence_translation_html(entry.title_sentence, lang)
                            if entry.title_sentence is not None
                            else ""
                        ),
                        "sentences": [html(s) for s in entry.sentences],
                    }
                    for entry in section.entries
                ],
            }
            for section in doc.sections
        ],
        "nothing": html(Sentence("nothing")),
        "log_heading": html(doc.log_heading),
        "log": [
            {
                "sentence": html(line.sentence),
                "items": [
                    {"text": item, "tr": sentence_translation_html(said, lang) if said is not None else ""}
                    for item, said in zip(line.items, line.item_sentences, strict=True)
                ],
            }
            for line in doc.log
        ],
    }


def festgehalten_html(case: Case, *, today: date | None = None, lang: str | None = None) -> str:
    """Every stored item of the case in plain sentences, plus the documentation log, as HTML.

    ``lang`` (default: the case's language) adds the eLb's language below each German sentence.
    """
    language = lang or case.language.value
    return render(FESTGEHALTEN_TEMPLATE, **_festgehalten_context(case, today or date.today(), language))


# --- files -------------------------------------------------------------------------------------------


def _write(text: str, path: Path | str) -> Path:
    # temp file + rename (a half-written plan never replaces a good one), readable by the owner only
    return write_private(path, text)


def write_plan(case: Case, path: Path | str, *, today: date | None = None) -> Path:
    """Write :func:`plan_html` to ``path`` (UTF-8) and return the path."""
    return _write(plan_html(case, today=today), path)


def write_festgehalten(
    case: Case, path: Path | str, *, today: date | None = None, lang: str | None = None
) -> Path:
    """Write :func:`festgehalten_html` to ``path`` (UTF-8) and return the path."""
    return _write(festgehalten_html(case, today=today, lang=lang), path)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def html_to_pdf(html_path: Path | str, pdf_path: Path | str, *, timeout: float = 90) -> Path:
    """Print an HTML file to PDF with headless chromium; returns the PDF path.

    Raises :class:`PdfError` with a German message when chromium is missing or fails.
    """
    html = Path(html_path).resolve()
    pdf = Path(pdf_path).resolve()
    if not html.exists():
        raise PdfError(t("render_plan.pdf.no_html", html=html))
    binary = _chromium()
    if binary is None:
        raise PdfError(t("render_plan.pdf.no_chromium", html=html))
    private_dir(pdf.parent)
    with tempfile.TemporaryDirectory(prefix="beratungskit-pdf-") as profile:
        command = [
            binary,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            html.as_uri(),
        ]
        try:
            # umask 077: chromium creates the PDF readable by the owner only (it holds names)
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False, umask=0o077
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PdfError(t("render_plan.pdf.failed", detail=type(exc).__name__, html=html)) from None
    if done.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        detail = (done.stderr.strip().splitlines() or [f"Code {done.returncode}"])[-1][:200]
        raise PdfError(t("render_plan.pdf.failed", detail=detail, html=html))
    return make_private(pdf)  # an older PDF that chromium overwrote in place kept its old mode
