"""A team on one server: JupyterHub in front of one beratungskit app per IFK.

``beratungskit hub`` writes a small ``jupyterhub_config.py`` into its state folder that calls
:func:`configure` with the settings of the command line, and runs JupyterHub with it:

* **JupyterHub on 127.0.0.1** (a TLS reverse proxy or The Littlest JupyterHub brings it to the
  office's network), with configurable-http-proxy from npm.
* **Login** through the office's authenticator: PAM by default (the server's Unix accounts, members
  of the team group); LDAP or OAuth by the office's own JupyterHub settings (see the README).
* **Each IFK gets their own app server**, started as their Unix user (``LocalProcessSpawner``):
  :class:`~beratungskit.server.AppServer` with JupyterHub's own OAuth (:class:`HubIdentityProvider`),
  so only that IFK can open it. Their cases live in ``~/faelle`` (0700, files 0600); another IFK can
  open them neither through the app nor through the file system.
* **The team folder** (``--teamordner``, owned by root and the team group, mode 3770: group members
  write, nobody deletes another's file, new files keep the group) receives only pseudonymised
  exports — conference pages and per-case team figures, 0640 — which the conference and team views
  read (:mod:`beratungskit.store.teamfolder`).

``beratungskit hub --demo`` is a trial on one PC without Unix accounts: two demo users with a printed
password (JupyterHub's SharedPasswordAuthenticator) whose app servers run as the current user with homes
under the state folder. It is for trying, not for real cases: both users share one Unix account.

The hub's own pages (login, "starting", "not running", logout, errors, the navigation bar) are German
(``jupyter_data/hub_templates``, texts from ``messages/hub_pages.py``).
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import secrets
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from beratungskit.server import JUPYTER_DATA, SESSION_NOTEBOOK

__all__ = [
    "DEMO_USERS",
    "HubSettings",
    "HubSetupError",
    "configure",
    "find_proxy",
    "hub_server_options",
    "prepare_team_folder",
    "write_config",
]

#: The two users of ``beratungskit hub --demo``.
DEMO_USERS = ("demo-anna", "demo-ben")
TEAM_DIR_MODE = 0o3770  # setgid: files keep the team group; sticky: nobody removes another's file
HUB_TEMPLATES = JUPYTER_DATA / "hub_templates"
CONFIG_NAME = "jupyterhub_config.py"
SETTINGS_NAME = "beratungskit-hub.json"


class HubSetupError(Exception):
    """Something the person starting the hub must fix (German, one line)."""


@dataclass
class HubSettings:
    """What ``beratungskit hub`` passes to :func:`configure` (stored as JSON in the state folder)."""

    state: str
    team_folder: str
    team_group: str = "beratungskit"
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    proxy: str = ""
    python: str = sys.executable
    demo: bool = False
    demo_password: str = ""
    demo_users: list[str] = field(default_factory=lambda: list(DEMO_USERS))
    #: extra Unix users allowed besides the team group's members (tests, small offices)
    allowed_users: list[str] = field(default_factory=list)


# --- the hub's configuration -----------------------------------------------------------------------


def find_proxy(explicit: str | None = None) -> str | None:
    """configurable-http-proxy: ``explicit``, the copy ``make hub-proxy`` installs beside this Python,
    or one on ``PATH``."""
    if explicit:
        return explicit if Path(explicit).exists() else None
    beside = Path(sys.prefix) / "proxy" / "node_modules" / ".bin" / "configurable-http-proxy"
    if beside.exists():
        return str(beside)
    return shutil.which("configurable-http-proxy")


def _home_of(username: str) -> Path:
    return Path(pwd.getpwnam(username).pw_dir)


def hub_page_texts() -> dict[str, str]:
    """The German texts of the hub's own pages (``messages/hub_pages.py``), for its templates as ``bk``."""
    from beratungskit.messages import CATALOGUE

    # unformatted: the templates fill their own values ({code})
    return {key[len("hub_pages.") :]: text for key, text in CATALOGUE.items() if key.startswith("hub_pages.")}


def configure(c: Any, settings: HubSettings | str | Path) -> None:
    """Fill JupyterHub's config object ``c`` (in ``jupyterhub_config.py``) from ``settings``."""
    if not isinstance(settings, HubSettings):
        settings = HubSettings(**json.loads(Path(settings).read_text(encoding="utf-8")))
    state = Path(settings.state)
    hub = c.JupyterHub
    hub.ip = "127.0.0.1"
    hub.port = settings.port
    hub.hub_ip = "127.0.0.1"
    hub.hub_port = settings.hub_port
    hub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
    hub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
    hub.template_paths = [str(HUB_TEMPLATES)]
    hub.template_vars = {"bk": hub_page_texts()}
    # After login straight into the session app (the hub starts the IFK's server on the way).
    hub.default_url = f"/hub/user-redirect/voila/render/{SESSION_NOTEBOOK}"
    hub.shutdown_on_logout = False
    c.ConfigurableHTTPProxy.command = [settings.proxy]
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings.proxy_api_port}"

    spawner = c.Spawner
    spawner.cmd = [settings.python, "-m", "beratungskit.server", "--hub"]
    spawner.default_url = f"/voila/render/{SESSION_NOTEBOOK}"
    spawner.start_timeout = 180  # the first start of a server and its kernel, on a loaded machine
    spawner.http_timeout = 120
    team = settings.team_folder

    if settings.demo:
        hub.authenticator_class = "jupyterhub.authenticators.shared.SharedPasswordAuthenticator"
        c.SharedPasswordAuthenticator.user_password = settings.demo_password
        c.Authenticator.allowed_users = set(settings.demo_users)
        hub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
        homes = state / "home"
        c.SimpleLocalProcessSpawner.home_dir_template = str(homes / "{username}")
        store_of: Callable[[Any], str] = lambda spawner: str(homes / spawner.user.name / "faelle")  # noqa: E731
    else:
        hub.authenticator_class = "jupyterhub.auth.PAMAuthenticator"
        c.PAMAuthenticator.allowed_groups = {settings.team_group}
        if settings.allowed_users:
            c.Authenticator.allowed_users = set(settings.allowed_users)
        hub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
        store_of = lambda spawner: str(_home_of(spawner.user.name) / "faelle")  # noqa: E731
    spawner.environment = {
        "BERATUNGSKIT_STORE": store_of,
        "BERATUNGSKIT_TEAM": team,
        "PYTHONUNBUFFERED": "1",
    }


def prepare_team_folder(settings: HubSettings) -> Path:
    """Create the team folder: root and the team group, 3770 (demo: the current user's, 0700)."""
    folder = Path(settings.team_folder)
    if settings.demo:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        return folder
    try:
        gid = grp.getgrnam(settings.team_group).gr_gid
    except KeyError:
        from beratungskit.messages import t

        raise HubSetupError(t("hub.no_group", group=settings.team_group)) from None
    folder.mkdir(parents=True, exist_ok=True)
    os.chown(folder, 0, gid)
    folder.chmod(TEAM_DIR_MODE)
    return folder


def write_config(settings: HubSettings) -> Path:
    """Write the settings and a ``jupyterhub_config.py`` that reads them into the state folder."""
    state = Path(settings.state)
    state.mkdir(parents=True, exist_ok=True)
    state.chmod(0o700)  # the hub's database and cookie secret
    if settings.demo:
        for user in settings.demo_users:
            (state / "home" / user).mkdir(parents=True, exist_ok=True)
    settings_path = state / SETTINGS_NAME
    settings_path.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    settings_path.chmod(0o600)  # holds the demo password
    config = state / CONFIG_NAME
    config.write_text(
        "# Written by `beratungskit hub`; the settings are in the JSON file beside it.\n"
        "from beratungskit.hub import configure\n\n"
        f"configure(c, {str(settings_path)!r})  # noqa: F821 - `c` is JupyterHub's config object\n",
        encoding="utf-8",
    )
    return config


def demo_password() -> str:
    """A password that is easy to read aloud and type (no 0/O, 1/l)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))


# --- each IFK's app server under the hub -------------------------------------------------------


def _identity_provider_class() -> type[Any]:
    from jupyter_server.utils import url_path_join
    from jupyterhub.singleuser.extension import JupyterHubIdentityProvider, JupyterHubOAuthCallbackHandler

    class HubIdentityProvider(JupyterHubIdentityProvider):  # type: ignore[misc]
        """JupyterHub's OAuth for the app server: only the hub user who owns it gets in.

        JupyterHub's own provider, with its OAuth callback and logout at the server's prefix
        (Voilà adds the provider's routes as they are, without its base URL).
        """

        def get_handlers(self) -> list[tuple[Any, ...]]:
            prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/")
            return [
                (url_path_join(prefix, "logout"), self.logout_handler_class),
                (
                    url_path_join(prefix, "oauth_callback"),
                    JupyterHubOAuthCallbackHandler,
                    {"hub_auth": self.hub_auth},
                ),
            ]

    return HubIdentityProvider


def hub_server_options() -> list[str]:
    """Voilà options for an IFK's app server started by JupyterHub (from the hub's environment)."""
    from beratungskit.resources import notebooks_dir
    from beratungskit.server import _voila_options, voila_env

    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/")
    os.environ["JUPYTER_PATH"] = voila_env()["JUPYTER_PATH"]  # the page template, for kernels too
    # The IFK's cases: ~/faelle unless the hub says otherwise (TLJH and Zero to JupyterHub need not).
    os.environ.setdefault("BERATUNGSKIT_STORE", str(Path.home() / "faelle"))
    return [
        str(notebooks_dir()),
        "--no-browser",
        f"--Voila.ip={url.hostname or '127.0.0.1'}",
        f"--port={url.port}",
        f"--Voila.base_url={prefix}",
        # no token of Voilà's own: the hub's OAuth decides who may come in
        "--Voila.auto_token=True",
        "--Voila.identity_provider_class=beratungskit.hub.HubIdentityProvider",
        "--Voila.authorizer_class=jupyterhub.singleuser.extension.JupyterHubAuthorizer",
        *_voila_options(),
        "--preheat_kernel=True",
    ]


def __getattr__(name: str) -> Any:
    """``beratungskit.hub.HubIdentityProvider``, built on first use: it needs JupyterHub, which only a
    hub installation has (the ``hub`` extra)."""
    if name == "HubIdentityProvider":
        cls = _identity_provider_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


# --- `beratungskit hub` -----------------------------------------------------------------------------


def _free_ports(count: int, avoid: int) -> list[int]:
    """``count`` distinct free ports on 127.0.0.1, none of them ``avoid`` (all held until chosen)."""
    import socket

    sockets: list[socket.socket] = []
    ports: list[int] = []
    try:
        while len(ports) < count:
            sock = socket.socket()
            sockets.append(sock)
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
            if port != avoid:
                ports.append(port)
        return ports
    finally:
        for sock in sockets:
            sock.close()


def _wait_for_hub(url: str, process: Any, timeout: float) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if _hub_is_up(url):
            return True
        time.sleep(0.5)
    return False


def _hub_is_up(url: str) -> bool:
    """True when JupyterHub itself answers its health check (not some other server on the port)."""
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # loopback only
            return response.status == 200 and bool(response.headers.get("X-JupyterHub-Version"))
    except OSError:
        return False


def start_hub(
    *,
    demo: bool = False,
    port: int = 8000,
    team_folder: str | None = None,
    team_group: str = "beratungskit",
    state: str | None = None,
    proxy: str | None = None,
    allowed_users: list[str] | None = None,
) -> int:
    """Run JupyterHub for a team until Ctrl+C or SIGTERM (``beratungskit hub``); returns the exit code."""
    import subprocess

    from beratungskit.messages import t
    from beratungskit.server import process_group

    if shutil.which("jupyterhub", path=str(Path(sys.executable).parent)) is None:
        raise HubSetupError(t("hub.no_jupyterhub"))
    proxy_path = find_proxy(proxy)
    if proxy_path is None:
        raise HubSetupError(t("hub.no_proxy"))
    if not demo and os.geteuid() != 0:
        raise HubSetupError(t("hub.needs_root"))
    state_dir = Path(state or ("hub-demo" if demo else "/var/lib/beratungskit-hub")).resolve()
    team = Path(team_folder or (state_dir / "team" if demo else "/srv/beratungskit/team")).resolve()
    hub_port, api_port = _free_ports(2, avoid=port)
    settings = HubSettings(
        state=str(state_dir),
        team_folder=str(team),
        team_group=team_group,
        port=port,
        hub_port=hub_port,
        proxy_api_port=api_port,
        proxy=proxy_path,
        demo=demo,
        demo_password=demo_password() if demo else "",
        allowed_users=list(allowed_users or []),
    )
    prepare_team_folder(settings)
    config = write_config(settings)
    log_path = state_dir / "jupyterhub.log"
    command = [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(config)]
    url = f"http://127.0.0.1:{port}/"
    # JupyterHub stops the IFKs' servers and the proxy itself when the group gets SIGTERM.
    with (
        log_path.open("ab") as log,
        process_group(
            command, cwd=state_dir, stdout=log, stderr=subprocess.STDOUT, stop_timeout=60
        ) as process,
    ):
        try:
            if not _wait_for_hub(url + "hub/health", process, timeout=120):
                raise HubSetupError(t("hub.start_failed", log=log_path))
            print(t("hub.started", url=url), flush=True)
            print(t("hub.team_folder", folder=team, group=team_group if not demo else "-"), flush=True)
            if demo:
                print(t("hub.demo_users", users=", ".join(DEMO_USERS)), flush=True)
                print(t("hub.demo_password", password=settings.demo_password), flush=True)
                print(t("hub.demo_warning"), flush=True)
            return process.wait()
        except KeyboardInterrupt:
            return 0
