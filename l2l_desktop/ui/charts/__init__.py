"""Charts: the only package that imports pyqtgraph. Import it only when a chart is built.

PySide6 is imported first so pyqtgraph binds to it (and not to another Qt on the machine).
"""

import os

import PySide6  # noqa: F401 - must come before pyqtgraph

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
