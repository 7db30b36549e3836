"""mtviewer: an offline viewer of music-therapy resources for Norwegian services."""

__version__ = "0.1.0"
