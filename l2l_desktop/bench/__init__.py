"""The benchmark: ``python -m l2l_desktop.bench`` (see docs/performance.md)."""
