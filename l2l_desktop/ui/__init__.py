"""Qt widgets. Screens talk to services only; ``ui/charts`` is the only pyqtgraph importer."""
