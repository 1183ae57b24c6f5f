#!/usr/bin/env python3
"""The .deb's /usr/share/doc/l2l-desktop/ texts, written to stdout by build-deb.sh:

    deb-docs.py copyright REPO               # machine-readable (DEP-5), MIT and what is bundled
    deb-docs.py changelog REPO MAINTAINER    # Debian's format, from the metainfo's releases

Standard library only: it runs with the system's python3.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from textwrap import wrap

APP = "l2l-desktop"
METAINFO = "resources/desktop/io.github.l2ldesktop.L2LDesktop.metainfo.xml"

MIT = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE."""

# (files, copyright, licence) of what the bundle carries besides the app; the licences'
# texts are in /usr/share/common-licenses or below, and in the bundle's _internal/licenses/.
BUNDLED = [
    (
        "opt/l2l-desktop/_internal/PySide6/* opt/l2l-desktop/_internal/shiboken6/*"
        " opt/l2l-desktop/_internal/libQt6* opt/l2l-desktop/_internal/libpyside6*"
        " opt/l2l-desktop/_internal/libshiboken6*",
        "The Qt Company Ltd. and other contributors",
        "LGPL-3.0-only",
    ),
    (
        "opt/l2l-desktop/_internal/libicu* opt/l2l-desktop/_internal/PySide6/Qt/lib/libicu*",
        "Unicode, Inc. and others",
        "Unicode-3.0",
    ),
    (
        "opt/l2l-desktop/_internal/libpython* opt/l2l-desktop/_internal/python3*"
        " opt/l2l-desktop/_internal/base_library.zip",
        "Python Software Foundation",
        "PSF-2.0",
    ),
    (
        "opt/l2l-desktop/_internal/numpy/* opt/l2l-desktop/_internal/numpy.libs/*",
        "NumPy Developers; OpenBLAS contributors; Free Software Foundation (libgfortran,"
        " libquadmath: GPL-3.0+ with the GCC Runtime Library Exception)",
        "BSD-3-Clause",
    ),
    ("opt/l2l-desktop/_internal/pyqtgraph/*", "Luke Campagnola and pyqtgraph contributors", "MIT"),
    (
        "opt/l2l-desktop/_internal/libssl* opt/l2l-desktop/_internal/libcrypto*",
        "The OpenSSL Project Authors",
        "Apache-2.0",
    ),
]

OTHER_LICENCES = {
    "LGPL-3.0-only": "On Debian systems, the full text is in /usr/share/common-licenses/LGPL-3\n"
    "(with the GPL it supplements in /usr/share/common-licenses/GPL-3). Qt and PySide6 are\n"
    "shared libraries here: they may be replaced by other builds of theirs. Their sources are\n"
    "at https://download.qt.io/; the versions are in\n"
    "/opt/l2l-desktop/_internal/licenses/VERSIONS.txt.",
    "Apache-2.0": "On Debian systems, the full text is in /usr/share/common-licenses/Apache-2.0.",
    "PSF-2.0": "The full text is in /opt/l2l-desktop/_internal/licenses/Python-LICENSE.txt.",
    "BSD-3-Clause": "The full texts are in /opt/l2l-desktop/_internal/numpy-*.dist-info/licenses/.",
    "Unicode-3.0": "The full text is at https://www.unicode.org/license.txt.",
}


def _paragraph(text: str) -> str:
    """A DEP-5 multi-line value: every line indented, empty lines as " ."."""
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.splitlines())


def copyright_text(repo: Path) -> str:
    licence_file = repo / "LICENSE"
    mit = MIT
    holder = "2026 The L2L Desktop contributors"
    if licence_file.is_file():  # the project's own words, where the file is there
        lines = licence_file.read_text(encoding="utf-8").strip().splitlines()
        notices = [line for line in lines if line.lower().startswith("copyright")]
        if notices:
            holder = notices[0].split(" ", 1)[1].removeprefix("(c) ").removeprefix("(C) ")
        mit = "\n".join(line for line in lines if line not in notices and line != "MIT License")
        mit = mit.strip()
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        f"Upstream-Name: {APP}",
        "Source: https://github.com/l2ldesktop/l2l-desktop",
        "",
        "Files: *",
        f"Copyright: {holder}",
        "License: MIT",
        "",
    ]
    for files, holders, licence in BUNDLED:
        out += [f"Files: {files}", f"Copyright: {holders}", f"License: {licence}", ""]
    out += ["License: MIT", _paragraph(mit), ""]
    for licence, text in OTHER_LICENCES.items():
        out += [f"License: {licence}", _paragraph(text), ""]
    return "\n".join(out).rstrip() + "\n"


def changelog_text(repo: Path, maintainer: str) -> str:
    component = ET.parse(repo / METAINFO).getroot()
    entries = []
    for release in component.iter("release"):
        version = release.get("version")
        day = datetime.strptime(release.get("date", ""), "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        description = release.find("description")
        items = [] if description is None else description.iter("li")
        notes = [" ".join((item.text or "").split()) for item in items]
        if not notes and description is not None:
            notes = [" ".join("".join(p.itertext()).split()) for p in description.iter("p")]
        lines = [f"{APP} ({version}) unstable; urgency=medium", ""]
        for note in notes or [f"Release {version}."]:
            wrapped = wrap(note, 76)
            lines.append(f"  * {wrapped[0]}")
            lines += [f"    {line}" for line in wrapped[1:]]
        lines += ["", f" -- {maintainer}  {format_datetime(day)}", ""]
        entries.append("\n".join(lines))
    if not entries:
        raise SystemExit(f"deb-docs.py: no <release> in {METAINFO}")
    return "\n".join(entries)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "copyright":
        sys.stdout.write(copyright_text(Path(argv[1])))
    elif len(argv) >= 3 and argv[0] == "changelog":
        sys.stdout.write(changelog_text(Path(argv[1]), argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
