"""How the app is served: Voilà on 127.0.0.1 with beratungskit's own page template and pages.

Used by ``beratungskit start``, by each IFK's server under ``beratungskit hub`` and by the browser
tests, so that what is tested is what runs. :class:`AppServer` is Voilà with three changes:

* **a German home page** at the root (and at ``voila/tree``) instead of Voilà's English file list,
  which also asked a CDN for its icon font. It links the three pages a person uses.
* **kernels live as long as their page.** Voilà's page asks the server to shut its kernel down when
  the page is closed or reloaded (a beacon to ``voila/api/shutdown/<id>``). The beacon sends the
  ``_xsrf`` cookie as its form field, but Voilà's render page never sets that cookie, so the server
  refused every shutdown (403, voila issue #1458) and kernels stayed until the idle cull. The app
  page here sets the cookie (tornado's or, under JupyterHub, the hub's own XSRF token) before it
  renders, and the shutdown passes the normal XSRF check — nothing is switched off.
* **pre-heated kernels**: the session notebook is run ahead of time in a kernel kept ready
  (Voilà's preheat), so the case list shows at once when the page is opened. A page fetches only
  the JupyterLab extensions it uses, says a German sentence while it loads, and its JavaScript
  travels gzipped.
* **the case list in the first paint**: the session page's HTML carries the case list, read from
  the store when the page is asked for (``case_picker.first_view_html``, put where the template
  says ``FIRST_VIEW_MARK``). It shows and takes clicks before Voilà's JavaScript has started the
  widgets (about a second even on an idle PC); the live list takes its place once it is drawn.
* **answers travel at once**: the page's websocket to its kernel sends small messages without
  waiting (``TCP_NODELAY``, :class:`SendAtOnce`). tornado leaves Nagle's algorithm on, and an edit's
  answer is a burst of small messages (busy, the row, the status line, idle): the second one waited
  for the browser's delayed ACK, ~40 ms, in about half of all edits (issue 15).
* **printouts**: ``beratungskit/ausdrucke/<name>`` serves the plan, "festgehalten" and PDFs from the
  case folder's ``ausdrucke`` — under the hub they lie on the server, and this is how the IFK opens
  and prints them.

Voilà's stock templates load icon fonts from a CDN; the ``beratungskit`` template in
``jupyter_data/voila/templates`` is the same page without them (found through ``JUPYTER_PATH``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

__all__ = [
    "JUPYTER_DATA",
    "PAGES",
    "PREHEATED",
    "PRINTOUT_PATH",
    "SESSION_NOTEBOOK",
    "SendAtOnce",
    "main",
    "process_group",
    "voila_command",
    "voila_env",
    "wait_until_answering",
]

JUPYTER_DATA = Path(__file__).resolve().parent / "jupyter_data"

SESSION_NOTEBOOK = "01_gemeinsame_sitzung.ipynb"
#: The pages of the app, in the order the home page shows them: (notebook, message key prefix).
PAGES = (
    (SESSION_NOTEBOOK, "server.session"),
    ("03_fallbesprechung.ipynb", "server.conference"),
    ("04_teamreflexion.ipynb", "server.team"),
)
#: Notebooks kept ready in a pre-heated kernel (one each): the joint session, opened many times a day.
PREHEATED = (SESSION_NOTEBOOK,)


def voila_command(
    target: Path,
    port: int,
    *,
    cull_idle_timeout: int = 300,
    cull_connected: bool = False,
    preheat: bool = True,
    python: str = sys.executable,
) -> list[str]:
    """The command line serving ``target`` (a notebook or a folder of notebooks) with :class:`AppServer`.

    A closed page shuts its kernel down at once (see the module docstring); the idle cull after five
    minutes stays as a backstop for a browser that crashed or lost its connection. A page that is
    still open is never culled (``cull_connected``), however long the conversation pauses.
    """
    command = [
        python,
        "-m",
        "beratungskit.server",
        str(target),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        *_voila_options(cull_idle_timeout, cull_connected),
    ]
    if preheat and Path(target).is_dir():
        command.append("--preheat_kernel=True")  # main() adds which notebooks, see PREHEATED
    return command


def _voila_options(cull_idle_timeout: int = 300, cull_connected: bool = False) -> list[str]:
    return [
        "--template=beratungskit",
        "--HTMLExporter.language_code=de",  # <html lang="de">: the page is German (nbconvert says "en")
        "--show_tracebacks=False",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle_timeout}",
        "--MappingKernelManager.cull_interval=30",
        f"--MappingKernelManager.cull_connected={cull_connected}",
    ]


#: The JupyterLab extensions the pages use: the widgets, Voilà's widget manager for them, anywidget.
#: Anything else installed beside them (a syntax highlighter for code the pages never show, an
#: office's extra extensions) would be fetched and run on every page for nothing.
PAGE_EXTENSIONS = ["@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8", "anywidget"]


#: Where the page template leaves room for the session page's first view (see ``AppPageHandler``).
FIRST_VIEW_MARK = "<!--beratungskit:first-view-->"

#: Where the printouts are served, below the app's address (see ``PrintoutHandler``).
PRINTOUT_PATH = "beratungskit/ausdrucke"
PRINTOUT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
PRINTOUT_TYPES = {".pdf": "application/pdf", ".html": "text/html; charset=utf-8"}


class SendAtOnce:
    """For a tornado ``WebSocketHandler``: small messages leave at once, not after the peer's ACK.

    tornado's websockets keep Nagle's algorithm (its ``set_nodelay`` docs: "200-500ms delays" with
    delayed ACKs). A kernel answers an edit with a burst of small messages; with Nagle the first
    left, the next waited until the browser acknowledged it — 33–46 ms on Linux, in about half of
    the edits (the bimodal 20/50 ms figures of ``bench_app.py``).
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        self.set_nodelay(True)  # type: ignore[attr-defined]
        return super().open(*args, **kwargs)  # type: ignore[misc]


def _server_config() -> Any:
    from traitlets.config import Config

    from beratungskit.messages import t

    config = Config()
    pools: dict[str, Any] = {"default": {"pool_size": 0}}
    pools.update({name: {"pool_size": 1} for name in PREHEATED})
    config.VoilaKernelManager.kernel_pools_config = pools
    # refill the pool right after a kernel is taken: the next page may be opened soon
    config.VoilaKernelManager.fill_delay = 0
    config.VoilaConfiguration.extension_allowlist = PAGE_EXTENSIONS
    # German words for the page template (the loading note instead of "Running <notebook>...")
    config.VoilaConfiguration.resources = {"beratungskit": {"loading": t("server.loading")}}
    return config


def voila_env(base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """``base`` (default: this process's environment) with the template folder on ``JUPYTER_PATH``."""
    env = dict(os.environ if base is None else base)
    paths = [str(JUPYTER_DATA), *filter(None, env.get("JUPYTER_PATH", "").split(os.pathsep))]
    env["JUPYTER_PATH"] = os.pathsep.join(paths)
    env.update(extra)
    return env


# --- running a server from the command line ----------------------------------------------------


@contextlib.contextmanager
def process_group(
    command: Sequence[str], *, stop_timeout: float = 10.0, **popen: Any
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` in a process group of its own and stop that group when the block ends.

    Its own group: Ctrl+C reaches only the caller, which then stops the server cleanly. A plain
    ``kill`` or a closed terminal (SIGTERM, SIGHUP) ends the block as Ctrl+C does, so no server and
    no kernel is left behind.
    """
    process = subprocess.Popen(list(command), start_new_session=True, **popen)

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:  # pragma: no cover
                os.killpg(process.pid, signal.SIGKILL)


def wait_until_answering(url: str, process: subprocess.Popen[bytes], timeout: float) -> bool:
    """Poll ``url`` (loopback) until it answers at all; False when ``process`` ended or time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):  # loopback only
                return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            time.sleep(0.3)
    return False


# --- the server (Voilà is imported only here: the command line and tests above stay light) --------


def _first_view(store_dir: Path) -> str:
    """The session page's first view: the case list of ``store_dir`` as HTML ("" if unreadable)."""
    from beratungskit.store import StoreError
    from beratungskit.ui.case_picker import first_view_html
    from beratungskit.ui.pagelinks import nav_html, session_links

    try:
        return first_view_html(_store(store_dir), nav_html(session_links()))
    except (OSError, StoreError):  # the live page says what is wrong, in the kernel's words
        return ""


@functools.cache
def _store(store_dir: Path) -> Any:
    from beratungskit.store import CaseStore

    return CaseStore(store_dir)  # one per folder: it remembers what it read (list() stays cheap)


def _app_server_class() -> type[Any]:
    from jupyter_server.utils import url_path_join
    from tornado import web
    from voila.app import Voila
    from voila.handler import BaseVoilaHandler
    from voila.tornado.handler import TornadoVoilaHandler
    from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler
    from voila.tornado.treehandler import TornadoVoilaTreeHandler

    from beratungskit.messages import t

    class AppPageHandler(TornadoVoilaHandler):  # type: ignore[misc]
        """Voilà's app page, which also sets the ``_xsrf`` cookie its shutdown beacon sends."""

        async def prepare(self) -> None:
            await super().prepare()
            # Reading the token sets the cookie (tornado; under JupyterHub the hub's signed token).
            _ = self.xsrf_token

        async def get_generator(self, path: str | None = None) -> Any:
            notebook = Path(self.notebook_path or path or "")
            first = ""
            if notebook.name == SESSION_NOTEBOOK and not self.get_argument("fall", ""):
                from beratungskit.store.casestore import default_store_dir

                first = await asyncio.to_thread(_first_view, default_store_dir())
            async for chunk in super().get_generator(path=path):
                if FIRST_VIEW_MARK in chunk:
                    chunk = chunk.replace(FIRST_VIEW_MARK, first, 1)
                yield chunk

    class HomeHandler(BaseVoilaHandler):  # type: ignore[misc]
        """The German home page: what each of the three pages is for, one click away."""

        @web.authenticated
        def get(self, path: str = "") -> None:
            if path.strip("/"):
                raise web.HTTPError(404)
            base = self.base_url
            pages = [
                {
                    "href": url_path_join(base, "voila/render", notebook),
                    "title": t(f"{prefix}_title"),
                    "text": t(f"{prefix}_text"),
                    "css": prefix.split(".")[1],
                }
                for notebook, prefix in PAGES
            ]
            hub_user = os.environ.get("JUPYTERHUB_USER")
            logout = None
            if hub_user:
                prefix = os.environ.get("JUPYTERHUB_BASE_URL", "/")
                logout = url_path_join(prefix, "hub/logout")
            template = self.settings["voila_jinja2_env"].get_template("home.html.j2")
            self.set_header("Cache-Control", "no-cache, no-store, must-revalidate")
            self.finish(
                template.render(
                    title=t("server.home_title"),
                    intro=t("server.home_intro"),
                    pages=pages,
                    user=hub_user,
                    signed_in=t("server.signed_in", user=hub_user or ""),
                    logout=logout,
                    logout_text=t("server.logout"),
                    page_title=t("server.page_title"),
                )
            )

    class PrintoutHandler(BaseVoilaHandler):  # type: ignore[misc]
        """A file of the case folder's printouts (plan, "festgehalten", PDF) for the person's own browser.

        Under the hub the files lie on the server, out of the IFK's reach: this is how they are opened
        and printed. Only plain names of PDF and HTML files in ``<case folder>/ausdrucke``, no links;
        an HTML printout is served as a sandboxed document (no script runs on the app's address). A
        PDF is not: the browser's own PDF viewer (with its print button) does not open in a sandboxed
        document, and a PDF the app wrote from escaped HTML carries no script of the page.
        """

        @web.authenticated
        def get(self, name: str) -> None:
            from beratungskit.store.casestore import default_store_dir
            from beratungskit.ui.plan_panel import PRINT_FOLDER

            kind = PRINTOUT_TYPES.get(Path(name).suffix)
            path = default_store_dir() / PRINT_FOLDER / name
            if not PRINTOUT_NAME.match(name) or kind is None or path.is_symlink() or not path.is_file():
                raise web.HTTPError(404)
            self.set_header("Content-Type", kind)
            if kind != PRINTOUT_TYPES[".pdf"]:
                self.set_header("Content-Security-Policy", "sandbox")
            else:
                self.set_header("Content-Disposition", f'inline; filename="{name}"')
            self.set_header("X-Content-Type-Options", "nosniff")
            self.set_header("Cache-Control", "no-store")
            self.finish(path.read_bytes())

    class KernelSocketHandler(SendAtOnce, VoilaKernelWebsocketHandler):  # type: ignore[misc]
        """The page's websocket to its kernel, sending each message at once."""

    class AppServer(Voila):  # type: ignore[misc]
        """Voilà with the German home page and app pages whose kernels end with the page."""

        #: Voilà's handlers and the app's in their place (the home page's gets its own options)
        replaced_handlers: ClassVar[dict[type, type]] = {
            TornadoVoilaTreeHandler: HomeHandler,
            TornadoVoilaHandler: AppPageHandler,
            VoilaKernelWebsocketHandler: KernelSocketHandler,
        }

        def init_settings(self) -> dict[str, Any]:
            settings: dict[str, Any] = super().init_settings()
            # gzip: the first visit fetches ~5 MB of JavaScript, which matters once the app is
            # reached over the office network (the hub); tornado must know it when the application is made.
            settings["compress_response"] = True
            return settings

        def init_handlers(self) -> list[Any]:
            handlers = []
            conf = {"voila_configuration": self.voila_configuration}
            for pattern, handler, *options in super().init_handlers():
                if handler is TornadoVoilaTreeHandler:
                    options = [conf]
                handlers.append((pattern, self.replaced_handlers.get(handler, handler), *options))
            printouts = url_path_join(self.base_url, PRINTOUT_PATH, "([^/]+)")
            return [
                (printouts, PrintoutHandler, {"voila_configuration": self.voila_configuration}),
                *handlers,
            ]

    return AppServer


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m beratungskit.server NOTEBOOKS [Voilà options]``; ``--hub``: as a hub user's server."""
    args = list(sys.argv[1:] if argv is None else argv)
    server = _app_server_class()
    if "--hub" in args:
        from beratungskit.hub import hub_server_options

        args = [a for a in args if a != "--hub"] + hub_server_options()
    server.launch_instance(argv=args, config=_server_config())


if __name__ == "__main__":  # pragma: no cover
    main()
