"""L2L Desktop: a private companion for the daily habits of leading to learn."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("l2l-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "L2L Desktop"
APP_ID = "l2l-desktop"
