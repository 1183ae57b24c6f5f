"""The app's languages: a Qt catalogue per language, loaded for the system's locale or the one
chosen in Settings.

The sources are ``resources/translations/l2l_desktop_<lang>.ts``; the compiled ``.qm`` files
that the app loads are built into ``l2l_desktop/translations/``:

    python -m l2l_desktop.ui.translations update   # the .ts files from the code (lupdate)
    python -m l2l_desktop.ui.translations build    # the .qm files from the .ts (lrelease)

Every text goes through ``ui/style.py``'s ``tr``/``trn``, in the one (empty) context where
lupdate files a bare ``tr("…")`` call; ``trn`` is read as an alias of ``tr``.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = ROOT / "resources" / "translations"
LANGUAGES = ("de",)  # besides English, the language of the code
LUPDATE_OPTIONS = ("-tr-function-alias", "tr+=trn", "-no-obsolete", "-locations", "relative")
_active = ["en"]  # the language the window speaks: the one whose catalogue is installed


def active() -> str:
    """The language the window's texts are in ("en" unless a catalogue was installed)."""
    return _active[0]


def language_of(choice: str) -> str:
    """The language a Settings choice means ("system": the system locale's)."""
    if choice != "system":
        return choice
    return QLocale.system().name().split("_")[0]


def catalogue(language: str) -> Traversable:
    return resources.files("l2l_desktop") / "translations" / f"l2l_desktop_{language}.qm"


def offered() -> list[str]:
    """The languages besides English whose catalogue is built (Settings offers those)."""
    return [language for language in LANGUAGES if catalogue(language).is_file()]


def install(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load the app's catalogue for ``choice`` and Qt's own (the standard buttons); the
    translators installed (kept by the caller: Qt does not own them). English loads none.
    A language chosen in Settings also sets the locale dates and numbers are written in."""
    language = language_of(choice)
    installed: list[QTranslator] = []
    _active[0] = "en"
    if choice != "system":
        QLocale.setDefault(QLocale(language))
    elif QLocale.system().language() == QLocale.Language.C:  # no locale set (LANG=C): the
        QLocale.setDefault(QLocale("en_US"))  # window speaks English, and writes 1,234 so
    if language == "en":
        return installed
    qm = catalogue(language)
    ours = QTranslator(app)
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
        _active[0] = language
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def uninstall(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Take out the translators ``install`` gave: the window speaks English again."""
    for translator in installed:
        app.removeTranslator(translator)
    _active[0] = "en"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def extract(ts: Path) -> None:
    """Bring the catalogue ``ts`` up to date with the texts of the code (lupdate)."""
    code = sorted(str(p) for p in (ROOT / "l2l_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), *LUPDATE_OPTIONS, *code, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def update() -> None:
    """Bring each .ts of resources/translations up to date with the texts of the code."""
    SOURCES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        extract(SOURCES / f"l2l_desktop_{language}.ts")


def build(out: Path | None = None) -> list[Path]:
    """Compile each .ts into the .qm the app loads."""
    out = out or ROOT / "l2l_desktop" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(SOURCES.glob("l2l_desktop_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1]]()
