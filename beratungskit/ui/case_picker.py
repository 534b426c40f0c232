"""The case picker: open a case from the store, or start a new one under a nickname.

No real name is asked for ("Ein Spitzname oder Kürzel genügt"). Files in the store that cannot be
read are listed calmly with their reason and left untouched.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> opened = []
>>> picker = CasePicker(CaseStore(tempfile.mkdtemp()), opened.append)
>>> picker.alias.value = "Sonnenblume"; picker.create_button.click()
>>> opened[0].alias, len(picker.case_buttons)
('Sonnenblume', 1)
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import Case, CaseError
from beratungskit.store import CaseStore, StoreError, error_text
from beratungskit.ui.parts import label as _label
from beratungskit.ui.rows import KeyedRows

__all__ = ["CasePicker"]


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
        self.case_rows.sync(
            (
                summary.key,
                t(
                    "ui_session.picker_case",
                    alias=summary.alias,
                    date=f"{summary.updated_at:%d.%m.%Y um %H:%M}",
                ),
            )
            for summary in self.store.list()
        )
        problems = self.store.problems()
        if problems:
            notice: list[widgets.Widget] = [_label(t("ui_session.picker_problems_heading"), "bk-muted")]
            notice += [
                _label(t("ui_session.picker_problem", name=p.path.name, reason=p.reason), "bk-problem")
                for p in problems
            ]
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
