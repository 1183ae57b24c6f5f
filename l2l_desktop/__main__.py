"""Run the app with ``python -m l2l_desktop``."""

import sys

from l2l_desktop.cli import main

sys.exit(main())
