"""The resource form: add, change and delete what helps the eLb — only "Was ist es?" is required.

The category is chosen with four large buttons (colour *and* symbol). Under every free-text field the
wording guard gives a calm hint while typing; it never blocks. Every change goes through the
:class:`~beratungskit.ui.session.Session` (saved at once); on a refused change the typed input stays.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> form = ResourceForm(session)
>>> form.label.value = "Fahrrad"; form.categories.value = Category.MATERIELL
>>> form.save_button.click()
>>> [(r.label, r.category.value) for r in store.load(session.case.key).resources]
[('Fahrrad', 'materiell')]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import ipywidgets as widgets
import traitlets

from beratungskit.messages import t
from beratungskit.model import ORIGIN_ORDER, Case, CaseError, Category, NamedBy, Resource
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.look import category_colour, category_symbol
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import bar_end, full_width, label, show_if
from beratungskit.ui.session import Session

__all__ = ["CategoryPicker", "ResourceForm"]


class CategoryPicker:
    """Four large buttons, one per category; the chosen one is filled with its colour.

    >>> picker = CategoryPicker(); picker.buttons[Category.SOZIAL].click(); picker.value.value
    'sozial'
    """

    def __init__(self, value: Category = Category.PERSOENLICH) -> None:
        self._listeners: list[Callable[[Category], None]] = []
        self.buttons: dict[Category, widgets.Button] = {}
        for category in Category:
            button = widgets.Button(
                description=f"{category_symbol(category)}  {t(f'model.Category.{category.value}')}",
                layout=widgets.Layout(width="48%", height="56px", margin="3px"),
            )
            button.add_class("bk-category-button")
            button.add_class(f"bk-category-{category.value}")
            button.on_click(lambda _b, c=category: self._set(c))
            self.buttons[category] = button
        self.widget = widgets.Box(
            list(self.buttons.values()),
            layout=widgets.Layout(display="flex", flex_flow="row wrap", width="100%"),
        )
        self.widget.add_class("bk-category")
        self._value = value
        self._paint()

    @property
    def value(self) -> Category:
        return self._value

    @value.setter
    def value(self, category: Category) -> None:
        self._set(Category(category))

    def observe(self, listener: Callable[[Category], None]) -> None:
        self._listeners.append(listener)

    def _set(self, category: Category) -> None:
        changed = category != self._value
        self._value = category
        self._paint()
        if changed:
            for listener in self._listeners:
                listener(category)

    def _paint(self) -> None:
        for category, button in self.buttons.items():
            colour = category_colour(category)
            chosen = category == self._value
            button.style.button_color = colour if chosen else "#f3f3f3"
            button.style.text_color = "white" if chosen else colour
            button.style.font_weight = "bold"
            if chosen:
                button.add_class("bk-chosen")
            else:
                button.remove_class("bk-chosen")


#: The "noch offen" button of origin, closeness and "who named it" (stored as None).
OPEN = "open"


def _stored(value: Any) -> Any:
    return None if value == OPEN else value


def _shown(value: Any) -> Any:
    return OPEN if value is None else value


class _Who(traitlets.HasTraits):
    """Who writes in the label and note now, following "who named it" (no widget: nothing is sent)."""

    value = traitlets.Unicode("ifk")


#: The answers to "Wer oder was ist das?" (stored as ``is_person`` True / False / None).
PERSON, GROUP = "person", "group"
_IS_PERSON = {PERSON: True, GROUP: False}


class PersonQuestion:
    """ "Wer oder was ist das?" — eine Person · eine Gruppe oder ein Ort · noch offen, asked where a
    social resource is added (not hidden in "Mehr dazu"), with the role of a person under it.

    Nothing is pre-selected for a new resource, and nothing is saved that nobody chose: no answer and
    "noch offen" are both stored as None, which a stored resource shows as "noch offen". Shown for
    "Sozial", and for a resource of another area that has an answer (nothing stored is hidden).

    >>> q = PersonQuestion(lambda: "ifk"); q.answer.value is None, q.is_person()
    (True, None)
    >>> q.answer.value = PERSON; q.role.value = "Onkel"; q.is_person(), q.role_value()
    (True, 'Onkel')
    """

    def __init__(self, writer: Callable[[], str], follow: list[Any] | None = None) -> None:
        self.answer = widgets.ToggleButtons(
            options=[
                (t("ui_session.person_yes"), PERSON),
                (t("ui_session.person_group"), GROUP),
                (t("ui_session.choice_open"), OPEN),
            ],
            value=None,
            style={"button_width": "auto"},
        )
        self.answer.add_class("bk-person")
        self.role = widgets.Text(placeholder=t("ui_session.role_placeholder"), layout=full_width())
        self.role.add_class("bk-role-input")
        self.role_box = widgets.VBox(
            [
                label(t("ui_session.role_label"), "bk-field-label"),
                self.role,
                wording_hint(self.role, writer, follow=follow or []),
            ],
            layout=widgets.Layout(display="none"),
        )
        self.widget = widgets.VBox(
            [label(t("ui_session.person_label"), "bk-field-label"), self.answer, self.role_box],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.widget.add_class("bk-person-question")
        self.answer.observe(lambda _c: show_if(self.role_box, self.answer.value == PERSON), names="value")

    def is_person(self) -> bool | None:
        return _IS_PERSON.get(self.answer.value) if self.answer.value is not None else None

    def role_value(self) -> str | None:
        return self.role.value if self.answer.value == PERSON else None

    def fill(self, is_person: bool | None, role: str | None, *, asked: bool) -> None:
        """Show a stored answer (None: "noch offen"); ``asked=False`` for a new resource (no choice)."""
        if is_person is None:
            self.answer.value = OPEN if asked else None
        else:
            self.answer.value = PERSON if is_person else GROUP
        self.role.value = role or ""

    def show(self, visible: bool) -> None:
        show_if(self.widget, visible)


def offer_open(buttons: widgets.ToggleButtons, offered: bool) -> None:
    """Show the "noch offen" button first in ``buttons``, or not: a new resource's question has
    nothing pressed until someone chooses — that is "noch offen" already, and one row of buttons
    less keeps „Festhalten“ in sight —, a stored resource's can be set back to "noch offen".

    >>> b = closeness_buttons(); offer_open(b, False); [v for _t, v in b.options], b.value
    ([1, 2, 3], None)
    >>> b.value = 2; offer_open(b, True); [v for _t, v in b.options], b.value
    (['open', 1, 2, 3], 2)
    """
    options = [option for option in buttons.options if option[1] != OPEN]
    if offered:
        options.insert(0, (t("ui_session.choice_open"), OPEN))
    if list(buttons.options) != options:
        value = buttons.value
        buttons.options = options
        buttons.value = value if value in {v for _t, v in options} else None


def closeness_buttons() -> widgets.ToggleButtons:
    """ "Wie nah ist es Ihnen?" — noch offen · the three rings, in the map's and the legend's words
    (one set of words everywhere: the form said „nah“ where the map says „mittel nah“, trial of
    session 14). Starts at "noch offen": nothing is recorded that nobody chose.

    >>> [value for _text, value in closeness_buttons().options]
    ['open', 1, 2, 3]
    """
    buttons = widgets.ToggleButtons(
        options=[(t("ui_session.choice_open"), OPEN)]
        + [(t(f"render_map.closeness.{n}"), n) for n in (1, 2, 3)],
        value=OPEN,
        style={"button_width": "auto"},
    )
    buttons.add_class("bk-closeness")
    return buttons


class ResourceDetails:
    """The "Mehr dazu" part: origin, a note and its conference yes, and who named it.

    Made when first opened (or when a resource is shown for changing): most resources are added
    with a label and a category only, and a case opens faster without these widgets.
    """

    #: What a new resource gets while the details were never opened: nothing nobody chose.
    DEFAULTS: ClassVar[dict[str, Any]] = {
        "origin": None,
        "note": "",
        "shareable": False,
        "named_by": None,
    }

    def __init__(self, who: _Who, on_share: Callable[[dict[str, Any]], None]) -> None:
        # Nothing is recorded that nobody chose: origin and "who named it" start at
        # "noch offen" (stored as None) until IFK and eLb pick one.
        self.origin = widgets.ToggleButtons(
            options=[(t("ui_session.choice_open"), OPEN)]
            + [(t(f"ui_session.origin.{o.value}"), o) for o in ORIGIN_ORDER],
            value=OPEN,
            style={"button_width": "auto"},
        )
        self.origin.add_class("bk-origin")
        self.note = widgets.Textarea(
            placeholder=t("ui_session.note_placeholder"), layout=full_width(), rows=2
        )
        self.note.add_class("bk-note-input")
        # The eLb's yes to showing the note (without names) in a case conference; the IFK ticks it
        # only together with them. While a resource is changed, it is saved at once.
        self.note_shareable = widgets.Checkbox(
            value=False, description=t("ui_session.note_conference_ok"), indent=False, layout=full_width()
        )
        self.note_shareable.add_class("bk-note-shareable")
        self.note_shareable.add_class("bk-conference-ok")
        self.named_by = widgets.ToggleButtons(
            options=[(t("ui_session.choice_open"), OPEN)]
            + [(t(f"ui_session.named_by.{n.value}"), n) for n in NamedBy],
            value=OPEN,
            style={"button_width": "auto"},
        )
        self.named_by.add_class("bk-named-by")

        def writer() -> str:
            return who.value

        self.widget = widgets.VBox(
            [
                label(t("ui_session.origin_label"), "bk-field-label"),
                self.origin,
                label(t("ui_session.note_label"), "bk-field-label"),
                self.note,
                # the eLb's own words when they named it: only crisis hints
                wording_hint(self.note, writer, follow=[who]),
                self.note_shareable,
                label(t("ui_session.note_conference_ok_help"), "bk-muted"),
                label(t("ui_session.named_by_label"), "bk-field-label"),
                self.named_by,
            ]
        )
        self.note_shareable.observe(on_share, names="value")

        def named(_change: object = None) -> None:
            who.value = "elb" if self.named_by.value == NamedBy.ELB else "ifk"

        self.named_by.observe(named, names="value")

    def fields(self) -> dict[str, Any]:
        return {
            "origin": _stored(self.origin.value),
            "note": self.note.value,
            "shareable": bool(self.note_shareable.value),
            "named_by": _stored(self.named_by.value),
        }

    def fill(self, values: dict[str, Any]) -> None:
        """Show ``values`` (keys of :attr:`DEFAULTS`); the conference yes is set by the form."""
        self.origin.value = _shown(values["origin"])
        self.note.value = values["note"] or ""
        self.named_by.value = _shown(values["named_by"])


class ResourceForm(Panel):
    """Enter a new resource or change the selected one. ``widget`` is what the app shows."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self.editing: str | None = None
        #: The stored values the form showed when the resource was chosen (or last followed): only
        #: what the person changed since is saved, and what changed in the file meanwhile (a drag to
        #: another ring, „Rückgängig“) is shown instead of being written back over.
        self._base: dict[str, Any] = {}
        #: … and the form's fields as they showed them (a note stored as None shows as ""): a field
        #: the person changed is one that differs from this
        self._shown: dict[str, Any] = {}
        self._mode_listeners: list[Callable[[], None]] = []
        self._refreshing = False
        self._filling = False  # True while the form shows stored values: nothing to save then
        self._details: ResourceDetails | None = None
        self.who = _Who()

        self.heading = label(t("ui_session.form_new_heading"), "bk-heading")
        self.heading.add_class("bk-visually-hidden")  # shown while a resource is changed (_show_mode)
        self.label = widgets.Text(
            placeholder=t("ui_session.label_placeholder"), continuous_update=True, layout=full_width()
        )
        self.label.add_class("bk-label-input")
        # Enter in "Was ist es?" saves, as "Festhalten" does (ipywidgets' text field sends "submit";
        # its on_submit is deprecated, the message itself is not)
        self.label.on_msg(self._label_message)
        self._saved_listeners: list[Callable[[bool], None]] = []
        self.categories = CategoryPicker()
        self.person = PersonQuestion(self._writer, follow=[self.who])
        # The ring is what makes this a map (trial 16: behind „Mehr dazu“ half the resources never got
        # one, at two clicks and a scroll each time): asked with the category, before „Festhalten“
        self.closeness = closeness_buttons()
        for buttons in (self.closeness, self.person.answer):
            offer_open(buttons, False)  # a new resource: nothing pressed is "noch offen"
        self.save_button = widgets.Button(
            description=t("ui_session.add"), button_style="success", layout=widgets.Layout(width="60%")
        )
        self.save_button.add_class("bk-save")
        self.delete_button = widgets.Button(
            description=t("ui_session.delete"), layout=widgets.Layout(width="35%", display="none")
        )
        self.delete_button.add_class("bk-delete")
        self.new_button = widgets.Button(
            description=t("ui_session.cancel_edit"), layout=widgets.Layout(width="100%", display="none")
        )
        self.new_button.add_class("bk-new")
        self.error = widgets.Label(value="")
        self.error.add_class("bk-error")
        self.picker = widgets.Dropdown(layout=full_width())
        self.picker.add_class("bk-pick")

        # Only "Was ist es?" and the category are needed; the rest waits, folded, so the button to
        # save stays in sight on a small screen — and is made when first opened.
        # A plain toggle button opens them: a keyboard reaches it with Tab and opens it with Enter
        # (ipywidgets' Accordion header cannot be focused), and it says whether it is open.
        self.more = widgets.ToggleButton(
            value=False, description=t("ui_session.more_details"), layout=widgets.Layout(width="auto")
        )
        self.more.add_class("bk-more")
        self.more.add_class("bk-disclosure")
        self.details_box = widgets.VBox(layout=widgets.Layout(display="none", width="100%"))
        # "Festhalten" right under the category, "Mehr dazu" beside it and the details under both:
        # at 1280×800 the button is in sight as the form opens, and opening the details never
        # pushes it down (trial 15: it lay below the fold, and further down after "Mehr dazu")
        self.buttons = widgets.HBox(
            [self.save_button, self.delete_button, self.more],
            layout=widgets.Layout(width="100%", flex_flow="row wrap", grid_gap="6px", align_items="center"),
        )
        self.buttons.add_class("bk-form-buttons")
        self.widget = widgets.VBox(
            [
                self.heading,
                label(t("ui_session.label_label"), "bk-field-label"),
                self.label,
                wording_hint(self.label, self._writer, follow=[self.who]),
                label(t("ui_session.category_label"), "bk-field-label"),
                self.categories.widget,
                self.person.widget,
                label(t("ui_session.closeness_label"), "bk-field-label"),
                self.closeness,
                self.error,
                self.buttons,
                bar_end(),
                self.details_box,
                self.new_button,
                label(t("ui_session.pick_label"), "bk-field-label"),
                self.picker,
            ],
            layout=full_width(),
        )
        self.widget.add_class("bk-resource-form")

        self.more.observe(self._more_opened, names="value")
        self.categories.observe(lambda _c: self._show_person())
        self.save_button.on_click(lambda _b: self.submit())
        self.delete_button.on_click(lambda _b: self.delete())
        self.new_button.on_click(lambda _b: self.edit(None))
        self.picker.observe(self._picked, names="value")
        self.refresh()

    # --- the details, made when first needed -------------------------------------------------------

    @property
    def details_part(self) -> ResourceDetails:
        if self._details is None:
            self._details = ResourceDetails(self.who, self._share_changed)
            self.details_box.children = [self._details.widget]
        return self._details

    def _more_opened(self, change: dict[str, Any]) -> None:
        if change["new"]:
            self.details_part  # noqa: B018 - made now, when the person opens "Mehr dazu"
        show_if(self.details_box, bool(change["new"]))

    # The detail fields, for scripts and tests that fill the form like a person.
    @property
    def details(self) -> widgets.VBox:
        return self.details_part.widget

    @property
    def origin(self) -> widgets.ToggleButtons:
        return self.details_part.origin

    @property
    def is_person(self) -> widgets.ToggleButtons:
        """ "Wer oder was ist das?": ``PERSON``, ``GROUP``, ``OPEN`` or None (not answered)."""
        return self.person.answer

    @property
    def role(self) -> widgets.Text:
        return self.person.role

    @property
    def role_box(self) -> widgets.VBox:
        return self.person.role_box

    @property
    def note(self) -> widgets.Textarea:
        return self.details_part.note

    @property
    def note_shareable(self) -> widgets.Checkbox:
        return self.details_part.note_shareable

    @property
    def named_by(self) -> widgets.ToggleButtons:
        return self.details_part.named_by

    # --- reading and writing the fields ----------------------------------------------------------

    def _fields(self) -> dict[str, Any]:
        details = self._details.fields() if self._details is not None else dict(ResourceDetails.DEFAULTS)
        asked = self._person_asked()
        return {
            "label": self.label.value,
            "category": self.categories.value,
            "is_person": self.person.is_person() if asked else None,
            "role": self.person.role_value() if asked else None,
            "closeness": _stored(self.closeness.value),
            **details,
        }

    def _person_asked(self) -> bool:
        """ "Wer oder was ist das?" is asked for "Sozial", and shown wherever an answer is stored."""
        if self.categories.value is Category.SOZIAL:
            return True
        return self.editing is not None and self.session.case.resource(self.editing).is_person is not None

    def _show_person(self) -> None:
        self.person.show(self._person_asked())

    def _writer(self) -> str:
        """Who writes in the label and note: the eLb when they named the resource, else the IFK."""
        return self.who.value

    def clear(self) -> None:
        """Empty the text fields for the next resource; the chosen category stays (it fits the card)."""
        self.label.value = ""
        self.person.fill(None, None, asked=False)
        self._show_person()
        self.closeness.value = OPEN if self.editing is not None else None
        if self._details is not None:
            self._details.fill(ResourceDetails.DEFAULTS)
            self._show_shareable(False)
        self.error.value = ""

    def _show_shareable(self, value: bool) -> None:
        """Show the stored yes/no without saving it again."""
        self._filling = True
        try:
            self.note_shareable.value = value
        finally:
            self._filling = False

    def _fill(self, res: Resource) -> None:
        for buttons in (self.closeness, self.person.answer):
            offer_open(buttons, True)
        self.label.value = res.label
        self.categories.value = res.category
        self.person.fill(res.is_person, res.role, asked=True)
        self.closeness.value = _shown(res.closeness)
        self.details_part.fill({key: getattr(res, key) for key in ResourceDetails.DEFAULTS})
        self._show_shareable(res.shareable)
        self._base = _values(res)
        self._shown = self._fields()
        self.error.value = ""

    def _follow(self, res: Resource) -> None:
        """Show what changed in the file since the form was filled (a drag of this resource to another
        ring, „Rückgängig“, another editor), and only that: what the person typed meanwhile in the
        other fields stays."""
        stored = _values(res)
        changed = {key for key, value in stored.items() if self._base.get(key) != value}
        if not changed:
            return
        if "label" in changed:
            self.label.value = res.label
        if "category" in changed:
            self.categories.value = res.category
        if changed & {"is_person", "role"}:
            self.person.fill(res.is_person, res.role, asked=True)
        if "closeness" in changed:
            self.closeness.value = _shown(res.closeness)
        shown = self.details_part.fields()
        if changed & set(ResourceDetails.DEFAULTS) - {"shareable"}:
            self.details_part.fill({key: stored[key] if key in changed else shown[key] for key in shown})
        if "shareable" in changed:
            self._show_shareable(res.shareable)
        self._base = {**self._base, **{key: stored[key] for key in changed}}
        self._show_person()
        fields = self._fields()
        self._shown = {**self._shown, **{key: fields[key] for key in changed}}

    def unsaved(self) -> dict[str, Any]:
        """What the person changed in the form and has not saved yet (a resource being changed)."""
        if self.editing is None:
            return {}
        fields = self._fields()
        return {key: value for key, value in fields.items() if self._shown.get(key) != value}

    # --- selection -------------------------------------------------------------------------------

    def edit(self, resource_id: str | None) -> None:
        """Show ``resource_id`` for changing (from a click in the map or the list); None: a new one."""
        known = {r.id for r in self.session.case.resources}
        if resource_id is not None and resource_id not in known:
            resource_id = None
        if self.editing is not None and resource_id != self.editing and self.unsaved():
            # another resource tapped, or „Fertig“: what was changed here is saved, not dropped
            # (the ring chosen in the form was lost without a word when the next one was tapped)
            self._save_changes()
        was_editing = self.editing is not None
        self.editing = resource_id
        if resource_id is None:
            self._base, self._shown = {}, {}
            if was_editing:
                self.clear()
        else:
            self._fill(self.session.case.resource(resource_id))
            self.more.value = True  # show everything that is recorded about it
        self._show_mode()
        self._show_person()
        if self.picker.value != (resource_id or ""):
            self.picker.value = resource_id or ""

    def _heading(self) -> str:
        # What is being changed („Fahrrad“ ändern), as saved: a screen reader reads it first.
        if self.editing is None:
            return t("ui_session.form_new_heading")
        return t("ui_session.form_edit_heading", label=self.session.case.resource(self.editing).label)

    def _show_mode(self) -> None:
        editing = self.editing is not None
        self.heading.value = self._heading()
        # A new resource: the question card above already asks, "Was ist es?" follows it; the
        # heading is only for a screen reader (its line and its translation's kept "Festhalten"
        # below the fold at 1280×800, trial 15). A change shows what is changed („Fahrrad“ ändern).
        if editing:
            self.heading.remove_class("bk-visually-hidden")
        else:
            self.heading.add_class("bk-visually-hidden")
        self.save_button.description = t("ui_session.save_changes" if editing else "ui_session.add")
        # "noch offen" as a button only where something stored can be set back to it
        offer_open(self.closeness, editing)
        offer_open(self.person.answer, editing)
        show_if(self.delete_button, editing, "inline-flex")
        show_if(self.new_button, editing, "inline-flex")
        for listener in list(self._mode_listeners):
            listener()

    def on_mode(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` when the form changes between a new resource and changing one."""
        self._mode_listeners.append(callback)

    def _picked(self, change: dict[str, Any]) -> None:
        if not self._refreshing and (change["new"] or None) != self.editing:
            self.edit(change["new"] or None)

    def refresh(self) -> None:
        """Follow the case: the list of resources; leave edit mode if the resource is gone."""
        case = self.session.case
        order = {c: i for i, c in enumerate(Category)}
        resources = sorted(case.resources, key=lambda r: (order[r.category], r.label.lower()))
        options: list[tuple[str, str]] = [(t("ui_session.pick_none"), "")]
        options += [(f"{category_symbol(r.category)} {r.label}", r.id) for r in resources]
        if list(self.picker.options) != options:
            # Replacing the options passes through "no selection"; that is not the person's choice.
            self._refreshing = True
            try:
                self.picker.options = options
                self.picker.value = self.editing if self.editing in {r.id for r in resources} else ""
            finally:
                self._refreshing = False
        if self.editing is not None and self.editing not in {r.id for r in resources}:
            self.editing = None
            self._show_mode()
            self._show_person()
        if self.heading.value != self._heading():  # renamed, or back by "Rückgängig"
            self.heading.value = self._heading()
        if self.editing is not None:
            self._follow(case.resource(self.editing))

    # --- actions ---------------------------------------------------------------------------------

    def submit(self) -> None:
        """Add the new resource, or save the changes to the selected one."""
        fields = self._fields()
        if not fields["label"].strip():
            self.error.value = t("ui_session.label_required")
            return
        editing = self.editing
        if editing is None:
            ok, _added = attempt(
                self.session,
                lambda case: _add_unless_on_map(case, fields),
                self.feedback,
                self._problem,
                lambda _res: t("ui_session.added", label=fields["label"].strip()),
            )
            if ok:
                # the next resource starts as the first did: empty, the details folded away
                self.clear()
                self.more.value = False
        else:
            ok = self._save_changes()
        if ok:
            for listener in list(self._saved_listeners):
                listener(editing is None)

    def _save_changes(self) -> bool:
        """Save what was changed in the form of the resource being changed — only that: a value
        changed in the file meanwhile is not written back over. True when nothing is left unsaved."""
        editing, changes = self.editing, self.unsaved()
        if editing is None:
            return True
        if not changes:  # saves nothing; it says so rather than nothing at all
            self.feedback.done(t("ui_session.unchanged", label=self.session.case.resource(editing).label))
            return True
        if not str(changes.get("label", "x")).strip():
            self.error.value = t("ui_session.label_required")
            return False
        return attempt(
            self.session,
            lambda case: case.update_resource(editing, **changes),
            self.feedback,
            self._problem,
            lambda res: t("ui_session.changed", label=res.label),
        )[0]

    def on_saved(self, callback: Callable[[bool], None]) -> None:
        """Call ``callback(added)`` after each save — by "Festhalten" or Enter —, ``added`` True for a
        new resource (the form is empty again then), False for a change."""
        self._saved_listeners.append(callback)

    def _label_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("event") == "submit":
            self.submit()  # Enter in "Was ist es?"; an empty field says what is missing, as the button does

    def _share_changed(self, change: dict[str, Any]) -> None:
        if self._filling or self.editing is None:
            return  # a new resource takes the box's value along when it is added
        self.set_shareable(self.editing, bool(change["new"]))

    def set_shareable(self, resource_id: str, value: bool) -> None:
        """The eLb agrees (or no longer agrees) that the note appears, without names, in a case
        conference; saved at once and undoable."""
        ok, _res = attempt(
            self.session,
            lambda case: case.update_resource(resource_id, shareable=value),
            self.feedback,
            self._problem,
            lambda _res: t(
                "ui_session.note_conference_ok_on" if value else "ui_session.note_conference_ok_off"
            ),
        )
        if not ok and resource_id in {r.id for r in self.session.case.resources}:
            self._show_shareable(self.session.case.resource(resource_id).shareable)

    def delete(self) -> None:
        """Delete the selected resource (and its lines); "Rückgängig" brings it back."""
        resource_id = self.editing
        if resource_id is None:
            return
        name = self.session.case.resource(resource_id).label
        ok, _ = attempt(
            self.session,
            lambda case: case.remove_resource(resource_id),
            self.feedback,
            self._problem,
            lambda _r: t("ui_session.deleted", label=name),
            lambda _r: t("ui_session.deleted_step", label=name),
        )
        if ok:
            self.edit(None)
            self.clear()

    def _problem(self, message: str) -> None:
        self.error.value = message


def _values(res: Resource) -> dict[str, Any]:
    """A resource's values as the form's fields hold them (:meth:`ResourceForm._fields`)."""
    keys = ("label", "category", "is_person", "role", "closeness", *ResourceDetails.DEFAULTS)
    return {key: getattr(res, key) for key in keys}


def _add_unless_on_map(case: Case, fields: dict[str, Any]) -> Resource:
    """Add the resource typed by hand — unless its name names a partner already on the map: then
    say where it is, as adding it from the directory does (ui/partners.py ``add_partner``)."""
    from beratungskit.analysis.partners import partner_named_on_map

    there = partner_named_on_map(case, fields["label"], fields["category"], fields.get("is_person"))
    if there is not None:
        raise CaseError(t("ui_session.partners_already", name=there.label))
    return case.add_resource(**fields)
