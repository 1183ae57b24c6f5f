"""The subcommands that take data out, put it back and capture it: ``export``, ``import`` and
``log``. None imports Qt. ``log`` hands its record to the app when it runs on the folder."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l2l_desktop.cli_common import Refused, open_existing, open_or_create, running_app_pid

if TYPE_CHECKING:
    from l2l_desktop.core.exchange import ExportFileError

EXIT_NOTHING = 1


def _export_args(export: argparse.ArgumentParser) -> None:
    export.add_argument(
        "--format", choices=("json", "csv", "md"), default="json",
        help="json (default: everything, imports again), csv or md (zips to read)",
    )  # fmt: skip
    export.add_argument(
        "-o", "--output", metavar="PATH", help="where to write (default: l2l-journal-DAY.json "
        "or .zip in the current folder; '-' writes JSON to standard output)",
    )  # fmt: skip
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _import_args(load: argparse.ArgumentParser) -> None:
    load.add_argument("path", help="the JSON file to import")
    load.add_argument("--replace", action="store_true", help="replace everything by the file")
    load.add_argument(
        "--dry-run", action="store_true", help="say what would change; change nothing"
    )
    load.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _log_args(log: argparse.ArgumentParser) -> None:
    what = log.add_subparsers(dest="what", metavar="WHAT", required=True)
    question = what.add_parser("question", help="a question you asked")
    question.add_argument("text", help="the question, as you asked it")
    question.add_argument(
        "--kind", choices=("open", "closed", "leading"),
        help="its kind (default: what the question checker suggests)",
    )  # fmt: skip
    question.add_argument("--person", metavar="NAME", help="whom you asked")
    tell = what.add_parser("tell", help="a moment you told instead of asked")
    tell.add_argument("note", nargs="?", default="", help="what happened (optional)")
    tell.add_argument("--person", metavar="NAME", help="whom you told")
    pause = what.add_parser(
        "pause", help="an intention pause: how the moment fits the day's intention"
    )
    pause.add_argument(
        "alignment", choices=("aligned", "partly", "off"),
        help="how the moment matches the day's intention",
    )  # fmt: skip
    pause.add_argument("note", nargs="?", default="", help="a note (optional)")
    for parser in (log, question, tell, pause):
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


# The parsers of ``export``, ``import`` and ``log``: name -> (help, description, arguments).
PARSERS: dict[str, tuple[str, str, Callable[[argparse.ArgumentParser], None]]] = {
    "export": (
        "write everything to a JSON file, or a zip of CSV or Markdown files",
        "Write the whole journal to a file, whole and private (mode 0600). JSON keeps "
        "everything and imports again (docs/export-format.md); CSV is a zip of one table per "
        "record kind; Markdown a zip of one readable file per month.",
        _export_args,
    ),
    "import": (
        "bring a JSON export in: merged by record, or replacing everything",
        "Import a JSON export. By default it is merged: a record new here is added, one "
        "edited later there updates it, one deleted on either side after its last edit stays "
        "deleted. --replace makes the journal the file's (a backup is taken first). Prints "
        "what it does, kind by kind; --dry-run only prints it. Exit 1 when there is nothing "
        "to change.",
        _import_args,
    ),
    "log": (
        "log a question, a tell or a pause in one line",
        "Log a question you asked, a moment you told instead, or an intention pause, now. "
        "When the app is running on the data folder, it saves the record and shows it at "
        "once; otherwise this writes it directly.",
        _log_args,
    ),
}


def _export(args: argparse.Namespace) -> int:
    from l2l_desktop.core.dates import local_day
    from l2l_desktop.services import Journal
    from l2l_desktop.services.exchange import default_name

    today = local_day(day_start_hour=0).isoformat()  # a file's date: the calendar's

    if args.output == "-" and args.format != "json":
        raise Refused("only the JSON export can go to standard output (a zip cannot)")
    journal = Journal(open_existing(args))
    try:
        if args.output == "-":
            return _export_to_stdout(journal)
        path = Path(args.output or default_name(args.format, today))
        path = path.expanduser().resolve()
        if path.is_dir():
            path = path / default_name(args.format, today)
        try:
            done = journal.export_to(path, args.format)
        except OSError as exc:
            raise Refused(
                f"the export could not be written to {path}: {exc.strerror or exc}"
            ) from exc
    finally:
        journal.close()
    note = f" ({done.unreadable:,} that could not be read were left out)" if done.unreadable else ""
    print(f"Exported {done.records:,} records to {done.path}{note}.")
    return 0


def _export_to_stdout(journal: Any) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="l2l-export-") as folder:
        path = Path(folder) / "export.json"
        journal.export_to(path, "json")
        sys.stdout.buffer.write(path.read_bytes())
    return 0


def _import(args: argparse.Namespace) -> int:
    from l2l_desktop.core.exchange import ExportFileError
    from l2l_desktop.paths import resolve_data_dir
    from l2l_desktop.services import Journal
    from l2l_desktop.services.import_summary import summary_lines

    source = Path(args.path).expanduser()
    running = running_app_pid(resolve_data_dir(getattr(args, "data_dir", None)))
    if running is not None and not args.dry_run:  # one writer: the running app's
        raise Refused(
            f"the app is running on this data folder (process {running}): import from its "
            "File menu, or quit it first."
        )
    journal = Journal(open_or_create(args))
    try:
        try:
            export = journal.read_import(source)
        except OSError as exc:
            raise Refused(f"{source} cannot be read: {exc.strerror or exc}") from exc
        except ExportFileError as exc:
            raise Refused(f"{source}: {_problems(exc)}") from exc
        try:
            plan = journal.plan_import(export, replace_all=args.replace)
        except ExportFileError as exc:
            raise Refused(f"{source}: {_problems(exc)}") from exc
        for line in summary_lines(plan, dry_run=args.dry_run):
            print(line)
        if args.dry_run:
            return 0 if plan.changes_anything or plan.replace else EXIT_NOTHING
        if not plan.changes_anything and not plan.replace:
            return EXIT_NOTHING
        backup = journal.run_import(plan)
    finally:
        journal.close()
    if backup:
        print(f"The journal as it was before is in {backup}.")
    return 0


def _problems(exc: ExportFileError) -> str:
    from l2l_desktop.core.exchange import NewerFormatError

    if isinstance(exc, NewerFormatError) or not exc.problems:
        return str(exc)
    return f"cannot be imported: {exc.listed(5)}. Nothing was changed."


def _log(args: argparse.Namespace) -> int:
    from l2l_desktop.paths import resolve_data_dir
    from l2l_desktop.services.capture import entry

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if args.what == "question":
        if not args.text.strip():
            raise Refused("not logged: the question is empty")
        kind = args.kind
        if kind is None:
            from l2l_desktop.core.question_checker import check_question

            suggestion = check_question(args.text)
            if suggestion is None or suggestion.unsure:
                raise Refused("the checker cannot tell what kind of question this is: add --kind")
            kind = suggestion.kind.value
        item = entry("question", args.text, kind=kind, person=args.person)
    elif args.what == "tell":
        item = entry("tell", args.note, person=args.person)
    else:
        item = entry("pause", args.note, alignment=args.alignment)
    if running_app_pid(data_dir) is not None:
        from l2l_desktop.channel import send_plain

        reply = send_plain(data_dir, {"op": "log", "entry": item}, timeout=5.0, retry=1.0)
        if reply is not None:
            if not reply.get("ok"):
                raise Refused(f"not logged: {reply.get('error', 'the app refused it')}")
            print(f"{reply.get('said', 'Logged.')} The app shows it.")
            return 0
        raise Refused(
            "the app is running on this data folder but does not answer; nothing was logged "
            "(try again, or quit the app)."
        )
    return _log_directly(args, item)


def _log_directly(args: argparse.Namespace, item: dict[str, Any]) -> int:
    from l2l_desktop.core.validation import ValidationError
    from l2l_desktop.services import Journal
    from l2l_desktop.services.capture import log_entry
    from l2l_desktop.store import KnownStoreError

    journal = Journal(open_or_create(args, every_page=False))
    try:
        _record, said = log_entry(journal, item)
    except ValidationError as exc:
        what = "; ".join(f"{e.field}: {e.message.rstrip('.')}" for e in exc.errors)
        raise Refused(f"not logged: {what}") from exc
    except (KnownStoreError, ValueError) as exc:
        raise Refused(f"not logged: {exc}") from exc
    finally:
        journal.close()
    print(said)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": _export,
    "import": _import,
    "log": _log,
}
