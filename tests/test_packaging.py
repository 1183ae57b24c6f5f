"""packaging/: the desktop entry, the AppStream metainfo, the PyInstaller spec and the .deb's
texts agree with each other and with the package. Cheap: nothing is built here
(packaging/ci.sh builds and runs the bundle and the .deb)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import l2l_desktop
from l2l_desktop import APP_ID, display

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
COMPONENT_ID = "io.github.l2ldesktop.L2LDesktop"
DESKTOP_FILES = ROOT / "resources" / "desktop"  # the desktop entry and metainfo, with the icon
DESKTOP = DESKTOP_FILES / f"{APP_ID}.desktop"
METAINFO = DESKTOP_FILES / f"{COMPONENT_ID}.metainfo.xml"
SPEC = PACKAGING / "l2l-desktop.spec"
SCRIPTS = [PACKAGING / "ci.sh", *sorted(LINUX.glob("*.sh"))]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RAW_PREFIX = re.compile(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/[^/]+/")


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # the keys keep their case
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _console_script() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [(name, target)] = pyproject["project"]["scripts"].items()
    assert target == "l2l_desktop.cli:main"
    return name


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_desktop_entry_starts_the_console_script_with_the_app_icon():
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == _console_script() == entry["TryExec"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Name", "GenericName", "Comment", "Keywords", "Name[de]", "Comment[de]"):
        assert entry[key].strip(), key
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")


def test_the_desktop_entry_matches_the_window_class_qt_gives_the_app():
    """On X11, Qt names the window's class after QCoreApplication.applicationName(): a desktop
    groups the window with its menu entry by StartupWMClass."""
    app_source = (ROOT / "l2l_desktop" / "app.py").read_text(encoding="utf-8")
    assert "app.setApplicationName(APP_ID)" in app_source
    assert _entry()["StartupWMClass"] == APP_ID


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_names_the_desktop_entry_and_the_program():
    component = _metainfo()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == COMPONENT_ID == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "MIT"
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == _console_script()
    assert component.findtext("icon[@type='stock']") == APP_ID
    assert component.find("content_rating") is not None


def test_the_metainfo_screenshots_are_the_repositorys_with_their_sizes():
    images = _metainfo().findall("screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        url = (image.text or "").strip()
        assert RAW_PREFIX.match(url), url
        path = ROOT / RAW_PREFIX.sub("", url)
        assert path.parent == ROOT / "docs" / "screenshots" and path.is_file(), url
        assert _png_size(path) == (int(image.get("width", 0)), int(image.get("height", 0))), url


def test_the_newest_release_in_the_metainfo_is_the_package_version():
    releases = _metainfo().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert releases[0].get("version") == pyproject["project"]["version"]
    assert releases[0].get("version") == l2l_desktop.__version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", releases[0].get("date", ""))
    assert releases[0].find("description") is not None


def test_the_spec_names_files_that_exist():
    text = SPEC.read_text(encoding="utf-8")
    paths = [
        ROOT.joinpath(*re.findall(r'"([^"]+)"', joined))
        for joined in re.findall(r'ROOT((?:\s*/\s*"[^"]+")+)', text)
    ]
    assert paths, "the spec names no file under ROOT"
    for path in paths:
        assert path.exists(), path
    assert list((ROOT / "l2l_desktop" / "translations").glob("*.qm")), "no catalogue to bundle"


def _spec_constant(name: str) -> object:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        targets = [getattr(target, "id", None) for target in getattr(node, "targets", [])]
        if isinstance(node, ast.Assign) and targets == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} in the spec")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux plugin names")
def test_the_plugins_the_spec_keeps_are_in_pyside6():
    """A misspelt plugin name would leave the plugin out of the bundle without a word."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    other_systems = {"qwindows", "qdirect2d", "qcocoa", "qmodernwindowsstyle", "qmacstyle"}
    kept = _spec_constant("KEPT_PLUGINS")
    assert isinstance(kept, dict)
    for folder, names in kept.items():
        for name in set(names) - other_systems:
            assert (plugins / folder / f"lib{name}.so").is_file(), f"{folder}/{name}"
    for needed in ("qxcb", "qwayland", "qoffscreen"):
        assert needed in kept["platforms"]


def test_the_ci_installs_every_library_the_app_names_as_needed():
    """What display.py tells a user to install is what ci.sh has on the build machine (for
    dpkg-shlibdeps to write the .deb's Depends)."""
    ci = (PACKAGING / "ci.sh").read_text(encoding="utf-8")
    listed = set(re.search(r"needed=\(([^)]*)\)", ci).group(1).split())
    assert set(display.XCB_LIBRARIES.values()) <= listed


def _deb_docs():
    spec = importlib.util.spec_from_file_location("deb_docs", LINUX / "deb-docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_debian_changelog_comes_from_the_metainfo_releases():
    text = _deb_docs().changelog_text(ROOT, "A Maintainer <a@example.org>")
    version = _metainfo().findall("releases/release")[0].get("version")
    assert text.startswith(f"{APP_ID} ({version}) unstable; urgency=medium\n\n  * ")
    assert re.search(r"\n -- A Maintainer <a@example\.org>  \w{3}, \d\d \w{3} \d{4} ", text)


def test_the_debian_copyright_is_machine_readable_with_every_licence_given():
    paragraphs = [p for p in _deb_docs().copyright_text(ROOT).split("\n\n") if p.strip()]
    header, *rest = paragraphs
    assert header.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    used, given = set(), set()
    for paragraph in rest:
        fields = dict(
            line.split(": ", 1) for line in paragraph.splitlines() if not line.startswith(" ")
        )
        if "Files" in fields:
            assert fields["Copyright"] and fields["License"], paragraph
            used.add(fields["License"])
        else:
            assert len(paragraph.splitlines()) > 1, f"{fields['License']} has no text"
            given.add(fields["License"])
    assert "MIT" in used and used <= given


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_the_shell_scripts_parse(script: Path):
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_hicolor_icons_the_packages_install_have_their_sizes(size: int):
    icon = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(icon) == (size, size)
