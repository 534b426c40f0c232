"""„Hilfe in einer Krise“: the crisis lines and the local crisis services, one click away in every session.

The wording guard offers the crisis line when a text speaks of a crisis (:func:`~beratungskit.analysis.
wording.crisis_offer`), but no list of words finds every way a person says it (issue 11: every blind
probe found self-harm phrasings the guard missed). So the offer does not depend on the guard: a
button in the session's head opens a short panel, in German and in the eLb's language (the page's
:class:`~beratungskit.ui.bilingual.BilingualLayer` translates each line), with

* the Telefonseelsorge (free, anonymous, day and night) for thoughts of self-harm or despair,
* the violence helplines, and the emergency numbers,
* the local services of the office's partner directory whose topics are a crisis or violence.

Nothing in the panel is written into the case: the method keeps the details of a crisis out of the
file (the referral topic is coarse on purpose). The directory's names are the office's text and are
escaped; a broken directory only leaves the local services out — the national lines never depend on it.

>>> from beratungskit.analysis.partners import Partner
>>> from beratungskit.model import Category, Origin, ReferralTopic
>>> shelter = Partner("x", "Frauenhaus <Süd>", Category.INFRASTRUKTURELL, Origin.FACHDIENST,
...                   (ReferralTopic.GEWALT,), "Schutz und Beratung")
>>> help = CrisisHelp(partners=[shelter])
>>> help.panel.layout.display
'none'
>>> help.button.click(); help.panel.layout.display is None
True
>>> "0800 111 0 111" in help.text.value, "Frauenhaus &lt;Süd&gt;" in help.text.value
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from beratungskit.analysis.partners import Partner, load_partners_or_none
from beratungskit.messages import t
from beratungskit.model import ReferralTopic

__all__ = ["CRISIS_TOPICS", "CrisisHelp", "crisis_help_lines", "crisis_services"]

#: The directory's topics whose services the panel lists: an acute crisis (housing emergency, despair)
#: and violence. Debts, family or addiction have their place in „Angebote“, not under "crisis".
CRISIS_TOPICS = frozenset({ReferralTopic.KRISE, ReferralTopic.GEWALT})


def crisis_services(partners: Sequence[Partner]) -> list[Partner]:
    """Every partner with a crisis topic, in the directory's order.

    >>> from beratungskit.analysis.partners import Partner
    >>> from beratungskit.model import Category, Origin, ReferralTopic
    >>> debts = Partner("x", "Schuldnerberatung", Category.INFRASTRUKTURELL, Origin.FACHDIENST,
    ...                 (ReferralTopic.SCHULDEN,))
    >>> crisis_services([debts])
    []
    """
    return [p for p in partners if CRISIS_TOPICS & set(p.topics)]


def crisis_help_lines(partners: Sequence[Partner]) -> list[str]:
    """The panel's lines, plain German text (the page shows the eLb's language beside each one).

    The local services are one line „Hier vor Ort:“; the panel lists each one under it, its name and
    what it offers each a text of its own, so that the language layer finds their translations
    (``partners`` in the catalogues; as one line „Hier vor Ort: A (…); B (…)“ they stood in German
    inside the translation, trial of session 14).
    """
    lines = [
        t("ui_session.crisis_help_self_harm"),
        t("ui_session.crisis_help_violence"),
        t("ui_session.crisis_help_emergency"),
    ]
    if crisis_services(partners):
        lines.append(t("ui_session.crisis_help_local"))
    lines.append(t("ui_session.crisis_help_private"))
    return lines


class CrisisHelp:
    """The button „Hilfe in einer Krise“ and the panel it opens and closes (built on the first click).

    ``partners`` is the local directory; read from the office's ``partners.yaml`` when not given.
    """

    def __init__(self, partners: Sequence[Partner] | None = None) -> None:
        self._partners = partners
        self.button = widgets.Button(
            description=t("ui_session.crisis_help"),
            tooltip=t("ui_session.crisis_help"),
            layout=widgets.Layout(width="auto"),
        )
        self.button.add_class("bk-crisis-help")
        self.text = widgets.HTML("")
        self.close_button = widgets.Button(
            description=t("ui_session.crisis_help_close"), layout=widgets.Layout(width="auto")
        )
        self.close_button.add_class("bk-crisis-close")
        self.panel = widgets.VBox(
            [self.text, self.close_button], layout=widgets.Layout(display="none", width="100%")
        )
        self.panel.add_class("bk-crisis-panel")
        self.button.on_click(lambda _b: self.toggle())
        self.close_button.on_click(lambda _b: self.show(False))

    @property
    def shown(self) -> bool:
        return bool(self.panel.layout.display != "none")

    def toggle(self) -> None:
        self.show(not self.shown)

    def show(self, shown: bool) -> None:
        if shown:
            partners = self._partners if self._partners is not None else load_partners_or_none()
            self.text.value = _panel_html(crisis_help_lines(partners), crisis_services(partners))
        self.panel.layout.display = None if shown else "none"
        self.button.remove_class("bk-crisis-help-open")
        if shown:
            self.button.add_class("bk-crisis-help-open")


def _panel_html(lines: Sequence[str], services: Sequence[Partner] = ()) -> str:
    # one element per catalogue text, so that the page's language layer finds and translates each
    title = html.escape(t("ui_session.crisis_help_title"))
    local = t("ui_session.crisis_help_local")
    listed = "".join(
        f'<li><span class="bk-crisis-service">{html.escape(p.name)}</span>'
        + (f'<span class="bk-crisis-offer">{html.escape(p.description)}</span>' if p.description else "")
        + "</li>"
        for p in services
    )
    items = "".join(
        f"<li>{html.escape(line)}<ul>{listed}</ul></li>" if line == local else f"<li>{html.escape(line)}</li>"
        for line in lines
    )
    return (
        f'<section class="bk-crisis-text" aria-label="{title}">'
        f'<h2 class="bk-crisis-title">{title}</h2><ul>{items}</ul></section>'
    )
