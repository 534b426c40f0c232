"""How the app is served: Voilà on 127.0.0.1 with beratungskit's offline page template.

Used by ``beratungskit start`` and by the browser tests, so that what is tested is what runs.
Voilà's stock templates load icon fonts from a CDN; the ``beratungskit`` template in
``jupyter_data/voila/templates`` is the same page without them (found through ``JUPYTER_PATH``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["JUPYTER_DATA", "voila_command", "voila_env"]

JUPYTER_DATA = Path(__file__).resolve().parent / "jupyter_data"


def voila_command(
    target: Path,
    port: int,
    *,
    cull_idle_timeout: int = 300,
    cull_connected: bool = False,
    python: str = sys.executable,
) -> list[str]:
    """The Voilà command line serving ``target`` (a notebook or a folder of notebooks).

    Voilà's kernel shutdown on page close can be refused (missing ``_xsrf``, DESIGN.md §4), so a
    kernel left behind by a closed or reloaded page is culled after five idle minutes. A page that is
    still open is never culled (``cull_connected``), however long the conversation pauses.
    """
    return [
        python,
        "-m",
        "voila",
        str(target),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        "--template=beratungskit",
        "--show_tracebacks=False",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle_timeout}",
        "--MappingKernelManager.cull_interval=30",
        f"--MappingKernelManager.cull_connected={cull_connected}",
    ]


def voila_env(base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """``base`` (default: this process's environment) with the template folder on ``JUPYTER_PATH``."""
    env = dict(os.environ if base is None else base)
    paths = [str(JUPYTER_DATA), *filter(None, env.get("JUPYTER_PATH", "").split(os.pathsep))]
    env["JUPYTER_PATH"] = os.pathsep.join(paths)
    env.update(extra)
    return env
