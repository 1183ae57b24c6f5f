"""The app's icon and the tab and menu icons: in the compiled resource as they are on disk, on
the window, its dialogs and the tray, and in the palette's colours, light and dark."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QDirIterator, QFile, QIODevice, QPoint
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from l2l_desktop.ui import icon_tools, icons
from l2l_desktop.ui.theme import Theme
from l2l_desktop.ui.tray import Tray
from tests.conftest import PROJECT_ROOT

RESOURCES = PROJECT_ROOT / "resources"


def qrc_entries() -> dict[str, str]:
    """Each file the .qrc lists: its resource path (":/l2l/...") and its path on disk."""
    entries = {}
    for resource in ET.parse(RESOURCES / "l2l_desktop.qrc").getroot().iter("qresource"):
        prefix = resource.get("prefix", "/").rstrip("/")
        for file in resource.iter("file"):
            name = file.get("alias") or file.text
            entries[f":{prefix}/{name}"] = file.text
    return entries


def read_resource(path: str) -> bytes:
    icons.load_resources()
    file = QFile(path)
    assert file.open(QIODevice.OpenModeFlag.ReadOnly), path
    data = bytes(file.readAll().data())
    file.close()
    return data


def test_every_file_the_qrc_lists_exists():
    entries = qrc_entries()
    assert len(entries) > 20
    assert [disk for disk in entries.values() if not (RESOURCES / disk).is_file()] == []


def test_the_compiled_module_holds_exactly_the_files_of_the_qrc(qapp):
    """Fails when a file changed (or came, or went) and ``icons build`` was not run."""
    entries = qrc_entries()
    stale = [path for path, disk in entries.items()
             if read_resource(path) != (RESOURCES / disk).read_bytes()]  # fmt: skip
    assert stale == [], "run: python -m l2l_desktop.ui.icons build"
    found = set()
    walk = QDirIterator(":/l2l", QDirIterator.IteratorFlag.Subdirectories)
    while walk.hasNext():
        path = walk.next()
        if walk.fileInfo().isFile():
            found.add(path)
    assert found == set(entries)


def test_the_compiled_module_stays_small_and_leaves_the_512_px_out():
    assert not any("512" in disk for disk in qrc_entries().values())
    assert icon_tools.MODULE.stat().st_size < 200_000


def test_every_icon_the_window_uses_is_in_the_resource_and_drawn_alike():
    """24×24, one colour (currentColor, tinted at run time), 2 px round strokes."""
    names = set(icons.TAB_ICONS.values()) | set(icons.ACTION_ICONS.values())
    entries = qrc_entries()
    for name in sorted(names):
        disk = RESOURCES / entries[f"{icons.PREFIX}/ui/{name}.svg"]
        root = ET.parse(disk).getroot()
        assert root.get("viewBox") == "0 0 24 24", name
        (group,) = root.iter("{http://www.w3.org/2000/svg}g")
        assert (group.get("stroke"), group.get("stroke-width")) == ("currentColor", "2"), name
        assert group.get("stroke-linejoin") == group.get("stroke-linecap") == "round", name
        colours = {v for e in root.iter() for k, v in e.attrib.items() if k in ("fill", "stroke")}
        assert colours <= {"none", "currentColor"}, name


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()]
    return rows.copy()  # (the view would outlive the image it looks into)


def test_the_hicolor_pngs_are_the_master_svg_rendered(qapp, tmp_path):
    written = icon_tools.render_app_icon(tmp_path)
    for size in icon_tools.SIZES:
        committed = QImage(str(icon_tools.hicolor_png(size)))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = QImage(str(tmp_path / f"{size}x{size}" / "apps" / "l2l-desktop.png"))
        difference = np.abs(_pixels(committed).astype(int) - _pixels(fresh).astype(int))
        assert difference.max() <= 8, f"{size} px: run python -m l2l_desktop.ui.icons render"
    scalable = icon_tools.HICOLOR / "scalable" / "apps" / "l2l-desktop.svg"
    assert scalable.read_bytes() == icon_tools.MASTER.read_bytes()
    assert len(written) == len(icon_tools.SIZES) + 1


@pytest.fixture
def app_icon_set(qapp):
    """The application's icon and desktop file name as app.py sets them, put back after."""
    icons.use_app_icon(qapp)
    yield qapp
    QApplication.setWindowIcon(QIcon())
    QGuiApplication.setDesktopFileName("")


def test_the_window_and_its_dialogs_have_the_app_icon_in_its_sizes(app_icon_set, make_window):
    assert QGuiApplication.desktopFileName() == "l2l-desktop"
    window = make_window()
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes >= {16, 32, 48, 64, 128, 256}
    dialog = window.export_journal()
    try:
        assert dialog.windowIcon().cacheKey() == icon.cacheKey()
    finally:
        dialog.reject()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "This plugin does not support")
def test_the_tray_shows_the_app_icon(app_icon_set, make_window):
    window = make_window()
    tray = Tray(window, available=True)
    shown = tray.icon.icon()
    assert not shown.isNull()
    assert shown.pixmap(32, 32).toImage() == QApplication.windowIcon().pixmap(32, 32).toImage()


def test_each_tab_has_an_icon(make_window):
    window = make_window()
    assert window.tabs.count() == 7
    for index in range(window.tabs.count()):
        icon = window.tabs.tabIcon(index)
        assert not icon.isNull(), window.tabs.tabText(index)
        assert not icon.pixmap(16, 16).toImage().isNull()


def opaque_lightness(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[int]:
    """The lightness of each of the icon's opaque pixels at 16 px (nearly: a 2 px stroke
    drawn at 16 px is 1.3 px wide, and a circle's may have no pixel wholly covered)."""
    pixels = _pixels(icon.pixmap(16, 16, mode).toImage())
    opaque = pixels[pixels[:, :, 3] >= 200][:, :3].astype(int)
    # HSL lightness, as QColor.lightness() gives it: the mean of the largest and smallest.
    return {int(v) for v in (opaque.max(axis=1) + opaque.min(axis=1)) // 2}


def _lightness_of(window, role: QPalette.ColorRole) -> int:
    return window.palette().color(role).lightness()


def _tabs_match(window, role=QPalette.ColorRole.WindowText) -> bool:
    expected = _lightness_of(window, role)
    seen = [opaque_lightness(window.tabs.tabIcon(i)) for i in range(window.tabs.count())]
    return all(s and max(abs(v - expected) for v in s) <= 3 for s in seen)


def test_the_tab_icons_follow_a_switch_of_theme(qtbot, app_look, make_window):
    theme = Theme(app_look, "light")
    window = make_window()
    text = QPalette.ColorRole.WindowText
    assert _lightness_of(window, text) < 64 and _tabs_match(window)
    theme.set_choice("dark")
    qtbot.waitUntil(lambda: _lightness_of(window, text) > 192)  # the palette reaches it
    qtbot.waitUntil(lambda: _tabs_match(window))
    assert min(opaque_lightness(window.tabs.tabIcon(0))) > 192  # light on the dark window
    theme.set_choice("light")
    qtbot.waitUntil(lambda: _lightness_of(window, text) < 64)
    qtbot.waitUntil(lambda: _tabs_match(window))
    assert max(opaque_lightness(window.tabs.tabIcon(0))) < 64


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_menu_actions_get_icons_when_a_menu_opens_in_the_palettes_colours(
    qtbot, app_look, make_window
):
    theme = Theme(app_look, "dark")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.find_action.icon().isNull()  # not drawn before a menu opens
    edit = window.undo_action.associatedObjects()[0]  # the Edit menu
    edit.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(edit.isVisible)
    edit.close()
    window.activateWindow()  # as a window manager would (offscreen leaves the menu active)
    qtbot.waitUntil(window.isActiveWindow)
    role = QPalette.ColorRole.ButtonText
    for name in icons.ACTION_ICONS:
        action = getattr(window, name)
        assert not action.icon().isNull(), name
        assert min(opaque_lightness(action.icon())) > 192, name  # light: the dark palette
    lit = window.palette().color(QPalette.ColorRole.HighlightedText).lightness()
    seen = opaque_lightness(window.find_action.icon(), QIcon.Mode.Active)
    assert seen and max(abs(v - lit) for v in seen) <= 3
    disabled = window.palette().color(QPalette.ColorGroup.Disabled, role).lightness()
    seen = opaque_lightness(window.undo_action.icon(), QIcon.Mode.Disabled)
    assert seen and max(abs(v - disabled) for v in seen) <= 3
    theme.set_choice("light")
    qtbot.waitUntil(lambda: max(opaque_lightness(window.find_action.icon())) < 64)


def test_importing_the_window_loads_neither_the_resource_nor_qtsvg():
    """Both wait for the first icon: the window's module is on the way to the first paint."""
    import subprocess
    import sys

    code = (
        "import sys, l2l_desktop.ui.main_window; "
        "print([m for m in ('l2l_desktop.ui.icons_rc', 'PySide6.QtSvg') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    assert out.stdout.strip() == "[]"
