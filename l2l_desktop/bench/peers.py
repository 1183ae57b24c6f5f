"""The peer the benchmark measures against, with ``--peers``: jrnl, a journal kept in a text
file from the command line, installed into a temporary virtual environment from the package
index, on a journal of as many entries as the app's history has records."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

JRNL = "jrnl"  # the package, as the index has it
CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""
# Entries in the manner of the app's records: one in eight names the team, the word searched.
SENTENCES = (
    "What did the team see at the line this morning?",
    "Asked an open question about the changeover and listened to the answer.",
    "Went to the warehouse to see how the picking works, with a purpose.",
    "Reflected on the day: the plan held, the meeting ran long.",
    "Supported Amira with the schedule; agreed a follow-up for Friday.",
    "Told instead of asking when the press stopped; next time, ask first.",
    "The intention was to listen more than speak in the stand-up.",
    "A quiet day at the desk; read the week's figures.",
)


def install(work: Path) -> Path | str:
    """jrnl's command in a new virtual environment under ``work``, or why it could not be."""
    venv = work / "jrnl-venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", JRNL],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        return f"jrnl could not be installed: {exc}"
    return venv / "bin" / "jrnl"


def journal(folder: Path, entries: int, end: date) -> Path:
    """A jrnl journal of ``entries`` entries, a few a day up to ``end``; its config file."""
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / "journal.txt"
    per_day = 3
    first = end - timedelta(days=max(0, entries - 1) // per_day)
    with text.open("w", encoding="utf-8") as out:
        for i in range(entries):
            day = first + timedelta(days=i // per_day)
            hour = 8 + (i % per_day) * 4
            out.write(f"[{day.isoformat()} {hour:02d}:00] {SENTENCES[i % len(SENTENCES)]}\n\n")
    config = folder / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=text), encoding="utf-8")
    return config


def commands(jrnl: Path, config: Path) -> dict[str, list[str]]:
    """Add one entry; search a word (as ``l2l-desktop log question`` and ``search team``)."""
    base = [str(jrnl), "--config-file", str(config)]
    return {
        "jrnl add": [*base, "What did you see?"],
        "jrnl search": [*base, "-contains", "team"],
    }
