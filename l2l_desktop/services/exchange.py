"""Export files and import files: the formats, and writing them whole and private.

Plain Python: the window runs these on a worker thread (with progress and cancel), the
command line runs them directly. ``progress(done, of)`` may raise :class:`Cancelled` (or
anything) to stop; a file being written is then removed, the one it would replace kept.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l2l_desktop.core.exchange import Export, ExportFileError, Problem, dumps, loads
from l2l_desktop.core.export_csv import csv_files
from l2l_desktop.core.export_markdown import markdown_files
from l2l_desktop.core.files import written_whole

FORMATS = {"json": ".json", "csv": ".zip", "md": ".zip"}
MAX_IMPORT_BYTES = 1 << 30  # a file larger than this is not an export of ours

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user stopped an export or an import."""


def _quiet(_done: int, _of: int) -> None:
    return None


@dataclass(frozen=True)
class Exported:
    """What an export wrote: where, how many records, and how many stored records could not
    be read (left out; the log names them)."""

    path: Path
    records: int
    unreadable: int = 0


def default_name(fmt: str, day: str) -> str:
    """The file name an export proposes: ``l2l-journal-2026-12-02.json``, and for the zips
    ``l2l-journal-2026-12-02-csv.zip`` and ``…-md.zip`` (one does not replace the other)."""
    tail = "" if fmt == "json" else f"-{fmt}"
    return f"l2l-journal-{day}{tail}{FORMATS[fmt]}"


def write_export(export: Export, fmt: str, path: Path, progress: Progress = _quiet) -> None:
    """Write ``export`` as ``fmt`` ("json", "csv" or "md") to ``path``, atomically (a temp
    file beside it, synced, renamed over it) with mode 0600."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose json, csv or md")
    with written_whole(path) as part:
        if fmt == "json":
            progress(0, 1)
            part.write_bytes(dumps(export).encode("utf-8"))
            progress(1, 1)
            return
        files = list(csv_files(export) if fmt == "csv" else markdown_files(export))
        folder = path.stem.removesuffix(".csv").removesuffix(".md")  # "d2.csv.zip": d2/
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
            for i, (name, data) in enumerate(files):
                progress(i, len(files))
                archive.writestr(f"{folder}/{name}", data)
        progress(len(files), len(files))


def read_export_file(path: Path) -> Export:
    """The export in the file at ``path``, every record checked; raises
    :class:`~l2l_desktop.core.exchange.ExportFileError` (or OSError when it cannot be read)."""
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise ExportFileError([Problem("", f"the file is {size:,} bytes: not an export")])
    data = path.read_bytes()
    if data[:2] == b"PK":
        raise ExportFileError(
            [Problem("", "this is a zip (a CSV or Markdown export): only the JSON export imports")]
        )
    return loads(data)
