"""Files written for people (plan, festgehalten, map, conference page, GraphML/CSV, PDFs): private.

Any export can contain names ("Hatice (Mutter)" in a plan, real names with ``--klarnamen``), so every
one is readable by its owner only (0600), whatever the umask, and a folder made for exports is 0700.
Only the team folder (:mod:`beratungskit.store.teamfolder`) holds group-readable files, and only
pseudonymised ones.

>>> import tempfile
>>> from pathlib import Path
>>> target = write_private(Path(tempfile.mkdtemp()) / "neu" / "plan.html", "<p>Plan</p>")
>>> oct(target.stat().st_mode & 0o777), oct(target.parent.stat().st_mode & 0o777)
('0o600', '0o700')
"""

from __future__ import annotations

import os
from pathlib import Path

from beratungskit.store.files import atomic_write

__all__ = ["PRIVATE_DIR", "PRIVATE_FILE", "make_private", "private_dir", "write_private"]

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path | str) -> Path:
    """Create ``path`` (and missing parents) as folders only the owner can open; returns it.

    Folders that exist already keep their mode: they may be shared on purpose.
    """
    folder = Path(path)
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        new.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        os.chmod(new, PRIVATE_DIR)  # mkdir's mode is cut by the umask, never widened; make it exact
    return folder


def write_private(path: Path | str, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically as a file only the owner can read.

    The temporary file is created 0600 before any byte is written, so the content is never
    readable by others, not even for a moment; the rename keeps that mode.
    """
    target = Path(path)
    private_dir(target.parent)
    atomic_write(target, data.encode("utf-8") if isinstance(data, str) else data, durable=False)
    return target


def make_private(path: Path | str) -> Path:
    """Set an existing file (e.g. a PDF written by chromium) to 0600; returns its path."""
    os.chmod(path, PRIVATE_FILE)
    return Path(path)
