"""PyInstaller's entry point: the same as the ``l2l-desktop`` console script."""

import sys

from l2l_desktop.cli import main

sys.exit(main())
