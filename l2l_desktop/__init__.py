"""L2L Desktop: a private companion for the daily habits of leading to learn."""

from __future__ import annotations

APP_NAME = "L2L Desktop"
APP_ID = "l2l-desktop"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for:
    ``importlib.metadata`` takes tens of milliseconds, which a one-line command need not pay."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("l2l-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
