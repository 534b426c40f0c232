"""The team folder: the only place an IFK's app writes for colleagues, and only pseudonymised files.

Under ``beratungskit hub`` every IFK's app gets the folder as ``$BERATUNGSKIT_TEAM``. It holds

* ``fallbesprechungen/fallbesprechung-<code>.html`` — conference pages (pseudonymised), and
* ``teamzahlen/<code>.json`` — what each case adds to the team figures (counts only),

where ``<code>`` is the case's pseudonym code (keyed with the owner's secret, so nobody else can
turn it back into a case). Files are 0640 and keep the folder's group (the hub makes the folder
root:team, mode 3770): the team can read them, nobody outside the team can, and nobody can remove or
replace a colleague's file. A file is replaced atomically, so a reader never sees half of one.

>>> import tempfile
>>> team = TeamFolder(tempfile.mkdtemp())
>>> path = team.write(FIGURES, "A-7K2.json", '{"steps": 1}')
>>> oct(path.stat().st_mode & 0o777), [p.name for p in team.files(FIGURES)]
('0o640', ['A-7K2.json'])
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from beratungskit.store.files import TEMP_SUFFIX

__all__ = ["CONFERENCES", "ENV_VAR", "FIGURES", "SHARED_DIR", "SHARED_FILE", "TeamFolder", "team_folder"]

ENV_VAR = "BERATUNGSKIT_TEAM"
CONFERENCES = "fallbesprechungen"
FIGURES = "teamzahlen"
SHARED_FILE = 0o640
SHARED_DIR = 0o3770  # group may write; setgid keeps the group on new files; sticky: own files only
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def team_folder() -> TeamFolder | None:
    """The team folder named by ``$BERATUNGSKIT_TEAM``, or ``None`` (a single PC has none)."""
    value = os.environ.get(ENV_VAR, "").strip()
    return TeamFolder(value) if value else None


class TeamFolder:
    """Reading and writing the team folder (see the module docstring)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"TeamFolder({str(self.folder)!r})"

    def _part(self, kind: str) -> Path:
        if kind not in (CONFERENCES, FIGURES):
            raise ValueError(f"unknown part of the team folder: {kind}")
        part = self.folder / kind
        if not part.is_dir():
            part.mkdir(exist_ok=True)
            with contextlib.suppress(OSError):  # made by a colleague in the meantime
                part.chmod(SHARED_DIR)
        return part

    def write(self, kind: str, name: str, text: str) -> Path:
        """Replace ``<kind>/<name>`` with ``text`` (UTF-8), readable by the team group."""
        if not _NAME.match(name):
            raise ValueError(f"not a file name for the team folder: {name!r}")
        part = self._part(kind)
        target = part / name
        fd, tmp = tempfile.mkstemp(dir=part, prefix=f".{name}.", suffix=TEMP_SUFFIX)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                os.fchmod(handle.fileno(), SHARED_FILE)  # exact, whatever the umask
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def files(self, kind: str) -> list[Path]:
        """The finished files of one part, by name (temporary files and hidden files left out)."""
        part = self.folder / kind
        if not part.is_dir():
            return []
        return sorted(p for p in part.iterdir() if not p.name.startswith(".") and p.is_file())
