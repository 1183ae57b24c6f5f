"""PyInstaller run-time hook: programs the app starts get the user's environment back.

On Linux, PyInstaller's bootloader puts the bundle's folder first in LD_LIBRARY_PATH (and
keeps the user's value in LD_LIBRARY_PATH_ORIG). The dynamic loader has read it by the time
this runs, so the app itself keeps finding its libraries; but a program the app starts (the
file manager or PDF viewer "Open folder" and "Open" hand a file to, through xdg-open) would
load the bundle's OpenSSL, SQLite or libstdc++ instead of its own, and can fail to start.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
