"""Making the one-page Kooperationsplan in the session, and showing it before it is printed.

"Kooperationsplan erstellen" writes the plan and "Was über mich festgehalten ist" as HTML (and the
plan as PDF where chromium exists) into ``<store>/ausdrucke/`` and shows the plan in the app inside a
sandboxed ``<iframe srcdoc=…>``: the eLb reads it on the joint screen before anything is printed.

>>> from beratungskit.store import CaseStore
>>> from beratungskit.demo import demo_case
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp()); case = demo_case(); store.save(case)
>>> panel = PlanPanel(Session(store, case), make_pdf=False)
>>> [p.name for p in panel.make()]
['demo-mira-plan.html', 'demo-mira-festgehalten.html']
>>> "<iframe" in panel.preview.value and 'sandbox=""' in panel.preview.value
True
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.store import error_text
from beratungskit.ui.datefield import DateField
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.pagelinks import printout_href
from beratungskit.ui.panel import Panel
from beratungskit.ui.session import Session

__all__ = ["PRINT_FOLDER", "PlanPanel", "iframe_html", "plan_paths"]

#: Folder inside the store where plans are written (not a case file: the store ignores folders).
PRINT_FOLDER = "ausdrucke"


def plan_paths(folder: Path, key: str) -> tuple[Path, Path, Path]:
    """Where the plan HTML, the "festgehalten" HTML and the plan PDF of case ``key`` go."""
    return folder / f"{key}-plan.html", folder / f"{key}-festgehalten.html", folder / f"{key}-plan.pdf"


def iframe_html(document: str, title: str, height: str = "660px") -> str:
    """``document`` inside a fully sandboxed iframe (no script runs, nothing can reach the app).

    The whole document is one attribute value, so it is escaped with ``quote=True``.

    >>> iframe_html('<p title="x">"</p>', "Vorschau")  # doctest: +ELLIPSIS
    '<iframe title="Vorschau" sandbox="" srcdoc="&lt;p title=&quot;x&quot;&gt;&quot;&lt;/p&gt;" ...'
    """
    return (
        f'<iframe title="{html.escape(title, quote=True)}" sandbox="" '
        f'srcdoc="{html.escape(document, quote=True)}" class="bk-plan-frame" '
        f'style="width:100%;height:{height};border:1px solid #ccd;border-radius:10px;background:#fff">'
        "</iframe>"
    )


def _chromium_available() -> bool:
    import shutil

    return bool(
        shutil.which("chromium") or shutil.which("chromium-browser") or Path("/usr/bin/chromium").exists()
    )


class PlanPanel(Panel):
    """Next review date, "Kooperationsplan erstellen", and the preview (``preview``, shown by the tab)."""

    def __init__(
        self,
        session: Session,
        feedback: Feedback | None = None,
        *,
        folder: Path | None = None,
        make_pdf: bool | None = None,
    ) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self.folder = folder if folder is not None else session.store.folder / PRINT_FOLDER
        self.make_pdf = _chromium_available() if make_pdf is None else make_pdf
        self.documents: dict[str, str] = {}
        self._refreshing = False

        # The field always shows the date that applies: the one chosen together, or the latest the
        # law sets (§ 15 Abs. 3 SGB II), said as such beside it — never a silent default.
        self.review = DateField(value=session.case.review_due(date.today()))
        self.review.add_class("bk-review")
        self.review_note = widgets.Label("")
        self.review_note.add_class("bk-review-note")
        self.review_take = widgets.Button(
            description=t("ui_goals.review_take"), layout=widgets.Layout(width="auto")
        )
        self.review_take.add_class("bk-review-take")
        self.make_button = widgets.Button(
            description=t("ui_goals.plan_make"), button_style="success", layout=widgets.Layout(width="100%")
        )
        self.make_button.add_class("bk-plan-make")
        self.message = widgets.Label("")
        self.message.add_class("bk-status")
        # Once made: the plan to open and print (its PDF, with the browser's print button) and the
        # sheet "Was über mich festgehalten ist" — two large buttons; the folder and the file names
        # follow in small print (trial 16: only the grey file names and the folder's path on the
        # server stood there, and nothing looked like a way to print)
        self.open_links = widgets.HTML("")
        self.open_links.add_class("bk-plan-open")
        self.files = widgets.HTML("")  # the file names link to them (under the hub they lie on the server)
        self.files.add_class("bk-muted")
        self.files.add_class("bk-plan-files")
        self.error = widgets.Label("")
        self.error.add_class("bk-error")
        self.view = widgets.ToggleButtons(
            options=[(t("ui_goals.plan_show_plan"), "plan"), (t("ui_goals.plan_show_fest"), "fest")],
            value="plan",
            style={"button_width": "auto"},
            layout=widgets.Layout(display="none"),
        )
        self.view.add_class("bk-plan-view")
        self.preview = widgets.HTML(t("ui_goals.plan_preview_empty"), layout=widgets.Layout(width="100%"))
        self.preview.add_class("bk-plan-preview")

        def heading(text: str, cls: str) -> widgets.Label:
            out = widgets.Label(text)
            out.add_class(cls)
            return out

        self.widget = widgets.VBox(
            [
                heading(t("ui_goals.plan_heading"), "bk-heading"),
                heading(t("ui_goals.plan_help"), "bk-muted"),
                heading(t("ui_goals.review_label"), "bk-field-label"),
                self.review,
                self.review_note,
                self.review_take,
                self.make_button,
                self.message,
                self.error,
                self.open_links,
                self.files,
                self.view,
            ],
            layout=widgets.Layout(width="100%"),
        )
        self.widget.add_class("bk-plan")
        self.review.observe(lambda change: self._review_changed(change["new"]), names="value")
        self.review_take.on_click(lambda _b: self._review_changed(self.review.value, take=True))
        self._show_review()
        self.make_button.on_click(lambda _b: self.make())
        self.view.observe(lambda _c: self._show(), names="value")

    # --- review date -----------------------------------------------------------------------------

    def _review_changed(self, value: date | None, take: bool = False) -> None:
        chosen = self.session.case.next_review
        if self._refreshing or value == chosen:
            return
        if chosen is None and value == self.session.case.review_due(date.today()) and not take:
            return  # the legal date shown, not a date chosen
        if value is None and chosen is None:
            self._show_review()  # cleared while nothing was chosen: show the legal date again
            return
        message = (
            t("ui_goals.review_saved", date=f"{value:%d.%m.%Y}") if value else t("ui_goals.review_cleared")
        )
        # No Case method for the review date yet: an assignment, validated by the model, in apply().
        attempt(
            self.session,
            lambda case: case.set_next_review(value),
            self.feedback,
            self._problem,
            lambda _r: message,
        )

    def refresh(self) -> None:
        """Follow the case (undo, reload): the review date shown is the one that applies."""
        self._show_review()

    def _show_review(self) -> None:
        case = self.session.case
        due = case.review_due(date.today())
        self._refreshing = True
        try:
            self.review.value = due
        finally:
            self._refreshing = False
        by_law = case.next_review is None
        self.review_note.value = (
            t("ui_goals.review_by_law", date=f"{due:%d.%m.%Y}") if by_law else t("ui_goals.review_chosen")
        )
        self.review_take.layout.display = "" if by_law else "none"

    # --- the plan --------------------------------------------------------------------------------

    def make(self) -> list[Path]:
        """Write the plan (HTML, and PDF where possible) and "festgehalten"; show the plan. Returns paths."""
        from beratungskit.render.plan import (
            PdfError,
            festgehalten_html,
            html_to_pdf,
            plan_html,
            write_festgehalten,
            write_plan,
        )

        # The day the plan is agreed starts the six months of § 15 Abs. 3 SGB II (a reprint keeps it).
        attempt(
            self.session, lambda c: c.plan_made(date.today()), self.feedback, self._problem, lambda _r: ""
        )
        case = self.session.case
        plan_path, fest_path, pdf_path = plan_paths(self.folder, case.key)
        self.error.value = ""
        try:
            written = [write_plan(case, plan_path), write_festgehalten(case, fest_path)]
        except OSError as exc:
            self._problem(t("ui_goals.plan_failed", reason=error_text(exc)))
            return []
        self.documents = {"plan": plan_html(case), "fest": festgehalten_html(case)}
        if self.make_pdf:
            try:
                written.append(html_to_pdf(plan_path, pdf_path))
            except PdfError as exc:
                self.error.value = t("ui_goals.plan_pdf_missing", reason=exc)
        self.message.value = t("ui_goals.plan_made")
        printed = next((p for p in written if p.suffix == ".pdf"), plan_path)
        self.open_links.value = "".join(
            f'<a class="bk-printout-button {cls}" href="{html.escape(printout_href(p.name), quote=True)}" '
            f'target="_blank" rel="noopener">{html.escape(t(key))}</a>'
            for cls, p, key in (
                ("bk-open-plan", printed, "ui_goals.plan_open_print"),
                ("bk-open-fest", fest_path, "ui_goals.plan_open_fest"),
            )
        )
        links = ", ".join(
            f'<a class="bk-printout" href="{html.escape(printout_href(p.name), quote=True)}" target="_blank" '
            f'rel="noopener">{html.escape(p.name)}</a>'
            for p in written
        )
        self.files.value = t("ui_goals.plan_files", folder=html.escape(str(self.folder)), files=links)
        self.view.layout.display = "flex"
        self.view.value = "plan"
        self._show()
        self.feedback.done(t("ui_goals.plan_made"))
        return written

    def _show(self) -> None:
        which = self.view.value
        document = self.documents.get(which)
        if document is None:
            return
        title = t("ui_goals.plan_frame_title" if which == "plan" else "ui_goals.fest_frame_title")
        self.preview.value = iframe_html(document, title)

    def _problem(self, message: str) -> None:
        self.error.value = message
