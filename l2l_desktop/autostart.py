"""Start at login, on a Linux desktop: an XDG autostart entry, written and removed by the
setting (https://specifications.freedesktop.org/autostart-spec/). No Qt here."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from l2l_desktop import APP_ID, APP_NAME
from l2l_desktop.core.files import written_whole

ENTRY = f"{APP_ID}.desktop"


def autostart_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "autostart"


def start_command(minimised: bool, options: Sequence[str] = ()) -> list[str]:
    """How a login starts the app: its installed command where there is one, else the
    bundle's own program (PyInstaller), else this Python running the package; with
    ``options`` (the data folder, when it is not the default one)."""
    installed = shutil.which(APP_ID)
    if installed:
        command = [installed]
    elif getattr(sys, "frozen", False):  # a bundle: sys.executable is the app itself
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "l2l_desktop"]
    return [*command, *options, *(["--minimised"] if minimised else [])]


def entry_text(minimised: bool, options: Sequence[str] = ()) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Set an intention, pause, ask, reflect\n"
        f"Exec={shlex.join(start_command(minimised, options))}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_start_at_login(
    on: bool, minimised: bool, options: Sequence[str] = (), folder: Path | None = None
) -> Path:
    """Write the autostart entry (``on``), or remove it; the entry's path."""
    path = (folder or autostart_dir()) / ENTRY
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(path) as part:
            part.write_text(entry_text(minimised, options), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
