"""PySide6's check of every module imported after it, made cheap.

Once PySide6 is imported, it looks at each module imported afterwards, to learn whether the
module names "PySide6" (its ``__feature__`` switches, such as ``snake_case``, apply only to
those). It asks ``inspect.getsource`` for the whole source: that searches ``sys.modules`` for
the module, decodes the file, splits it into lines and keeps them in ``linecache`` for good.
Over the window's modules, pyqtgraph's and numpy's (about 370 of them) that cost 63-87 ms in
one process (importing the window 22-31, pyqtgraph 41-56) and 10 MiB kept (174,000 lines),
measured on the development machine.

:func:`lighten` gives PySide6 the same answer, read from the file's bytes: "PySide6" is the
same bytes in UTF-8 and in any encoding Python reads source in. A module without a ``.py``
file is left to PySide6's own check.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from types import ModuleType

_LIGHT = "_l2l_light"  # marks the check installed here, so it is installed once


def _light(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    @functools.wraps(original)  # PySide6's own check stays at hand, as __wrapped__
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # gone since, or unreadable: PySide6's own check says what it says
        return original(module)

    setattr(uses_pyside, _LIGHT, True)
    return uses_pyside


def lighten() -> bool:
    """Install the cheap check; False when this PySide6 has no such check to replace."""
    import PySide6.QtCore  # noqa: F401  (it loads the feature module)

    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _LIGHT, False):
        feature._mod_uses_pyside = _light(original)  # type: ignore[attr-defined]
    return True
