"""Real servers for browser tests and benchmarks: a Voilà app on 127.0.0.1 on a free port.

>>> with run_voila(Path("app.ipynb")) as url:  # doctest: +SKIP
...     page.goto(url)

The server runs in its own process group so that stopping it also stops the kernels it started;
kernel culling is on because Voilà's kernel shutdown on page close was refused here (DESIGN.md §4).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from beratungskit.model import Case
from beratungskit.resources import notebooks_dir
from beratungskit.server import voila_command, voila_env
from beratungskit.store import CaseStore

__all__ = ["free_port", "node_on_screen", "run_voila", "wait_for_http"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, timeout: float = 60.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll ``url`` until the server answers at all (any HTTP status counts as up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"no answer from {url} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    # Only the group this helper started: the server and the kernels it spawned.
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        if proc.poll() is not None:
            break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=wait)
    # Kernels may outlive a server that was killed hard; they share its process group.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


@contextlib.contextmanager
def run_voila(
    notebook_path: Path,
    env: Mapping[str, str] | None = None,
    *,
    timeout: float = 60.0,
    cull_idle_timeout: int = 300,
    preheat: bool = True,
    extra_args: tuple[str, ...] = (),
) -> Iterator[str]:
    """Serve ``notebook_path`` (one notebook, or a folder of them: the whole app with its home page
    and pre-heated session kernel) on 127.0.0.1 and yield the app's URL; stop it afterwards.

    The kernel runs in the notebook's folder with this Python. The server's log is printed when
    it fails to start, and is kept in ``<notebook folder>/voila-<port>.log``.
    """
    notebook_path = Path(notebook_path).resolve()
    folder = notebook_path if notebook_path.is_dir() else notebook_path.parent
    port = free_port()
    log_path = folder / f"voila-{port}.log"
    runtime = tempfile.mkdtemp(prefix="voila-runtime-")
    full_env = voila_env(JUPYTER_RUNTIME_DIR=runtime, PYTHONUNBUFFERED="1", **(env or {}))
    cmd = [
        *voila_command(
            notebook_path, port, cull_idle_timeout=cull_idle_timeout, cull_connected=True, preheat=preheat
        ),
        *extra_args,
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=folder,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}/"
    try:
        try:
            wait_for_http(base + "voila/__ready__", timeout=timeout, proc=proc)
        except (TimeoutError, RuntimeError) as err:
            raise RuntimeError(f"{err}\n--- voila log ---\n{log_path.read_text(errors='replace')}") from err
        yield base
    finally:
        _stop(proc)


SESSION_NOTEBOOK = "01_gemeinsame_sitzung.ipynb"


@contextlib.contextmanager
def serve_session(root: Path, cases: Iterable[Case] = ()) -> Iterator[tuple[str, Path]]:
    """The session page alone (``root/app``) over the store ``root/faelle`` with ``cases`` saved in it
    (cases saved there before stay); yields (the page's URL, the store's folder)."""
    folder = root / "app"
    folder.mkdir()
    shutil.copy(notebooks_dir() / SESSION_NOTEBOOK, folder / SESSION_NOTEBOOK)
    store_dir = root / "faelle"
    store = CaseStore(store_dir)
    for case in cases:
        store.save(case)
    with run_voila(folder / SESSION_NOTEBOOK, env={"BERATUNGSKIT_STORE": str(store_dir)}) as url:
        yield url, store_dir


def node_on_screen(pg: Any, node_id: str, map_index: int = -1) -> tuple[float, float]:
    """Page coordinates of a node of a live map (``map_index``: which map on the page; last by default)."""
    x, y = pg.evaluate(
        """([id, i]) => { const maps = window.__beratungskitMaps;
                          const m = maps[i < 0 ? maps.length + i : i];
                          const p = m.network.canvasToDOM(m.network.getPosition(id));
                          const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
                          return [r.left + p.x, r.top + p.y]; }""",
        [node_id, map_index],
    )
    return float(x), float(y)


def steady_node_on_screen(pg: Any, node_id: str, map_index: int = -1) -> tuple[float, float]:
    """:func:`node_on_screen` once the node stands still on the screen (the same whole pixel in two
    reads a quarter second apart: the first fit and the canvas's size may still move the view) and the
    map finds that very node under the point — so a drag that starts there takes the node, not the
    view."""
    pg.wait_for_function(
        """([id, i]) => { const maps = window.__beratungskitMaps;
                          const m = maps[i < 0 ? maps.length + i : i];
                          const p = m.network.canvasToDOM(m.network.getPosition(id));
                          const key = `${Math.round(p.x)},${Math.round(p.y)}`;
                          const before = window.__bkSteadyNode;
                          window.__bkSteadyNode = key;
                          return before === key && m.network.getNodeAt(p) === id; }""",
        arg=[node_id, map_index],
        polling=250,
        timeout=15_000,
    )
    return node_on_screen(pg, node_id, map_index)


def show_goal_work(pg: Any) -> None:
    """ "Wille & Ziele" just opened: on a narrow window the goal work beside a crowded map starts
    folded away for the map; its button in the map's row ("◀ Ziele bearbeiten") brings it back."""
    pg.wait_for_selector(".bk-map-tool-fold-goals:visible", timeout=30_000)
    pg.wait_for_timeout(300)
    if pg.locator(".bk-sections button").first.is_hidden():
        pg.click(".bk-map-tool-fold-goals:visible")
        pg.wait_for_selector(".bk-sections button", state="visible", timeout=30_000)


def open_named_case(pg: Any, url: str, name: str) -> None:
    """Load the session page at ``url`` and open the case whose row shows ``name``, until its map is drawn."""
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(f".bk-open-case:has-text('{name}')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
