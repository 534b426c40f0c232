"""The case picker: open a case from the store, or start a new one under a nickname.

No real name is asked for ("Ein Spitzname oder Kürzel genügt"). Files in the store that cannot be
read are listed calmly with their reason and left untouched.

**The first view.** The case list is what a person waits for when the session page opens. Voilà's
page needs about a second of JavaScript (its JupyterLab application, the widget manager) before any
widget can show, however fast the kernel is. So the app server puts the same list into the page's
HTML as it sends it (:func:`first_view_html`, read from the store at that moment): it is on screen
with the page's first paint and works at once. A click on a case or on "Neuen Fall anlegen" made
before the live widgets are there is kept and handed to the kernel through :class:`FirstView` as soon
as the page has connected; text typed into the name field moves into the live field. When the live
case list (or the opened case) is drawn, the first view gives way to it (``index.html.j2``).

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> opened = []
>>> picker = CasePicker(CaseStore(tempfile.mkdtemp()), opened.append)
>>> picker.alias.value = "Sonnenblume"; picker.create_button.click()
>>> opened[0].alias, len(picker.case_buttons)
('Sonnenblume', 1)
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import anywidget
import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import Case, CaseError
from beratungskit.store import CaseStore, StoreError, error_text, valid_key
from beratungskit.ui.look import CSS
from beratungskit.ui.parts import label as _label
from beratungskit.ui.rows import KeyedRows

__all__ = ["CasePicker", "FirstView", "case_entries", "first_view_html", "problem_lines", "take_first_action"]


def case_entries(store: CaseStore) -> list[tuple[str, str]]:
    """(key, button text) of every readable case, newest change first."""
    return [
        (
            summary.key,
            t(
                "ui_session.picker_case",
                alias=summary.alias,
                date=f"{summary.updated_at:%d.%m.%Y um %H:%M}",
            ),
        )
        for summary in store.list()
    ]


def problem_lines(store: CaseStore) -> list[str]:
    """One line per file of the store that cannot be read as a case (name and reason)."""
    return [t("ui_session.picker_problem", name=p.path.name, reason=p.reason) for p in store.problems()]


class _CaseButton:
    """One case in the list; kept and reused when the list is read again."""

    def __init__(self, picker: CasePicker) -> None:
        self.key = ""
        self.widget = widgets.Button(layout=widgets.Layout(width="640px", height="56px"))
        self.widget.add_class("bk-open-case")
        self.widget.on_click(lambda _b: picker.open(self.key))

    def show(self, key: str, description: str) -> None:
        self.key = key
        self.widget.description = description


class CasePicker:
    """Lists the store's cases; ``on_open(case)`` is called with the opened or created case."""

    def __init__(self, store: CaseStore, on_open: Callable[[Case], None]) -> None:
        self.store = store
        self.on_open = on_open
        self.case_rows: KeyedRows[str, _CaseButton] = KeyedRows(
            lambda: _CaseButton(self),
            box=widgets.VBox(),
            empty=_label(t("ui_session.picker_empty"), "bk-muted"),
        )
        self.cases_box = self.case_rows.box
        self.cases_box.add_class("bk-case-list")
        self.problems_box = widgets.VBox()
        self.problems_box.add_class("bk-store-problems")
        self.alias = widgets.Text(
            placeholder=t("ui_session.picker_alias_placeholder"), layout=widgets.Layout(width="420px")
        )
        self.alias.add_class("bk-alias-input")
        self.create_button = widgets.Button(
            description=t("ui_session.picker_create"),
            button_style="success",
            layout=widgets.Layout(width="260px"),
        )
        self.create_button.add_class("bk-create-case")
        self.error = _label("", "bk-error")
        self.create_button.on_click(lambda _b: self.create())
        # Enter in the name field creates the case, as the button does (it did nothing, trial 16);
        # ipywidgets' text field sends "submit" (its on_submit is deprecated, the message is not)
        self.alias.on_msg(self._alias_message)
        new_box = widgets.VBox(
            [
                _label(t("ui_session.picker_new_heading"), "bk-heading"),
                _label(t("ui_session.picker_alias_label"), "bk-field-label"),
                widgets.HBox([self.alias, self.create_button]),
                _label(t("ui_session.picker_alias_help"), "bk-muted"),
                self.error,
            ],
            layout=widgets.Layout(margin="0 0 24px 0"),
        )
        self.widget = widgets.VBox(
            [
                _label(t("ui_session.picker_heading"), "bk-title"),
                new_box,
                _label(t("ui_session.picker_open_heading"), "bk-heading"),
                self.cases_box,
                self.problems_box,
            ],
            layout=widgets.Layout(padding="8px 16px"),
        )
        self.widget.add_class("bk-case-picker")
        self.refresh()

    @property
    def case_buttons(self) -> dict[str, widgets.Button]:
        """The button of every case listed, by case key."""
        return {key: row.widget for key, row in self.case_rows.rows.items()}

    def refresh(self) -> None:
        """Read the store again (cases newest first, then unreadable files)."""
        self.case_rows.sync(case_entries(self.store))
        problems = problem_lines(self.store)
        if problems:
            notice: list[widgets.Widget] = [_label(t("ui_session.picker_problems_heading"), "bk-muted")]
            notice += [_label(line, "bk-problem") for line in problems]
            box = widgets.VBox(notice)
            box.add_class("bk-notice")
            self.problems_box.children = [box]
        else:
            self.problems_box.children = []

    def open(self, key: str) -> None:
        try:
            case = self.store.load(key)
        except StoreError as exc:
            self.error.value = t("ui_session.picker_open_failed", reason=exc)
            self.refresh()
            return
        self.error.value = ""
        self.on_open(case)

    def _alias_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("event") == "submit":
            self.create()

    def create(self) -> None:
        alias = self.alias.value.strip()
        if not alias:
            self.error.value = t("ui_session.picker_alias_missing")
            return
        try:
            case = self.store.create(alias)
        except (CaseError, StoreError, OSError) as exc:
            self.error.value = error_text(exc)
            return
        self.error.value = ""
        self.alias.value = ""
        self.refresh()
        self.on_open(case)


# --- the first view: the case list in the page's HTML -------------------------------------------

#: The ipywidgets classes the live picker's parts carry, so the first view looks the same.
_BOX = "lm-Widget jupyter-widgets widget-container widget-box"
_LABEL = "lm-Widget jupyter-widgets widget-inline-hbox widget-label"
_BUTTON = "lm-Widget jupyter-widgets jupyter-button widget-button"


def _line(text: str, cls: str, extra: str = "") -> str:
    return f'<div class="{_LABEL} {cls}"{extra}>{html.escape(text)}</div>'


def first_view_html(store: CaseStore, nav: str = "") -> str:
    """The case picker as plain HTML, read from ``store`` now; ``nav`` is the page's link row (HTML).

    Every text from a case file (nicknames, file names) is escaped: it never becomes markup.

    >>> import tempfile
    >>> store = CaseStore(tempfile.mkdtemp())
    >>> _ = store.create("<b>Kim</b>")
    >>> page = first_view_html(store)
    >>> "&lt;b&gt;Kim&lt;/b&gt;" in page, "<b>Kim" in page
    (True, False)
    >>> page.count('bk-first-open" data-key=')
    1
    """
    cases = case_entries(store)
    opening = {s.key: t("ui_session.picker_opening", alias=s.alias) for s in store.list()}
    buttons = "".join(
        f'<button type="button" class="{_BUTTON} bk-first-open" data-key="{html.escape(key, quote=True)}"'
        f' data-opening="{html.escape(opening.get(key, ""), quote=True)}"'
        f' style="height: 56px; width: 640px;">{html.escape(text)}</button>'
        for key, text in cases
    ) or _line(t("ui_session.picker_empty"), "bk-muted")
    problems = problem_lines(store)
    notice = (
        f'<div class="{_BOX} widget-vbox bk-notice">'
        + _line(t("ui_session.picker_problems_heading"), "bk-muted")
        + "".join(_line(line, "bk-problem") for line in problems)
        + "</div>"
        if problems
        else ""
    )
    return (
        f'<div id="bk-first-view" class="bk-app" role="main" aria-busy="false"'
        f' data-creating="{html.escape(t("ui_session.picker_creating"), quote=True)}"'
        f' data-missing="{html.escape(t("ui_session.picker_alias_missing"), quote=True)}">'
        f"{CSS}{nav}"
        f'<div class="{_BOX} widget-vbox bk-first-picker" style="padding: 8px 16px;">'
        + _line(t("ui_session.picker_heading"), "bk-title")
        + f'<div class="{_BOX} widget-vbox" style="margin: 0px 0px 24px;">'
        + _line(t("ui_session.picker_new_heading"), "bk-heading")
        + _line(t("ui_session.picker_alias_label"), "bk-field-label", ' id="bk-first-alias-label"')
        + f'<div class="{_BOX} widget-hbox">'
        '<div class="lm-Widget jupyter-widgets widget-inline-hbox widget-text" style="width: 420px;">'
        '<input type="text" class="widget-input bk-first-alias" aria-labelledby="bk-first-alias-label"'
        f' placeholder="{html.escape(t("ui_session.picker_alias_placeholder"), quote=True)}"></div>'
        f'<button type="button" class="{_BUTTON} mod-success bk-first-create" style="width: 260px;">'
        f"{html.escape(t('ui_session.picker_create'))}</button></div>"
        + _line(t("ui_session.picker_alias_help"), "bk-muted")
        + _line("", "bk-error bk-first-error", ' role="alert"')
        + "</div>"
        + _line(t("ui_session.picker_open_heading"), "bk-heading")
        + f'<div class="{_BOX} widget-vbox bk-case-list">{buttons}</div>'
        + f'<div class="{_BOX} widget-vbox bk-store-problems">{notice}</div>'
        "</div></div>"
    )


class FirstView(anywidget.AnyWidget):
    """Hands what the person did in the first view (before the live widgets were there) to the kernel.

    The page keeps one action, ``{"open": key}`` or ``{"create": nickname}``; this widget's view
    asks for it once the page is connected, and any action made later comes the same way.
    """

    _esm = """
    export default {
      render({ model }) {
        const first = window.bkFirstView;
        if (first) first.connect((action) => model.send(action));
      }
    };
    """

    def on_action(self, callback: Callable[[dict[str, Any]], None]) -> None:
        """Call ``callback(action)`` for each action the page hands over."""

        def received(_widget: object, content: object, _buffers: object) -> None:
            if isinstance(content, dict):
                callback(content)

        self.on_msg(received)


def take_first_action(picker: CasePicker, action: dict[str, Any]) -> None:
    """Do what the person chose in the first view: open the case, or create one under the nickname.

    >>> import tempfile
    >>> opened = []
    >>> picker = CasePicker(CaseStore(tempfile.mkdtemp()), opened.append)
    >>> take_first_action(picker, {"create": "Linde"})
    >>> take_first_action(picker, {"open": opened[0].key})
    >>> [case.alias for case in opened]
    ['Linde', 'Linde']
    >>> take_first_action(picker, {"open": "../etc"}); len(opened)
    2
    """
    key, alias = action.get("open"), action.get("create")
    if isinstance(key, str) and valid_key(key):
        picker.open(key)
    elif isinstance(alias, str):
        picker.alias.value = alias
        picker.create()
