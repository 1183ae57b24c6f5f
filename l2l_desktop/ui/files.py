"""Files the app writes for the user (reports, chart images): private from the first byte."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 (an existing file is emptied and made 0600), so
    that whatever writes it next never leaves it readable by others, even for a moment."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
    return path
