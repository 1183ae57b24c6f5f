"""Can a window be opened here? Asked before Qt is, because Qt's answer is an abort.

With no display, or with the X11 libraries its xcb plugin needs missing, Qt prints a few lines
and aborts the interpreter (exit 134, "Fatal Python error: Aborted"). The app asks first and
says in one line what is missing and what to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What Qt 6.11's xcb platform plugin loads (ldd of libqxcb.so and libQt6XcbQpa.so), with the
# Debian or Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
WINDOWLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """Why no window can be opened here, in one line; None when Qt should manage."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen in WINDOWLESS:
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and chosen in ("", "wayland", "wayland-egl")
    if wayland:
        return None
    if not env.get("DISPLAY"):
        return (
            "L2L Desktop cannot open its window: there is no display (DISPLAY and "
            "WAYLAND_DISPLAY are not set). Start it from a desktop session; to try it "
            "without one, set QT_QPA_PLATFORM=offscreen."
        )
    missing = [name for name in XCB_LIBRARIES if not loads(name)]
    if missing:
        packages = " ".join(XCB_LIBRARIES[name] for name in missing)
        return (
            f"L2L Desktop cannot open its window: Qt's X11 support needs libraries that are "
            f"not installed ({', '.join(missing)}). On Debian or Ubuntu: "
            f"sudo apt-get install {packages}"
        )
    return None
