"""Links between the app's pages, and the page address as the kernel learns it.

The pages are Voilà renders of the notebooks, side by side in one folder: ``voila/render/<notebook>``.
Links are therefore relative (``03_fallbesprechung.ipynb?fall=KEY``; ``../../`` is the app's home page)
and work the same on a single PC and under JupyterHub's ``/user/NAME/`` prefix.

A pre-heated kernel runs its notebook before anybody opens the page, so it cannot read the page's
address (``?fall=KEY``) at that time. :class:`PageAddress` is a tiny anywidget whose front end sends
``window.location.search`` once the page has connected; the session app then opens that case, or
reads the case list again (it was drawn before the page was opened).

>>> page_href("03_fallbesprechung.ipynb", fall="sonne")
'03_fallbesprechung.ipynb?fall=sonne'
>>> query_value("?fall=sonne&x=1", "fall")
'sonne'
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote, urlencode

import anywidget
import ipywidgets as widgets
import traitlets

from beratungskit.messages import t
from beratungskit.model import Case
from beratungskit.store import valid_key
from beratungskit.ui.case_picker import case_entries

if TYPE_CHECKING:  # the app imports this module; only its type is needed here
    from beratungskit.ui.app import SessionApp
    from beratungskit.ui.conference_view import ConferenceView

__all__ = [
    "CONFERENCE_PAGE",
    "HOME_HREF",
    "SESSION_PAGE",
    "TEAM_PAGE",
    "NavBar",
    "PageAddress",
    "link_conference_view",
    "link_home",
    "link_session_app",
    "nav_html",
    "page_href",
    "printout_href",
    "query_value",
    "session_links",
]

SESSION_PAGE = "01_gemeinsame_sitzung.ipynb"
CONFERENCE_PAGE = "03_fallbesprechung.ipynb"
TEAM_PAGE = "04_teamreflexion.ipynb"
#: From ``…/voila/render/<notebook>`` to the app's root, where the home page is.
HOME_HREF = "../../"
#: The case folder's printouts (plan, PDF), served by the app server (``server.PRINTOUT_PATH``).
PRINTOUTS_HREF = HOME_HREF + "beratungskit/ausdrucke/"

_NAV_CSS = """<style>
.bk-nav { display: flex; flex-wrap: wrap; gap: 4px 22px; justify-content: flex-end; align-items: center;
  margin: 0 0 6px; }
.bk-nav a { font-size: 18px; color: #0b4f8a; text-decoration: underline; padding: 6px 4px;
  min-height: 44px; box-sizing: border-box; display: inline-flex; align-items: center; }
.bk-nav a:focus-visible { outline: 4px solid #f2a900; outline-offset: 2px; }
</style>"""


def page_href(notebook: str, **query: str) -> str:
    """A relative link to another page of the app, with its query (values URL-encoded)."""
    return notebook + (f"?{urlencode(query)}" if query else "")


def printout_href(name: str) -> str:
    """A relative link to a file in the case folder's ``ausdrucke``, as the app server serves it.

    >>> printout_href("sonne-plan.pdf")
    '../../beratungskit/ausdrucke/sonne-plan.pdf'
    """
    return PRINTOUTS_HREF + quote(name)


def query_value(search: str, name: str) -> str | None:
    """The first value of ``name`` in a query string such as ``?fall=sonne`` (``None`` if absent)."""
    values = parse_qs(search.lstrip("?")).get(name)
    return values[0] if values else None


def nav_html(links: Sequence[tuple[str, str]]) -> str:
    """The link row as HTML: ``links`` are (text, href) pairs, shown in this order."""
    anchors = "".join(
        f'<a class="bk-nav-link" href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'
        for text, href in links
    )
    return f'{_NAV_CSS}<nav class="bk-nav">{anchors}</nav>'


def session_links() -> list[tuple[str, str]]:
    """The session page's links while no case is open (also the first view's, ``server.py``)."""
    return [(t("ui_pages.home"), HOME_HREF)]


class NavBar:
    """A row of plain links ("Startseite", "Zur Fallbesprechung …"); user text never reaches it."""

    def __init__(self, links: Sequence[tuple[str, str]] = ()) -> None:
        self.widget = widgets.HTML("", layout=widgets.Layout(width="100%"))
        self.widget.add_class("bk-nav-box")
        self.show(links)

    def show(self, links: Sequence[tuple[str, str]]) -> None:
        """``links``: (text, href) pairs, shown in this order."""
        self.widget.value = nav_html(links)


class PageAddress(anywidget.AnyWidget):
    """Sends the page's query string (``?fall=…``, or ``?`` for none) once the page is connected."""

    # Sent from render(), not initialize(): render runs once the page has loaded every widget, so
    # changes the kernel makes in reply (opening a case) reach views that exist, never half-loaded ones.
    _esm = """
    export default {
      render({ model }) {
        if (model.get("search")) return;
        model.set("screen", [window.innerWidth, window.innerHeight]);
        model.set("search", window.location.search || "?");
        model.save_changes();
      }
    };
    """
    search = traitlets.Unicode("").tag(sync=True)
    #: the window's [width, height] in CSS pixels, sent with the address (how much room the map has)
    screen = traitlets.List(traitlets.Float(), default_value=[]).tag(sync=True)

    def on_address(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(search)`` once, when the page reports its address."""

        def changed(change: dict[str, object]) -> None:
            if change["new"]:
                callback(str(change["new"]))

        self.observe(changed, names="search")


def link_session_app(app: SessionApp) -> None:
    """Give the session app its links and let it follow the page address.

    Above the app: "Startseite", and while a case is open "Fallbesprechung zu diesem Fall". When the
    page reports ``?fall=KEY`` (e.g. coming back from the conference page) that case is opened;
    otherwise the case list is read again, since a pre-heated kernel drew it before the page opened.
    """
    nav = NavBar()
    address = PageAddress()

    def follow(case: Case | None) -> None:
        links = session_links()
        if case is not None:
            links.insert(0, (t("ui_pages.to_conference"), page_href(CONFERENCE_PAGE, fall=case.key)))
        nav.show(links)

    def arrived(search: str) -> None:
        if len(address.screen) == 2 and min(address.screen) > 0:
            app.screen_size = (float(address.screen[0]), float(address.screen[1]))
        app.page_shown()  # the page is there: the live map's bundle can travel now
        key = query_value(search, "fall")
        if app.session is not None:
            return
        if key and valid_key(key) and app.store.exists(key):
            app.picker.open(key)
        elif case_entries(app.store) != [(k, b.description) for k, b in app.picker.case_buttons.items()]:
            # Only when the list changed (a case added, or changed: its date and place): redrawing
            # it while the page draws it is wasted work.
            app.picker.refresh()

    follow(None)
    app.case_listeners.append(follow)
    address.on_address(arrived)
    # the links sit at the end of the app's one-row head (the map below gets the lines of the screen)
    nav.widget.layout.width = "auto"
    app.page_links.children = [nav.widget]
    app.widget.children = [address, *app.widget.children]


def link_conference_view(view: ConferenceView) -> None:
    """Links of the conference page: back to the session on the chosen case, and the home page.

    ``?fall=KEY`` chooses the case (the session app links here with the case it has open).
    """
    nav = NavBar()
    address = PageAddress()

    def follow(_change: object = None) -> None:
        key = view.picker.value
        back = page_href(SESSION_PAGE, fall=key) if key else SESSION_PAGE
        nav.show([(t("ui_pages.to_session"), back), (t("ui_pages.home"), HOME_HREF)])

    def arrived(search: str) -> None:
        key = query_value(search, "fall")
        if key and key in {value for _label, value in view.picker.options}:
            view.picker.value = key

    follow()
    view.picker.observe(follow, names="value")
    # Without a pre-heated kernel Voilà hands the page's query to the kernel at once.
    arrived(os.environ.get("QUERY_STRING", ""))
    address.on_address(arrived)
    view.widget.children = [nav.widget, address, *view.widget.children]


def link_home(widget: widgets.Box) -> None:
    """Put the "Startseite" link above a page's widget."""
    widget.children = [NavBar([(t("ui_pages.home"), HOME_HREF)]).widget, *widget.children]
