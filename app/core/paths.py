"""Where Leselupe finds its bundled resources and keeps user files.

Bundled data lives in ``resources/`` (a source checkout) or ``app/resources``
(an installed wheel). User data goes to platformdirs locations only: nothing is
ever written next to the code.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Leselupe"
APP_AUTHOR = "Leselupe"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The directory holding bundled resources (sample, models, dictionary)."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def sample_article_path() -> Path:
    """The bundled sample article, opened when no file is given."""
    return resources_dir() / "sample" / "article.txt"


def models_dir() -> Path:
    """Directory of bundled spaCy pipelines."""
    return resources_dir() / "models"


def user_data_dir() -> Path:
    """Per-user data directory (created on demand by the caller)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    """Per-user cache directory (created on demand by the caller)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
