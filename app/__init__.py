"""Leselupe: a desktop reading assistant for German articles.

The package is split so that everything outside ``app.ui`` is free of Qt: the
command line, the tests and the window all share the same analysis core.
"""

__version__ = "0.1.0"
