"""Files the app writes for the user (exports, reports, chart images): private from the first
byte, and whole or not at all. Plain Python: the command line writes them too."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 (an existing file is emptied and made 0600), so
    that whatever writes it next never leaves it readable by others, even for a moment."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
    return path


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """A private file beside ``path`` to write instead of it. Once the block is done, the file
    must not be empty; it is synced and renamed over ``path``. A failure (a full disk) raises
    OSError and leaves ``path`` as it was: a report exported before is never lost to a failed
    export."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    private_file(part)
    try:
        yield part
        if part.stat().st_size == 0:
            raise OSError(errno.ENOSPC, "nothing could be written (is the disk full?)")
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    if os.name == "posix":  # the rename itself survives a power cut
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
