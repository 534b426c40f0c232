"""The ``beratungskit`` command: start the app, write the demo case, validate, export, team report.

Every error is one German line on stderr and a non-zero exit code — never a traceback
(set ``BERATUNGSKIT_DEBUG=1`` to see one), never the system's English error text, and always
printable: a file name with odd bytes or control characters is shown escaped (``\\udcff``).

>>> main(["schema"])  # doctest: +ELLIPSIS
{...
0
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from beratungskit.messages import LANGUAGES, t

__all__ = ["main"]


class CliError(Exception):
    """An error meant for the person at the terminal: one German line."""


# --- helpers -------------------------------------------------------------------------------------


def _store(folder: str | None) -> Any:
    from beratungskit.store import CaseStore

    return CaseStore(Path(folder) if folder else None)


def _shown(value: object) -> str:
    from beratungskit.model import visible

    return visible(value)


def _say(text: str, *, error: bool = False) -> None:
    """Print one message; whatever the terminal's encoding, printing it cannot fail."""
    stream = sys.stderr if error else sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def _entry(path: Path) -> bool | None:
    """True: something lies at ``path``; False: nothing; None: the system refuses to say (too long …)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return None
    return True


def _load_case(ref: str, store_dir: str | None) -> Any:
    """CASE is a case key in the store, or the path of a case file."""
    from beratungskit.store import BadKeyError, load_case_file, valid_key

    path = Path(ref)
    entry = _entry(path)
    if entry is True:
        return load_case_file(path)  # a folder or a pipe gets its German reason there
    if not (ref.endswith(".json") or os.sep in ref or (os.altsep and os.altsep in ref)):
        if not valid_key(ref):
            raise BadKeyError(ref)
        store = _store(store_dir)
        if not store.exists(ref):
            raise CliError(t("cli.no_case", key=ref, folder=_shown(store.folder)))
        return store.load(ref)
    if entry is None:
        return load_case_file(path)  # e.g. a name too long for the file system, said in German
    raise CliError(t("cli.no_file", path=_shown(ref)))


def _free_port(preferred: int) -> int:
    for port in [preferred, 0]:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise CliError(t("cli.no_port"))  # pragma: no cover


def _secret(args: argparse.Namespace) -> bytes:
    """The pseudonym secret of the folder the case comes from: one case, one pseudonym in every export."""
    from beratungskit.store import folder_secret

    ref = Path(args.case)
    folder = (
        ref.resolve().parent if args.case.endswith(".json") or ref.is_file() else _store(args.store).folder
    )
    return folder_secret(folder)


def _write_text(path: Path, text: str) -> None:
    # every export may hold names (or real names with --klarnamen): readable by its owner only
    from beratungskit.store.private import write_private

    write_private(path, text)


# --- export formats ----------------------------------------------------------------------------


def _export_karte(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.ecomap import ecomap_html

    _write_text(out, ecomap_html(case))
    return [out]


def _export_plan(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.plan import plan_html

    since = None
    if args.seit is not None:
        # An earlier saved state of this case, for the review: "Was hat sich seit dem … verändert?"
        since = _store(args.store).load_revision(case.key, args.seit)
    _write_text(out, plan_html(case, since=since, lang=args.sprache))
    return [out]


def _export_festgehalten(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.plan import festgehalten_html

    _write_text(out, festgehalten_html(case, lang=args.sprache))
    return [out]


def _export_fallbesprechung(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.conference import conference_html

    _write_text(out, conference_html(case, salt=_secret(args)))
    return [out]


def _export_graphml(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.interchange import graphml

    salt = None if args.klarnamen else _secret(args)
    _write_text(out, graphml(case, pseudonymise=not args.klarnamen, salt=salt))
    return [out]


def _export_json(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    from beratungskit.render.interchange import json_export

    salt = None if args.klarnamen else _secret(args)
    _write_text(out, json_export(case, pseudonymise=not args.klarnamen, salt=salt))
    return [out]


def _export_csv(case: Any, out: Path, args: argparse.Namespace) -> list[Path]:
    """CSV is three tables (ego, alters, alter–alter ties): ``-o`` names a folder for them."""
    from beratungskit.render.interchange import csv_tables
    from beratungskit.store.private import private_dir

    private_dir(out)
    written = []
    salt = None if args.klarnamen else _secret(args)
    for name, text in csv_tables(case, pseudonymise=not args.klarnamen, salt=salt).items():
        target = out / (name if name.endswith(".csv") else f"{name}.csv")
        _write_text(target, text)
        written.append(target)
    return written


EXPORTS: dict[str, Callable[[Any, Path, argparse.Namespace], list[Path]]] = {
    "karte": _export_karte,
    "plan": _export_plan,
    "festgehalten": _export_festgehalten,
    "fallbesprechung": _export_fallbesprechung,
    "graphml": _export_graphml,
    "csv": _export_csv,
    "json": _export_json,
}
PRINTABLE = {"karte", "plan", "festgehalten", "fallbesprechung"}
#: Printed in German and, beside it, the eLb's language (--sprache).
BILINGUAL = {"plan", "festgehalten"}


def _print_page_karte(case: Any, out: Path) -> Path:
    """The map's PDF comes from a page of its own: one A4 landscape sheet with the map as text."""
    from beratungskit.render.ecomap import karte_print_html

    page = out.with_name(f"{out.stem}-druck.html")
    _write_text(page, karte_print_html(case))
    return page


#: Formats whose PDF is printed from another page than the export itself.
PRINT_PAGES: dict[str, Callable[[Any, Path], Path]] = {"karte": _print_page_karte}


# --- subcommands -------------------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    from beratungskit.model import Case

    print(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from beratungskit.demo import demo_case

    store = _store(args.store)
    case = demo_case()
    if store.exists(case.key):
        _say(t("cli.demo_exists", key=case.key, folder=_shown(store.folder)))
        return 0
    store.save(case)
    _say(t("cli.demo_written", path=_shown(store.path_for(case.key))))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Each file checked by the store's own rules: what ``validate`` accepts, the store opens."""
    from beratungskit.store import StoreError, check_case_file

    failed = 0
    for name in args.files:
        try:
            case = check_case_file(Path(name))
        except StoreError as exc:
            failed += 1
            _say(t("cli.invalid", error=exc), error=True)
            continue
        _say(t("cli.valid", path=_shown(name)))
        for warning in _wording_warnings(case):
            _say(t("cli.wording_warning", path=_shown(name), warning=warning))
    return 1 if failed else 0


def _wording_warnings(case: Any) -> list[str]:
    try:
        from beratungskit.analysis.wording import check_case, format_hint
    except ImportError:  # pragma: no cover - the guard is part of the package
        return []
    return [f"{where}: {format_hint([finding])}" for where, finding in check_case(case)]


def cmd_export(args: argparse.Namespace) -> int:
    case = _load_case(args.case, args.store)
    out = Path(args.output)
    if args.pdf and args.format not in PRINTABLE:
        raise CliError(t("cli.pdf_not_for", format=args.format))
    if args.sprache and args.format not in BILINGUAL:
        raise CliError(t("cli.sprache_not_for", format=args.format))
    written = EXPORTS[args.format](case, out, args)
    if args.pdf:
        from beratungskit.render.plan import PdfError, html_to_pdf

        pdf = out.with_suffix(".pdf")
        source = out
        if args.format in PRINT_PAGES:
            source = PRINT_PAGES[args.format](case, out)
            written.append(source)
        try:
            html_to_pdf(source, pdf)
        except PdfError as exc:
            raise CliError(str(exc)) from None
        written.append(pdf)
    for path in written:
        _say(t("cli.written", path=_shown(path)))
    return 0


def cmd_team(args: argparse.Namespace) -> int:
    from beratungskit.render.team_report import write_team_report

    store = _store(args.store)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() or done == total:
            sys.stderr.write(f"\r{t('cli.progress', done=done, total=total)}")
            if done == total:
                sys.stderr.write("\n")

    write_team_report(store, Path(args.output), progress=progress)
    _say(t("cli.written", path=_shown(args.output)))
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    from beratungskit.demo import demo_case
    from beratungskit.resources import notebooks_dir
    from beratungskit.server import process_group, voila_command, voila_env, wait_until_answering

    store = _store(args.store)
    folder = store.folder.resolve()
    if not args.ohne_demo and not store.list() and not store.problems():
        store.save(demo_case())
        _say(t("cli.demo_seeded", folder=_shown(folder)))
    port = _free_port(args.port)
    notebook = "01_gemeinsame_sitzung.ipynb"
    url = f"http://127.0.0.1:{port}/voila/render/{notebook}"
    env = voila_env(BERATUNGSKIT_STORE=str(folder))
    command = voila_command(notebooks_dir(), port)
    with process_group(command, env=env) as process:
        try:
            if not wait_until_answering(f"http://127.0.0.1:{port}/", process, timeout=60):
                raise CliError(t("cli.start_failed"))
            _say(t("cli.started", url=url, folder=_shown(folder)))
            sys.stdout.flush()
            return process.wait()
        except KeyboardInterrupt:
            _say(t("cli.stopping"))
            return 0


def cmd_hub(args: argparse.Namespace) -> int:
    from beratungskit.hub import HubSetupError, start_hub

    try:
        return start_hub(
            demo=args.demo,
            port=args.port,
            team_folder=args.teamordner,
            team_group=args.teamgruppe,
            state=args.zustand,
            proxy=args.proxy,
            allowed_users=args.benutzer,
        )
    except HubSetupError as exc:
        raise CliError(str(exc)) from None


# --- parser ------------------------------------------------------------------------------------


# argparse takes its own words through gettext; these are the ones a person meets.
_ARGPARSE_DE = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Angaben",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl %(value)r (möglich: %(choices)s)",
    "the following arguments are required: %s": "es fehlt: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "expected one argument": "erwartet einen Wert",
    "invalid %(type)s value: %(value)r": "ungültiger Wert %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
}
argparse._ = lambda text: _ARGPARSE_DE.get(text, text)  # type: ignore[attr-defined]


class _GermanParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise CliError(t("cli.usage", detail=message, prog=self.prog))


def build_parser() -> argparse.ArgumentParser:
    parser = _GermanParser(prog="beratungskit", description=t("cli.description"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_GermanParser)
    store_help = t("cli.help_store")

    p = sub.add_parser("start", help=t("cli.help_start"))
    p.add_argument("--store", help=store_help)
    p.add_argument("--port", type=int, default=8866, help=t("cli.help_port"))
    p.add_argument("--ohne-demo", action="store_true", help=t("cli.help_no_demo"))
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("hub", help=t("hub.help"))
    p.add_argument("--demo", action="store_true", help=t("hub.help_demo"))
    p.add_argument("--port", type=int, default=8000, help=t("hub.help_port"))
    p.add_argument("--teamordner", metavar="ORDNER", help=t("hub.help_team_folder"))
    p.add_argument("--teamgruppe", default="beratungskit", metavar="GRUPPE", help=t("hub.help_team_group"))
    p.add_argument("--zustand", metavar="ORDNER", help=t("hub.help_state"))
    p.add_argument("--proxy", metavar="PFAD", help=t("hub.help_proxy"))
    p.add_argument("--benutzer", action="append", default=[], metavar="NAME", help=t("hub.help_user"))
    p.set_defaults(func=cmd_hub)

    p = sub.add_parser("demo", help=t("cli.help_demo"))
    p.add_argument("--store", help=store_help)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("validate", help=t("cli.help_validate"))
    p.add_argument("files", nargs="+", metavar="DATEI")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help=t("cli.help_export"))
    p.add_argument("case", metavar="FALL", help=t("cli.help_case"))
    p.add_argument("--as", dest="format", required=True, choices=sorted(EXPORTS), help=t("cli.help_as"))
    p.add_argument("-o", "--output", required=True, metavar="DATEI", help=t("cli.help_output"))
    p.add_argument("--store", help=store_help)
    p.add_argument("--pdf", action="store_true", help=t("cli.help_pdf"))
    p.add_argument("--klarnamen", action="store_true", help=t("cli.help_klarnamen"))
    p.add_argument("--seit", type=int, metavar="STAND", help=t("cli.help_seit"))
    p.add_argument(
        "--sprache",
        choices=LANGUAGES,
        metavar="SPRACHE",
        help=t("cli.help_sprache", codes=", ".join(LANGUAGES)),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("schema", help=t("cli.help_schema"))
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("team", help=t("cli.help_team"))
    p.add_argument("--store", help=store_help)
    p.add_argument("-o", "--output", required=True, metavar="DATEI", help=t("cli.help_output"))
    p.set_defaults(func=cmd_team)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from beratungskit.model import CaseError

    try:
        from beratungskit.store import StoreError
    except ImportError:  # pragma: no cover - while the store is being built
        StoreError = CaseError  # type: ignore[misc,assignment]
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args))
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except (CliError, CaseError, StoreError) as exc:
        _say(t("cli.error", message=_shown(exc)), error=True)
        return 1
    except OSError as exc:
        from beratungskit.store.reading import os_reason

        _say(t("cli.os_error", message=os_reason(exc), path=_shown(exc.filename or "")), error=True)
        return 1
    except Exception as exc:
        if os.environ.get("BERATUNGSKIT_DEBUG"):
            raise
        _say(t("cli.unexpected", kind=type(exc).__name__, message=_shown(exc)), error=True)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
