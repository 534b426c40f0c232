"""The hub's own pages speak German: every page an IFK can reach, rendered with JupyterHub's own
templates beneath ours, the way JupyterHub loads them (``init_tornado_settings``).

The real hub serves these pages in ``tests/test_hub.py`` (root only); this renders every template
there is, also the ones a test run rarely reaches (not running, failed start, logout, 404, 500).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

jinja2 = pytest.importorskip("jinja2")
pytest.importorskip("jupyterhub")

from beratungskit.hub import HUB_TEMPLATES, hub_page_texts  # noqa: E402

#: JupyterHub's English that must not reach an IFK (whole words).
ENGLISH = re.compile(
    r"\b(Home|Token|Logout|Login|Server|Stop|Start|Launch|Relaunch|starting|redirected|Event log|"
    r"permission|Successfully|moons|Named|Spawn|failed|retry|Sign in|Username|Password|Toggle|Error|Close)\b"
)


class _Text(HTMLParser):
    """The text a person reads: no script, no style, no hidden parts; plus titles and labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip: list[str] = []  # open tags of a part nobody sees (script, hidden, an unopened dialog)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if (
            tag in ("script", "style", "noscript")
            or "hidden" in values
            or values.get("aria-hidden") == "true"
        ):
            self._skip.append(tag)
        if not self._skip:
            for name in ("title", "aria-label", "alt", "value", "placeholder"):
                if values.get(name) and not (tag == "input" and values.get("type") == "hidden"):
                    self.parts.append(str(values[name]))

    def handle_endtag(self, tag: str) -> None:
        if self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(data.strip())


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join(parser.parts)


def environment() -> Any:
    from jupyterhub.app import JupyterHub

    base_path = JupyterHub()._template_paths_default()[0]
    loader = jinja2.ChoiceLoader(
        [
            jinja2.PrefixLoader({"templates": jinja2.FileSystemLoader([base_path])}, "/"),
            jinja2.FileSystemLoader([str(HUB_TEMPLATES), base_path]),
        ]
    )
    return jinja2.Environment(loader=loader, autoescape=True)


def namespace(**extra: Any) -> dict[str, Any]:
    user = SimpleNamespace(name="anna", spawner=SimpleNamespace(options_form=None))
    ns: dict[str, Any] = {
        "base_url": "/hub/",
        "prefix": "/",
        "user": user,
        "login_url": "/hub/login",
        "logout_url": "/hub/logout",
        "login_service": "",
        "static_url": lambda path, **_kw: f"/hub/static/{path}",
        "version_hash": "x",
        "services": [],
        "parsed_scopes": {},
        "expanded_scopes": set(),
        "xsrf": "token",
        "authenticator_login_url": "/hub/login",
        "username": "",
        "login_error": "",
        "bk": hub_page_texts(),
    }
    ns.update(extra)
    return ns


PAGES = {
    "login": ("login.html", {"user": None}, "Anmelden"),
    "login error": ("login.html", {"user": None, "login_error": "Invalid"}, "stimmen nicht"),
    "starting": ("spawn_pending.html", {"progress_url": "/x", "server_name": ""}, "wird gestartet"),
    "not running": (
        "not_running.html",
        {"failed": False, "spawn_url": "/hub/spawn", "server_name": "", "implicit_spawn_seconds": 0},
        "nicht gestartet",
    ),
    "start failed": (
        "not_running.html",
        {"failed": True, "failed_message": "", "spawn_url": "/hub/spawn", "server_name": ""},
        "ließ sich nicht starten",
    ),
    "home": (
        "home.html",
        {"default_server": SimpleNamespace(active=True), "url": "/user/anna/", "allow_named_servers": False},
        "Zur Startseite der Beratung",
    ),
    "logged out": ("logout.html", {"user": None}, "Sie sind abgemeldet."),
    "403": (
        "error.html",
        {"status_code": 403, "status_message": "Forbidden", "message": "x"},
        "anderen Person",
    ),
    "404": ("404.html", {"status_code": 404, "status_message": "Not Found", "message": "x"}, "gibt es nicht"),
    "500": (
        "error.html",
        {"status_code": 500, "status_message": "Error", "message": "x"},
        "schiefgegangen (500)",
    ),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_hub_page_speaks_german(name: str) -> None:
    template, extra, expected = PAGES[name]
    page = environment().get_template(template).render(**namespace(**extra))
    text = visible_text(page)
    assert expected in text, text
    assert not ENGLISH.search(text), f"English on the hub's {name} page: {ENGLISH.findall(text)} in {text!r}"
    # A screen reader reads it as German and finds its content (WCAG 3.1.1, 1.3.1; the login page is
    # also checked with axe-core in the real hub, tests/test_hub.py).
    assert 'document.documentElement.lang = "de"' in page
    assert page.count("<main>") == 1 and page.count("</main>") == 1, name
    if extra.get("user", True) is not None:  # signed in: the way to one's session (and out)
        assert "Meine gemeinsame Sitzung" in text
        # JupyterHub's error page leaves the sign-in part out (it may be drawn without a user)
        assert ("Abmelden" in text) == ("status_code" not in extra)


def test_every_template_of_ours_is_checked() -> None:
    ours = {path.name for path in Path(HUB_TEMPLATES).glob("*.html")}
    assert ours <= {template for template, _extra, _expected in PAGES.values()} | {"page.html"}


def test_the_starting_page_still_follows_the_start_and_goes_on_by_itself() -> None:
    """Our German text replaces JupyterHub's, its script stays: without it the page waits forever."""
    page = environment().get_template("spawn_pending.html").render(**namespace(progress_url="/hub/api/p"))
    assert 'new EventSource("/hub/api/p")' in page
    assert "window.location.reload()" in page
    for element in ("progress-bar", "sr-progress", "progress-message", "progress-log", "progress-details"):
        assert f'id="{element}"' in page
