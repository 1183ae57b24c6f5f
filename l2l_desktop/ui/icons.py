"""The app's icon and the icons of its tabs and menus, from the compiled Qt resource.

Everything the window shows is in ``resources/l2l_desktop.qrc``, compiled into
``l2l_desktop/ui/icons_rc.py`` (so an installed wheel has it, and nothing is read from a
path on disk). The tab and menu icons are drawn in one colour, ``currentColor``, which Qt's
SVG renderer does not resolve: each is drawn in the palette's text colour when it is loaded,
and again when the palette changes (a switch to the dark theme). See ``docs/icons.md``.

    python -m l2l_desktop.ui.icons render   # the PNGs of the app icon, from its SVG
    python -m l2l_desktop.ui.icons build    # icons_rc.py, from the .qrc (pyside6-rcc)
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QFile, QIODevice, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMainWindow

PREFIX = ":/l2l"
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)  # the PNGs in the resource (512: on disk only)
THEMED_SIZES = (16, 32)  # a tab's and a menu's icon size, at 1x and at 2x (Qt scales others)
PLACEHOLDER = b"currentColor"  # the one colour the tab and menu icons are drawn in

# The window's tabs (by the page's attribute on the window) and menu actions, and their icons.
TAB_ICONS = {
    "today": "today",
    "questions": "question",
    "gemba": "gemba",
    "reflection": "reflection",
    "trends": "trends",
    "people": "people",
    "coaching": "coaching",
}
ACTION_ICONS = {
    "backup_action": "backup",
    "restore_action": "restore",
    "report_action": "report",
    "export_action": "export",
    "import_action": "import",
    "quit_action": "quit",
    "undo_action": "undo",
    "redo_action": "redo",
    "find_action": "find",
    "settings_action": "settings",
    "pause_action": "pause",
    "question_action": "question",
    "tell_action": "tell",
    "bank_action": "bank",
    "about_action": "about",
}

_loaded = [False]
_app_icon: list[QIcon] = []


def load_resources() -> None:
    """Register the compiled resource (once): imported here, when an icon is first needed,
    not when the package is imported."""
    if not _loaded[0]:
        from l2l_desktop.ui import icons_rc  # noqa: F401  (registers ":/l2l/...")

        _loaded[0] = True


def resource_bytes(path: str) -> bytes:
    """The bytes of a file in the resource (``":/l2l/..."``); empty if it is not there."""
    load_resources()
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def app_icon() -> QIcon:
    """The app's icon, from its PNGs (16 to 256 px): the window's, every dialog's, the tray's."""
    if not _app_icon:
        load_resources()
        icon = QIcon()
        for size in APP_ICON_SIZES:
            icon.addFile(f"{PREFIX}/app/{size}.png")
        _app_icon.append(icon)
    return _app_icon[0]


def use_app_icon(app: QGuiApplication) -> None:
    """Give the application its icon (every window and dialog takes it) and its desktop file's
    name, by which Wayland finds the icon."""
    from l2l_desktop import APP_ID

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)


def render(svg: bytes, size: int) -> QImage:
    """The SVG drawn into a transparent square image of ``size`` pixels."""
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon, not at import

    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


_shapes: dict[str, list[QImage]] = {}


def shapes(name: str) -> list[QImage]:
    """The icon ``name`` at each of ``THEMED_SIZES`` in its placeholder colour: drawn once,
    then tinted for each palette."""
    drawn = _shapes.get(name)
    if drawn is None:
        svg = resource_bytes(f"{PREFIX}/ui/{name}.svg")
        if not svg:
            raise KeyError(f"no icon named {name!r} in the resource")
        svg = svg.replace(PLACEHOLDER, b"#000000")
        drawn = _shapes[name] = [render(svg, size) for size in THEMED_SIZES]
    return drawn


def tinted(shape: QImage, colour: QColor) -> QPixmap:
    """The shape in ``colour``, the smoothing of its edges (its alpha) kept."""
    image = shape.copy()
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    return QPixmap.fromImage(image)


_cache: dict[tuple[str, str, str, str], QIcon] = {}


def themed_icon(name: str, palette: QPalette, role: QPalette.ColorRole, lit: bool) -> QIcon:
    """The icon ``name`` in the palette's colour of ``role`` (greyed when disabled); ``lit``:
    in the highlighted text's colour under the pointer, as a menu's row is."""
    normal = palette.color(QPalette.ColorGroup.Active, role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    active = palette.color(QPalette.ColorRole.HighlightedText) if lit else normal
    key = (name, normal.name(), disabled.name(), active.name())
    icon = _cache.get(key)
    if icon is None:
        icon = _cache[key] = QIcon()
        modes = [(QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)]
        if active != normal:  # else Qt takes the normal pixmap for the active mode
            modes.append((QIcon.Mode.Active, active))
        for mode, colour in modes:
            for shape in shapes(name):
                icon.addPixmap(tinted(shape, colour), mode)
    return icon


class WindowIcons(QObject):
    """Puts the icons on the window's tabs and menu actions, and draws them again in the new
    palette's colours whenever the window's palette changes.

    The tabs have theirs at once; the actions, when a menu first opens (they show nowhere
    else, and the window's first paint need not wait for them)."""

    TAB_ROLE = QPalette.ColorRole.WindowText
    ACTION_ROLE = QPalette.ColorRole.ButtonText

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._tabs_for = ""  # the colour the icons were drawn in ("": not yet)
        self._actions_for = ""
        for item in window.menuBar().actions():
            menu = item.menu()
            if menu is not None:
                menu.aboutToShow.connect(self.dress_actions)
        self.dress_tabs()
        window.installEventFilter(self)

    def dress_tabs(self) -> None:
        """The tabs' icons, in the colour of the window's palette now (nothing if unchanged)."""
        palette = self.window.palette()
        colour = palette.color(self.TAB_ROLE).name()
        if colour == self._tabs_for:
            return
        self._tabs_for = colour
        tabs = self.window.tabs  # type: ignore[attr-defined]
        names = getattr(tabs, "names", ())  # by name: a page not made yet stays unmade
        for attribute, name in TAB_ICONS.items():
            if attribute in names:
                index = names.index(attribute)
                tabs.setTabIcon(index, themed_icon(name, palette, self.TAB_ROLE, lit=False))

    def dress_actions(self) -> None:
        """The menu actions' icons, in the colour of the window's palette now."""
        palette = self.window.palette()
        colour = palette.color(self.ACTION_ROLE).name()
        if colour == self._actions_for:
            return
        self._actions_for = colour
        for attribute, name in ACTION_ICONS.items():
            action = getattr(self.window, attribute, None)
            if action is not None:
                action.setIcon(themed_icon(name, palette, self.ACTION_ROLE, lit=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PaletteChange comes once the window's palette is the new one (a theme switch sets
        # the application's palette; the window takes it a moment later).
        if watched is self.window and event.type() == QEvent.Type.PaletteChange:
            self.dress_tabs()
            if self._actions_for:  # else: drawn when a menu first opens
                self.dress_actions()
        return False


if __name__ == "__main__":
    from l2l_desktop.ui.icon_tools import main

    sys.exit(main(sys.argv[1:]))
