"""Real Unix accounts for the hub's tests and its load benchmark (root only).

>>> with team_accounts("bkt1a2b", ["anna"], outsiders=["out"]) as (members, outsiders):  # doctest: +SKIP
...     members[0].name   # 'bkt1a2b-anna', in the group bkt1a2b-team, with a random password

Accounts get a random password (PAM checks it at the hub's login page) and are removed again when
the block ends, also after a failure. A checkout under a private folder such as ``/root`` (CI's
pyenv lives there) would keep the users from starting this Python, so the folders above it are
opened for passing through (``o+x``, not for listing) during the block and put back afterwards.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Member", "is_root", "run", "team_accounts"]

TOOLS = ("useradd", "userdel", "groupadd", "groupdel", "chpasswd", "runuser")


@dataclass
class Member:
    name: str
    password: str

    @property
    def home(self) -> Path:
        return Path(pwd.getpwnam(self.name).pw_dir)


def is_root() -> bool:
    return os.geteuid() == 0


def run(*cmd: str, check: bool = True, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` (as ``user`` through runuser), capturing its output."""
    if user is not None:
        cmd = ("runuser", "-u", user, "--", *cmd)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=check)


def _remove(names: Sequence[str], group: str) -> None:
    for name in names:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            run("userdel", "-r", "-f", name, check=False)
    with contextlib.suppress(KeyError):
        grp.getgrnam(group)
        run("groupdel", group, check=False)


def _open_path_for_users(paths: Sequence[Path]) -> list[tuple[Path, int]]:
    """``o+x`` on every folder above ``paths`` that lacks it; returns what was changed."""
    changed = []
    for path in paths:
        for folder in [path, *path.parents]:
            mode = stat.S_IMODE(folder.stat().st_mode)
            if not mode & stat.S_IXOTH:
                changed.append((folder, mode))
                folder.chmod(mode | stat.S_IXOTH)
    return changed


@contextlib.contextmanager
def team_accounts(
    prefix: str, members: Sequence[str], outsiders: Sequence[str] = ()
) -> Iterator[tuple[list[Member], list[Member]]]:
    """Create ``<prefix>-<name>`` accounts: ``members`` in the group ``<prefix>-team``, ``outsiders``
    in no group; yield both lists; remove them (and the group) afterwards."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"missing: {', '.join(missing)}")
    group = f"{prefix}-team"
    team = [Member(f"{prefix}-{name}", secrets.token_urlsafe(12)) for name in members]
    others = [Member(f"{prefix}-{name}", secrets.token_urlsafe(12)) for name in outsiders]
    names = [m.name for m in [*team, *others]]
    _remove(names, group)
    changed: list[tuple[Path, int]] = []
    try:
        run("groupadd", group)
        for member in [*team, *others]:
            extra = ["-G", group] if member in team else []
            run("useradd", "-m", "-s", "/bin/sh", *extra, member.name)
        passwords = "".join(f"{m.name}:{m.password}\n" for m in [*team, *others])
        subprocess.run(["chpasswd"], input=passwords, text=True, check=True, timeout=60)
        changed = _open_path_for_users(
            [
                Path(sys.executable).parent,  # the venv
                Path(sys.executable).resolve().parent,  # the interpreter it links to (pyenv under /root)
                Path(sys.base_prefix),  # its standard library
                Path(__file__).resolve().parent.parent,  # the checkout (editable install)
            ]
        )
        imports = "import beratungskit.server, jupyterhub"
        probe = run(sys.executable, "-c", imports, check=False, user=names[0])
        if probe.returncode != 0:
            raise RuntimeError(f"the new user cannot run this Python: {probe.stderr[-500:]}")
        yield team, others
    finally:
        _remove(names, group)
        for folder, mode in reversed(changed):
            folder.chmod(mode)
